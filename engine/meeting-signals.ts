// The evidence that ties a page to one official meeting, one small signal each: dates, people,
// place, publication date, shared topics. Each returns its score, its reason (a code and its
// parameters, report.ts MeetingReasonSchema; meeting-reasons.ts words it in English) and whether
// it anchors the page in time or space (people and topics alone never do).
import type { OfficialRecord } from '../data/schema';
import type { MeetingReason, ReasonName } from './report';
import type { ClaimFacts } from './claims';
import type { Knowledge } from './knowledge';
import type { RecordIndex } from './record-index';
import { daysBetween } from './text/calendar';
import { dateFit, zoneWrittenIn } from './meeting-dates';
import { resolveDate } from './dates';
import { mostSpecific, placeRelation } from './places';

export interface SignalInput {
  record: OfficialRecord;
  /** The page's meeting claims (not those about elsewhere). */
  claims: readonly ClaimFacts[];
  /** Every entity the page names. */
  named: ReadonlySet<string>;
  publishedDate: string | null;
  index: RecordIndex;
  knowledge: Knowledge;
}

export interface SignalResult {
  score: number;
  reason: MeetingReason | null;
  anchors: boolean;
}

export type MeetingSignal = (input: SignalInput) => SignalResult;

const NOTHING: SignalResult = { score: 0, reason: null, anchors: false };

/** How many days off a stated date may be and still be this meeting misdated (with people and place agreeing). */
const MISDATED_DAYS = 3;

/**
 * Dates and weekdays stated in meeting claims: one fitting date anchors; misfits count against,
 * except a date one to three days off in a claim whose people and place agree with the record:
 * that is this meeting misdated (a date conflict to show), not another meeting.
 */
export const dateSignal: MeetingSignal = ({ record, claims, publishedDate, knowledge }) => {
  let first: { text: string; weekdayOnly: boolean; zone: boolean } | null = null;
  let misses = 0;
  let misdated: { stated: string; days: number } | null = null;
  for (const c of claims) {
    for (const d of c.dates) {
      if (d.bound) continue; // "since October 29" dates another event by construction
      const fit = dateFit(d, record, publishedDate, c.tense, zoneWrittenIn(c.japanese));
      if ((fit === 'same' || fit === 'zone') && !first) first = { text: d.text, weekdayOnly: d.month === null && d.day === null, zone: fit === 'zone' };
      else if (fit === 'different') {
        // "will hold a 2+2 in March": a month alone in a plan dates the plan, not this meeting.
        if (c.tense === 'future' && d.day === null && d.weekday === null && d.relative === null) continue;
        const off = daysMisdated(c, d, record, publishedDate, knowledge);
        if (off !== null) misdated ??= { stated: d.text, days: off };
        else misses++;
      }
    }
  }
  const date = record.meeting.date;
  if (first) {
    return { score: 3, reason: { code: 'date-fits', stated: first.text, weekday: first.weekdayOnly, zone: first.zone, date }, anchors: true };
  }
  if (misses) return { score: -2, reason: { code: 'dates-differ', date }, anchors: false };
  return misdated ? { score: 1, reason: { code: 'date-days-off', ...misdated, date }, anchors: false } : NOTHING;
};

/** How many days off the record's date a misdated date is (see dateSignal), or null when it is not. */
function daysMisdated(c: ClaimFacts, d: ClaimFacts['dates'][number], record: OfficialRecord, publishedDate: string | null, knowledge: Knowledge): number | null {
  const stated = resolveDate(d, publishedDate, c.tense);
  const off = stated ? Math.abs(daysBetween(stated, record.meeting.date)) : Infinity;
  if (off > MISDATED_DAYS) return null;
  const venue = record.meeting.place?.entity;
  if (venue && c.places.some((p) => placeRelation(p.entity, venue, knowledge) === 'elsewhere')) return null;
  const ids = new Set(record.meeting.participants.map((p) => p.entity));
  const named = [...c.people, ...c.offices].filter((h) => knowledge.roleOf(h.entity, record.meeting.date) === 'defense-chief');
  const agree = (c.collective || named.length > 0) && named.every((h) => ids.has(h.entity) || knowledge.get(h.entity)?.kind === 'office');
  return agree ? off : null;
}

/** An entity as a reason names it: the gazetteer's name (else `name`, else the id) and its Japanese name. */
function nameOf(id: string, knowledge: Knowledge, name?: string): ReasonName {
  const e = knowledge.get(id);
  return { id, name: name ?? e?.name ?? id, nameJa: e?.nameJa ?? null };
}

