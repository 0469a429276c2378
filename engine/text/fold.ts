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
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return String.fromCharCode(foldAscii(code));
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

const SPACE = 32;
const LINE = 10;

/** An ASCII code folded: A–Z lowered; "-", "_", "/", CR and tab → space; the rest as is. */
function foldAscii(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code === 45 || code === 95 || code === 47 || code === 13 || code === 9) return SPACE;
  return code;
}

/**
 * Folds a whole string, keeping the offset map. Every text the engine reads is folded, several
 * times over (the gazetteer, the term tables), so this works on char codes into typed arrays:
 * ASCII without a call or a string per character, anything else through foldChar's cache.
 */
export function foldText(original: string): FoldedText {
  const n = original.length;
  let codes = new Uint16Array(n + 8);
  let start = new Int32Array(n + 8);
  let end = new Int32Array(n + 8);
  let k = 0;
  let lastWasSpace = true; // drop leading spaces
  /** Appends one folded UTF-16 unit from original [from, to). */
  const put = (f: number, from: number, to: number) => {
    if (f === SPACE) {
      if (lastWasSpace) return;
      lastWasSpace = true;
    } else if (f === LINE) {
      // A line break swallows the space before it.
      if (k > 0 && codes[k - 1] === SPACE) k--;
      lastWasSpace = true;
    } else {
      lastWasSpace = false;
    }
    if (k === codes.length) [codes, start, end] = [grown(codes, Uint16Array), grown(start, Int32Array), grown(end, Int32Array)];
    codes[k] = f;
    start[k] = from;
    end[k] = to;
    k++;
  };
  for (let i = 0; i < n; ) {
    const c = original.charCodeAt(i);
    if (c < 128) {
      put(foldAscii(c), i, i + 1);
      i++;
      continue;
    }
    // A surrogate pair is one character, kept with one map entry per UTF-16 unit it folds to.
    const next = i + 1 < n ? original.charCodeAt(i + 1) : 0;
    const width = c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
    const folded = foldChar(width === 1 ? original[i]! : original.slice(i, i + 2));
    for (let u = 0; u < folded.length; u++) put(folded.charCodeAt(u), i, i + width);
    i += width;
  }
  return { text: unitsToString(codes, k), start: start.slice(0, k), end: end.slice(0, k) };
}

function grown<T extends Uint16Array | Int32Array>(array: T, Kind: { new (length: number): T }): T {
  const bigger = new Kind(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** The first `length` units as a string (in chunks: an argument list has a limit). */
function unitsToString(units: Uint16Array, length: number): string {
  const CHUNK = 8_192;
  if (length <= CHUNK) return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
  const parts: string[] = [];
  for (let at = 0; at < length; at += CHUNK) {
    parts.push(String.fromCharCode.apply(null, units.subarray(at, Math.min(length, at + CHUNK)) as unknown as number[]));
  }
  return parts.join('');
}

/** Folds a short key (an alias or a word) without keeping offsets. */
export function foldKey(s: string): string {
  return foldText(s).text.trim();
}

/** A Latin letter or digit, by char code (NaN, past a string's end, is not one). */
export function isLatinWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
}
