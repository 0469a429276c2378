// The verdict rule: a major flag is a conflict; a claim an official passage covers (or whose
// who/when/where facts agree with the opening) is supported; anything else stays unverified.
// Also which paragraph to quote, and how many of a claim's meeting facts agree with the record.
import type { OfficialRecord, Paragraph } from '../data/schema';
import type { Flag, Verdict } from './report';
import type { ClaimFacts } from './claims';
import type { RecordDetails } from './record-index';
import type { Retrieved } from './retrieve';
import { claimZone, dateFit } from './meeting-dates';
import { placeRelation } from './places';
import type { Knowledge } from './knowledge';

/** Share of a claim's content weight a paragraph must cover to support it. */
export const SUPPORTED_COVERAGE = 0.4;
/** Share below which the nearest paragraph is not worth quoting for an unverified claim. */
export const HELPFUL_COVERAGE = 0.25;

export interface VerdictInput {
  flags: readonly Flag[];
  /** Best paragraph's coverage of the claim's content weight, and how many terms it shares. */
  coverage: number;
  matched: number;
  /** The claim is about the meeting itself (who, when, where). */
  meetingClaim: boolean;
  /** How many of its meeting facts agree with the record (agreeingFacts). */
  agreeing: number;
  /** How many content terms the claim has. */
  contentTerms: number;
}

export function hasMajorFlag(flags: readonly Flag[]): boolean {
  return flags.some((f) => f.severity === 'major');
}

/** An official passage covers the claim: two shared terms and enough of its weight. */
export function coveredByPassage(v: VerdictInput): boolean {
  return v.coverage >= SUPPORTED_COVERAGE && v.matched >= 2;
}

/** A who/when/where claim is covered by the opening sentence when its facts agree with it. */
export function coveredByOpening(v: VerdictInput): boolean {
  return v.meetingClaim && v.agreeing >= 2 && (v.contentTerms <= 2 || v.coverage >= HELPFUL_COVERAGE);
}

export function verdictOf(v: VerdictInput): Verdict {
  if (hasMajorFlag(v.flags)) return 'conflict';
  return coveredByPassage(v) || coveredByOpening(v) ? 'supported' : 'unverified';
}

/** How many of the claim's when/where/who facts agree with the record (flags count against). */
export function agreeingFacts(
  claim: ClaimFacts, record: OfficialRecord, flags: readonly Flag[], publishedDate: string | null, knowledge?: Knowledge,
): number {
  const flagged = new Set(flags.filter((f) => f.severity === 'major').map((f) => f.field));
  let n = 0;
  if (claim.dates.length && !flagged.has('date')
    && claim.dates.some((d) => dateFit(d, record, publishedDate, claim.tense, claimZone(claim, record)) !== 'different')) n++;
  // A fact agrees only where it was compared: a meeting fact the record states.
  const { place, durationMinutes, start } = record.meeting;
  // A region agrees when it is, holds or lies in the record's place ("in Hawaii" for Hawaii); it is never compared.
  const regionAgrees = knowledge !== undefined && place?.entity != null
    && claim.regions.some((r) => ['same', 'broader', 'narrower'].includes(placeRelation(r.entity, place.entity!, knowledge)));
  if (claim.meeting && (claim.places.length || regionAgrees) && place?.entity && !flagged.has('place')) n++;
  if (claim.meeting && claim.durations.length && durationMinutes != null && !flagged.has('duration')) n++;
  if (claim.meeting && claim.times.length && start != null && !flagged.has('time')) n++;
  const participants = new Set(record.meeting.participants.map((p) => p.entity));
  if ((claim.collective || claim.people.some((p) => participants.has(p.entity))) && !flagged.has('participant')) n++;
  return n;
}

/** What the card quotes: the paragraph, and a second one where the claim draws on two. */
export interface EvidencePick {
  paragraph: Paragraph;
  also?: Paragraph;
}

/**
 * The paragraph to quote: the opening for when/where/who claims, else the best retrieved one. A
 * claim whose when/where/who is flagged while a later paragraph covers its outcome ("hold two-hour
 * talks, sign missile deal") quotes the opening, which states the flagged fact, and that paragraph
 * as the second quote: the quote beside a duration flag is where the record says how long.
 */
export function pickEvidence(details: RecordDetails, found: Retrieved | null, flags: readonly Flag[], factsOnly: boolean): EvidencePick | null {
  const intro = details.record.paragraphs.find((p) => p.id === 'intro') ?? details.record.paragraphs[0];
  if (!intro) return null;
  const factual = flags.some((f) => f.field !== 'commitment' && f.field !== 'number');
  const numeric = flags.some((f) => f.field === 'number');
  if (found && (numeric || (!factsOnly && !(factual && found.coverage < SUPPORTED_COVERAGE)))) {
    const covering = found.paragraph.paragraph;
    if (factual && !numeric && covering !== intro) return { paragraph: intro, also: covering };
    return { paragraph: covering, ...(found.also ? { also: found.also.paragraph } : {}) };
  }
  return { paragraph: intro, ...(found?.also && found.paragraph.paragraph === intro ? { also: found.also.paragraph } : {}) };
}
