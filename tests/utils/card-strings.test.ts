// The content script gets only the card's part of a string catalogue from the background
// (utils/locale.ts cardStrings): every key the card's views and the highlights' descriptions
// ask for must be in that part, in both languages, or the card would show a bare key. Read
// from the sources of everything the hover card draws with, so a new string is checked the day
// it is used.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CARD_KEY_PREFIXES, cardStrings, makeTranslator } from '../../utils/locale';
import { en } from '../../utils/strings-en';

const ROOT = resolve(import.meta.dirname, '../..');
/** The card's views and the content script's own files (not the popup's or the settings page's). */
const files = [
  ...readdirSync(join(ROOT, 'components')).filter((f) => /\.tsx?$/.test(f)).map((f) => join(ROOT, 'components', f)),
  ...readdirSync(join(ROOT, 'entrypoints/news.content')).map((f) => join(ROOT, 'entrypoints/news.content', f)),
];
const sources = files.map((f) => readFileSync(f, 'utf8')).join('\n');
const literalKeys = [...sources.matchAll(/\b(t|plural)\(\s*'([\w.-]+)'/g)].flatMap(([, fn, key]) => (fn === 'plural' ? [`${key}_one`, `${key}_other`] : [key!]));
const madeKeys = [...sources.matchAll(/\bt\(\s*`([\w.-]+)\$\{/g)].map(([, prefix]) => prefix!);

describe("the card's strings", () => {
  test('the scan finds the keys the card uses (it is real)', () => {
    expect(literalKeys).toContain('card.close');
    expect(literalKeys).toContain('aria.conflictN_other');
    expect(madeKeys).toContain('verdict.');
  });

  test.each(['en', 'ja'] as const)('every key the card asks for is sent in %s', (locale) => {
    const sent = cardStrings(locale);
    const missing = literalKeys.filter((k) => !(k in sent));
    expect(missing).toEqual([]);
    for (const prefix of madeKeys) {
      expect(CARD_KEY_PREFIXES.some((p) => prefix.startsWith(p)), prefix).toBe(true);
      expect(Object.keys(sent).some((k) => k.startsWith(prefix)), prefix).toBe(true);
    }
  });

  test('only the card’s part is sent: the popup’s and the settings page’s strings stay home', () => {
    const sent = Object.keys(cardStrings('en'));
    expect(sent.length).toBeGreaterThan(50);
    expect(sent.length).toBeLessThan(Object.keys(en).length / 2);
    expect(sent.filter((k) => /^(options|popup|import|export|ingest|pageRecord|panel|badge)\./.test(k))).toEqual([]);
  });

  test('a translator over the sent part reads like the whole catalogue, and a missing key shows itself', () => {
    const t = makeTranslator('ja', cardStrings('ja'));
    expect(t.plural('aria.conflictN', 2)).toMatch(/2/);
    expect(t.t('card.close')).toBe('閉じる');
    expect(t.has('options.title')).toBe(false);
    expect(t.t('options.title' as never)).toBe('options.title');
  });
});
