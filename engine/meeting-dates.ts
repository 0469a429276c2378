// Whether a date an article states fits an official meeting, allowing for the other side's
// time zone: 14:00 Thursday in Washington is already Friday in Tokyo.
import type { OfficialRecord } from '../data/schema';
import { addDays, localDateTime, zonedInstant, parseIso } from './text/calendar';
import { expressionFits, resolveDate, type DateExpression, type Tense } from './dates';
import { ja } from './lang/ja';

export type DateFit = 'same' | 'zone' | 'different' | 'unknown';

const SIDES = ['Asia/Tokyo', 'America/New_York'];

const acrossZones = new WeakMap<OfficialRecord, string[]>();

/** The meeting's calendar dates as seen in Tokyo, Washington and the venue (cached per record). */
export function meetingDatesAcrossZones(record: OfficialRecord): string[] {
  let dates = acrossZones.get(record);
  if (!dates) {
    const { date, start, timeZone } = record.meeting;
    // Without a start, the day as it ran in the venue's zone: a Washington day is that day or the
    // next in Tokyo, never the one before. Without a zone, a day either way.
    const moments = start && timeZone ? [zonedInstant(date, start, timeZone)]
      : timeZone ? [zonedInstant(date, '00:00', timeZone), zonedInstant(date, '23:59', timeZone)] : null;
    dates = moments
      ? [...new Set([date, ...SIDES.flatMap((z) => moments.map((t) => localDateTime(t, z).date))])]
      : [addDays(date, -1), date, addDays(date, 1)];
    acrossZones.set(record, dates);
  }
  return dates;
}

/** The zone a claim's dates are written in, where the language tells it: Japanese news dates in Tokyo time. */
export function zoneWrittenIn(japanese: boolean): string | null {
  return japanese ? 'Asia/Tokyo' : null;
}

/**
 * The zone a claim dates the meeting in, where it can be told. Japanese news dates in Tokyo time;
 * a participant's own quoted words about a meeting they sat in ("I had a great meeting with
 * Minister Inada on Friday") date it where it was held, in the record's zone. On a call each side
 * speaks from home, so a quoted call keeps the language's zone.
 */
export function claimZone(claim: { japanese: boolean; quoted: boolean; meeting: boolean }, record: OfficialRecord): string | null {
  if (claim.quoted && claim.meeting && record.meeting.format === 'in-person' && record.meeting.timeZone) return record.meeting.timeZone;
  return zoneWrittenIn(claim.japanese);
}

/**
 * How a stated date fits the meeting. `writtenIn` is the zone the article dates in, when known:
 * a record dated in that same zone and without a start time (a call the Japan MoD dates in Tokyo
 * time, read in a Japanese paper; a participant quoted on a meeting abroad) leaves no other side
 * of the date line to explain a day's gap, and its weekday is compared as it stood there.
 */
export function dateFit(expr: DateExpression, record: OfficialRecord, reference: string | null, tense: Tense, writtenIn: string | null = null): DateFit {
  const resolved = resolveDate(expr, reference, tense);
  const { start, timeZone, date } = record.meeting;
  const zoneDates = !start && timeZone && timeZone === writtenIn ? [date] : meetingDatesAcrossZones(record);
  if (resolved) {
    if (resolved === record.meeting.date) return 'same';
    return zoneDates.includes(resolved) ? 'zone' : 'different';
  }
  if (expr.month === null && expr.day === null && expr.weekday === null) return 'unknown';
  if (expressionFits(expr, record.meeting.date)) return 'same';
  return zoneDates.some((d) => expressionFits(expr, d)) ? 'zone' : 'different';
}

/** "January 16" for an ISO date, or the Japanese form for Japanese text. */
export function describeDate(date: string, japanese: boolean): string {
  const { y, m, d } = parseIso(date);
  if (japanese) return `${y}${ja.yearSuffixes[0]}${m}${ja.monthSuffixes[0]}${d}${ja.daySuffixes[0]}`;
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-US', { timeZone: 'UTC', weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' });
}
