// Picks the sentences that make checkable claims about the ministers' meetings and reads the
// facts each one states: dates, times, durations, places, people, titles, numbers, commitments.
import type { Sentence } from './sentences';
import type { AliasHit } from './matcher';
import type { Knowledge } from './knowledge';
import { findDateExpressions, type DateExpression, type Tense } from './dates';
import { findClockTimes, findDurations, findQuantities, type ClockTime, type Duration, type Quantity } from './quantities';
import { findCommitmentCues } from './commitment';
import { hasJapanese } from './text/script';
import { anyOf, cueRegex } from './text/patterns';
import { overlaps, type Span } from './text/spans';
import { en } from './lang/en';
import { ja } from './lang/ja';

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

const MEETING_EN = cueRegex(en.meetingWords, []);
const MEETING_JA = cueRegex([], ja.meetingWords);
const COLLECTIVE = new RegExp(
  `${anyOf(en.pairSubjects)}|${anyOf(en.meetingSubjects)}\\s+${anyOf(en.meetingEventVerbs)}|${anyOf(ja.pairSubjects)}`, 'i');
const ANALYSIS = cueRegex(en.analysisCues, ja.analysisCues);
// "In 2019" dates another event whatever the words around it.
const ELSEWHERE = new RegExp(`${cueRegex(en.elsewhereCues, ja.elsewhereCues).source}|\\bin\\s+(?:19|20)\\d\\d\\b`, 'i');
const FISCAL_YEAR = cueRegex(en.fiscalYearWords, ja.fiscalYearWords, 'gi');
const FUTURE = cueRegex(en.futureCues, ja.futureCues);
const LOCATIVE_BEFORE = new RegExp(`${anyOf(en.locativesBefore)}\\s+(?:the\\s+)?(?:${anyOf(en.nationalQualifiers)}\\s+)?$`, 'i');
// A parenthesis may stand between a Japanese place and its particle: 「防衛省（東京・市ヶ谷）で」.
const LOCATIVE_AFTER_JA = new RegExp(`^(?:[（(][^）)]{1,20}[）)])?${anyOf(ja.locativesAfter)}`);
const EVENT_LOCATIVE = new RegExp(`${anyOf(en.eventLocatives)}\\s+(?:the\\s+)?$`, 'i');

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
  const dates = findDateExpressions(text);
  // "on May 10" is a date, not the hedge "may": dates are blanked before looking for hedges.
  if (ANALYSIS.test(blank(text, dates)) || isMostlyQuote(text)) return null;
  return {
    sentence, japanese, mentions, people, offices,
    places: meeting ? mentions.filter((h) => knowledge.isPlaceLike(h.entity) && isLocative(scan, h, knowledge)) : [],
    dates: shift(dates, sentence.start),
    times: shift(findClockTimes(text), sentence.start),
    durations: shift(findDurations(text), sentence.start),
    quantities: shift(findQuantities(text), sentence.start).filter((q) => !overlapsAny(q, mentions)),
    meeting,
    collective,
    tense: FUTURE.test(text) ? 'future' : 'past',
    elsewhere: ELSEWHERE.test(text.replace(FISCAL_YEAR, (w) => ' '.repeat(w.length))),
  };
}

function isLocative(scan: string, hit: AliasHit, knowledge: Knowledge): boolean {
  const e = knowledge.get(hit.entity);
  const before = scan.slice(Math.max(0, hit.start - 24), hit.start);
  if (LOCATIVE_BEFORE.test(before)) return true;
  if (LOCATIVE_AFTER_JA.test(scan.slice(hit.end, hit.end + 26))) return true;
  // An event is also where it happened "during" or "on the sidelines of" it; a body ("the
  // Department of War said") is a place only with a locative word.
  return e?.kind === 'event' && EVENT_LOCATIVE.test(before);
}

function isMostlyQuote(text: string): boolean {
  const quoted = text.match(/["“][^"”]*["”]|「[^」]*」/g);
  if (!quoted) return false;
  const length = quoted.reduce((n, q) => n + q.length, 0);
  return length > text.length * 0.5;
}

/** The text with the spans replaced by spaces (offsets kept). */
function blank(text: string, spans: readonly Span[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + ' '.repeat(s.end - s.start);
    at = s.end;
  }
  return out + text.slice(at);
}

function overlapsAny(span: Span, hits: readonly AliasHit[]): boolean {
  return hits.some((h) => overlaps(span, h));
}

function shift<T extends { start: number; end: number }>(items: T[], by: number): T[] {
  return items.map((i) => ({ ...i, start: i.start + by, end: i.end + by }));
}
