// Which official record a claim is checked against: the page's meeting, another meeting its own
// date points at, or none (another event, someone else's meeting). Each rule is a named predicate.
import type { OfficialRecord } from '../data/schema';
import type { ClaimFacts } from './claims';
import type { Knowledge } from './knowledge';
import type { RecordIndex } from './record-index';
import type { Resolution } from './resolve';
import { resolveDate } from './dates';
import { dateFit } from './meeting-dates';
import { placeRelation } from './places';
import { daysBetween } from './text/calendar';
import { anyOf } from './text/patterns';
import { en } from './lang/en';
import { ja } from './lang/ja';
import type { AliasHit } from './matcher';

export interface ClaimRecordContext {
  resolution: Resolution | null;
  publishedDate: string | null;
  /** People the page names anywhere. */
  pagePeople: ReadonlySet<string>;
  index: RecordIndex;
  knowledge: Knowledge;
}

/** How far a stated date may be from the meeting and still be the meeting misdated. */
const MISDATED_WITHIN_DAYS = 31;

export function recordForClaim(claim: ClaimFacts, ctx: ClaimRecordContext): OfficialRecord | null {
  const other = otherMeetingOnStatedDate(claim, ctx);
  if (other) return other;
  if (!ctx.resolution || claim.elsewhere) return null;
  const record = ctx.resolution.record;
  if (datedFarFrom(claim, record, ctx.publishedDate)) return null;
  if (someoneElsesMeeting(claim, record, ctx.knowledge)) return null;
  if (inAnotherMonth(claim, record, ctx.publishedDate)) return null;
  if (dateAndPlaceBothDiffer(claim, record, ctx)) return null;
  return record;
}

/** The claim's own date is another recorded meeting of someone the page names. */
export function otherMeetingOnStatedDate(claim: ClaimFacts, ctx: ClaimRecordContext): OfficialRecord | null {
  for (const d of claim.dates) {
    const date = resolveDate(d, ctx.publishedDate, claim.tense);
    if (!date || date === ctx.resolution?.record.meeting.date) continue;
    const other = ctx.index.onDate(date).find((r) => r.meeting.participants.some((p) => p.entity && ctx.pagePeople.has(p.entity)));
    if (other) return other;
  }
  return null;
}

/** A date more than a month away is another event, not this meeting misdated. */
export function datedFarFrom(claim: ClaimFacts, record: OfficialRecord, publishedDate: string | null): boolean {
  return claim.dates.some((d) => {
    const date = resolveDate(d, publishedDate, claim.tense);
    return date !== null && Math.abs(daysBetween(date, record.meeting.date)) > MISDATED_WITHIN_DAYS;
  });
}

/** "Koizumi separately met Vice President Vance": someone else's meeting, unless both ministers are named. */
export function someoneElsesMeeting(claim: ClaimFacts, record: OfficialRecord, knowledge: Knowledge): boolean {
  const participants = new Set(record.meeting.participants.map((p) => p.entity));
  const bothNamed = record.meeting.participants.every((p) => claim.people.some((m) => m.entity === p.entity));
  return !bothNamed && claim.people.some((m) => !participants.has(m.entity) && knowledge.roleOf(m.entity, record.meeting.date) !== 'defense-chief'
    && !(claim.collective && timesTheMeeting(claim, m)) && !inAnotherEventsName(claim, m, knowledge));
}

const OTHER_EVENTS_PEOPLE = new RegExp(`^[\\s,]*${anyOf(en.eventParticipantLinks)}\\b`, 'i');
/** Another event's own participants: "initiatives confirmed at the April summit between President Biden and Prime Minister Kishida". */
function inAnotherEventsName(claim: ClaimFacts, person: AliasHit, knowledge: Knowledge): boolean {
  // A named event, or a summit the concept table knows ("the April summit").
  const base = claim.sentence.start;
  const summits = knowledge.termMatcher.findAll(claim.sentence.text).filter((h) => h.entity === SUMMIT).map((h) => ({ ...h, start: h.start + base, end: h.end + base }));
  const events = [...claim.mentions.filter((e) => knowledge.get(e.entity)?.kind === 'event' && e.entity !== OWN_MEETING_EVENT), ...summits];
  return events.some((e) => e.end <= person.start && person.start - e.end <= 60 && OTHER_EVENTS_PEOPLE.test(claim.sentence.text.slice(e.end - claim.sentence.start, person.start - claim.sentence.start)));
}

/** The gazetteer's name for the defence ministers' meeting itself, and the concept of a summit. */
const OWN_MEETING_EVENT = 'event/defense-ministerial';
const SUMMIT = 'concept/summit';

const SEQUENCE_BEFORE = new RegExp(`${anyOf(en.sequenceWords)}[^,;]{0,40}$`, 'i');
const SEQUENCE_AFTER_JA = new RegExp(`^[^、。]{0,20}?${anyOf(ja.sequenceWords)}`);

/**
 * "The two ministers will sit down in the afternoon, after Hegseth joins President Trump": the
 * other person's event only says when the pair's meeting is (「首脳会談の後、両氏は…」).
 */
function timesTheMeeting(claim: ClaimFacts, person: AliasHit): boolean {
  const text = claim.sentence.text;
  const at = person.start - claim.sentence.start;
  return claim.japanese ? SEQUENCE_AFTER_JA.test(text.slice(person.end - claim.sentence.start)) : SEQUENCE_BEFORE.test(text.slice(0, at));
}

/** "Last October" in a story about a January meeting is another event. */
export function inAnotherMonth(claim: ClaimFacts, record: OfficialRecord, publishedDate: string | null): boolean {
  const month = Number(record.meeting.date.slice(5, 7));
  const datedHere = claim.dates.some((d) => (d.day !== null || d.weekday !== null || d.relative !== null)
    && dateFit(d, record, publishedDate, claim.tense) !== 'different');
  return !datedHere && claim.dates.some((d) => d.day === null && d.month !== null && d.month !== month);
}

/** A claim whose date and place both differ describes another meeting, not this one wrongly. */
export function dateAndPlaceBothDiffer(claim: ClaimFacts, record: OfficialRecord, ctx: ClaimRecordContext): boolean {
  const venue = record.meeting.place?.entity;
  const dateOff = claim.dates.length > 0 && claim.dates.every((d) => dateFit(d, record, ctx.publishedDate, claim.tense) === 'different');
  const placeOff = claim.places.length > 0 && venue != null
    && claim.places.every((p) => placeRelation(p.entity, venue, ctx.knowledge) === 'elsewhere');
  return dateOff && placeOff;
}
