// The floating frame every card is shown in: positioned by the caller (fixed, from the
// highlight's rectangles; placeAt moves it without drawing it again), hoverable, dismissible
// with Esc or its close button.
/** @jsxImportSource @/components/dom */
import type { Child } from './dom/jsx-runtime';
import { words } from './card-words';

export interface CardPosition {
  top: number;
  left: number;
  maxHeight: number;
  placement: 'below' | 'above';
}

export interface HoverCardProps {
  id: string;
  label: string;
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
  onClose?: () => void;
  children: Child;
}

/**
 * Puts a drawn card where it goes (its placement a class), or, with null while it is being
 * measured, invisible at the top-left. The card's nodes stay: focus inside it is kept.
 */
export function placeAt(card: HTMLElement, position: CardPosition | null): void {
  card.className = `rl-card${position ? ` rl-${position.placement}` : ''}`;
  Object.assign(card.style, position
    ? { top: `${position.top}px`, left: `${position.left}px`, maxHeight: `${position.maxHeight}px`, visibility: '' }
    : { top: '0px', left: '0px', maxHeight: '', visibility: 'hidden' });
}

/** The card's frame, drawn unplaced (see placeAt). */
export function HoverCard(props: HoverCardProps): HTMLElement {
  const { t, locale } = words();
  const card = (
    <div
      id={props.id}
      role="dialog"
      lang={locale}
      tabIndex={-1}
      aria-label={props.label}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
      onKeyDown={(e: KeyboardEvent) => {
        if (e.key === 'Escape') props.onClose?.();
      }}
    >
      <button type="button" class="rl-close" aria-label={t('card.close')} onClick={() => props.onClose?.()}>
        ×
      </button>
      <div class="rl-card-body">{props.children}</div>
      <p class="rl-brand">{t('brand')}</p>
    </div>
  ) as HTMLElement;
  placeAt(card, null);
  return card;
}
