// What one text node becomes when its highlights are drawn, built off the page: mark.js's markup
// (a text node on each side of every <mark>; mentions inside a claim nest in it, split at the
// claim's edges), as a prefix the original node keeps and a fragment that goes right after it.
// Putting it in is then two writes per text node (writeNode), however many marks it holds: the
// page is touched once per node instead of three or four times per mark.
import type { Highlight } from './plan';

/** [from, to) of one text node's data, to be wrapped as (part of) `hl`. */
export interface WrapPiece {
  from: number;
  to: number;
  hl: Highlight;
}

export interface Made {
  el: HTMLElement;
  hl: Highlight;
}

export interface BuiltNode {
  node: Text;
  /** The node's data when it was built (it is only written if it still says this). */
  data: string;
  /** What the node keeps: its text up to the first mark. */
  prefix: string;
  /** Everything after the prefix: marks and the text between them. */
  rest: DocumentFragment;
  /** The marks made, in document order. */
  made: Made[];
}

/** Makes one empty mark for `hl` around `text` (its attributes, its record as ours). */
export type MarkMaker = (hl: Highlight, text: string) => HTMLElement;

/** Keeps, in order, the pieces that do not overlap one kept before (the plan has resolved overlaps). */
function disjoint(pieces: WrapPiece[]): WrapPiece[] {
  const out: WrapPiece[] = [];
  for (const p of pieces.slice().sort((a, b) => a.from - b.from || b.to - a.to)) {
    if (p.to <= p.from) continue;
    const last = out.at(-1);
    if (!last || p.from >= last.to) out.push(p);
  }
  return out;
}

/** Builds what `node` becomes with `claims` and `mentions` (offsets in its data) drawn. Null: nothing to draw. */
export function buildNode(doc: Document, node: Text, claimPieces: WrapPiece[], mentionPieces: WrapPiece[], makeMark: MarkMaker): BuiltNode | null {
  const data = node.data;
  const claims = disjoint(claimPieces);
  // Mentions split at the claims' edges: the parts inside a claim go into it.
  const inside = new Map<WrapPiece, WrapPiece[]>();
  const outside: WrapPiece[] = [];
  for (const m of disjoint(mentionPieces)) {
    let at = m.from;
    for (const c of claims) {
      if (c.to <= at || c.from >= m.to) continue;
      if (at < c.from) outside.push({ from: at, to: c.from, hl: m.hl });
      const part = { from: Math.max(at, c.from), to: Math.min(m.to, c.to), hl: m.hl };
      (inside.get(c) ?? inside.set(c, []).get(c)!).push(part);
      at = part.to;
    }
    if (at < m.to) outside.push({ from: at, to: m.to, hl: m.hl });
  }
  const top = [...claims, ...outside].sort((a, b) => a.from - b.from);
  if (top.length === 0) return null;
  const made: Made[] = [];
  const text = (from: number, to: number) => doc.createTextNode(data.slice(from, to));
  const mark = (p: WrapPiece): HTMLElement => {
    const el = makeMark(p.hl, data.slice(p.from, p.to));
    made.push({ el, hl: p.hl });
    const parts = inside.get(p);
    if (!parts) {
      el.appendChild(text(p.from, p.to));
      return el;
    }
    let at = p.from;
    for (const part of parts) {
      el.appendChild(text(at, part.from));
      el.appendChild(mark(part));
      at = part.to;
    }
    el.appendChild(text(at, p.to));
    return el;
  };
  const rest = doc.createDocumentFragment();
  top.forEach((p, i) => {
    rest.appendChild(mark(p));
    rest.appendChild(text(p.to, top[i + 1]?.from ?? data.length));
  });
  return { node, data, prefix: data.slice(0, top[0]!.from), rest, made };
}

/** Puts a built node in the page; false (nothing written) when the node changed or left since. */
export function writeNode(built: BuiltNode): boolean {
  const { node } = built;
  const parent = node.parentNode;
  if (!parent || !node.isConnected || node.data !== built.data) return false;
  node.data = built.prefix;
  parent.insertBefore(built.rest, node.nextSibling);
  return true;
}
