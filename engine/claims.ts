// Picks the sentences that make checkable claims about the ministers' meetings and reads the
// facts each one states: dates, times, durations, places, people, titles, numbers, commitments.
import type { Sentence } from './sentences';
import type { AliasHit } from './matcher';
import type { Knowledge } from './knowledge';
import { findDateExpressions, type DateExpression, type Tense } from './dates';
import { findClockTimes, findDurations, findQuantities, type ClockTime, type Duration, type Quantity } from './quantities';
import { findCommitmentCues } from './commitment';
import { hasJapanese } from './text/script';

export interface ClaimFacts {
  sentence: Sentence;
  japanese: boolean;
  /** Offsets below are absolute (into the page text). */
  mentions: AliasHit[];
  people: AliasHit[];
  offices: AliasHit[];
  /** In meeting sentences: places and bodies named as where it happened ("in Washington", 「防衛省で」). */
  places: AliasHit[];
  dates: DateExpression[];
  times: ClockTime[];
  durations: Duration[];
  quantities: Quantity[];
  /** The sentence says a meeting, talk or call took place. */
  meeting: boolean;
  /** Its subject is the pair ("the two ministers", 両氏) rather than named people. */
  collective: boolean;
  tense: Tense;
  /** The sentence points at an earlier or separate meeting ("last met", "separately"). */
  elsewhere: boolean;
}

const MEETING_EN = /\b(?:met|meet|meets|meeting|talks|held (?:talks|discussions|a meeting|a call|a phone call|a video call|consultations)|discussions|spoke|phone call|telephone|call|video ?conference|videoconference|sat down|roundtable|bilateral|hosted|hosts|received|greeted|sit-down|huddled)\b/i;
const MEETING_JA = /会談|会合|会見|協議|電話|テレビ会議|テレビ会談|面会|訪問|会い|会った/;
const COLLECTIVE = /\b(?:the two|both (?:sides|ministers|men|officials|leaders|defense chiefs|countries|nations)|the ministers|the defen[cs]e chiefs|the allies|the pair|they|tokyo and washington|washington and tokyo|japan and the (?:u\.s\.|us|united states)|the (?:u\.s\.|us|united states) and japan|the (?:meeting|talks|discussions?|session|call|conversation) (?:began|started|lasted|ran|took place|was held|were held|ended))\b|会談は|両氏|両閣僚|両者|両国|日米|両大臣|両防衛相|両長官/i;
const ANALYSIS = /\b(?:analysts?|experts?|observers|critics|commentators|could|might|may|perhaps|likely|suggests?|suggested|signal(?:s|ing|ed|led)?|appears? to|seems? to|expected to|interpreted|speculat\w*|whether)\b|\?|とみられる|見られる|可能性|かもしれない|専門家|見方|分析|と指摘|ではないか|か。$/i;
const ELSEWHERE = /\b(?:previously|earlier this year|last met|first met|previous (?:meeting|talks)|separately|also met|later met|in (?:their|a) previous|last year|next month|next year|upcoming|planned|in (?:19|20)\d\d)\b|前回|以前|別途|昨年|来月|来年|とも会談|とも会い/i;
const FUTURE = /\b(?:will|is to|are to|plans? to|scheduled to|set to|next week|tomorrow)\b|予定|する見通し|方針/i;
const LOCATIVE_BEFORE = /\b(?:in|at|inside|near|outside)\s+(?:the\s+)?(?:U\.S\.\s+|US\s+|Japanese\s+|Japan's\s+)?$/i;
const LOCATIVE_AFTER_JA = /^(?:[（(][^）)]{1,20}[）)])?(?:で|において|にて|を訪|内で|に到着)/;

/** Reads the facts of every sentence that is a claim about the ministers' meetings. */
export function extractClaims(
  scan: string,
  sentences: readonly Sentence[],
  mentions: readonly AliasHit[],
  knowledge: Knowledge,
): ClaimFacts[] {
  const claims: ClaimFacts[] = [];
  let m = 0;
  for (const sentence of sentences) {
    while (m < mentions.length && mentions[m]!.start < sentence.start) m++;
    const inside: AliasHit[] = [];
    for (let k = m; k < mentions.length && mentions[k]!.start < sentence.end; k++) inside.push(mentions[k]!);
    const facts = readClaim(scan, sentence, inside, knowledge);
    if (facts) claims.push(facts);
  }
  return claims;
}

function readClaim(scan: string, sentence: Sentence, mentions: AliasHit[], knowledge: Knowledge): ClaimFacts | null {
  const text = scan.slice(sentence.start, sentence.end);
  const japanese = hasJapanese(text);
  const people = mentions.filter((h) => knowledge.get(h.entity)?.kind === 'person');
  const offices = mentions.filter((h) => knowledge.get(h.entity)?.kind === 'office');
  const principal = [...people, ...offices].some((h) => knowledge.roleOf(h.entity) === 'defense-chief');
  const collective = COLLECTIVE.test(text);
  if (!principal && !collective) return null;
  const meeting = (japanese ? MEETING_JA : MEETING_EN).test(text);
  if (!meeting && findCommitmentCues(text).length === 0) return null;
  if (ANALYSIS.test(text) || isMostlyQuote(text)) return null;
  return {
    sentence, japanese, mentions, people, offices,
    places: meeting ? mentions.filter((h) => knowledge.isPlaceLike(h.entity) && isLocative(scan, h, knowledge)) : [],
    dates: shift(findDateExpressions(text), sentence.start),
    times: shift(findClockTimes(text), sentence.start),
    durations: shift(findDurations(text), sentence.start),
    quantities: shift(findQuantities(text), sentence.start).filter((q) => !overlapsAny(q, mentions)),
    meeting,
    collective,
    tense: FUTURE.test(text) ? 'future' : 'past',
    elsewhere: ELSEWHERE.test(text),
  };
}

function isLocative(scan: string, hit: AliasHit, knowledge: Knowledge): boolean {
  const e = knowledge.get(hit.entity);
  const before = scan.slice(Math.max(0, hit.start - 24), hit.start);
  if (LOCATIVE_BEFORE.test(before)) return true;
  if (LOCATIVE_AFTER_JA.test(scan.slice(hit.end, hit.end + 26))) return true;
  // An event is also where it happened "during" or "on the sidelines of" it; a body ("the
  // Department of War said") is a place only with a locative word.
  return e?.kind === 'event' && /\b(?:at|during|on the sidelines of)\s+(?:the\s+)?$/i.test(before);
}

function isMostlyQuote(text: string): boolean {
  const quoted = text.match(/["“][^"”]*["”]|「[^」]*」/g);
  if (!quoted) return false;
  const length = quoted.reduce((n, q) => n + q.length, 0);
  return length > text.length * 0.5;
}

function overlapsAny(span: { start: number; end: number }, hits: readonly AliasHit[]): boolean {
  return hits.some((h) => span.start < h.end && span.end > h.start);
}

function shift<T extends { start: number; end: number }>(items: T[], by: number): T[] {
  return items.map((i) => ({ ...i, start: i.start + by, end: i.end + by }));
}
