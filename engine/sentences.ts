// Splits text into sentences (English and Japanese) with offsets into the original text.
// Line breaks are block boundaries: a sentence never spans two lines.
import { isAbbreviationDot } from './text/abbreviations';

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const CLOSERS = new Set(['"', "'", '”', '’', ')', '」', '』', '）', ']']);

/** Sentences of the text, trimmed, skipping empty ones. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    splitLine(text, lineStart, lineEnd, out);
    lineStart = lineEnd + 1;
  }
  return out;
}

function splitLine(text: string, from: number, to: number, out: Sentence[]): void {
  let start = from;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    let cut = -1;
    if (ch === '。' || ch === '！' || ch === '？') {
      cut = i + 1;
    } else if ((ch === '.' || ch === '!' || ch === '?') && isSentenceEnd(text, i, to)) {
      cut = i + 1;
    }
    if (cut === -1) continue;
    while (cut < to && CLOSERS.has(text[cut]!)) cut++;
    push(text, start, cut, out);
    start = cut;
    i = cut - 1;
  }
  push(text, start, to, out);
}

function isSentenceEnd(text: string, i: number, to: number): boolean {
  let j = i + 1;
  while (j < to && CLOSERS.has(text[j]!)) j++;
  if (j >= to) return true;
  if (!/\s/.test(text[j]!)) return false; // "U.S.-Japan", "3.5", "e.g.,"
  while (j < to && /\s/.test(text[j]!)) j++;
  if (j >= to) return true;
  const next = text[j]!;
  if (!/[A-Z0-9"“‘'(\[]/.test(next) && !/[^\x00-\x7f]/.test(next)) return false;
  if (text[i] !== '.') return true;
  // An abbreviation or a single initial does not end the sentence.
  return !isAbbreviationDot(text, i);
}

function push(text: string, start: number, end: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}
