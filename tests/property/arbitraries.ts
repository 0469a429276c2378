// Random and adversarial text for the property tests: alliance words in both languages mixed
// with odd Unicode (lone surrogate halves, RTL and bidi controls, zero-width and combining marks,
// full-width forms, NUL), unbalanced markup and entities, and plain random code points.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

/** Sentences of the fixture articles (both languages), so random text also holds real claims. */
const ARTICLES = join(import.meta.dirname, '../fixtures/articles');
const SENTENCES = readdirSync(ARTICLES).filter((f) => f.endsWith('.txt') || f.endsWith('.html'))
  .flatMap((f) => readFileSync(join(ARTICLES, f), 'utf8').replace(/<[^>]*>/g, ' ').split(/(?<=[.。])\s*/))
  .map((t) => t.trim()).filter((t) => t.length > 20 && t.length < 400);

/** Words and marks the engine and ingest react to, so random text reaches their rules. */
const ALLIANCE = [
  'Koizumi', 'Hegseth', 'Nakatani', 'Austin', 'Defense Minister', 'Secretary of War', ' met ', ' held ', ' on ',
  'On October 29, ', 'January 15, 2026', '2026年1月15日', '令和7年3月30日', '15日', '会談', '防衛相', '小泉', 'ヘグセス',
  '。', '、', '. ', '? ', '\n', '\n\n', '(', ')', '「', '」', '（', '）', 'two-hour', '30-minute', '午後3時', '約', '分',
  'SM-3 Block IIA', 'PAC-3 MSE', ' agreed to ', ' confirmed ', 'signed', 'Pentagon', 'Tokyo', 'Ｔｏｋｙｏ', 'U.S.', 'Japan',
  'the two ministers ', 'Japan-U.S. Defense Ministerial Meeting (Summary)', '99', '1,000', ':', '—', '…',
];

/** Characters that trip naive text code. */
const ODD = [
  '\ud800', '\udfff', '\udc00\ud800', '\ud83d\ude00', '\ud83c', // surrogate halves, an emoji, a dangling high half
  '\u200f', '\u200e', '\u202e', '\u202d', '\u2066', '\u2067', '\u2069', '\u061c', // RTL/LTR marks, overrides, isolates
  '\u200b', '\u200c', '\u200d', '\ufeff', '\u00ad', '\u2060', // zero-width, BOM, soft hyphen
  '\u0301', '\u0308\u0308\u0308', '\u3099', // combining marks
  '\u0000', '\u0007', '\u001b', '\u007f', '\u2028', '\u2029', '\u0085', '\r', '\r\n', '\t', '\u00a0', '\u3000',
  'ﬁ', 'Å', 'İ', 'ß', 'ǅ', '𝐊𝐨𝐢𝐳𝐮𝐦𝐢', 'ｶﾞ', '㍻', '①', '٣', '߀', 'עברית', 'العربية',
];

/** Markup, well formed or not. */
const MARKUP = [
  '<p>', '</p>', '<div class="content">', '</div>', '<main>', '</main>', '<article>', '</article>', '<br>', '<br/>',
  '<script>', '</script>', '<script>document.write("x")</script>', '<style>p{}</style>', '<!--', '-->', '<!-- c -->',
  '<![CDATA[', ']]>', '<', '>', '</', '<a href="javascript:alert(1)">', '</a>', '<img src=x onerror=alert(1)>',
  '<title>', '</title>', '<textarea>', '<template>', '<svg><p>', '<table><tr><td>', '<li>', '<ul>', '<pre>', '</pre>',
  '&amp;', '&lt;', '&#0;', '&#xD800;', '&#x110000;', '&#99999999;', '&unknown;', '&', '&#', '&nbsp', '"', "'", '=',
  '<p class="a', '<meta property="og:url" content="https://www.mod.go.jp/x">', '<link rel=canonical href=javascript:x>',
  '<!doctype html>', '<html>', '<body>', '</body>', '<nav>', '<footer>', '<iframe srcdoc="<p>x">',
];

const pick = (list: readonly string[]) => fc.constantFrom(...list);

/** Any code unit sequence at all, lone surrogates included. */
const rawUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 });

export const piece = fc.oneof(
  { weight: 2, arbitrary: pick(SENTENCES) },
  { weight: 4, arbitrary: pick(ALLIANCE) },
  { weight: 2, arbitrary: pick(ODD) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: rawUnits },
);

export const markupPiece = fc.oneof(
  { weight: 3, arbitrary: pick(MARKUP) },
  { weight: 3, arbitrary: piece },
);

/** Text of up to `max` pieces. */
export const text = (max = 300) => fc.array(piece, { maxLength: max, size: 'max' }).map((p) => p.join(''));
/** Markup soup of up to `max` pieces. */
export const markup = (max = 300) => fc.array(markupPiece, { maxLength: max, size: 'max' }).map((p) => p.join(''));
/** How many fixture sentences the pieces draw on (a test checks the arbitraries reach the rules). */
export const SENTENCE_COUNT = SENTENCES.length;

/** A piece to repeat into a very long run (the shape that makes a backtracking regex or a nested walk blow up). */
export const runUnit = fc.oneof(pick(ALLIANCE), pick(ODD), pick(MARKUP), fc.constantFrom('a', ' ', '1', '.', '(', '-', '日', '<div>', '<li>', '<p><b>'));

/** `unit` repeated to `length` characters. */
export const repeatTo = (unit: string, length: number) => unit.repeat(Math.ceil(length / Math.max(1, unit.length))).slice(0, length);

/**
 * How much longer `fn` takes on `unit` repeated to `length` characters than on `baseline`
 * repeated to the same length, each the best of three timings (floored at 10 ms against timer
 * noise). Measured in the same run, so the machine's load cancels out; work that grows with the
 * square of a run (a backtracking pattern, a walk up a deep tree per tag) shows as a ratio in the
 * hundreds at these lengths.
 */
export function slowdown(fn: (input: string) => unknown, unit: string, baseline: string, length: number): { ratio: number; ms: number } {
  const best = (input: string) => Math.max(10, Math.min(...[0, 1, 2].map(() => timed(() => fn(input)).ms)));
  const base = best(repeatTo(baseline, length));
  const ms = best(repeatTo(unit, length));
  return { ratio: ms / base, ms };
}

/** Runs `fn`, returning its result and how long it took. */
export function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

/** Property-run settings: a fixed seed by default (reproducible in CI), FC_SEED to explore. */
export const runs = (numRuns: number): fc.Parameters<unknown> => ({
  numRuns,
  seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : 20260115,
  endOnFailure: true,
});
