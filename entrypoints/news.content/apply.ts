// Apply: draws planned highlights into the page, one block ("context") at a time, and takes
// them out again. The markup is mark.js's (a <mark> around each piece of a text node, a text node
// on both sides, mentions nested in claims), written directly from the snapshot's node map:
// mark.js itself would walk every text node of the block again for every range (quadratic in
// the block), and its code would double the script every page loads (tests/dom/apply.test.ts
// checks the markup is the same). A block's new content is built off the page (wrap-build.ts:
// marks cloned from one template per look) and goes in with two writes per text node; the lens
// builds many blocks and puts them in together (prepare, commit). Every inserted element is
// recorded as the extension's (ours.ts) and styled as highlight-style.ts says; data-rl and the
// other attributes only describe it (to assistive technology and tests) and are never trusted.
// Taking marks out gives each text node back its whole text in one write (unwrap.ts), which
// restores the page exactly (even the identity of the original text nodes), whatever elements
// of the page carry the same attributes.
import type { Classifier } from './classify';
import { KEY_ATTR, adoptMark, idOf, owns, ownerOf } from './ours';
import { keyTokens, markInlineStyle, type MarkLook } from './highlight-style';
import type { PageText } from './page-text';
import type { Highlight } from './plan';
import { applyRun, planRun, restoreRun, unwrapEach, type Run } from './unwrap';
import { buildNode, writeNode, type BuiltNode, type MarkMaker, type Made, type WrapPiece } from './wrap-build';

/** Wrapping yields to the scheduler after about this many pieces (a giant block). */
const PIECES_PER_STEP = 300;
/** Erasing yields after reading this many runs. */
const READS_PER_STEP = 100;

export interface HighlighterOptions {
  /** Short accessible description of a highlight, e.g. "Readout Lens: conflicts with…". */
  describe(hl: Highlight): string;
}

