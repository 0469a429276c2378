// The floating frame every card is shown in: positioned by the caller (fixed, from the
// highlight's rectangles), hoverable, dismissible with Esc or its close button.
import type { ComponentChildren } from 'preact';
import { useT } from './i18n';

export interface CardPosition {
  top: number;
  left: number;
  maxHeight: number;
  placement: 'below' | 'above';
}

export interface HoverCardProps {
  id: string;
  label: string;
  /** Null while the card is being measured: rendered invisible at the top-left. */
  position: CardPosition | null;
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
  onClose?: () => void;
  children: ComponentChildren;
}

export function HoverCard(props: HoverCardProps) {
  const { t, locale } = useT();
  const { position } = props;
  const style = position
    ? { top: `${position.top}px`, left: `${position.left}px`, maxHeight: `${position.maxHeight}px` }
    : { top: '0px', left: '0px', visibility: 'hidden' };
  return (
    <div
      id={props.id}
      class={`rl-card${position ? ` rl-${position.placement}` : ''}`}
      role="dialog"
      lang={locale}
      tabIndex={-1}
      aria-label={props.label}
      style={style}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onClose?.();
      }}
    >
      <button type="button" class="rl-close" aria-label={t('card.close')} onClick={() => props.onClose?.()}>
        ×
      </button>
      <div class="rl-card-body">{props.children}</div>
      <p class="rl-brand">{t('brand')}</p>
    </div>
  );
}
