// The hover card: one shadow-root host (data-rl="ui") with a Preact tree inside, positioned by
// hand (position: fixed from the highlight's rectangles). Opens after a short hover or at once
// on keyboard focus, stays while the pointer is over it, closes on Esc or when left.
import { render } from 'preact';
import { HoverCard, type CardPosition } from '../../components/HoverCard';
import { ClaimCard } from '../../components/ClaimCard';
import { EntityCard } from '../../components/EntityCard';
import { CARD_CSS } from '../../components/card-styles';
import { I18nProvider } from '../../components/i18n';
import type { CardContent } from './card-content';
import { placeCard } from './card-position';
import { moveCardFocus } from './card-focus';

export interface CardMountOptions {
  doc: Document;
  /** What to show for a highlight id, or null when it no longer exists. */
  content(id: string): CardContent | null;
  /** The highlight's wrapper elements (first = head). */
  anchors(id: string): HTMLElement[];
  openDelayMs?: number;
  graceMs?: number;
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

export function highlightOf(target: EventTarget | null): HTMLElement | null {
  const el = target && (target as Node).nodeType === 1 ? (target as Element) : (target as Node | null)?.parentElement;
  return (el?.closest?.('mark[data-rl-id]') as HTMLElement | null) ?? null;
}

export function mountCard(opts: CardMountOptions): CardMount {
  const { doc } = opts;
  const win = doc.defaultView!;
  const openDelay = opts.openDelayMs ?? 300;
  const grace = opts.graceMs ?? 300;
  const listeners = new AbortController();

  let host: HTMLElement | null = null;
  let container: HTMLElement | null = null;
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
    host = doc.createElement('readout-lens-card');
    host.setAttribute('data-rl', 'ui');
    // Inline styles via CSSOM: allowed by any page CSP.
    Object.assign(host.style, { position: 'fixed', top: '0', left: '0', width: '0', height: '0', zIndex: '2147483647' });
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    container = doc.createElement('div');
    shadow.append(style, container);
    doc.documentElement.appendChild(host);
    return container;
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

  function draw(position: CardPosition | null): void {
    if (!openId) return;
    const content = opts.content(openId);
    if (!content) return close();
    const target = ensureHost();
    render(
      <I18nProvider locale={content.locale}>
      <HoverCard
        id={CARD_ELEMENT_ID}
        label={content.label}
        position={position}
        onPointerEnter={cancelClose}
        onPointerLeave={() => scheduleClose()}
        onClose={close}
      >
        {content.kind === 'claim' ? <ClaimCard {...content.props} /> : <EntityCard {...content.props} />}
      </HoverCard>
      </I18nProvider>,
      target,
    );
  }

  /** Measures the card where it is and moves it next to its highlight. */
  function place(): void {
    if (!openId || !container) return;
    const anchors = opts.anchors(openId);
    if (anchors.length === 0) return close();
    draw(null);
    const card = container.querySelector(`#${CARD_ELEMENT_ID}`);
    if (!card) return;
    const box = card.getBoundingClientRect();
    const rects = anchors.flatMap((a) => Array.from(a.getClientRects()));
    // Scrolled out of sight: a card pointing at nothing is in the way.
    if (rects.length > 0 && rects.every((r) => r.bottom < 0 || r.top > win.innerHeight)) return close();
    const pos = placeCard(rects, { width: box.width, height: box.height }, { width: win.innerWidth, height: win.innerHeight });
    draw(pos);
  }

  function open(id: string): void {
    cancelOpen();
    cancelClose();
    if (openId && openId !== id) setExpanded(openId, false);
    openId = id;
    if (!opts.content(id)) {
      openId = null;
      return;
    }
    ensureHost();
    place();
    if (openId) setExpanded(openId, true);
  }

  function close(): void {
    cancelOpen();
    cancelClose();
    if (!openId) return;
    setExpanded(openId, false);
    openId = null;
    if (container) render(null, container);
  }

  function detach(): void {
    close();
    host?.remove();
    host = null;
    container = null;
  }

  // Interactions, delegated on the document (one set of listeners, whatever the page size).
  const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void) =>
    doc.addEventListener(type, fn as EventListener, { capture: true, signal: listeners.signal });

  on('pointerover', (e) => {
    const hl = highlightOf(e.target);
    if (!hl) return;
    const id = hl.dataset.rlId!;
    if (id === openId) return cancelClose();
    if (id !== dismissed) scheduleOpen(id);
  });
  on('pointerout', (e) => {
    const hl = highlightOf(e.target);
    if (!hl) return;
    const id = hl.dataset.rlId!;
    if (highlightOf(e.relatedTarget)?.dataset.rlId === id) return; // moving between its pieces
    if (dismissed === id) dismissed = null;
    if (openFor === id) cancelOpen();
    if (openId === id) scheduleClose();
  });
  on('focusin', (e) => {
    const hl = highlightOf(e.target);
    if (!hl || !hl.hasAttribute('data-rl-head')) return;
    if (returningFocus) return void (returningFocus = false);
    dismissed = null;
    open(hl.dataset.rlId!);
  });
  on('focusout', (e) => {
    const hl = highlightOf(e.target);
    if (!hl || hl.dataset.rlId !== openId) return;
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
