// Which elements are the extension's: only those it made itself, remembered in a WeakSet. A page
// can copy any attribute (data-rl, data-rl-id, class names), so none is ever trusted; the
// registry also keeps each highlight's id and the text it wrapped, so the card speaks only for
// the extension's own elements around the words they were made around.
//
// Every wrapper also carries one attribute whose name is made up when the script starts
// (KEY_ATTR): the extension's stylesheet (highlight-style.ts) selects by it, so markup a page
// copied from another visit, or wrote by hand, is never styled as a highlight.

import { StringPool } from '../../utils/string-pool';

export type OwnedKind = 'mark' | 'ui';

interface Entry {
  kind: OwnedKind;
  /** The highlight id (marks only). */
  id: string;
  /** The text the mark was made around (marks only). */
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

const entries = new WeakMap<Element, Entry>();
/** A mark's text is cut from its text node's data: shared, it keeps neither that data nor a copy per mark. */
const texts = new StringPool();

/** Records an element the extension has just made. */
export function adopt(el: Element, kind: OwnedKind, id = '', text = ''): void {
  entries.set(el, { kind, id, text: texts.get(text) });
}

/** Forgets an element the extension took out of the page. */
export function release(el: Element): void {
  entries.delete(el);
}

export function owns(el: Element, kind?: OwnedKind): boolean {
  const e = entries.get(el);
  return !!e && (kind === undefined || e.kind === kind);
}

/** The nearest element at or above `node` that the extension made (of that kind), or null. */
export function ownerOf(node: Node | null, kind?: OwnedKind): Element | null {
  let el: Element | null = !node ? null : node.nodeType === 1 ? (node as Element) : node.parentElement;
  for (; el; el = el.parentElement) if (owns(el, kind)) return el;
  return null;
}

/** The highlight id of one of the extension's marks (never read from an attribute). */
export function idOf(el: Element): string | null {
  const e = entries.get(el);
  return e?.kind === 'mark' ? e.id : null;
}

/** True while the mark still holds exactly the words it was made around. */
export function intact(el: Element): boolean {
  const e = entries.get(el);
  return !!e && e.kind === 'mark' && el.textContent === e.text;
}
