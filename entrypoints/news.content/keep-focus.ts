// Redrawing a block takes its marks out and puts new ones in (the full result replacing the early
// mentions, a setting that changes what is shown): a reader whose keyboard focus was on one of
// them would be dropped to the page's body and lose their place. The focus goes to the new mark
// of the same highlight instead or, where that one is no control (a name inside a claim), to the
// control around it. Only the extension's own marks count (ours.ts), never an attribute.
import { idOf, owns, ownerOf } from './ours';

export interface HeldFocus {
  id: string;
  el: Element;
}

/** The highlight of our mark that holds the focus in `doc`, if one does. */
export function focusedHighlight(doc: Document): HeldFocus | null {
  const el = doc.activeElement;
  if (!el || !owns(el, 'mark')) return null;
  const id = idOf(el);
  return id ? { id, el } : null;
}

/**
 * After a redraw: when it took the focused mark away and the focus fell to the page's body,
 * focuses the highlight's new mark (found by `find`), or the nearest control of ours around it.
 */
export function restoreFocus(doc: Document, held: HeldFocus | null, find: (id: string) => Element | undefined): void {
  if (!held || held.el.isConnected) return;
  const active = doc.activeElement;
  if (active && active !== doc.body && active !== doc.documentElement) return; // the reader moved on
  let target: Element | null = find(held.id) ?? null;
  while (target && !target.hasAttribute('tabindex')) target = ownerOf(target.parentElement, 'mark');
  (target as HTMLElement | null)?.focus({ preventScroll: true });
}
