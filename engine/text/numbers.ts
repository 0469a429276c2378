// Reads numbers written as digits, English words ("seventy-five") or kanji (二十五, 百二十),
// from the number tables of engine/lang; the English pattern is derived from the same table, so
// every word it matches can be read.
import { en } from '../lang/en';
import { ja } from '../lang/ja';

const WORDS: Readonly<Record<string, number>> = { ...en.numberUnits, ...en.numberTens, ...en.numberExtras };
const byLength = (a: string, b: string) => b.length - a.length;
const units = Object.keys(en.numberUnits).filter((w) => en.numberUnits[w as keyof typeof en.numberUnits] < 10).sort(byLength);
const tens = Object.keys(en.numberTens).sort(byLength);
const plain = Object.keys(en.numberUnits).sort(byLength);

/**
 * Regex source (no groups) for an English number word from one to ninety-nine: "seven",
 * "seventeen", "seventy", "seventy-five", "seventy five".
 */
export const ENGLISH_NUMBER_WORDS = `(?:(?:${tens.join('|')})(?:[- ](?:${units.join('|')}))?|${plain.join('|')})`;

/**
 * Regex source for one run of kanji numerals from one to ninety-nine as dates and clock times
 * write them (一 … 九 and 十: 十五, 二十, 三十一); zero and hundreds are left to readNumber.
 */
export const KANJI_NUMERAL_RUN = `[${[
  ...Object.entries(ja.numberUnits).filter(([, v]) => v >= 1 && v <= 9),
  ...Object.entries(ja.numberExtras).filter(([, v]) => v === 10),
].map(([k]) => k).join('')}]+`;

const KANJI = new RegExp(`^[${Object.keys(ja.numberUnits).join('')}${Object.keys(ja.numberExtras).join('')}]+$`, 'u');

/** Reads ASCII digits (with thousands commas) or kanji numerals (一, 十五, 二十, 百二十) up to 999. */
export function readNumber(s: string): number | null {
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  if (/^\d{1,3}(?:,\d{3})+$/.test(s)) return Number(s.replace(/,/g, ''));
  if (!KANJI.test(s)) return null;
  let total = 0;
  let current = 0;
  for (const ch of s) {
    const multiplier = ja.numberExtras[ch as keyof typeof ja.numberExtras];
    if (multiplier !== undefined) { total += (current || 1) * multiplier; current = 0; }
    else current = current * 10 + ja.numberUnits[ch as keyof typeof ja.numberUnits];
  }
  return total + current;
}

/** English number words and digits: "two", "50", "1,000", "twenty-five", "a hundred". */
export function readEnglishNumber(s: string): number | null {
  const lower = s.toLowerCase();
  const digits = readNumber(lower);
  if (digits !== null) return digits;
  let total = 0;
  for (const part of lower.split(/[- ]+/)) {
    const v = WORDS[part];
    if (v === undefined) return null;
    // "a hundred", "two hundred": the word multiplies what came before it.
    total = v === 100 ? (total || 1) * 100 : total + v;
  }
  return total;
}
