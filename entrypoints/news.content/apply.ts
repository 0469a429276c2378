// Apply: draws planned highlights into the page, one block ("context") at a time, and takes
// them out again. Claims are wrapped first and mentions second, so a mention inside a claim nests
// in it. The markup is mark.js's (a <mark> around each piece of a text node, split text nodes on
// both sides), written directly from the snapshot's node map: mark.js itself would walk every
// text node of the block again for every range (quadratic in the block), and its code would
// double the script every page loads (tests/dom/apply.test.ts checks the markup is the same).
// Every inserted element is recorded as the extension's (ours.ts) and styled as highlight-style.ts
// says; data-rl and the other attributes only describe it (to assistive
// technology and tests) and are never trusted. Removing the recorded elements and merging the
// text nodes the wrapping split restores the page exactly (even the identity of the original
// text nodes), whatever elements of the page carry the same attributes.
import type { Classifier } from './classify';
import { KEY_ATTR, adopt, owns, ownerOf, release } from './ours';
import { keyTokens, markInlineStyle, type MarkLook } from './highlight-style';
import type { NodePiece, PageText } from './page-text';
import type { Highlight } from './plan';

/** Wrapping yields to the scheduler after about this many pieces (a giant block). */
const PIECES_PER_STEP = 300;

interface Piece extends NodePiece {
  hl: Highlight;
}

export interface HighlighterOptions {
  /** Short accessible description of a highlight, e.g. "Readout Lens: conflicts with…". */
  describe(hl: Highlight): string;
}

export class Highlighter {
  /** Highlight id → its wrapper elements in document order; the first one is the focusable head. */
  readonly wrappers = new Map<string, HTMLElement[]>();
  /** Context block → ids drawn in it with their signatures. */
  private readonly drawn = new Map<Element, Map<string, string>>();

  constructor(
    private readonly doc: Document,
    private readonly classifier: Classifier,
    private readonly options: HighlighterOptions,
  ) {}

  get drawnContexts(): IterableIterator<Element> {
    return this.drawn.keys();
  }

  /** The block a highlight belongs to: the block of the first text node it starts in. */
  contextOf(hl: Highlight, text: PageText): Element | null {
    const entry = text.entryAt(hl.start, hl.end);
    return entry && entry.node.isConnected ? this.classifier.blockOf(entry.node) : null;
  }

  /** True when the context already shows exactly these highlights. */
  isCurrent(ctx: Element, hls: readonly Highlight[]): boolean {
    const now = this.drawn.get(ctx);
    if (!now) return hls.length === 0;
    if (now.size !== hls.length) return false;
    return hls.every((hl) => now.get(hl.id) === hl.signature);
  }

  /** Redraws one context at once (see drawSteps). */
  draw(ctx: Element, hls: readonly Highlight[], text: PageText): void {
    for (const _ of this.drawSteps(ctx, hls, text)) { /* to the end */ }
  }

  /**
   * Redraws one context: takes out what is there, wraps `hls` (claims, then mentions). One
   * step for an ordinary block; a giant block yields every so many pieces.
   * Wrappers are recorded (ours.ts) as they are made, so a stop between steps still finds them.
   */
  *drawSteps(ctx: Element, hls: readonly Highlight[], text: PageText): Generator<void, void, void> {
    this.erase(ctx);
    if (hls.length === 0 || !ctx.isConnected) return;
    const claims: Piece[] = [];
    const mentions: Piece[] = [];
    for (const hl of hls) {
      // A highlight never leaves its block; pieces in another block are dropped.
      for (const p of text.locate(hl.start, hl.end)) {
        if (this.classifier.blockOf(p.node) !== ctx) continue;
        (hl.kind === 'claim' ? claims : mentions).push({ ...p, hl });
      }
    }
    if (claims.length + mentions.length === 0) return;
    const made: Array<{ el: HTMLElement; hl: Highlight }> = [];
    yield* this.wrapPieces(claims, mentions, made);
    this.register(ctx, hls, made);
  }

  /** Removes every highlight whose block is `ctx` (not those of blocks nested inside it). */
  erase(ctx: Element): void {
    const ids = this.drawn.get(ctx);
    if (!ids) return;
    this.drawn.delete(ctx);
    for (const id of ids.keys()) {
      for (const el of this.wrappers.get(id) ?? []) unwrap(el);
      this.wrappers.delete(id);
    }
  }

