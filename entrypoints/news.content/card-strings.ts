// The card's words in the page: the background sends the chosen language's part of the string
// catalogue (utils/locale.ts cardStrings) the first time a page has something to show, so the
// script injected into every page carries no catalogue. One request per language per page.
import { parseCardStrings } from '../../utils/page-messages';
import { makeTranslator, type Locale, type Translator } from '../../utils/translate';

export interface CardStrings {
  /** The translator for `locale` once its strings have arrived, else the last one that did. */
  get(locale: Locale): Translator | null;
  /** Asks for `locale`'s strings (once; again after a failure) and resolves with its translator. */
  load(locale: Locale): Promise<Translator>;
}

export function cardStrings(ask: (locale: Locale) => Promise<unknown>): CardStrings {
  const ready = new Map<Locale, Translator>();
  const asked = new Map<Locale, Promise<Translator>>();
  let latest: Translator | null = null;
  return {
    get: (locale) => ready.get(locale) ?? latest,
    load(locale) {
      const known = asked.get(locale);
      if (known) return known;
      const loading = ask(locale).then((raw) => {
        const made = makeTranslator(locale, parseCardStrings(raw, locale));
        ready.set(locale, made);
        latest = made;
        return made;
      });
      loading.catch(() => asked.delete(locale));
      asked.set(locale, loading);
      return loading;
    },
  };
}
