// Which elements are the extension's: only those it made itself, remembered in a WeakMap (marks)
// and a WeakSet (its interface). A page can copy any attribute (data-rl, data-rl-id, class
// names), so none is ever trusted; the registry also keeps each mark's highlight and the words
// it wrapped, so the card speaks only for the extension's own elements around the words they
// were made around.
//
// Every wrapper also carries one attribute whose name is made up when the script starts
// (KEY_ATTR): the extension's stylesheet (highlight-style.ts) selects by it, so markup a page
// copied from another visit, or wrote by hand, is never styled as a highlight.

import { flat } from '../../utils/string-pool';
import type { Highlight } from './plan';

export type OwnedKind = 'mark' | 'ui';

/** A mark that holds only part of its highlight's words (split across tags): which part. */
interface Piece {
  hl: Highlight;
  text: string;
}

function randomKey(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  let out = '';
  for (const b of bytes) out += (b % 36).toString(36);
  return out;
}

/** `data-rl-<random>`: the per-start attribute the highlight stylesheet selects by. */
export const KEY_ATTR = `data-rl-${randomKey()}`;

const ui = new WeakSet<Element>();
// A giant page has tens of thousands of marks: most hold their highlight's words whole and
// cost one entry that points at the highlight; only a part of a split one has an object.
const marks = new WeakMap<Element, Highlight | Piece>();

const wordsOf = (hl: Highlight) => (hl.kind === 'claim' ? hl.claim.text : hl.mention.text);

/** Records an element the extension has just made for its own interface. */
export function adoptUi(el: Element): void {
  ui.add(el);
}

/** Records a mark the extension has just made around `text`, all or part of `hl`. */
export function adoptMark(el: Element, hl: Highlight, text: string): void {
  // (a copy of the words: `text` is cut from the text node's data and would keep all of it)
  marks.set(el, text === wordsOf(hl) ? hl : { hl, text: flat(text) });
}

/** Forgets an element the extension took out of the page. */
export function release(el: Element): void {
  marks.delete(el);
  ui.delete(el);
}

export function owns(el: Element, kind?: OwnedKind): boolean {
  return kind === 'mark' ? marks.has(el) : kind === 'ui' ? ui.has(el) : marks.has(el) || ui.has(el);
}

/** The nearest element at or above `node` that the extension made (of that kind), or null. */
export function ownerOf(node: Node | null, kind?: OwnedKind): Element | null {
  let el: Element | null = !node ? null : node.nodeType === 1 ? (node as Element) : node.parentElement;
  for (; el; el = el.parentElement) if (owns(el, kind)) return el;
  return null;
}

/** The highlight id of one of the extension's marks (never read from an attribute). */
export function idOf(el: Element): string | null {
  const m = marks.get(el);
  return !m ? null : 'hl' in m ? m.hl.id : m.id;
}

/** True while the mark still holds exactly the words it was made around. */
export function intact(el: Element): boolean {
  const m = marks.get(el);
  return !!m && el.textContent === ('hl' in m ? m.text : wordsOf(m));
}
