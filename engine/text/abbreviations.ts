// Whether a period ends a sentence or belongs to an abbreviation ("U.S.", "Gen.", "J. Smith"),
// by the abbreviation list of engine/lang/en.ts: one rule for articles and official texts.
import { en } from '../lang/en';

const ABBREVIATIONS: ReadonlySet<string> = new Set(en.abbreviations);

/** True when the period at `dot` in `text` closes an abbreviation or an initial. */
export function isAbbreviationDot(text: string, dot: number): boolean {
  let k = dot - 1;
  while (k >= 0 && /[A-Za-z.]/.test(text[k]!)) k--;
  const word = text.slice(k + 1, dot).toLowerCase();
  return word.length === 1 || ABBREVIATIONS.has(word);
}
