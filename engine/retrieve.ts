// Finds the official paragraph that best covers a claim: weighted term overlap over the
// record's paragraphs, with entity ids standing in for every alias in either language.
import type { IndexedParagraph, RecordDetails } from './record-index';
import type { Terms } from './terms';
import { stem } from './text/stem';

export interface Retrieved {
  paragraph: IndexedParagraph;
  /** Share of the claim's weighted content the paragraph contains, 0..1. */
  coverage: number;
  /** How many distinct content terms it shares with the claim. */
  matched: number;
}

// Words every meeting report uses; they say nothing about what was agreed.
const MEETING_WORDS = new Set(['met', 'meet', 'meeti', 'talk', 'held', 'hold', 'minis', 'secre', 'defen', 'discu',
  'agree', 'said', 'two', 'pledg', 'vowed', 'vow', 'confi', 'count', 'sides', 'side', 'offic', 'japan', 'japane',
  'allie', 'ally', 'unite', 'state', 'chief', 'war', 'tuesd', 'wedne', 'thurs', 'frida', 'satur', 'sunda', 'monda',
  'janua', 'febru', 'march', 'april', 'june', 'july', 'augus', 'septe', 'octob', 'novem', 'decem', 'minut', 'hour',
  'local', 'time', 'week', 'day', 'month', 'also', 'ahead', 'later', 'their', 'they', 'both', 'new', 'security',
  'visit', 'trip', 'first', 'formal', 'counterpart', 'readout', 'according', 'ministerial', 'bilateral', 'held', 'holding'].map((w) => stem(w)));

export function isContentTerm(
  term: string, entityKind: (id: string) => string | undefined, entityLevel: (id: string) => string | null | undefined = () => null,
): boolean {
  if (term.startsWith('@')) {
    const kind = entityKind(term.slice(1));
    return kind === 'system' || kind === 'framework' || kind === 'document' || kind === 'body'
      || (kind === 'place' && entityLevel(term.slice(1)) === 'region');
  }
  return !MEETING_WORDS.has(term) && !/^\d/.test(term);
}

export function retrieve(claimTerms: Terms, details: RecordDetails, isContent: (t: string) => boolean): Retrieved | null {
  const n = details.paragraphs.length;
  const weight = (t: string) => (t.startsWith('@') ? 3 : 1) * Math.log(1 + n / Math.max(1, details.documentFrequency.get(t) ?? 0.5));
  let total = 0;
  for (const t of claimTerms.keys()) if (isContent(t)) total += weight(t);
  let best: Retrieved | null = null;
  let bestScore = 0;
  for (const p of details.paragraphs) {
    if (p.paragraph.gap) continue;
    let score = 0;
    let covered = 0;
    let matched = 0;
    for (const t of claimTerms.keys()) {
      if (!p.terms.has(t)) continue;
      const w = weight(t);
      score += w;
      if (isContent(t)) { covered += w; matched++; }
    }
    if (score > bestScore) {
      bestScore = score;
      best = { paragraph: p, coverage: total > 0 ? covered / total : 0, matched };
    }
  }
  return best;
}
