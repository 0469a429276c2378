// Small helpers shared by the ingest parsers: trimming, line ends, first sentences.
import { isAbbreviationDot } from '../text/abbreviations';

/** Trims ASCII and ideographic whitespace (and a BOM). */
export function trimAll(s: string): string {
  return s.replace(/^[\s\u3000\ufeff]+|[\s\u3000\ufeff]+$/gu, '');
}

/** Characters that end a sentence or introduce what follows; a line ending in one is complete. */
const FINAL = new Set(['.', ':', '。', '」', '!', '?', '！', '？', '：', ';', '；', '』']);

export function endsSentence(line: string): boolean {
  const t = trimAll(line);
  return t.length > 0 && FINAL.has(t[t.length - 1]!);
}

/**
 * The first sentence of `s`, verbatim: up to and including the first 。 or the first period
 * (or ! ?) that is followed by a space and is not an abbreviation's. The whole string when no
 * sentence end is found.
 */
export function firstSentence(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '。' || ch === '！' || ch === '？') return s.slice(0, i + 1);
    if (ch === '.' || ch === '!' || ch === '?') {
      const next = s[i + 1];
      if (next !== undefined && next !== ' ') continue;
      if (ch === '.' && next !== undefined && isAbbreviationDot(s, i)) {
        // "U.S. Department" continues; "U.S. The ..." is ambiguous; treat a following capital
        // after a known abbreviation as a continuation as well: official prose rarely ends
        // a sentence in one.
        continue;
      }
      return s.slice(0, i + 1);
    }
  }
  return s;
}
