// Decides, once per element, whether the content script may read it and whether it starts a
// block: the one place that knows which parts of a page are never touched.

/** Elements whose text is never read or wrapped (with everything inside them). */
const SKIP_SELECTOR = [
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'code', 'pre', 'kbd', 'samp', 'svg', 'math', 'iframe', 'object', 'canvas', 'video', 'audio',
  'head', 'title',
  '[hidden]', '[aria-hidden="true"]', '[contenteditable]:not([contenteditable="false"])',
  // Our own UI (the card's shadow host). Highlights themselves are read through (transparent).
  '[data-rl="ui"]',
].join(',');

/** Elements that end a run of text: a match may cross <em>, never one of these. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'CENTER', 'DD', 'DETAILS',
  'DIALOG', 'DIR', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1',
  'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'MENU',
  'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR',
  'UL',
]);

export type ElementKind = 'skip' | 'block' | 'inline';

/**
 * Caches one verdict per element. getComputedStyle is only asked about elements (never text
 * nodes), once each, and its display value serves both the hidden check and block detection
 * (a <span style="display:block"> separates like a <div>).
 */
export class Classifier {
  private readonly cache = new WeakMap<Element, ElementKind>();

  kind(el: Element): ElementKind {
    let k = this.cache.get(el);
    if (k === undefined) {
      k = this.compute(el);
      this.cache.set(el, k);
    }
    return k;
  }

  isBlock(el: Element): boolean {
    return this.kind(el) === 'block';
  }

  /** The block whose text run contains this node: the unit every mark.js call is scoped to. */
  blockOf(node: Node): Element | null {
    let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
    while (el && this.kind(el) !== 'block') el = el.parentElement;
    return el;
  }

  /** True when the node or any ancestor is something we never read (code, hidden, our UI…). */
  isInsideSkipped(node: Node): boolean {
    let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
    while (el) {
      if (this.kind(el) === 'skip') return true;
      el = el.parentElement;
    }
    return false;
  }

  private compute(el: Element): ElementKind {
    const ours = el.getAttribute('data-rl');
    // Our highlights are read through like <em>, whatever the page's CSS says about <mark>.
    if (ours !== null && ours !== 'ui') return 'inline';
    if (el.matches(SKIP_SELECTOR)) return 'skip';
    const view = el.ownerDocument.defaultView;
    const display = view ? view.getComputedStyle(el).display : '';
    if (display === 'none') return 'skip';
    if (BLOCK_TAGS.has(el.tagName.toUpperCase())) return 'block';
    if (display && display !== 'contents' && !display.startsWith('inline') && display !== 'ruby') {
      return 'block';
    }
    return 'inline';
  }
}
