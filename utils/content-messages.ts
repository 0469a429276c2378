// The messages the always-injected gate script (entrypoints/gate) parses too: the
// settings answer and the popup's commands to the page. Kept apart from page-messages.ts (the
// lens's answers, which re-exports these) so the gate carries only these few checks.
import { LOCALES } from './translate';
import { attempt, boolean, CheckError, literal, object, offset, oneOf, optional, type Check, type Checked } from './checks';

/** The most page text the settings request carries for the gate (gate-text.ts reads no more). */
export const GATE_TEXT_MAX = 200_000;

/** background → content: answer to page-settings (the user's settings as they apply to a page). */
const PageSettings = object({
  enabled: boolean,
  showMentions: boolean,
  showMinorFlags: boolean,
  showUnverified: boolean,
  language: oneOf(['auto', ...LOCALES]),
  /** Asked with the page's text: whether it mentions anything alliance-related. */
  related: optional(boolean),
  /** With related false: the text, read quickly, may hide a mention; read the page exactly and ask again. */
  recheck: optional(boolean),
});

/** popup/commands → content. */
const ContentMessages = {
  /** Send me the page's current report. */
  'get-report': object({ type: literal('get-report') }),
  /** Scroll to claim N of the report and open its card. */
  'focus-claim': object({ type: literal('focus-claim'), index: offset }),
  /** Next / previous claim. */
  'step-claim': object({ type: literal('step-claim'), direction: oneOf(['next', 'previous']) }),
  'toggle-highlights': object({ type: literal('toggle-highlights') }),
};

export type PageSettings = Checked<typeof PageSettings>;
export type ContentMessage = { [K in keyof typeof ContentMessages]: Checked<(typeof ContentMessages)[K]> }[keyof typeof ContentMessages];

/** A malformed answer from the background: what it was and where it was wrong. */
export class AnswerError extends Error {
  constructor(what: string, detail: string) {
    super(`Readout Lens: the background's ${what} answer was malformed (${detail})`);
    this.name = 'AnswerError';
  }
}

export function parseAnswer<T>(check: Check<T>, raw: unknown, what: string): T {
  try {
    return check(raw, '');
  } catch (err) {
    throw err instanceof CheckError ? new AnswerError(what, err.message) : err;
  }
}

export const parsePageSettings = (raw: unknown) => parseAnswer(PageSettings, raw, 'page-settings');

/**
 * background → gate and lens: the settings changed (the gate asks about its page again, the lens
 * reads its settings again). Pushed by the background so that neither content script reaches for
 * the storage API, whose first use costs a page milliseconds.
 */
export const SETTINGS_CHANGED = 'settings-changed';
export function isSettingsChanged(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && (raw as { type?: unknown }).type === SETTINGS_CHANGED;
}

/** A message for the content script, or null when it is not one (not ours, or malformed). */
export function parseContentMessage(raw: unknown): ContentMessage | null {
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(ContentMessages, type)) return null;
  return attempt(ContentMessages[type as keyof typeof ContentMessages] as Check<ContentMessage>, raw);
}
