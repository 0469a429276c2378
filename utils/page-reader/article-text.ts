// Reduces a page to its article's text, one line per block, for the command-line checker: the
// same elements the content script reads (see rules.ts and article-root.ts), without offsets.
import { articleRoot, isFurnitureAround } from './article-root';
import { readPublished, readTitle } from './page-meta';
import { BLOCK_TAGS, isNeverRead } from './rules';

export interface ArticleText {
  title: string | null;
  published: string | null;
  text: string;
}

export function readArticle(doc: Document): ArticleText {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.trim();
    if (t) lines.push(t);
    line = '';
  };
  const root = articleRoot(doc);
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        line += (child.textContent ?? '').replace(/\s+/g, ' ');
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (isNeverRead(el) || isFurnitureAround(el, root)) continue;
      const block = BLOCK_TAGS.has(el.tagName.toUpperCase());
      if (block) flush();
      walk(el);
      if (block) flush();
    }
  };
  walk(root);
  flush();
  return { title: readTitle(doc), published: readPublished(doc), text: lines.join('\n') };
}
