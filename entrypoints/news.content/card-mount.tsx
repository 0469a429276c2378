// The hover card: one shadow-root host with a Preact tree inside, positioned by hand (position:
// fixed from the highlight's rectangles). Opens after a short hover or at once on keyboard focus,
// stays while the pointer is over it, closes on Esc or when left.
//
// Against hostile pages: the host is a plain <div> (a custom element name could be defined by
// the page first, running the page's constructor on our host); its shadow root is closed (the page
// can neither read nor rewrite what the card says; test builds open it so the suite can read the
// card); it is shown in the top layer (Popover API), so no transform, filter or stacking context
// of the page moves or covers it, and its own zoom cancels the page's `zoom`. The card opens only
// for marks the extension made (ours.ts) that still hold the words they were made around, and
// only on events the browser itself dispatched (a page's synthetic events are ignored).
//
// The card is drawn as DOM nodes at once (components/dom) and drawn again only when what it says
// changes; moving it (scroll, resize) keeps its nodes, so focus inside it stays where it was.
/** @jsxImportSource @/components/dom */
import { HoverCard, placeAt } from '../../components/HoverCard';
import { ClaimCard } from '../../components/ClaimCard';
import { EntityCard } from '../../components/EntityCard';
import { CARD_CSS } from '../../components/card-styles';
import { drawIn } from '../../components/card-words';
import type { Translator } from '../../utils/translate';
import { cardLabel, type CardContent } from './card-content';
import { placeCard } from './card-position';
import { moveCardFocus } from './card-focus';
import { adoptUi, idOf, intact, ownerOf } from './ours';

export interface CardMountOptions {
  doc: Document;
  /** What to show for a highlight id, or null when it no longer exists. */
  content(id: string): CardContent | null;
  /** The card's words (null until the background has sent them: no card opens without). */
  translator(): Translator | null;
  /** The highlight's wrapper elements (first = head). */
  anchors(id: string): HTMLElement[];
  openDelayMs?: number;
  graceMs?: number;
  /** 'closed' (default) in the store build; test builds pass 'open' to read the card. */
  shadowMode?: ShadowRootMode;
  /** DOM tests only: their dispatched events are never trusted. */
  acceptSyntheticEvents?: boolean;
}

export interface CardMount {
  readonly openId: string | null;
  /** Shows the card for a highlight now. */
  open(id: string): void;
  close(): void;
  /** Re-renders the open card (its content or settings changed). */
  refresh(): void;
  /** Closes and takes the host out of the page (switched off: no trace may stay). */
  detach(): void;
  /** Closes, removes the host and every listener. */
  destroy(): void;
}

const CARD_ELEMENT_ID = 'rl-card';

/**
 * The extension's own highlight at `target` (the innermost one, as the pointer sees it), or
 * null: for anything the page made, whatever its attributes, and for a mark whose words the page
 * has changed since (the card would vouch for text it never read).
 */
export function highlightOf(target: EventTarget | null): HTMLElement | null {
  const node = target && typeof (target as Node).nodeType === 'number' ? (target as Node) : null;
  const mark = ownerOf(node, 'mark') as HTMLElement | null;
  return mark && intact(mark) ? mark : null;
}

/** Host styles the page cannot override: !important inside the shadow beats the page's !important. */
const HOST_CSS = `
:host { all: initial !important; position: fixed !important; inset: 0 auto auto 0 !important;
  width: 0 !important; height: 0 !important; margin: 0 !important; padding: 0 !important; border: 0 !important;
  overflow: visible !important; background: transparent !important; visibility: visible !important;
  opacity: 1 !important; transform: none !important; filter: none !important; clip-path: none !important;
  z-index: 2147483647 !important; pointer-events: auto !important; }
:host(:popover-open) { display: block !important; }
:host(:not(:popover-open)) { display: none !important; }
`;

/** The page's zoom at the document element (CSS `zoom`), which the host inherits. */
function pageZoom(doc: Document): number {
  const z = (doc.documentElement as Element & { currentCSSZoom?: number }).currentCSSZoom;
  return typeof z === 'number' && Number.isFinite(z) && z > 0 ? z : 1;
}