/** The record's participants named on the page (or their office, 「日米防衛相」): a point each. */
export const peopleSignal: MeetingSignal = ({ record, named, knowledge }) => {
  const present = presentParticipants(record, named, knowledge);
  return present.length
    ? { score: present.length, reason: { code: 'participants', names: present.map((p) => nameOf(p.entity!, knowledge, p.name)) }, anchors: false }
    : NOTHING;
};

/** Where meeting claims say it happened: agreeing anchors, contradicting counts strongly against. */
export const placeSignal: MeetingSignal = ({ record, claims, knowledge }) => {
  const venue = record.meeting.place;
  const places = claims.flatMap((c) => mostSpecific(c.places, knowledge));
  if (!places.length || !venue?.entity) return NOTHING;
  const relations = places.map((p) => ({ p, rel: placeRelation(p.entity, venue.entity!, knowledge) }));
  const agreeing = relations.find((r) => r.rel !== 'elsewhere');
  if (agreeing) {
    return { score: 1.5, reason: { code: 'place-fits', place: nameOf(agreeing.p.entity, knowledge), venue: venue.venue ?? venue.text }, anchors: true };
  }
  return { score: -2.5, reason: { code: 'place-differs', place: nameOf(relations[0]!.p.entity, knowledge), venue: venue.city ?? venue.text }, anchors: false };
};

/** How many days before a meeting a preview ("will meet on Wednesday", 「会談する予定」) may be published. */
const PREVIEW_DAYS = 14;

/**
 * Published within a week after the meeting anchors, and so does a preview published up to two
 * weeks before it; otherwise before it, or long after, counts against.
 */
export const publicationSignal: MeetingSignal = ({ record, claims, publishedDate }) => {
  if (!publishedDate) return NOTHING;
  const after = daysBetween(record.meeting.date, publishedDate);
  if (after < -1 && -after <= PREVIEW_DAYS && isPreview(claims)) {
    return { score: 1.5, reason: { code: 'preview', days: -after }, anchors: true };
  }
  if (after >= -1 && after <= 7) {
    // The day before counts as the same day: a page dated in an earlier time zone.
    return { score: 1.5, reason: { code: 'published', days: Math.max(after, 0) }, anchors: true };
  }
  if (after > 7 && after <= 31) return { score: 0.5, reason: null, anchors: false };
  return { score: after < -1 ? -4 : -1.5, reason: null, anchors: false };
};

const TOPIC_KINDS = new Set(['system', 'framework', 'document']);

/** Systems, frameworks and documents named both on the page and in the record. */
export const topicsSignal: MeetingSignal = ({ record, named, index, knowledge }) => {
  const details = index.detailsOf(record);
  const topics = [...named].filter((id) => TOPIC_KINDS.has(knowledge.get(id)?.kind ?? '') && details.entities.has(id));
  if (!topics.length) return NOTHING;
  return {
    score: Math.min(1, topics.length * 0.34),
    reason: { code: 'topics', names: topics.slice(0, 4).map((t) => nameOf(t, knowledge)) },
    anchors: false,
  };
};

/** A page whose meeting claims are in the future tense: it announces the meeting. */
export function isPreview(claims: readonly ClaimFacts[]): boolean {
  return claims.some((c) => c.meeting && c.tense === 'future');
}

/**
 * Where the page places a meeting somewhere else on another day ("in Kuala Lumpur on Saturday",
 * three days after a Tokyo meeting), it is about that other meeting: a different place keeps two
 * meetings of the same ministers apart, however close their dates.
 */
export const anotherMeetingSignal: MeetingSignal = ({ record, claims, publishedDate, knowledge }) => {
  const venue = record.meeting.place?.entity;
  if (!venue) return NOTHING;
  // A day (not a month alone) and a place of the meeting itself, not of a telling.
  const other = claims.find((c) => !c.reported && c.places.length > 0
    && c.places.every((p) => placeRelation(p.entity, venue, knowledge) === 'elsewhere')
    && c.dates.some((d) => !d.bound && (d.day !== null || d.weekday !== null || d.relative !== null)
      && dateFit(d, record, publishedDate, c.tense) === 'different'));
  return other ? { score: -6, reason: { code: 'another-meeting' }, anchors: false } : NOTHING;
};

/** The record's participants the page names, by name or by the office they held on the meeting's date. */
export function presentParticipants(record: OfficialRecord, named: ReadonlySet<string>, knowledge?: Knowledge) {
  return record.meeting.participants.filter((p) => p.entity && (named.has(p.entity)
    || (knowledge?.termsOn(p.entity, record.meeting.date) ?? []).some((t) => named.has(t.office))));
}
