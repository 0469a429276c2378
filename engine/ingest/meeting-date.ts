// Decides a meeting's date from what the text gives: a stated date, a month and day whose year
// comes from the document's date line or from the ministers' terms of office, "today" under a
// release date, or a date a person supplied (--date). Refuses rather than guesses.
import type { Entity } from '../../data/schema';
import { isoDate, isValidDate, parseIso } from '../text/calendar';
import { inferYear, type DateMatch } from './dates';
import { IngestRefusal } from './errors';
import { yearsBothInOffice } from './office-terms';

export type DateBasis = 'stated' | 'document-date' | 'release-date' | 'office-terms' | 'supplied';

export interface DateClues {
  /** The day the text states for the meeting (its year may be missing). */
  stated: DateMatch | null;
  /** The text says "today": the day is the release date. */
  today: boolean;
  /** The document's date line (a release date for U.S. readouts). */
  documentDate: DateMatch | null;
  /** The named ministers, for the year their terms allow. */
  ministers: readonly Entity[];
  /** YYYY-MM-DD a person supplied, or null. */
  supplied: string | null;
  /** The text gives a span of days (a visit) but no day for the meeting. */
  spanStated: boolean;
  /** Line to name in a refusal. */
  line: number;
}

export interface DecidedDate {
  date: string;
  basis: DateBasis;
}

function iso(d: DateMatch, year: number): string {
  return isoDate(year, d.month, d.day);
}

function names(ministers: readonly Entity[]): string {
  return ministers.map((m) => m.name).join(' and ');
}

/** The year of a month/day, or the refusal that says why there is none. */
function yearOf(stated: DateMatch, clues: DateClues): { year: number; basis: DateBasis } | IngestRefusal {
  if (stated.year !== null) return { year: stated.year, basis: 'stated' };
  const doc = clues.documentDate;
  if (doc && doc.year !== null) return { year: inferYear(stated.month, stated.day, { year: doc.year, month: doc.month, day: doc.day }), basis: 'document-date' };
  const years = yearsBothInOffice(clues.ministers, stated.month, stated.day);
  if (years.length === 1) return { year: years[0]!, basis: 'office-terms' };
  const day = `${stated.month}/${stated.day}`;
  if (years.length > 1) {
    return new IngestRefusal(clues.line, 'ambiguous-year', `the text gives no year, and ${names(clues.ministers)} both held office on ${day} of ${years.join(' and ')}`);
  }
  return new IngestRefusal(clues.line, 'no-year', `the text gives no year, and no year has ${names(clues.ministers) || 'the named ministers'} both in office on ${day}`);
}

export function decideMeetingDate(clues: DateClues): DecidedDate {
  const { supplied } = clues;
  if (supplied !== null) {
    const s = parseIso(supplied);
    if (!isValidDate(s.y, s.m, s.d)) throw new IngestRefusal(clues.line, 'date-disagrees', `--date ${supplied} is not a calendar date`);
  }
  if (clues.today) {
    const doc = clues.documentDate;
    if (doc && doc.year !== null) {
      const date = iso(doc, doc.year);
      if (supplied !== null && supplied !== date) {
        throw new IngestRefusal(clues.line, 'date-disagrees', `the text says "today" under the release date ${date}, not ${supplied}`);
      }
      return { date, basis: 'release-date' };
    }
    if (supplied !== null) return { date: supplied, basis: 'supplied' };
    throw new IngestRefusal(clues.line, 'no-date', 'the text says "today" and carries no release date');
  }
  if (clues.stated) {
    const stated = clues.stated;
    if (supplied !== null) {
      const s = parseIso(supplied);
      if (s.m !== stated.month || s.d !== stated.day) {
        throw new IngestRefusal(clues.line, 'date-disagrees', `the text states ${stated.month}/${stated.day}, not the supplied ${supplied}`);
      }
    }
    const year = yearOf(stated, clues);
    if (year instanceof IngestRefusal) {
      if (supplied !== null) return { date: supplied, basis: 'supplied' };
      throw year;
    }
    const date = iso(stated, year.year);
    if (supplied !== null && supplied !== date) {
      throw new IngestRefusal(clues.line, 'date-disagrees', `the text gives ${date}, not the supplied ${supplied}`);
    }
    return { date, basis: year.basis };
  }
  if (supplied !== null) return { date: supplied, basis: 'supplied' };
  throw new IngestRefusal(clues.line, 'no-day', clues.spanStated
    ? 'the text gives only the span of days of the visit or event, not the day of the meeting'
    : 'the text does not state the day of the meeting');
}