export function mountCard(opts: CardMountOptions): CardMount {
  const { doc } = opts;
  const win = doc.defaultView!;
  const openDelay = opts.openDelayMs ?? 300;
  const grace = opts.graceMs ?? 300;
  const listeners = new AbortController();

  let host: HTMLElement | null = null;
  let container: HTMLElement | null = null;
  /** Inside the shadow, so that it outranks the page's rules and our own `all: initial`. */
  let zoomStyle: HTMLStyleElement | null = null;
  let openId: string | null = null;
  let openTimer: ReturnType<typeof setTimeout> | null = null;
  let openFor: string | null = null;
  let closeTimer: ReturnType<typeof setTimeout> | null = null;
  /** Closed with Esc while the pointer was on it: do not reopen until the pointer leaves. */
  let dismissed: string | null = null;
  /** Focus is being put back on the highlight after Esc: do not reopen its card for that. */
  let returningFocus = false;
  let frame = 0;

  const ensureHost = (): HTMLElement => {
    if (host && container && host.isConnected) return container;
    host?.remove();
    host = doc.createElement('div');
    adoptUi(host);
    host.setAttribute('data-rl', 'ui'); // (a description for tests and the page reader; never trusted)
    const shadow = host.attachShadow({ mode: opts.shadowMode ?? 'closed' });
    const style = doc.createElement('style');
    style.textContent = HOST_CSS + CARD_CSS;
    zoomStyle = doc.createElement('style');
    container = doc.createElement('div');
    shadow.append(style, zoomStyle, container);
    if ('popover' in host) host.popover = 'manual';
    doc.documentElement.appendChild(host);
    return container;
  };

  /** Into the top layer, at the page's zoom undone (inline !important: no page rule beats it). */
  const showHost = () => {
    if (!host) return;
    const zoom = `:host { zoom: ${1 / pageZoom(doc)} !important; }`;
    if (zoomStyle && zoomStyle.textContent !== zoom) zoomStyle.textContent = zoom;
    try {
      if (!host.matches(':popover-open')) host.showPopover();
    } catch {
      // No Popover API (or the page took the host out): shown in place, fixed.
      host.style.setProperty('display', 'block', 'important');
    }
  };
  const hideHost = () => {
    try {
      if (host?.matches(':popover-open')) host.hidePopover();
    } catch {
      /* not shown */
    }
  };

  const cancelOpen = () => {
    if (openTimer !== null) clearTimeout(openTimer);
    openTimer = null;
    openFor = null;
  };
  const cancelClose = () => {
    if (closeTimer !== null) clearTimeout(closeTimer);
    closeTimer = null;
  };
  const scheduleClose = (delay = grace) => {
    cancelClose();
    closeTimer = setTimeout(() => {
      closeTimer = null;
      close();
    }, delay);
  };
  const scheduleOpen = (id: string) => {
    if (openFor === id) return;
    cancelOpen();
    openFor = id;
    openTimer = setTimeout(() => {
      openTimer = null;
      openFor = null;
      open(id);
    }, openDelay);
  };

  const setExpanded = (id: string | null, value: boolean) => {
    const head = id ? opts.anchors(id)[0] : undefined;
    if (head?.hasAttribute('role')) head.setAttribute('aria-expanded', String(value));
  };

  /** The drawn card, and what it was drawn from (drawn again only when that changes). */
  let drawn: { card: HTMLElement; words: Translator; said: string } | null = null;

  /** The open card as it should say now, unplaced (drawing it again if its words changed). */
  function draw(): HTMLElement | null {
    if (!openId) return null;
    const content = opts.content(openId);
    const words = opts.translator();
    if (!content || !words) {
      close();
      return null;
    }
    const target = ensureHost();
    const said = JSON.stringify(content);
    if (drawn && drawn.words === words && drawn.said === said && drawn.card.parentNode === target) {
      placeAt(drawn.card, null);
      return drawn.card;
    }
    // Focus was inside the old card: it goes to the new one's dialog, never back to the page.
    const hadFocus = !!host && doc.activeElement === host;
    const card = drawIn(words, () => (
      <HoverCard
        id={CARD_ELEMENT_ID}
        label={cardLabel(content, words)}
        onPointerEnter={cancelClose}
        onPointerLeave={() => scheduleClose()}
        onClose={close}
      >
        {content.kind === 'claim' ? <ClaimCard {...content.props} /> : <EntityCard {...content.props} />}
      </HoverCard>
    )) as HTMLElement;
    target.replaceChildren(card);
    drawn = { card, words, said };
    if (hadFocus) card.focus();
    return card;
  }

  /** Measures the card where it is and moves it next to its highlight. */
  function place(): void {
    if (!openId || !container) return;
    const anchors = opts.anchors(openId);
    if (anchors.length === 0) return close();
    const card = draw();
    if (!card) return;
    const box = card.getBoundingClientRect();
    const rects = anchors.flatMap((a) => Array.from(a.getClientRects()));
    // Scrolled out of sight: a card pointing at nothing is in the way.
    if (rects.length > 0 && rects.every((r) => r.bottom < 0 || r.top > win.innerHeight)) return close();
    placeAt(card, placeCard(rects, { width: box.width, height: box.height }, { width: win.innerWidth, height: win.innerHeight }));
  }

  function open(id: string): void {
    cancelOpen();
    cancelClose();
    if (openId && openId !== id) setExpanded(openId, false);
    openId = id;
    if (!opts.content(id) || !opts.translator()) {
      openId = null;
      return;
    }
    ensureHost();
    showHost();
    place();
    if (openId) setExpanded(openId, true);
  }

  function close(): void {
    cancelOpen();
    cancelClose();
    if (!openId) return;
    setExpanded(openId, false);
    openId = null;
    drawn = null;
    container?.replaceChildren();
    hideHost();
  }

  function detach(): void {
    close();
    host?.remove();
    host = null;
    container = null;
    zoomStyle = null;
  }

  // Interactions, delegated on the document (one set of listeners, whatever the page size).
  // Only events the browser dispatched: a page's synthetic events never open or steer the card.
  const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void) =>
    doc.addEventListener(type, ((e: DocumentEventMap[K]) => {
      if (e.isTrusted || opts.acceptSyntheticEvents) fn(e);
    }) as EventListener, { capture: true, signal: listeners.signal });

  on('pointerover', (e) => {
    const hl = highlightOf(e.target);
    if (!hl) return;
    const id = idOf(hl)!;
    if (id === openId) return cancelClose();
    if (id !== dismissed) scheduleOpen(id);
  });
  on('pointerout', (e) => {
    const hl = highlightOf(e.target);
    if (!hl) return;
    const id = idOf(hl)!;
    const to = highlightOf(e.relatedTarget);
    if (to && idOf(to) === id) return; // moving between its pieces
    if (dismissed === id) dismissed = null;
    if (openFor === id) cancelOpen();
    if (openId === id) scheduleClose();
  });
  on('focusin', (e) => {
    const hl = highlightOf(e.target);
    if (!hl || !hl.hasAttribute('data-rl-head')) return;
    if (returningFocus) return void (returningFocus = false);
    dismissed = null;
    open(idOf(hl)!);
  });
  on('focusout', (e) => {
    const hl = highlightOf(e.target);
    if (!hl || idOf(hl) !== openId) return;
    if (e.relatedTarget && e.relatedTarget === host) return; // focus moved into the card
    scheduleClose(100);
  });
  on('keydown', (e) => {
    if (openId && e.key === 'Tab') {
      const card = container?.querySelector<HTMLElement>(`#${CARD_ELEMENT_ID}`) ?? null;
      const head = opts.anchors(openId)[0] ?? null;
      if (moveCardFocus(e, { card: () => card, head: () => head, host: () => host, close })) e.preventDefault();
      return;
    }
    if (e.key !== 'Escape' || !openId) return;
    const head = opts.anchors(openId)[0];
    const focusInCard = !!host && doc.activeElement === host;
    dismissed = openId;
    close();
    if (focusInCard && head) {
      returningFocus = true;
      head.focus();
      returningFocus = false;
    }
  });
  const reposition = () => {
    if (!openId || frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      place();
    });
  };
  win.addEventListener('scroll', reposition, { capture: true, passive: true, signal: listeners.signal });
  win.addEventListener('resize', reposition, { passive: true, signal: listeners.signal });

  return {
    get openId() {
      return openId;
    },
    open,
    close,
    refresh() {
      if (openId) place();
    },
    detach,
    destroy() {
      detach();
      listeners.abort();
      if (frame) win.cancelAnimationFrame(frame);
    },
  };
}
