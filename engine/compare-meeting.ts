// Compares the when and where of a claim with the official record: date (with time-zone
// reasoning), start time, duration and place. Every flag quotes both sides verbatim.
import type { Flag } from './report';
import type { ClaimFacts } from './claims';
import type { Knowledge } from './knowledge';
import type { RecordDetails } from './record-index';
import { localDateTime, zonedInstant } from './text/calendar';
import { resolveDate } from './dates';
import { dateFit, describeDate } from './meeting-dates';
import { placeRelation } from './places';
import { anyOf, cueRegex } from './text/patterns';
import { en } from './lang/en';
import { ja } from './lang/ja';

export interface CompareContext {
  text: string;
  details: RecordDetails;
  knowledge: Knowledge;
  publishedDate: string | null;
}

// "Koizumi told reporters in Tokyo on Monday that the talks went well": date and place are the
// telling's. "They met on Monday, officials said" still dates the meeting.
const REPORTING = cueRegex(en.reportingCues, ja.reportingCues);
const TELLING_BEFORE = new RegExp(`(?:${anyOf(en.reportingCues)}|${anyOf(en.tellingWords)})(?![\\s\\S]*(?:${anyOf(en.reportingCues)}|${anyOf(en.tellingWords)}))([\\s\\S]{0,40})$`, 'i');
const TELLING_AFTER_JA = new RegExp(`^[\\s\\S]{0,6}?${anyOf(ja.tellingWords)}`);
const MEETING_WORD = cueRegex(en.meetingWords, ja.meetingWords);
// "since Monday", 「29日以降」: a bound on something else, not the meeting's day.
const BOUND_BEFORE = new RegExp(`${anyOf(en.dateBoundariesBefore)}\\s+$`, 'i');
const BOUND_AFTER = new RegExp(`^${anyOf(ja.dateBoundariesAfter)}`);

/**
 * A date or time of the telling, not of what is told: right after a reporting word with no
 * meeting word between ("told reporters on Monday", "Speaking on Monday"), or before 「記者会見」.
 */
export function isTellingsMoment(text: string, span: { start: number; end: number }): boolean {
  const before = TELLING_BEFORE.exec(text.slice(Math.max(0, span.start - 120), span.start));
  if (before && !MEETING_WORD.test(before[1]!)) return true;
  return TELLING_AFTER_JA.test(text.slice(span.end, span.end + 16));
}

export function compareDate(claim: ClaimFacts, ctx: CompareContext): Flag[] {
  const { record } = ctx.details;
  // Only a sentence with one date is read as dating the meeting; several dates are a chronology.
  if (claim.dates.length !== 1) return [];
  const d = claim.dates[0]!;
  if (d.day === null && d.weekday === null && d.relative === null) return []; // a month alone dates nothing
  if (isTellingsMoment(ctx.text, d)) return [];
  const before = ctx.text.slice(Math.max(0, d.start - 12), d.start);
  if (BOUND_BEFORE.test(before) || BOUND_AFTER.test(ctx.text.slice(d.end, d.end + 3))) return [];
  const fit = dateFit(d, record, ctx.publishedDate, claim.tense);
  if (fit === 'same' || fit === 'unknown') return [];
  const article = ctx.text.slice(d.start, d.end);
  const official = ctx.details.officialDate;
  const recordDay = describeDate(record.meeting.date, false);
  const stated = resolveDate(d, ctx.publishedDate, claim.tense);
  if (fit === 'zone') {
    const { start, timeZone } = record.meeting;
    let where = '';
    if (start && timeZone) {
      const there = localDateTime(zonedInstant(record.meeting.date, start, timeZone), otherSide(timeZone));
      where = ` (${start} ${cityOfZone(timeZone)} time is ${there.time} on ${describeDate(there.date, false)} in ${cityOfZone(otherSide(timeZone))})`;
    }
    return [{
      field: 'date', severity: 'minor', article, official,
      explanation: `The official summary dates the meeting ${recordDay}; the article's date is the same moment on the other side of the date line${where}.`,
    }];
  }
  return [{
    field: 'date', severity: 'major', article, official,
    explanation: `The official summary dates the meeting ${recordDay}${stated ? `, not ${describeDate(stated, false)}` : ''}.`,
  }];
}

function otherSide(timeZone: string): string {
  return timeZone === 'Asia/Tokyo' ? 'America/New_York' : 'Asia/Tokyo';
}