  /** Forgets contexts the page removed (their highlights left with them). */
  forgetDetached(): void {
    for (const ctx of [...this.drawn.keys()]) {
      if (ctx.isConnected) continue;
      for (const id of this.drawn.get(ctx)!.keys()) this.wrappers.delete(id);
      this.drawn.delete(ctx);
    }
  }

  /** Erases every context inside `root` (root included). */
  eraseWithin(root: Element): void {
    // New content holds nothing of ours: no need to look through every drawn block.
    if (!this.drawn.has(root) && !ownedIn(root).length) return;
    for (const ctx of [...this.drawn.keys()]) if (root.contains(ctx)) this.erase(ctx);
  }

  /** How many wrapper elements this highlighter has made and not taken out. */
  get markCount(): number {
    let n = 0;
    for (const els of this.wrappers.values()) n += els.length;
    return n;
  }

  /** Takes every highlight out of the document, ours or orphaned: the one-call undo. */
  eraseAll(): void {
    for (const _ of this.eraseSteps(Infinity)) { /* to the end */ }
  }

  /** eraseAll in steps of `perStep` wrappers (a giant page's undo is sliced like its drawing). */
  *eraseSteps(perStep: number): Generator<void, void, void> {
    const marks = ownedIn(this.doc);
    this.drawn.clear();
    this.wrappers.clear();
    // Innermost first (mentions nest in claims): each unwrap then merges plain text nodes.
    for (let i = marks.length - 1, n = 0; i >= 0; i--) {
      unwrap(marks[i]!);
      if (++n % perStep === 0 && i > 0) yield;
    }
  }

  /** Wraps each text node's pieces: claims first, then mentions split at the claims' edges. */
  private *wrapPieces(claims: Piece[], mentions: Piece[], made: Array<{ el: HTMLElement; hl: Highlight }>): Generator<void, void, void> {
    const byNode = new Map<Text, { claims: Piece[]; mentions: Piece[] }>();
    const slot = (n: Text) => {
      let s = byNode.get(n);
      if (!s) byNode.set(n, (s = { claims: [], mentions: [] }));
      return s;
    };
    for (const p of claims) slot(p.node).claims.push(p);
    for (const p of mentions) slot(p.node).mentions.push(p);
    let sinceYield = 0;
    for (const [node, { claims: cs, mentions: ms }] of byNode) {
      sinceYield += cs.length + ms.length;
      if (sinceYield > PIECES_PER_STEP) {
        sinceYield = 0;
        yield;
      }
      // Segments of the original node's text and the text node now holding each of them.
      const segments: Array<{ node: Text; start: number; end: number }> = [];
      let limit = node.data.length;
      for (const c of cs.sort((a, b) => b.from - a.from)) {
        const el = this.wrapText(node, c.from, c.to, c.hl);
        made.push({ el, hl: c.hl });
        const inner = el.firstChild as Text;
        const rest = el.nextSibling as Text;
        segments.push({ node: inner, start: c.from, end: c.to }, { node: rest, start: c.to, end: limit });
        limit = c.from;
      }
      segments.push({ node, start: 0, end: limit });
      // Mentions right to left, split at claim edges, so each segment's node keeps its prefix.
      const parts = ms.flatMap((m) =>
        segments
          .filter((s) => s.start < m.to && m.from < s.end)
          .map((s) => ({ seg: s, from: Math.max(m.from, s.start), to: Math.min(m.to, s.end), hl: m.hl })),
      );
      for (const part of parts.sort((a, b) => b.from - a.from)) {
        const el = this.wrapText(part.seg.node, part.from - part.seg.start, part.to - part.seg.start, part.hl);
        made.push({ el, hl: part.hl });
      }
    }
  }

  /** mark.js's wrapRangeInTextNode: always leaves a (possibly empty) text node on each side. */
  private wrapText(node: Text, from: number, to: number, hl: Highlight): HTMLElement {
    const middle = node.splitText(from);
    middle.splitText(to - from);
    const mark = this.doc.createElement('mark');
    middle.parentNode!.replaceChild(mark, middle);
    mark.appendChild(middle);
    tag(mark, hl);
    return mark;
  }

