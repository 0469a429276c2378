// Compares the when and where of a claim with the official record: date (with time-zone
// reasoning), start time, duration and place. Every flag quotes both sides verbatim.
import type { Flag } from './report';
import type { ClaimFacts } from './claims';
import type { Knowledge } from './knowledge';
import type { RecordDetails } from './record-index';
import { localDateTime, zonedInstant } from './text/calendar';
import { resolveDate } from './dates';
import { claimZone, dateFit, describeDate } from './meeting-dates';
import { mostSpecific, placeRelation } from './places';
import { isTellingsMoment } from './claims';

export interface CompareContext {
  text: string;
  details: RecordDetails;
  knowledge: Knowledge;
  publishedDate: string | null;
}


export function compareDate(claim: ClaimFacts, ctx: CompareContext): Flag[] {
  const { record } = ctx.details;
  // Only a sentence with one date is read as dating the meeting; several dates are a chronology.
  if (claim.dates.length !== 1) return [];
  const d = claim.dates[0]!;
  if (d.day === null && d.weekday === null && d.relative === null) return []; // a month alone dates nothing
  if (d.bound) return [];
  const fit = dateFit(d, record, ctx.publishedDate, claim.tense, claimZone(claim, record));
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
  if (isTellingsMoment(ctx.text.slice(claim.sentence.start, claim.sentence.end), { start: t.start - claim.sentence.start, end: t.end - claim.sentence.start })) return [];
  const instant = zonedInstant(date, start, timeZone);
  const zoneFor = (hint: typeof t.zone): string =>
    hint === 'japan' ? 'Asia/Tokyo' : hint === 'us-eastern' ? 'America/New_York' : hint === 'utc' ? 'UTC' : timeZone;
  const minutesIn = (zone: string) => {
    const [h, m] = localDateTime(instant, zone).time.split(':').map(Number) as [number, number];
    return h * 60 + m;
  };
  const tolerance = t.approximate || officialStart.approximate ? 30 : 10;
  const close = (zone: string) => {
    // A part of the day agrees when the start falls in its window ("in the afternoon" for 14:30).
    if (t.window) return minutesIn(zone) >= t.window.low && minutesIn(zone) < t.window.high;
    const diff = Math.abs(minutesIn(zone) - t.minutes);
    return Math.min(diff, 1440 - diff) <= tolerance;
  };
  if (close(zoneFor(t.zone))) return [];
  const article = ctx.text.slice(t.start, t.end);
  const official = officialStart.quote;
  // A Japanese paper writes an unmarked time in Japan's time at a meeting in Japan, never in Washington's.
  const otherSideRead = !(claim.japanese && timeZone === 'Asia/Tokyo');
  if (t.zone === null && otherSideRead && close(otherSide(timeZone))) {
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
  // Each side's stated length must fall within the other's reading: "about an hour" (50–70) fits
  // "approximately 50 minutes", 「約1時間10分」 (70) does not, however the two ranges graze.
  if ((d.minutes >= officialDuration.low && d.minutes <= officialDuration.high) || (minutes >= d.low && minutes <= d.high)) return [];
  const gap = Math.abs(d.minutes - minutes);
  // Twenty minutes and a third apart, or (a short meeting) more than two fifths apart: 50 for 35.
  const major = (gap >= 20 && gap / minutes > 0.3) || (gap >= 10 && gap / minutes > 0.4);
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
  if (!place?.entity || claim.places.length === 0 || claim.reported) return [];
  const relations = mostSpecific(claim.places, ctx.knowledge).map((p) => ({ p, rel: placeRelation(p.entity, place.entity!, ctx.knowledge) }));
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
