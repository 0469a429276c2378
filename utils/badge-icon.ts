// What the toolbar button shows for a tab: the conflict count on the badge, the icon (a red
// "conflicts" state when there is at least one) and the tooltip, in the interface language.
import { BADGE_COLOR, badgeText } from './verdict-counts';
import { translator, type Locale } from './locale';

export const ICON_SIZES = [16, 32, 48, 128] as const;

export type IconPaths = Record<(typeof ICON_SIZES)[number], string>;

export function iconPaths(state: 'plain' | 'conflict'): IconPaths {
  const name = state === 'conflict' ? 'lens-conflict' : 'lens';
  return { 16: `/icons/${name}-16.png`, 32: `/icons/${name}-32.png`, 48: `/icons/${name}-48.png`, 128: `/icons/${name}-128.png` };
}

export interface ButtonState {
  text: string;
  color: string;
  title: string;
  icon: IconPaths;
}

/**
 * `conflicts` is null when the tab has no report (not read yet, left, or switched off): then the
 * button is the plain one and says nothing about the page.
 */
export function buttonState(conflicts: number | null, locale: Locale): ButtonState {
  const { t, plural } = translator(locale);
  const n = conflicts ?? 0;
  return {
    text: badgeText(n),
    color: BADGE_COLOR,
    title: conflicts === null ? t('badge.idle') : n > 0 ? plural('badge.conflicts', n) : t('badge.noConflicts'),
    icon: iconPaths(n > 0 ? 'conflict' : 'plain'),
  };
}
