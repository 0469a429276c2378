// The interface language without its catalogues: which language to use (the user's setting, else
// the browser's preferred languages), and a translator over whatever strings it is given, with
// Intl formatting of numbers, dates, durations and lists. The content script builds its
// translator from the card's strings the background sends (`cardStrings` of utils/locale.ts,
// asked for by entrypoints/news.content/card-strings.ts), so no catalogue is bundled into every
// page; utils/locale.ts adds the bundled catalogues for the extension's own pages. Quotes from
// articles and records never pass through here.
import type { StringKey } from './strings-en';

export const LOCALES = ['en', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];
export type LanguageSetting = 'auto' | Locale;

/**
 * The locale to show: the setting when it names one, else the first of the browser's preferred
 * languages that the extension speaks (Japanese for "ja", "ja-JP"…), else English.
 */
export function resolveLocale(setting: LanguageSetting, preferred: readonly string[]): Locale {
  if (setting !== 'auto') return setting;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (base === 'ja') return 'ja';
    if (base === 'en') return 'en';
  }
  return 'en';
}

/**
 * The browser's preferred languages, most preferred first: the content languages the user set
 * (navigator.languages, which follow the interface language unless changed), then the
 * interface language itself.
 */
export function browserLanguages(uiLanguage?: string): string[] {
  const nav = typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? []), navigator.language];
  return [...nav, ...(uiLanguage ? [uiLanguage] : [])].filter((t): t is string => typeof t === 'string' && t !== '');
}

type Vars = Record<string, string | number>;
/** Keys that come in _one/_other forms, without the suffix. */
export type PluralKey = StringKey extends infer K ? (K extends `${infer B}_other` ? B : never) : never;

export interface Translator {
  readonly locale: Locale;
  /** The string for `key` with `{name}` placeholders filled (numbers formatted for the locale). */
  t(key: StringKey, vars?: Vars): string;
  /** Whether the strings hold `key` (for keys made from data, e.g. an office's description). */
  has(key: string): key is StringKey;
  /** The plural form for `n` (as {n}) of a key with _one/_other forms. */
  plural(key: PluralKey, n: number, vars?: Vars): string;
  number(n: number): string;
  percent(fraction: number): string;
  /** "2026-01-15" → "15 January 2026" / "2026年1月15日" (the date as written, no zone shift). */
  day(isoDate: string): string;
  /** Minutes → "85 minutes" / "85分". */
  minutes(n: number): string;
  /** ["A", "B"] → "A and B" / "A、B". */
  list(items: readonly string[]): string;
}

/** `make()`'s value, made on the first call. */
function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

/**
 * A whole number as both locales write it, without ICU when that is plain digits: below 1,000
 * neither groups nor uses other digits. (The first Intl.NumberFormat built in a page costs
 * about 10 ms, and highlight descriptions fill in small counts.)
 */
function plainDigits(n: number): string | null {
  return Number.isInteger(n) && n >= 0 && n < 1000 && !Object.is(n, -0) ? String(n) : null;
}

/**
 * A translator over `strings` (a whole catalogue, or the card's part of one). A key the strings
 * lack reads as the key itself: visible in a test, never an empty card line. Each Intl formatter
 * is built when first used: together they cost a page some 15 ms to build, in the task that
 * receives the card's strings, ahead of the first highlight.
 */
export function makeTranslator(locale: Locale, strings: Readonly<Partial<Record<StringKey, string>>>): Translator {
  const tag = locale === 'ja' ? 'ja-JP' : 'en-GB';
  const numbers = once(() => new Intl.NumberFormat(tag));
  const percents = once(() => new Intl.NumberFormat(tag, { style: 'percent' }));
  const days = once(() => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
  const mins = once(() => new Intl.NumberFormat(tag, { style: 'unit', unit: 'minute', unitDisplay: 'long' }));
  const lists = once(() => new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' }));
  const plurals = once(() => new Intl.PluralRules(tag));
  const number = (n: number) => plainDigits(n) ?? numbers().format(n);
  const has = (key: string): key is StringKey => Object.prototype.hasOwnProperty.call(strings, key);
  const fill = (text: string, vars?: Vars) =>
    vars ? text.replace(/\{(\w+)\}/g, (all, name: string) => {
      const v = vars[name];
      return v === undefined ? all : typeof v === 'number' ? number(v) : v;
    }) : text;
  const t = (key: StringKey, vars?: Vars) => fill(has(key) ? strings[key]! : key, vars);
  return {
    locale,
    t,
    has,
    plural: (key, n, vars) => t(`${key}_${plurals().select(n) === 'one' ? 'one' : 'other'}` as StringKey, { n, ...vars }),
    number,
    percent: (f) => percents().format(f),
    day: (iso) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
      return m ? days().format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))) : iso;
    },
    minutes: (n) => mins().format(n),
    list: (items) => lists().format(items),
  };
}