export class Highlighter {
  /**
   * Context block → the highlights drawn in it (the list the lens gave; no map per block). A
   * highlight's marks are not kept:
   * they are found in its block when asked for (wrappersIn), which costs a giant page no heap.
   */
  private readonly drawn = new Map<Element, readonly Highlight[]>();
  /** Marks made and not taken out (about: marks the page removed itself count until forgotten). */
  private marks = 0;

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
    const node = text.nodeAt(hl.start, hl.end);
    return node && node.isConnected ? this.classifier.blockOf(node) : null;
  }

  /** The marks of highlight `id` drawn in `ctx`, in document order (the first is the focusable head). */
  wrappersIn(ctx: Element, id: string): HTMLElement[] {
    if (!this.drawn.get(ctx)?.some((hl) => hl.id === id)) return [];
    return ownedIn(ctx).filter((el) => idOf(el) === id);
  }

  /** True when the context already shows exactly these highlights. */
  isCurrent(ctx: Element, hls: readonly Highlight[]): boolean {
    const drawn = this.drawn.get(ctx);
    if (!drawn) return hls.length === 0;
    if (drawn.length !== hls.length) return false;
    const now = new Map(drawn.map((hl) => [hl.id, hl.signature]));
    return hls.every((hl) => now.get(hl.id) === hl.signature);
  }

  /** Redraws one context at once (see drawSteps). */
  draw(ctx: Element, hls: readonly Highlight[], text: PageText): void {
    for (const _ of this.drawSteps(ctx, hls, text)) { /* to the end */ }
  }

  /**
   * Builds a context's highlights off the page (prepare) for commit to put in later: the lens
   * builds many blocks between two frames and puts them in at once. Null when that does not
   * apply: the context shows highlights now (they must come out first), has none to show, or is
   * a giant block (drawn in slices by drawSteps).
   */
  prepare(ctx: Element, hls: readonly Highlight[], text: PageText): PreparedBlock | null {
    if (this.drawn.has(ctx) || hls.length === 0 || !ctx.isConnected) return null;
    const byNode = this.piecesByNode(ctx, hls, text);
    let pieces = 0;
    for (const s of byNode.values()) pieces += s.claims.length + s.mentions.length;
    if (pieces > PIECES_PER_STEP) return null;
    const nodes: BuiltNode[] = [];
    const makeMark = this.markMaker();
    for (const [node, s] of byNode) {
      const built = buildNode(this.doc, node, s.claims, s.mentions, makeMark);
      if (built) nodes.push(built);
    }
    return { ctx, hls, nodes };
  }

  /** Puts a prepared block in (two writes per text node); nodes the page changed meanwhile are left alone. */
  commit(block: PreparedBlock): void {
    if (this.drawn.has(block.ctx) || !block.ctx.isConnected) return;
    const made: Made[] = [];
    for (const built of block.nodes) if (writeNode(built)) made.push(...built.made);
    this.register(block.ctx, block.hls, made);
  }

  /**
   * Redraws one context: takes out what is there, wraps `hls` (claims, then mentions). One
   * step for an ordinary block; a giant block yields every so many pieces.
   * Wrappers are recorded (ours.ts) as they are made, so a stop between steps still finds them.
   */
  *drawSteps(ctx: Element, hls: readonly Highlight[], text: PageText): Generator<void, void, void> {
    this.erase(ctx);
    if (hls.length === 0 || !ctx.isConnected) return;
    const made: Made[] = [];
    let sinceYield = 0;
    const makeMark = this.markMaker();
    for (const [node, s] of this.piecesByNode(ctx, hls, text)) {
      sinceYield += s.claims.length + s.mentions.length;
      if (sinceYield > PIECES_PER_STEP) {
        sinceYield = 0;
        yield;
      }
      const built = buildNode(this.doc, node, s.claims, s.mentions, makeMark);
      if (built && writeNode(built)) made.push(...built.made);
    }
    if (made.length) this.register(ctx, hls, made);
  }

  /** Removes every highlight whose block is `ctx` (not those of blocks nested inside it). */
  erase(ctx: Element): void {
    const drawn = this.drawn.get(ctx);
    if (!drawn) return;
    this.drawn.delete(ctx);
    const ids = new Set(drawn.map((hl) => hl.id));
    for (const el of ownedIn(ctx)) {
      if (!ids.has(idOf(el)!)) continue; // a block nested inside has its own
      this.marks--;
      if (el.isConnected && !ownerOf(el.parentElement, 'mark')) restoreRun(el);
    }
  }

  /** Forgets contexts the page removed (their highlights left with them). */
  forgetDetached(): void {
    for (const ctx of [...this.drawn.keys()]) {
      if (ctx.isConnected) continue;
      this.marks -= ownedIn(ctx).length;
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
    return Math.max(0, this.marks);
  }

  /** Takes every highlight out of the document, ours or orphaned: the one-call undo. */
  eraseAll(): void {
    for (const _ of this.eraseSteps(Infinity)) { /* to the end */ }
  }

  /**
   * eraseAll in steps: runs are read a few at a time and written back `perBatch` marks at a time
   * (a giant page's undo is sliced like its drawing, and written to in as few batches).
   */
  *eraseSteps(perBatch: number): Generator<void, void, void> {
    const marks = ownedIn(this.doc);
    this.drawn.clear();
    this.marks = 0;
    let batch: Array<{ run: Run; mark: Element }> = [];
    let inBatch = 0;
    const write = () => {
      for (const { run, mark } of batch) if (!applyRun(run) && mark.isConnected) unwrapEach(mark);
      batch = [];
      inBatch = 0;
    };
    let read = 0;
    for (const mark of marks) {
      // Outermost marks only (nested ones go with theirs); those of runs already read are skipped.
      if (inBatch > 0 && batch.at(-1)!.run.marks.includes(mark)) continue;
      if (!mark.isConnected || ownerOf(mark.parentElement, 'mark')) continue;
      const run = planRun(mark);
      if (!run) unwrapEach(mark);
      else {
        batch.push({ run, mark });
        inBatch += run.marks.length;
      }
      if (inBatch >= perBatch) {
        write();
        yield;
      } else if (++read % READS_PER_STEP === 0) yield;
    }
    write();
  }

  /** The pieces of `hls` in `ctx`, by text node in document order: claims and mentions apart. */
  private piecesByNode(ctx: Element, hls: readonly Highlight[], text: PageText): Map<Text, { claims: WrapPiece[]; mentions: WrapPiece[] }> {
    const byNode = new Map<Text, { claims: WrapPiece[]; mentions: WrapPiece[] }>();
    for (const hl of hls) {
      // A highlight never leaves its block; pieces in another block are dropped.
      for (const p of text.locate(hl.start, hl.end)) {
        if (this.classifier.blockOf(p.node) !== ctx) continue;
        let s = byNode.get(p.node);
        if (!s) byNode.set(p.node, (s = { claims: [], mentions: [] }));
        (hl.kind === 'claim' ? s.claims : s.mentions).push({ from: p.from, to: p.to, hl });
      }
    }
    if (byNode.size < 2) return byNode;
    // Document order, so each highlight's marks are made in order (its first is its head).
    const order = [...byNode.keys()].sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
    return new Map(order.map((n) => [n, byNode.get(n)!]));
  }

  /**
   * Makes one block's marks (in document order, as buildNode asks for them): a highlight's first
   * mark is cloned from its look's head template, which carries the head's attributes already
   * (a giant page has tens of thousands of heads; eight attribute writes each were a tenth of
   * its script time), the others from the plain one.
   */
  private markMaker(): MarkMaker {
    const headed = new Set<string>();
    return (hl, text) => {
      const head = !headed.has(hl.id);
      if (head) headed.add(hl.id);
      return this.makeMark(hl, text, head);
    };
  }

  /** A new mark for `hl`, cloned from the look's template, recorded as ours at once. */
  private makeMark(hl: Highlight, text: string, head: boolean): HTMLElement {
    const look = lookOf(hl);
    const style = markInlineStyle(this.doc, look);
    const key = keyTokens(look, head);
    let t = this.templates.get(key);
    if (!t || t.style !== style) this.templates.set(key, (t = { style, el: template(this.doc, hl, look, style, head) }));
    const el = t.el.cloneNode(false) as HTMLElement;
    el.setAttribute('data-rl-id', hl.id);
    adoptMark(el, hl, text);
    return el;
  }

  /** By the look's key tokens (keyTokens: the look, and whether a head's). */
  private readonly templates = new Map<string, { style: string; el: HTMLElement }>();

  /** Picks each highlight's head (its first mark: `made` is in document order), records what the context shows. */
  private register(ctx: Element, hls: readonly Highlight[], made: Made[]): void {
    const byId = new Map<string, { hl: Highlight; els: HTMLElement[] }>();
    for (const { el, hl } of made) {
      let g = byId.get(hl.id);
      if (!g) byId.set(hl.id, (g = { hl, els: [] }));
      g.els.push(el);
    }
    for (const { hl, els } of byId.values()) {
      const head = els[0]!;
      // Made as the head; or, where the page changed the node of the one made so before it was
      // put in, the first mark that did go in becomes the head.
      if (head.hasAttribute('data-rl-head')) head.setAttribute('aria-description', this.options.describe(hl));
      else makeHead(head, this.options.describe(hl), lookOf(hl) === 'quiet');
      this.marks += els.length;
    }
    for (const { hl, els } of byId.values()) if (hl.kind === 'mention') quietInsideClaim(els[0]!);
    this.drawn.set(ctx, hls);
  }
}

