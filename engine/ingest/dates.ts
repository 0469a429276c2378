// Dates in official summaries: English ("January 15, 2026", "15 January 2026") and Japanese
// ("令和7年3月30日", "2025年3月30日", "3月30日", full-width digits), era years, year inference.
import { scanText } from '../text/width';
import { en } from '../lang/en';
import { ERA_FIRST_YEAR, JA_DATE_SOURCE, WEEKDAY_SUFFIX } from '../lang/official';
import { ERA_NAMES, MONTH, eraYear, isValidDate, isoDate as toIsoDate } from '../text/calendar';

export { isValidDate, toIsoDate };

function monthOf(name: string): number {
  return en.months[name.toLowerCase().replace('.', '') as keyof typeof en.months];
}

export interface DateMatch {
  /** Offsets of the date phrase in the searched string. */
  start: number;
  end: number;
  year: number | null;
  month: number;
  day: number;
  /** False when the phrase names a day the calendar does not have ("February 30"). */
  valid: boolean;
}

const EN_MDY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*,?\\s*(\\d{4})\\b)?`, 'i');
const EN_DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:\\s*,?\\s*(\\d{4})\\b)?`, 'i');
const ISO = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/;
const JA = new RegExp(JA_DATE_SOURCE(ERA_NAMES), 'u');

function match(year: number | null, month: number, day: number, start: number, end: number): DateMatch {
  return { start, end, year, month, day, valid: isValidDate(year ?? 2024 /* leap: allow Feb 29 */, month, day) };
}

/** The earliest date phrase in `s`, in either language, or null. */
export function findDate(s: string): DateMatch | null {
  const t = scanText(s);
  const found: DateMatch[] = [];
  const ja = JA.exec(t);
  if (ja) {
    // Leading whitespace captured by "\s*" before the month is not part of the phrase.
    const lead = ja[0].length - ja[0].trimStart().length;
    let year: number | null = null;
    if (ja[1]) year = eraYear(ja[1], ja[2] === ERA_FIRST_YEAR ? 1 : Number(ja[2]));
    else if (ja[3]) year = Number(ja[3]);
    found.push(match(year, Number(ja[4]), Number(ja[5]), ja.index + lead, ja.index + ja[0].length));
  }
  const mdy = EN_MDY.exec(t);
  if (mdy) {
    found.push(match(mdy[3] ? Number(mdy[3]) : null, monthOf(mdy[1]!), Number(mdy[2]), mdy.index, mdy.index + mdy[0].length));
  }
  const dmy = EN_DMY.exec(t);
  if (dmy) {
    found.push(match(dmy[4] ? Number(dmy[4]) : null, monthOf(dmy[2]!), Number(dmy[1]), dmy.index, dmy.index + dmy[0].length));
  }
  const iso = ISO.exec(t);
  if (iso) found.push(match(Number(iso[1]), Number(iso[2]), Number(iso[3]), iso.index, iso.index + iso[0].length));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const first = found[0] ?? null;
  if (first && first.year !== null) first.valid = isValidDate(first.year, first.month, first.day);
  return first;
}


/**
 * The date when `line` is nothing but a date (a document date line), e.g. "January 15, 2026",
 * "令和7年3月30日", "令和７年３月３０日（日）". Null when the line says more than a date.
 */
export function dateOnlyLine(line: string): DateMatch | null {
  const t = scanText(line).trim();
  const d = findDate(t);
  if (!d || d.start !== 0 || d.year === null) return null;
  let rest = t.slice(d.end);
  const wd = WEEKDAY_SUFFIX.exec(rest);
  if (wd) rest = rest.slice(wd[0].length);
  return /^[\s.,。]*$/u.test(rest) ? d : null;
}

/** True when `line` looks like it was meant as a date line but names no valid date ("Octobr 5, 2025"). */
export function looksLikeBrokenDateLine(line: string): boolean {
  const t = scanText(line).trim();
  if (t.length > 40) return false;
  const d = findDate(t);
  if (d && d.start === 0 && d.year !== null && !d.valid) return true;
  // A short line of a word and numbers with a 4-digit year: "Octobr 5, 2025", "Oct 32 2025".
  return !d && /^[A-Za-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\.?$/.test(t);
}

/**
 * The year of a month/day given without one, from the document date: the year that puts the
 * meeting on or before the document date and closest to it (a summary dated January 2, 2026
 * about "December 30" → 2025).
 */
export function inferYear(month: number, day: number, doc: { year: number; month: number; day: number }): number {
  const sameYearOnOrBefore = month < doc.month || (month === doc.month && day <= doc.day);
  return sameYearOnOrBefore ? doc.year : doc.year - 1;
}
