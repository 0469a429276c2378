// What a page reader may read: the one list of never-read elements, of page furniture that is
// not the article (navigation, related stories, comments, tickers, footers), and of the tags that
// end a run of text. The content script and the command-line checker both read pages by it.
import { isSideText } from './side-boxes';

/** Elements whose text is never read or wrapped, with everything inside them. */
export const NEVER_READ = [
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'code', 'pre', 'kbd', 'samp', 'svg', 'math', 'iframe', 'object', 'canvas', 'video', 'audio',
  'head', 'title',
  '[hidden]', '[aria-hidden="true"]', '[contenteditable]:not([contenteditable="false"])',
  // Not the extension's UI by attribute: a page can copy any attribute, so the content script
  // skips its own nodes by its registry (entrypoints/news.content/ours.ts), never by a selector.
].join(',');

/**
 * Page furniture: readable, but never the story. Claims in it would be other stories' facts
 * (related headlines, "most read" lists, tickers, comment threads, footers).
 */
export const NOT_THE_ARTICLE = [
  'nav', 'header', 'footer', 'aside', 'form', 'dialog', 'menu',
  '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[role="complementary"]', '[role="search"]',
  '.advert', '.ad', '.ads', '.share', '.social', '.newsletter', '.breadcrumb', '.breadcrumbs',
  '.related', '[class*="related-"]', '[class*="-related"]', '[class*="most-read"]', '[class*="mostread"]',
  '[class*="glossary"]', '[class*="explainer"]', '[class*="factbox"]',
  '[class*="trending"]', '[class*="popular"]', '[class*="ticker"]', '[class*="comments"]', '[id*="comments"]',
  '.comment', '[class*="recommended"]', '[class*="read-more"]', '[class*="more-stories"]',
].join(',');

// BLOCK_TAGS has a module of its own: the always-injected gate reads with it, without the rest.
export { BLOCK_TAGS } from './block-tags';

export function isNeverRead(el: Element): boolean {
  return el.matches(NEVER_READ);
}

export function isFurniture(el: Element): boolean {
  return el.matches(NOT_THE_ARTICLE) || isSideText(el);
}
