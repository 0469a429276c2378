// Text folding for matching: NFKC (full-width → ASCII), lowercase, Latin diacritics stripped,
// dashes and hyphens → space, whitespace runs → one space, with a map back to original offsets.

export interface FoldedText {
  /** The folded text. Line breaks survive as "\n": they are block boundaries. */
  text: string;
  /** For folded index k: the original index where its source character starts. */
  start: Int32Array;
  /** For folded index k: the original index just after its source character. */
  end: Int32Array;
}

const DASHES = /[-‐‑‒–—―−﹣－_/]/;
const SPACES = /[\s\u00a0\u3000\u200b]/;
const foldCache = new Map<string, string>();

/** Folds one code point; the result may be empty or longer than one character. */
function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) {
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
    if (ch === '-' || ch === '_' || ch === '/') return ' ';
    if (ch === '\n') return '\n';
    if (ch === '\r' || ch === '\t') return ' ';
    return ch;
  }
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    if (DASHES.test(ch)) folded = ' ';
    else if (SPACES.test(ch)) folded = ' ';
    else if (ch === '’' || ch === '‘' || ch === '＇') folded = "'";
    else if (ch === '“' || ch === '”' || ch === '＂') folded = '"';
    else if (ch === '\uff65') folded = '\u30fb'; // half-width middle dot → full width
    else folded = ch.normalize('NFKC').normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLowerCase();
    foldCache.set(ch, folded);
  }
  return folded;
}

/** Folds a whole string, keeping the offset map. */
export function foldText(original: string): FoldedText {
  const out: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  let lastWasSpace = true; // drop leading spaces
  for (let i = 0; i < original.length; ) {
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldChar(original.slice(i, i + width));
    // By UTF-16 unit, so that an astral character keeps one map entry per unit.
    for (let k = 0; k < folded.length; k++) {
      const f = folded[k]!;
      if (f === ' ') {
        if (lastWasSpace) continue;
        lastWasSpace = true;
      } else if (f === '\n') {
        // A line break swallows the space before it.
        if (out.length && out[out.length - 1] === ' ') { out.pop(); start.pop(); end.pop(); }
        lastWasSpace = true;
      } else {
        lastWasSpace = false;
      }
      out.push(f);
      start.push(i);
      end.push(i + width);
    }
    i += width;
  }
  return { text: out.join(''), start: Int32Array.from(start), end: Int32Array.from(end) };
}

/** Folds a short key (an alias or a word) without keeping offsets. */
export function foldKey(s: string): string {
  return foldText(s).text.trim();
}

export function isLatinWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
}
