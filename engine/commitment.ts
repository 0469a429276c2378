// The commitment ladder: how firm an outcome is, from "discussed" to "signed a deal",
// read from the wording of an article or of an official summary (English and Japanese).

export type CommitmentLevel = 0 | 1 | 2 | 3 | 4;
const LEVEL_NAMES = ['discussed', 'exploring', 'confirmed', 'agreed', 'signed'] as const;

export interface CommitmentCue {
  start: number;
  end: number;
  text: string;
  level: CommitmentLevel;
}

// Longer phrases first within a level; all are matched case-insensitively at word starts.
const CUES: [CommitmentLevel, RegExp][] = [
  [4, /\b(?:signed|signing|sign|inked|ink|struck|strike|sealed|seal|clinched|finali[sz]ed|finali[sz]e|concluded)\b(?:\s+(?:a|an|the|new))?(?:\s+(?:deal|agreement|accord|contract|pact|memorandum|arrangement))?|\b(?:decided|decide)\s+to\b|\b(?:deal|agreement|contract|pact)\s+to\b|署名|締結|調印|決定/gi],
  [3, /\b(?:agreed|agree|agreeing|concurred|concur|pledged|pledge|vowed|vow|committed|commit|promised|promise)\b(?:\s+(?:to|that|on))?|\bwill\b|\bplans?\s+to\b|\bset\s+to\b|一致|合意|約束|表明/gi],
  [2, /\b(?:confirmed|confirm|reaffirmed|reaffirm|affirmed|reiterated|welcomed|welcome|endorsed|underscored|stressed|emphasi[sz]ed|recogni[sz]ed)\b|確認|歓迎|再確認|強調/gi],
  [1, /\b(?:explor(?:e|ed|ing)|consider(?:ed|ing)?|stud(?:y|ied|ying)|look(?:ed|ing)? into|advance discussions?|advancing discussions?|further (?:talks|discussions?)|talks? (?:on|about|to)|discussions? (?:on|about|to|toward|towards)|discussed the (?:necessity|possibility|need) of|work toward)\b|検討|議論を進め|協議を進め|協議していく/gi],
  [0, /\b(?:discussed|discuss|exchanged (?:candid )?views|candidly exchanged|talked about|touched on|raised)\b|意見交換|議論し|議論を行|協議し/gi],
];

const NEGATION = /\b(?:not|no|never|failed to|without|declined to|refused to|did not|didn't|won't)\b|せず|しなかった|至らなかった|ない/i;

/** Every commitment cue in the text, left to right, without overlaps (stronger wins a tie). */
export function findCommitmentCues(text: string): CommitmentCue[] {
  const found: CommitmentCue[] = [];
  for (const [level, re] of CUES) {
    for (const m of text.matchAll(re)) {
      found.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], level });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: CommitmentCue[] = [];
  for (const c of found) {
    const prev = out[out.length - 1];
    if (prev && c.start < prev.end) continue;
    out.push(c);
  }
  return out;
}

/**
 * The commitment that governs a phrase at `anchor` (an entity mention): the nearest cue before it
 * in the same clause, so "agreed to hold talks on X" reads as talks. For Japanese, where the verb
 * follows its object, the nearest cue after the anchor governs.
 */
export function governingCommitment(text: string, anchor: number, japanese: boolean): CommitmentCue | null {
  const cues = findCommitmentCues(text);
  if (japanese) {
    const after = cues.filter((c) => c.start >= anchor);
    return after[0] ?? null;
  }
  const before = cues.filter((c) => c.end <= anchor);
  return before[before.length - 1] ?? null;
}

export function isNegated(text: string): boolean {
  return NEGATION.test(text);
}

export function levelName(level: CommitmentLevel): string {
  return LEVEL_NAMES[level];
}
