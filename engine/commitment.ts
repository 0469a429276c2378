// The commitment ladder: how firm an outcome is, from "discussed" to "signed a deal",
// read from the wording of an article or of an official summary (English and Japanese).
import { anyOf, cueRegex } from './text/patterns';
import { withoutOverlaps } from './text/spans';
import { en } from './lang/en';
import { ja } from './lang/ja';

export type CommitmentLevel = 0 | 1 | 2 | 3 | 4;
const LEVEL_NAMES = ['discussed', 'exploring', 'confirmed', 'agreed', 'signed'] as const;

export interface CommitmentCue {
  start: number;
  end: number;
  text: string;
  level: CommitmentLevel;
}

// One regex per rung from the language tables; matched case-insensitively at word starts.
const SIGNED = `${anyOf(en.commitmentSigned)}(?:\\s+${anyOf(en.determiners)})?(?:\\s+${anyOf(en.agreementNouns)})?`
  + `|${anyOf(en.commitmentSignedPhrases)}|${anyOf(ja.commitmentSigned)}`;
const AGREED = `${anyOf(en.commitmentAgreed)}(?:\\s+${anyOf(en.agreementComplements)})?`
  + `|${anyOf(en.commitmentAgreedPhrases)}|${anyOf(ja.commitmentAgreed)}`;
const CUES: [CommitmentLevel, RegExp][] = [
  [4, new RegExp(SIGNED, 'gi')],
  [3, new RegExp(AGREED, 'gi')],
  [2, cueRegex(en.commitmentConfirmed, ja.commitmentConfirmed, 'gi')],
  [1, cueRegex(en.commitmentExploring, ja.commitmentExploring, 'gi')],
  [0, cueRegex(en.commitmentDiscussed, ja.commitmentDiscussed, 'gi')],
];

const NEGATION = cueRegex(en.negationCues, ja.negationCues);
const ADVANCE = cueRegex(en.advanceCues, ja.advanceCues);
/** "Agreed to advance X" / 「Xの推進で一致」 is agreement on pushing X forward: at most "confirmed". */
const ADVANCE_CEILING: CommitmentLevel = 2;

/** Every commitment cue in the text, left to right, without overlaps (stronger wins a tie). */
export function findCommitmentCues(text: string): CommitmentCue[] {
  const found: CommitmentCue[] = [];
  for (const [level, re] of CUES) {
    for (const m of text.matchAll(re)) {
      found.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], level });
    }
  }
  return withoutOverlaps(found);
}

/**
 * The commitment that governs a phrase at `anchor` (an entity mention): the nearest cue before it
 * in the same clause, so "agreed to hold talks on X" reads as talks. For Japanese, where the verb
 * follows its object, the nearest cue after the anchor governs.
 */
export function governingCommitment(text: string, anchor: number, japanese: boolean): CommitmentCue | null {
  const cues = findCommitmentCues(text);
  const cue = japanese ? cues.find((c) => c.start >= anchor) : cues.filter((c) => c.end <= anchor).pop();
  if (!cue) return null;
  // What the verb governs: an advance word between the item and the verb caps the rung.
  const between = japanese ? text.slice(anchor, cue.start) : text.slice(cue.end, anchor);
  return cue.level > ADVANCE_CEILING && ADVANCE.test(between) ? { ...cue, level: ADVANCE_CEILING } : cue;
}

const SIGNING = cueRegex(en.signingVerbs, ja.signingVerbs);

/** The cue signs a document ("signed a deal", 「署名」), not merely agrees. */
export function isSigning(cueText: string): boolean {
  return SIGNING.test(cueText);
}

export function isNegated(text: string): boolean {
  return NEGATION.test(text);
}

export function levelName(level: CommitmentLevel): string {
  return LEVEL_NAMES[level];
}
