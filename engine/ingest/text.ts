// Small character-level helpers shared by the ingest parsers: width folding, script tests, sentences.

/**
 * Folds full-width ASCII (digits, letters, punctuation) and the ideographic space to their
 * half-width forms, one character for one, so that indices into the result are indices into the
 * original string and verbatim text can be cut from the original.
 */
export function foldWidth(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCodePoint(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]/u;
const LATIN = /[A-Za-z]/;

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/** 'ja' when the text has more Japanese characters than Latin letters, else 'en'. */
export function detectLanguage(text: string): 'en' | 'ja' {
  let cjk = 0;
  let latin = 0;
  for (const ch of text) {
    if (CJK.test(ch)) cjk++;
    else if (LATIN.test(ch)) latin++;
  }
  return cjk > latin ? 'ja' : 'en';
}

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

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'u.s', 'u.k', 'u.n', 'mr', 'ms', 'mrs', 'dr', 'gen', 'adm', 'lt', 'col', 'maj', 'capt', 'sgt',
  'no', 'st', 'jr', 'sr', 'a.m', 'p.m', 'e.g', 'i.e', 'vs', 'd.c', 'inc', 'co', 'corp', 'jan',
  'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** True when the period at `dot` in `s` belongs to an abbreviation such as "U.S." or "a.m.". */
function isAbbreviationDot(s: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[A-Za-z.]/.test(s[i - 1]!)) i--;
  const word = s.slice(i, dot).toLowerCase();
  if (word.length === 1) return true; // initials: "J. Smith"
  return ABBREVIATIONS.has(word);
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
