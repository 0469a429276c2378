// The sentences of an official paragraph with their placed terms, read once per paragraph: which
// sentence states the item a claim names.
import type { IndexedParagraph } from './record-index';
import type { Knowledge } from './knowledge';
import { placedTermsOf, type PlacedTerm } from './terms';
import { scanText } from './text/width';

export interface RecordSentence { text: string; terms: PlacedTerm[] }

/** Split after a Japanese full stop, or an English one before a capital ("U.S. Forces" is no end: a lone capital precedes it). */
const SENTENCE_END = /(?<=。)\s*|(?<=(?<!\b\p{Lu})\.)\s+(?=[\p{Lu}(])/u;

const memo = new WeakMap<IndexedParagraph, RecordSentence[]>();

export function sentencesOf(p: IndexedParagraph, knowledge: Knowledge): RecordSentence[] {
  let found = memo.get(p);
  if (!found) {
    found = p.paragraph.text.split(SENTENCE_END).filter((t) => t.trim()).map((text) => {
      const scan = scanText(text);
      return { text: scan, terms: placedTermsOf(scan, knowledge.termMatcher.findAll(text)) };
    });
    memo.set(p, found);
  }
  return found;
}

/** The sentence holding most of the wanted terms (-1 when none holds any). */
export function bestSentence(sentences: readonly RecordSentence[], wanted: ReadonlySet<string>): number {
  let best = -1;
  let most = 0;
  sentences.forEach((s, i) => {
    const n = new Set(s.terms.filter((t) => wanted.has(t.term)).map((t) => t.term)).size;
    if (n > most) { best = i; most = n; }
  });
  return best;
}
