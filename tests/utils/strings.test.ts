// The interface speaks English and Japanese everywhere: every string exists in both catalogues
// with the same placeholders, Japanese strings are Japanese, the manifest's __MSG_ strings
// exist in both _locales, and no view carries a hard-coded English sentence of its own.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { en } from '../../utils/strings-en';
import { ja } from '../../utils/strings-ja';
import { FlagFieldSchema } from '../../engine/report';
import { resolveLocale, translator } from '../../utils/locale';

const ROOT = resolve(import.meta.dirname, '../..');
const JAPANESE = /[\u3000-\u303f\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]/;
/** Product names: the same in both languages. */
const SAME_IN_BOTH = new Set(['brand']);
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('string catalogues', () => {
  test('English and Japanese have exactly the same keys', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
  });

  test.each(Object.keys(en))('%s: present in both, same placeholders, Japanese in Japanese', (key) => {
    const e = en[key as keyof typeof en];
    const j = ja[key as keyof typeof ja];
    expect(e.trim()).not.toBe('');
    expect(j?.trim()).toBeTruthy();
    expect(placeholders(j!)).toEqual(placeholders(e));
    if (!SAME_IN_BOTH.has(key)) expect(j).toMatch(JAPANESE);
    if (key !== 'options.languageJa') expect(e).not.toMatch(JAPANESE);
  });

  test('plural keys come in _one and _other pairs', () => {
    const keys = Object.keys(en);
    for (const k of keys.filter((x) => x.endsWith('_one'))) expect(keys).toContain(k.replace(/_one$/, '_other'));
    for (const k of keys.filter((x) => x.endsWith('_other'))) expect(keys).toContain(k.replace(/_other$/, '_one'));
  });

  test('every flag field and severity has a Japanese explanation', () => {
    for (const field of FlagFieldSchema.options) {
      expect(ja[`flagWhy.${field}.major`]).toMatch(JAPANESE);
      expect(ja[`flagWhy.${field}.minor`]).toMatch(JAPANESE);
    }
  });
});

describe('formatting by locale', () => {
  test('numbers, dates, durations, lists and plurals follow the language', () => {
    const e = translator('en');
    const j = translator('ja');
    expect(e.day('2026-01-15')).toBe('15 January 2026');
    expect(j.day('2026-01-15')).toBe('2026年1月15日');
    expect(e.minutes(85)).toBe('85 minutes');
    expect(j.minutes(85)).toBe('85 分');
    expect(e.list(['A', 'B'])).toBe('A and B');
    expect(j.list(['A', 'B'])).toBe('A、B');
    expect(e.plural('counts.conflict', 1)).toBe('1 conflict');
    expect(e.plural('counts.conflict', 1200)).toBe('1,200 conflicts');
    expect(j.plural('counts.conflict', 2)).toBe('食い違い 2');
    expect(e.percent(0.87)).toBe('87%');
  });

  test('numbers read as Intl writes them, whether or not Intl is asked (small whole numbers are not)', () => {
    const samples = [0, -0, 1, 2, 7, 10, 99, 100, 999, 1000, 1200, 123456, -1, -1200, 0.5, 2.25, 1e21];
    for (const locale of ['en', 'ja'] as const) {
      const intl = new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-GB');
      const tr = translator(locale);
      for (const n of samples) {
        expect(tr.number(n)).toBe(intl.format(n));
        expect(tr.t('aria.conflictN_other', { n })).toContain(intl.format(n));
      }
    }
  });

  test('the language follows the setting, else the browser’s preferred languages', () => {
    expect(resolveLocale('auto', ['ja-JP', 'en-US'])).toBe('ja');
    expect(resolveLocale('auto', ['fr-FR', 'ja'])).toBe('ja');
    expect(resolveLocale('auto', ['en-GB', 'ja'])).toBe('en');
    expect(resolveLocale('auto', ['de'])).toBe('en');
    expect(resolveLocale('en', ['ja'])).toBe('en');
    expect(resolveLocale('ja', ['en'])).toBe('ja');
  });
});

describe('manifest strings (_locales)', () => {
  const read = (lang: string) =>
    JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
  const enMessages = read('en');
  const jaMessages = read('ja');

  test('both languages have the same messages, Japanese in Japanese', () => {
    expect(Object.keys(jaMessages).sort()).toEqual(Object.keys(enMessages).sort());
    for (const [key, { message }] of Object.entries(jaMessages)) {
      expect(message.trim()).not.toBe('');
      if (key !== 'extName') expect(message).toMatch(JAPANESE);
    }
  });

  test('every __MSG_ name the build uses exists', () => {
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    const used = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThanOrEqual(6);
    for (const name of used) expect(Object.keys(enMessages)).toContain(name);
  });
});

describe('views', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? files(p) : /\.tsx$/.test(f) ? [p] : [];
    });
  const views = [
    ...files(join(ROOT, 'components')),
    ...['popup', 'options', 'sidepanel'].flatMap((d) => files(join(ROOT, 'entrypoints', d))),
  ];
  // An example of the official summary's own (English) format, shown as a placeholder.
  const ALLOWED = [/placeholder=\{'January 15, 2026/];

  test.each(views.map((v) => [v.slice(ROOT.length + 1), v]))('%s has no hard-coded English words of its own', (_name, path) => {
    const source = readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line) && !ALLOWED.some((a) => a.test(line)))
      .join('\n');
    // Text between JSX tags, and literal user-facing attributes.
    const jsxText = [...source.matchAll(/>\s*([A-Za-z][A-Za-z' ,.:;!?-]{3,})\s*</g)].map((m) => m[1]);
    const attrs = [...source.matchAll(/\b(?:aria-label|title|placeholder|alt)="([^"]*[A-Za-z]{3,}[^"]*)"/g)].map((m) => m[1]);
    expect([...jsxText, ...attrs]).toEqual([]);
  });
});
