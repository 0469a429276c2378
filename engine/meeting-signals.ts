// The evidence that ties a page to one official meeting, one small signal each: dates, people,
// place, publication date, shared topics. Each returns its score, the reason the popup shows
// and whether it anchors the page in time or space (people and topics alone never do).
import type { OfficialRecord } from '../data/schema';
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
  reason: string | null;
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
  let misdated: string | null = null;
  for (const c of claims) {
    for (const d of c.dates) {
      if (d.bound) continue; // "since October 29" dates another event by construction
      const fit = dateFit(d, record, publishedDate, c.tense, zoneWrittenIn(c.japanese));
      if ((fit === 'same' || fit === 'zone') && !first) first = { text: d.text, weekdayOnly: d.month === null && d.day === null, zone: fit === 'zone' };
      else if (fit === 'different') {
        if (isMisdated(c, d, record, publishedDate, knowledge)) misdated ??= d.text;
        else misses++;
      }
    }
  }
  if (first) {
    const reason = `${first.weekdayOnly ? 'weekday' : 'date'} "${first.text}" fits ${record.meeting.date}${first.zone ? ' across time zones' : ''}`;
    return { score: 3, reason, anchors: true };
  }
  if (misses) return { score: -2, reason: `dates stated do not fit ${record.meeting.date}`, anchors: false };
  return misdated ? { score: 1, reason: `date "${misdated}" is days off ${record.meeting.date}, with the same people and place`, anchors: false } : NOTHING;
};

function isMisdated(c: ClaimFacts, d: ClaimFacts['dates'][number], record: OfficialRecord, publishedDate: string | null, knowledge: Knowledge): boolean {
  const stated = resolveDate(d, publishedDate, c.tense);
  if (!stated || Math.abs(daysBetween(stated, record.meeting.date)) > MISDATED_DAYS) return false;
  const venue = record.meeting.place?.entity;
  if (venue && c.places.some((p) => placeRelation(p.entity, venue, knowledge) === 'elsewhere')) return false;
  const ids = new Set(record.meeting.participants.map((p) => p.entity));
  const named = [...c.people, ...c.offices].filter((h) => knowledge.roleOf(h.entity, record.meeting.date) === 'defense-chief');
  return (c.collective || named.length > 0) && named.every((h) => ids.has(h.entity) || knowledge.get(h.entity)?.kind === 'office');
}

/** The record's participants named on the page (or their office, 「日米防衛相」): a point each. */
export const peopleSignal: MeetingSignal = ({ record, named, knowledge }) => {
  const present = presentParticipants(record, named, knowledge);
  return present.length
    ? { score: present.length, reason: `participants ${present.map((p) => p.name).join(', ')}`, anchors: false }
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
    return { score: 1.5, reason: `place ${knowledge.get(agreeing.p.entity)?.name ?? agreeing.p.entity} ~ ${venue.venue ?? venue.text}`, anchors: true };
  }
  return { score: -2.5, reason: `place ${knowledge.get(relations[0]!.p.entity)?.name} is not ${venue.city ?? venue.text}`, anchors: false };
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
    return { score: 1.5, reason: `a preview published ${-after} days before`, anchors: true };
  }
  if (after >= -1 && after <= 7) {
    return { score: 1.5, reason: `published ${after <= 0 ? 'the same day' : `${after} day${after > 1 ? 's' : ''} after`}`, anchors: true };
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
    reason: `topics ${topics.map((t) => knowledge.get(t)?.name ?? t).slice(0, 4).join(', ')}`,
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
  return other ? { score: -6, reason: `another meeting: a different day and place`, anchors: false } : NOTHING;
};

/** The record's participants the page names, by name or by the office they held on the meeting's date. */
export function presentParticipants(record: OfficialRecord, named: ReadonlySet<string>, knowledge?: Knowledge) {
  return record.meeting.participants.filter((p) => p.entity && (named.has(p.entity)
    || (knowledge?.termsOn(p.entity, record.meeting.date) ?? []).some((t) => named.has(t.office))));
}
