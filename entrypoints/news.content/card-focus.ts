// Keyboard focus between a highlight and its card (a dialog in a shadow root at the end of the
// document): Tab on the highlight moves into the card, Tab past the card's last control goes on
// to whatever follows the highlight in the page, Shift+Tab from the card's start returns to the
// highlight. Esc (handled by the card mount) closes the card and puts focus back.

const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]';

function isTabbable(el: Element): el is HTMLElement {
  const tabindex = el.getAttribute('tabindex');
  return el.matches(TABBABLE) && (tabindex === null || Number(tabindex) >= 0);
}

/** The card's own controls in order (the dialog itself, tabindex -1, excluded). */
export function cardTabbables(card: Element): HTMLElement[] {
  return Array.from(card.querySelectorAll(TABBABLE)).filter(isTabbable);
}

/** The first element Tab would reach after `from` in the page, outside `from` and `skip`. */
export function nextTabbableAfter(doc: Document, from: Element, skip: Element | null): HTMLElement | null {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 0x1 /* SHOW_ELEMENT */);
  walker.currentNode = from;
  for (let n = walker.nextNode() as Element | null; n; n = walker.nextNode() as Element | null) {
    if (from.contains(n) || (skip && skip.contains(n))) continue;
    if (isTabbable(n)) return n;
  }
  return null;
}

export interface CardFocusContext {
  /** The open card's dialog element (inside the shadow root), or null. */
  card(): HTMLElement | null;
  /** The open highlight's head, or null. */
  head(): HTMLElement | null;
  host(): HTMLElement | null;
  /** Closes the card without moving focus. */
  close(): void;
}

/**
 * Handles Tab / Shift+Tab for the open card; returns true when it moved focus itself (the
 * caller then prevents the browser's default).
 */
export function moveCardFocus(e: KeyboardEvent, ctx: CardFocusContext): boolean {
  if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey) return false;
  const card = ctx.card();
  const head = ctx.head();
  if (!card || !head) return false;
  const doc = head.ownerDocument;
  const target = e.composedPath()[0] as Element | undefined;
  const inCard = !!target && card.contains(target);
  if (!inCard) {
    if (target !== head || e.shiftKey) return false;
    card.focus(); // into the dialog: its label is read, and Tab goes on to its controls
    return true;
  }
  const controls = cardTabbables(card);
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (e.shiftKey && (target === card || target === first)) {
    head.focus();
    return true;
  }
  if (!e.shiftKey && (target === last || controls.length === 0)) {
    const next = nextTabbableAfter(doc, head, ctx.host());
    ctx.close();
    if (next) next.focus();
    else head.blur();
    return true;
  }
  return false;
}
