// The interface language for the extension's own pages and the background: the translator over
// the bundled string catalogues (both languages), and the card's part of a catalogue, which the
// background sends to the content script (so no page carries the catalogues). Choosing the
// language and formatting live in translate.ts, shared with the content script.
import { en, type StringKey } from './strings-en';
import { ja } from './strings-ja';
import { makeTranslator, type Locale, type Translator } from './translate';

export * from './translate';

const CATALOGUES: Record<Locale, Record<StringKey, string>> = { en, ja };

const cache = new Map<Locale, Translator>();

export function translator(locale: Locale): Translator {
  let made = cache.get(locale);
  if (!made) cache.set(locale, (made = makeTranslator(locale, CATALOGUES[locale])));
  return made;
}

/**
 * The keys a hover card and a highlight's description may use, by prefix. A view of the card
 * reading a key outside these would show the key itself (tests/utils/card-strings.test.ts finds
 * every key the card's sources ask for and checks it is sent).
 */
export const CARD_KEY_PREFIXES = [
  'verdict.', 'card.', 'account.', 'source.', 'field.', 'flag.', 'flagWhy.', 'kind.', 'entity.', 'officeDesc.', 'aria.',
] as const;

const cardStringsByLocale = new Map<Locale, Readonly<Partial<Record<StringKey, string>>>>();

/**
 * The card's part of a catalogue (what the background sends a content script). Worked out once
 * per locale: it is asked for on every page the lens reads, ahead of the page's analysis.
 */
export function cardStrings(locale: Locale): Readonly<Partial<Record<StringKey, string>>> {
  let out = cardStringsByLocale.get(locale);
  if (!out) {
    const picked: Partial<Record<StringKey, string>> = {};
    for (const [key, text] of Object.entries(CATALOGUES[locale]) as Array<[StringKey, string]>) {
      if (key === 'brand' || CARD_KEY_PREFIXES.some((p) => key.startsWith(p))) picked[key] = text;
    }
    cardStringsByLocale.set(locale, (out = Object.freeze(picked)));
  }
  return out;
}
