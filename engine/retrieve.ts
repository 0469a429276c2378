// Finds the official paragraph that best covers a claim. Terms are weighted by their rarity over
// the whole record set; paragraphs are ranked by the share of the claim's content weight they
// cover, the statistic the verdict reads. A sentence stating two outcomes may be covered by two
// paragraphs together, each covering its own part.
import type { IndexedParagraph, RecordDetails, Rarity } from './record-index';
import type { Terms } from './terms';
import { stem } from './text/stem';
import { isConceptId, withBroader } from './concepts';
import { NEWS_REGISTER_EN, NEWS_REGISTER_JA } from './lang/stoplist';
import { TWO_OUTCOME_JOINS } from './lang/attribution';

export interface Retrieved {
  paragraph: IndexedParagraph;
  /** Share of the claim's weighted content the paragraph (with `also`, both) contains, 0..1. */
  coverage: number;
  /** How many of the claim's content words it (they) cover: a concept named twice counts twice, a broader id implied counts none. */
  matched: number;
  /** A second paragraph covering the sentence's other outcome, when one paragraph covers only part. */
  also?: IndexedParagraph;
}

const STOP_TERMS = new Set([
  ...NEWS_REGISTER_EN.map((w) => stem(w)),
  ...NEWS_REGISTER_JA.flatMap((w) => [...w].slice(0, -1).map((ch, i) => ch + w[i + 1]!)),
]);

/** Each part of a two-outcome sentence must share at least this many content terms with its paragraph. */
export const PART_TERMS = 2;

/**
 * Whether a term says what the claim is about. Ids of systems, frameworks, documents, bodies,
 * events, places and concepts do, except the meeting's own setting (its venue, the participants'
 * countries and departments); people and offices do not; nor do numbers or news-register words.
 */
export function isContentTerm(term: string, entityKind: (id: string) => string | undefined, setting: ReadonlySet<string> = new Set()): boolean {
  if (term.startsWith('@')) {
    const id = term.slice(1);
    if (isConceptId(id)) return true;
    if (setting.has(id)) return false;
    const kind = entityKind(id);
    return kind === 'system' || kind === 'framework' || kind === 'document' || kind === 'body' || kind === 'event' || kind === 'place';
  }
  return !STOP_TERMS.has(term) && !/^\d/.test(term);
}

/**
 * Below this share of all paragraphs a term is simply rare: its weight stops growing, so a word no
 * record uses weighs the same with 30 records as with 3,000 (more records must not change answers).
 */
export const RARE_SHARE = 1 / 200;

/** A term's weight: rarer across all records weighs more; ids more than words. */
export function termWeight(term: string, rarity: Rarity): number {
  const share = Math.max(RARE_SHARE, (rarity.frequency.get(term) ?? 0) / Math.max(1, rarity.paragraphs));
  const idf = Math.log(1 + 1 / share);
  return (term.startsWith('@') ? 2 : 1) * idf;
}

interface Scored { p: IndexedParagraph; covered: number; matched: number; score: number; terms: string[] }


/** Whether a sentence may state two outcomes (so two paragraphs may each cover one). */
export function mayStateTwoOutcomes(sentence: string): boolean {
  return TWO_OUTCOME_JOINS.test(sentence);
}

export function retrieve(
  claimTerms: Terms, details: RecordDetails, rarity: Rarity, isContent: (t: string) => boolean, twoOutcomes = false,
): Retrieved | null {
  const content = [...claimTerms.keys()].filter(isContent);
  const weights = new Map(content.map((t) => [t, termWeight(t, rarity)]));
  const total = [...weights.values()].reduce((a, b) => a + b, 0);
  const scored: Scored[] = [];
  for (const p of details.paragraphs) {
    if (p.paragraph.gap) continue;
    let covered = 0;
    let score = 0;
    let matched = 0;
    const terms: string[] = [];
    for (const t of claimTerms.keys()) {
      if (!p.terms.has(t)) continue;
      const w = weights.get(t);
      if (w === undefined) { score += 0.01; continue; }
      covered += w;
      terms.push(t);
      matched += claimTerms.get(t)!;
    }
    // A broader id (counted 0) matched stands for one narrower id the paragraph words otherwise:
    // "the National Security Strategy" is covered by "the three strategic documents".
    // Not one the claim's own matched word already implies: "co-producing" matched as co-production
    // is one word, not also "production".
    const narrowerMatched = new Set(terms.filter((t) => claimTerms.get(t)! > 0 && t.startsWith('@')).flatMap((t) => withBroader(t.slice(1)).slice(1)));
    const implied = terms.filter((t) => claimTerms.get(t) === 0 && !narrowerMatched.has(t.slice(1))).length;
    const unmatchedIds = content.filter((t) => t.startsWith('@') && claimTerms.get(t)! > 0 && !p.terms.has(t)).length;
    matched += Math.min(implied, unmatchedIds);
    scored.push({ p, covered, matched, score: covered + score, terms });
  }
  if (!scored.length) return null;
  // Content coverage first; the words all reports share only break ties.
  let best = scored[0]!;
  for (const s of scored) if (s.covered > best.covered || (s.covered === best.covered && s.score > best.score)) best = s;
  const single: Retrieved = { paragraph: best.p, coverage: total > 0 ? best.covered / total : 0, matched: best.matched };
  const pair = twoOutcomes ? bestPair(best, scored, weights, claimTerms, total) : null;
  return pair && pair.coverage > single.coverage ? pair : single;
}

/** The best second paragraph: it must add at least PART_TERMS content terms of its own. */
function bestPair(first: Scored, scored: readonly Scored[], weights: Map<string, number>, counts: Terms, total: number): Retrieved | null {
  if (total <= 0 || first.matched < PART_TERMS) return null;
  const have = new Set(first.terms);
  let best: { s: Scored; gain: number; added: number } | null = null;
  for (const s of scored) {
    if (s === first) continue;
    const own = s.terms.filter((t) => !have.has(t));
    const added = own.reduce((a, t) => a + counts.get(t)!, 0);
    if (added < PART_TERMS) continue;
    const gain = own.reduce((a, t) => a + weights.get(t)!, 0);
    if (!best || gain > best.gain) best = { s, gain, added };
  }
  if (!best) return null;
  return { paragraph: first.p, also: best.s.p, coverage: (first.covered + best.gain) / total, matched: first.matched + best.added };
}
