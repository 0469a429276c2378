// Bag-of-terms for retrieval: entity ids (language-neutral, so a Japanese sentence can find an
// English paragraph), stemmed English content words and Japanese character bigrams.
import type { AliasHit } from './matcher';
import { stem } from './text/stem';
import { englishStemsOf } from './bilingual';
import { hasJapanese } from './text/script';

export type Terms = Map<string, number>;

const STOPWORDS = new Set(('a an the and or of to in on at for with by from as that this these those is are was were be been ' +
  'it its their his her they them he she we our us which who whom also such into over under about than then there ' +
  'has have had will would can could may might not no more most other some any each both all said says say after ' +
  'before during while including include includes between through toward towards per very so further').split(' '));

/** Terms of a text; mentions are counted as entity ids and their words are not counted again. */
export function termsOf(scan: string, mentions: readonly AliasHit[], from = 0): Terms {
  const terms: Terms = new Map();
  const add = (t: string, w: number) => terms.set(t, (terms.get(t) ?? 0) + w);
  for (const m of mentions) add(`@${m.entity}`, 1);
  let cursor = 0;
  const pieces: string[] = [];
  for (const m of mentions) {
    const s = m.start - from;
    if (s > cursor) pieces.push(scan.slice(cursor, s));
    cursor = Math.max(cursor, m.end - from);
  }
  pieces.push(scan.slice(cursor));
  for (const piece of pieces) {
    for (const w of piece.toLowerCase().match(/[a-z][a-z'-]+/g) ?? []) {
      if (w.length < 3 || STOPWORDS.has(w)) continue;
      for (const part of w.split('-')) if (part.length >= 3 && !STOPWORDS.has(part)) add(stem(part), 1);
    }
    for (const run of piece.match(/[\u4e00-\u9fff\u30a0-\u30ff\u3041-\u3093]{2,}/g) ?? []) {
      for (let i = 0; i + 1 < run.length; i++) if (!/[\u3041-\u3093]/.test(run.slice(i, i + 2))) add(run.slice(i, i + 2), 1);
    }
    // Japanese words also count as the English stems of the same idea (for English records).
    if (hasJapanese(piece)) for (const s of englishStemsOf(piece)) add(s, 1);
  }
  return terms;
}