function cityOfZone(timeZone: string): string {
  return timeZone.split('/').pop()!.replace(/_/g, ' ').replace('New York', 'Washington');
}

export function compareTime(claim: ClaimFacts, ctx: CompareContext): Flag[] {
  const { record, officialStart } = ctx.details;
  const { start, timeZone, date } = record.meeting;
  if (!start || !timeZone || !officialStart || claim.times.length !== 1) return [];
  const t = claim.times[0]!;
  if (isTellingsMoment(ctx.text, t)) return [];
  const instant = zonedInstant(date, start, timeZone);
  const zoneFor = (hint: typeof t.zone): string =>
    hint === 'japan' ? 'Asia/Tokyo' : hint === 'us-eastern' ? 'America/New_York' : hint === 'utc' ? 'UTC' : timeZone;
  const minutesIn = (zone: string) => {
    const [h, m] = localDateTime(instant, zone).time.split(':').map(Number) as [number, number];
    return h * 60 + m;
  };
  const tolerance = t.approximate || officialStart.approximate ? 30 : 10;
  const close = (zone: string) => {
    const diff = Math.abs(minutesIn(zone) - t.minutes);
    return Math.min(diff, 1440 - diff) <= tolerance;
  };
  if (close(zoneFor(t.zone))) return [];
  const article = ctx.text.slice(t.start, t.end);
  const official = officialStart.quote;
  if (t.zone === null && close(otherSide(timeZone))) {
    return [{
      field: 'time', severity: 'minor', article, official,
      explanation: `The official start is ${start} ${cityOfZone(timeZone)} time; the article's time matches it in ${cityOfZone(otherSide(timeZone))} time.`,
    }];
  }
  return [{
    field: 'time', severity: 'major', article, official,
    explanation: `The official summary says the meeting began at ${start} ${cityOfZone(timeZone)} time.`,
  }];
}

export function compareDuration(claim: ClaimFacts, ctx: CompareContext): Flag[] {
  const { officialDuration } = ctx.details;
  if (!officialDuration || claim.durations.length !== 1) return [];
  const { minutes } = officialDuration;
  const d = claim.durations[0]!;
  if (d.high >= officialDuration.low && d.low <= officialDuration.high) return [];
  const gap = Math.min(Math.abs(d.low - minutes), Math.abs(d.high - minutes));
  const major = gap >= 20 && gap / minutes > 0.3;
  return [{
    field: 'duration', severity: major ? 'major' : 'minor',
    article: ctx.text.slice(d.start, d.end),
    official: officialDuration.quote,
    explanation: major
      ? `The official summary gives the meeting about ${minutes} minutes, far from what the article says.`
      : `The official summary gives about ${minutes} minutes; the article's figure is close but not the same.`,
  }];
}

export function comparePlace(claim: ClaimFacts, ctx: CompareContext): Flag[] {
  const place = ctx.details.record.meeting.place;
  // "Speaking in Tokyo, Koizumi said he met Hegseth": the place is the speaking's.
  if (!place?.entity || claim.places.length === 0 || REPORTING.test(claim.sentence.text)) return [];
  const relations = claim.places.map((p) => ({ p, rel: placeRelation(p.entity, place.entity!, ctx.knowledge) }));
  const official = place.text;
  const seat = relations.find((r) => r.rel === 'seat');
  if (relations.some((r) => r.rel === 'same' || r.rel === 'broader' || r.rel === 'narrower')) return [];
  if (seat) {
    const venueName = ctx.knowledge.get(seat.p.entity)?.name ?? 'it';
    return [{
      field: 'place', severity: 'minor', article: ctx.text.slice(seat.p.start, seat.p.end), official,
      explanation: `Same place under another name: ${ctx.knowledge.get(place.entity)?.name ?? place.venue} sits in ${venueName}.`,
    }];
  }
  const first = relations[0]!;
  const sameCity = relations.every((r) => r.rel === 'same-city');
  return [{
    field: 'place', severity: 'major', article: ctx.text.slice(first.p.start, first.p.end), official,
    explanation: sameCity
      ? `The official summary places the meeting ${official}, a different venue in ${place.city ?? 'the same city'}.`
      : `The official summary places the meeting ${official}${place.city ? ` (${place.city})` : ''}, not in ${ctx.knowledge.get(first.p.entity)?.name ?? 'the place the article names'}.`,
  }];
}
