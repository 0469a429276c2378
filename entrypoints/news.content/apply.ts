// Apply: draws planned highlights into the page, one block ("context") at a time, and takes
// them out again. Claims are wrapped first and mentions second, so a mention inside a claim nests
// in it. Every mark.js call is scoped to one block (its markRanges is quadratic in the context).
// Every inserted element carries data-rl; removing them and merging the text nodes mark.js split
// restores the page exactly (even the identity of the original text nodes).
import Mark from 'mark.js';
import type { Classifier } from './classify';
import type { NodePiece, PageText } from './page-text';
import type { Highlight } from './plan';

/** Above this many text nodes in one block, wrap directly instead of through mark.js. */
const MARKJS_MAX_NODES = 1500;
/** …or when ranges × nodes (mark.js's cost) would exceed this. */
const MARKJS_MAX_WORK = 60_000;
/** Direct wrapping yields to the scheduler after about this many pieces. */
const DIRECT_PIECES_PER_STEP = 150;
/** Text nodes whose parent is one of these are invisible to mark.js: offsets must agree. */
const MARKJS_IGNORED_PARENTS = 'script, style, title, head, html';

interface Piece extends NodePiece {
  hl: Highlight;
}

interface MarkRange {
  start: number;
  length: number;
  piece: Piece;
}

export interface HighlighterOptions {
  /** Short accessible description of a highlight, e.g. "Readout Lens: conflicts with…". */
  describe(hl: Highlight): string;
  /** Override of MARKJS_MAX_NODES (tests force the direct path with 0). */
  markjsMaxNodes?: number;
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
   * step for an ordinary block; a giant block wrapped directly yields every so many pieces.
   * Wrappers are tagged (data-rl) as they are made, so a stop between steps still finds them.
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
    const offsets = this.markjsOffsets(ctx, [...claims, ...mentions]);
    const work = offsets ? (claims.length + mentions.length) * offsets.nodes : Infinity;
    if (offsets && work <= MARKJS_MAX_WORK) {
      this.markWithMarkjs(ctx, claims, offsets.at, made);
      this.markWithMarkjs(ctx, mentions, offsets.at, made);
    } else {
      yield* this.markDirectly(claims, mentions, made);
    }
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
  eraseWithin(root: Node): void {
    for (const ctx of [...this.drawn.keys()]) if (root.contains(ctx)) this.erase(ctx);
  }

  /** Takes every highlight out of the document, ours or orphaned: the one-call undo. */
  eraseAll(): void {
    for (const el of Array.from(this.doc.querySelectorAll<HTMLElement>('mark[data-rl]'))) unwrap(el);
    this.drawn.clear();
    this.wrappers.clear();
  }

  /**
   * mark.js counts offsets over every text node of its context (except a few parents), not over
   * our snapshot; translate. Returns null when the block is too big for mark.js.
   */
  private markjsOffsets(ctx: Element, pieces: Piece[]): { at: Map<Text, number>; nodes: number } | null {
    const wanted = new Set(pieces.map((p) => p.node));
    const at = new Map<Text, number>();
    const walker = this.doc.createTreeWalker(ctx, 0x4 /* SHOW_TEXT */);
    let pos = 0;
    let nodes = 0;
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (++nodes > (this.options.markjsMaxNodes ?? MARKJS_MAX_NODES)) return null;
      const parent = n.parentElement;
      if (parent && parent.matches(MARKJS_IGNORED_PARENTS)) continue;
      if (wanted.has(n)) at.set(n, pos);
      pos += n.data.length;
    }
    return { at, nodes };
  }

  private markWithMarkjs(ctx: Element, pieces: Piece[], at: Map<Text, number>, made: Array<{ el: HTMLElement; hl: Highlight }>): void {
    if (pieces.length === 0) return;
    const ranges: MarkRange[] = [];
    for (const piece of pieces) {
      const base = at.get(piece.node);
      if (base !== undefined) ranges.push({ start: base + piece.from, length: piece.to - piece.from, piece });
    }
    new Mark(ctx as HTMLElement).markRanges(ranges, {
      element: 'mark',
      each: (el, range) => {
        const hl = (range as unknown as MarkRange).piece.hl;
        tag(el as HTMLElement, hl);
        made.push({ el: el as HTMLElement, hl });
      },
    });
  }

  /**
   * The same markup as mark.js, without its per-range walk of the whole context: for blocks so
   * large that mark.js would be quadratic (a hostile page with one giant <div> of text).
   */
  private *markDirectly(claims: Piece[], mentions: Piece[], made: Array<{ el: HTMLElement; hl: Highlight }>): Generator<void, void, void> {
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
      if (sinceYield > DIRECT_PIECES_PER_STEP) {
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
    tag(mark, hl);
    middle.parentNode!.replaceChild(mark, middle);
    mark.appendChild(middle);
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

/** Marks a wrapper as ours the moment it exists (style, teardown and the observer rely on it). */
function tag(el: HTMLElement, hl: Highlight): void {
  el.removeAttribute('data-markjs'); // so a page's own mark.js unmark() leaves ours alone
  el.setAttribute('data-rl', hl.kind);
  el.setAttribute('data-rl-id', hl.id);
  el.className = hl.kind === 'claim' ? `rl-claim rl-${hl.verdict}` : 'rl-mention';
  if (hl.kind === 'claim' && hl.quiet) el.setAttribute('data-rl-quiet', ''); // unmarked (style.css)
}

/** The first wrapper of a highlight is the one keyboard focus and assistive technology reach. */
function makeHead(el: HTMLElement, description: string, quiet = false): void {
  el.setAttribute('data-rl-head', '');
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
  if (!head.parentElement?.closest('mark[data-rl="claim"][role="button"]')) return;
  for (const attr of ['tabindex', 'role', 'aria-haspopup', 'aria-expanded']) head.removeAttribute(attr);
}

/**
 * Replaces a wrapper by its children and merges the text nodes on its edges back together.
 * mark.js (and markDirectly) always split so that a text node flanks each wrapper, and a wrapper
 * never spans two original text nodes, so merging across its edges is exactly the undo.
 */
export function unwrap(el: Element): void {
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
