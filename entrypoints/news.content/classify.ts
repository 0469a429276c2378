// Decides, once per element, whether the content script may read it and whether it starts a
// block. What is read follows the shared page reader (utils/page-reader), the same rules the
// command-line checker reads pages by: only the article, never page furniture or code.
import { articleRoot, isFurnitureAround } from '../../utils/page-reader/article-root';
import { BLOCK_TAGS, isNeverRead } from '../../utils/page-reader/rules';
import { owns } from './ours';

export type ElementKind = 'skip' | 'block' | 'inline';

/**
 * Caches one verdict per element. getComputedStyle is only asked about elements (never text
 * nodes), once each, and its display value serves both the hidden check and block detection
 * (a <span style="display:block"> separates like a <div>).
 */
export class Classifier {
  private readonly cache = new WeakMap<Element, ElementKind>();
  /** The story's element, found once per document on first use. */
  private readonly roots = new WeakMap<Document, Element>();

  kind(el: Element): ElementKind {
    // Our marks (tens of thousands on a giant page) are known without a cache entry each.
    if (owns(el, 'mark')) return 'inline';
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
    // Our highlights are read through like <em>, whatever the page's CSS says about <mark> (see
    // kind); our card is never read. (Only elements we made: a page's data-rl attribute means
    // nothing.)
    if (owns(el, 'ui')) return 'skip';
    if (isNeverRead(el)) return 'skip';
    const root = this.articleRoot(el.ownerDocument);
    if (isFurnitureAround(el, root) || (!root.contains(el) && !el.contains(root))) return 'skip';
    const view = el.ownerDocument.defaultView;
    const display = view ? view.getComputedStyle(el).display : '';
    if (display === 'none') return 'skip';
    if (BLOCK_TAGS.has(el.tagName.toUpperCase())) return 'block';
    if (display && display !== 'contents' && !display.startsWith('inline') && display !== 'ruby') {
      return 'block';
    }
    return 'inline';
  }

  /** Claims come from the story only: what is neither in it nor around it is skipped. */
  private articleRoot(doc: Document): Element {
    let root = this.roots.get(doc);
    if (!root || !root.isConnected) {
      root = articleRoot(doc);
      this.roots.set(doc, root);
    }
    return root;
  }
}