/** A block's highlights built off the page (Highlighter.prepare), waiting to be put in. */
export interface PreparedBlock {
  ctx: Element;
  hls: readonly Highlight[];
  nodes: BuiltNode[];
}

/** Our marks in `root`, in document order (the keyed attribute finds them, the registry vouches). */
function ownedIn(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(`mark[${KEY_ATTR}]`)).filter((el) => owns(el, 'mark'));
}

function lookOf(hl: Highlight): MarkLook {
  if (hl.kind !== 'claim') return 'mention';
  return hl.quiet ? 'quiet' : hl.verdict;
}

/**
 * The mark every mark of one look is cloned from (the highlight's own id is set on the clone);
 * a head's carries the head's attributes but its description.
 */
function template(doc: Document, hl: Highlight, look: MarkLook, style: string, head: boolean): HTMLElement {
  const el = doc.createElement('mark');
  el.setAttribute(KEY_ATTR, keyTokens(look, false));
  el.style.cssText = style;
  el.setAttribute('data-rl', hl.kind);
  el.className = hl.kind === 'claim' ? `rl-claim rl-${hl.verdict}` : 'rl-mention';
  if (look === 'quiet') el.setAttribute('data-rl-quiet', ''); // unmarked (highlight-style.ts)
  if (head) makeHead(el, null, look === 'quiet');
  return el;
}

/**
 * The first wrapper of a highlight is the one keyboard focus and assistive technology reach.
 * `description` null: set later (a head template's clones get their own).
 */
function makeHead(el: HTMLElement, description: string | null, quiet = false): void {
  el.setAttribute('data-rl-head', '');
  el.setAttribute(KEY_ATTR, `${el.getAttribute(KEY_ATTR)} head`);
  el.setAttribute('tabindex', quiet ? '-1' : '0');
  if (description !== null) el.setAttribute('aria-description', description);
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

export { unwrap } from './unwrap';