  /** Tags the new wrappers, picks each highlight's head, records what the context shows. */
  private register(ctx: Element, hls: readonly Highlight[], made: Array<{ el: HTMLElement; hl: Highlight }>): void {
    const byId = new Map<string, { hl: Highlight; els: HTMLElement[] }>();
    for (const { el, hl } of made) {
      let g = byId.get(hl.id);
      if (!g) byId.set(hl.id, (g = { hl, els: [] }));
      g.els.push(el);
    }
    const ids = new Map<string, string>();
    for (const hl of hls) ids.set(hl.id, hl.signature);
    for (const { hl, els } of byId.values()) {
      if (els.length > 1) els.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
      makeHead(els[0]!, this.options.describe(hl), hl.kind === 'claim' && hl.quiet);
      this.wrappers.set(hl.id, els);
    }
    for (const { hl, els } of byId.values()) if (hl.kind === 'mention') quietInsideClaim(els[0]!);
    this.drawn.set(ctx, ids);
  }
}

/** Our marks in `root`, in document order (the keyed attribute finds them, the registry vouches). */
function ownedIn(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(`mark[${KEY_ATTR}]`)).filter((el) => owns(el, 'mark'));
}

function lookOf(hl: Highlight): MarkLook {
  if (hl.kind !== 'claim') return 'mention';
  return hl.quiet ? 'quiet' : hl.verdict;
}

/** Marks a wrapper as ours the moment it exists (style, teardown and the observer rely on it). */
function tag(el: HTMLElement, hl: Highlight): void {
  adopt(el, 'mark', hl.id, el.textContent ?? '');
  el.setAttribute(KEY_ATTR, keyTokens(lookOf(hl), false));
  el.style.cssText = markInlineStyle(el.ownerDocument, lookOf(hl));
  el.setAttribute('data-rl', hl.kind);
  el.setAttribute('data-rl-id', hl.id);
  el.className = hl.kind === 'claim' ? `rl-claim rl-${hl.verdict}` : 'rl-mention';
  if (hl.kind === 'claim' && hl.quiet) el.setAttribute('data-rl-quiet', ''); // unmarked (highlight-style.ts)
}

/** The first wrapper of a highlight is the one keyboard focus and assistive technology reach. */
function makeHead(el: HTMLElement, description: string, quiet = false): void {
  el.setAttribute('data-rl-head', '');
  el.setAttribute(KEY_ATTR, `${el.getAttribute(KEY_ATTR)} head`);
  el.setAttribute('tabindex', quiet ? '-1' : '0');
  el.setAttribute('aria-description', description);
  if (quiet) return; // unmarked: reached by command only, and no control around the names in it
  el.setAttribute('role', 'button');
  el.setAttribute('aria-haspopup', 'dialog');
  el.setAttribute('aria-expanded', 'false');
}

/**
 * A name inside a marked claim's head is not a control of its own (no control inside another):
 * the claim's card, reached from the claim, shows the name as a line.
 */
function quietInsideClaim(head: HTMLElement): void {
  let claim = ownerOf(head.parentElement, 'mark');
  while (claim && !(claim.getAttribute('data-rl') === 'claim' && claim.hasAttribute('role'))) claim = ownerOf(claim.parentElement, 'mark');
  if (!claim) return;
  for (const attr of ['tabindex', 'role', 'aria-haspopup', 'aria-expanded']) head.removeAttribute(attr);
}

/**
 * Replaces a wrapper by its children and merges the text nodes on its edges back together.
 * Wrapping always splits so that a text node flanks each wrapper, and a wrapper
 * never spans two original text nodes, so merging across its edges is exactly the undo.
 */
export function unwrap(el: Element): void {
  release(el);
  const parent = el.parentNode;
  if (!parent) return;
  const before = el.previousSibling;
  const after = el.nextSibling;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  parent.removeChild(el);
  let node: Node | null = before ?? parent.firstChild;
  while (node && node !== after) {
    const next: Node | null = node.nextSibling;
    if (node.nodeType === 3 && next && next.nodeType === 3) {
      (node as Text).appendData((next as Text).data);
      parent.removeChild(next);
      if (next === after) break;
      continue;
    }
    node = next;
  }
}
