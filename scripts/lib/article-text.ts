// The checker's way into a page: HTML parsed with linkedom and read by the shared page reader
// (utils/page-reader), the same rules the content script reads a live page by.
import { parseHTML } from 'linkedom';
import { readArticle, type ArticleText } from '../../utils/page-reader/article-text';

export type { ArticleText };

export function extractArticle(doc: Document): ArticleText {
  return readArticle(doc);
}

/** An HTML source read as its article; any other text taken whole, with no title or date. */
export function articleFromSource(raw: string, html: boolean): ArticleText {
  return html ? readArticle(parseHTML(raw).document as unknown as Document) : { text: raw, title: null, published: null };
}
