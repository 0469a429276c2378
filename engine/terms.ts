// Bag-of-terms for retrieval: entity and concept ids (language-neutral, so a Japanese sentence can
// find an English paragraph and "drills" can find "exercises"), stemmed English words and Japanese
// character bigrams for whatever no id covers.
import type { AliasHit } from './matcher';
import { stem } from './text/stem';
import { withBroader } from './concepts';
import { attributionSpans } from './attribution';
import { NEWS_REGISTER_JA } from './lang/stoplist';

// Japanese news-register words split a run of characters, so that no term straddles them (「85分間会談」).
const JA_REGISTER = new RegExp([...NEWS_REGISTER_JA].sort((a, b) => b.length - a.length).join('|'), 'g');

export type Terms = Map<string, number>;

const STOPWORDS = new Set(('a an the and or of to in on at for with by from as that this these those is are was were be been ' +
  'it its their his her they them he she we our us which who whom also such into over under about than then there ' +
  'has have had will would can could may might not no more most other some any each both all said says say after ' +
  'before during while including include includes between through toward towards per very so further').split(' '));

/** A function word the terms skip ("the", "which", "further"). */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** One term of a text where it stands (offset into the text); a broader id implied counts 0. */
export interface PlacedTerm { term: string; start: number; count: number }

/**
 * Terms of a text. `hits` are matches of Knowledge.termMatcher (entities and concepts), counted as
 * ids, each with the broader ids it implies; their words are not counted again.
 */
export function termsOf(scan: string, hits: readonly AliasHit[], from = 0): Terms {
  const terms: Terms = new Map();
  for (const t of placedTermsOf(scan, hits, from)) terms.set(t.term, (terms.get(t.term) ?? 0) + t.count);
  return terms;
}

/** The terms of termsOf, each where it stands, ids first and then words, left to right. */
export function placedTermsOf(scan: string, hits: readonly AliasHit[], from = 0): PlacedTerm[] {
  const out: PlacedTerm[] = [];
  // Broader ids are present but add no count: the count is how many of the text's words name it.
  for (const m of hits) withBroader(m.entity).forEach((id, i) => out.push({ term: `@${id}`, start: m.start - from, count: i === 0 ? 1 : 0 }));
  let cursor = 0;
  const pieces: { text: string; at: number }[] = [];
  for (const m of hits) {
    const s = m.start - from;
    if (s > cursor) pieces.push({ text: scan.slice(cursor, s), at: cursor });
    cursor = Math.max(cursor, m.end - from);
  }
  pieces.push({ text: scan.slice(cursor), at: cursor });
  for (const { text: piece, at } of pieces) {
    for (const w of piece.toLowerCase().matchAll(/[a-z][a-z'-]+/g)) {
      if (w[0].length < 3 || STOPWORDS.has(w[0])) continue;
      for (const part of w[0].split('-')) if (part.length >= 3 && !STOPWORDS.has(part)) out.push({ term: stem(part), start: at + w.index!, count: 1 });
    }
    for (const found of piece.replace(JA_REGISTER, (w) => '\u3000'.repeat(w.length)).matchAll(/[\u4e00-\u9fff\u30a0-\u30ff\u3041-\u3093]{2,}/g)) {
      // A run right after a number starts with its counter (「25分会談」「30日午前」): not a word of it.
      const skip = /[0-9０-９]$/.test(piece.slice(0, found.index)) ? 1 : 0;
      const run = found[0].slice(skip);
      const base = at + found.index! + skip;
      for (let i = 0; i + 1 < run.length; i++) if (!/[\u3041-\u3093]/.test(run.slice(i, i + 2))) out.push({ term: run.slice(i, i + 2), start: base + i, count: 1 });
    }
  }
  return out;
}

/**
 * Terms of a claim sentence: attribution ("according to a ministry statement", 「防衛省によると」)
 * says who reported it, not what was agreed, so its words and names are left out.
 */
export function claimTermsOf(scan: string, hits: readonly AliasHit[], from = 0): Terms {
  const spans = attributionSpans(scan);
  if (!spans.length) return termsOf(scan, hits, from);
  let blanked = scan;
  for (const s of spans) blanked = blanked.slice(0, s.start) + ' '.repeat(s.end - s.start) + blanked.slice(s.end);
  const kept = hits.filter((h) => !spans.some((s) => h.start - from < s.end && h.end - from > s.start));
  return termsOf(blanked, kept, from);
}
