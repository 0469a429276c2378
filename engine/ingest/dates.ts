// Dates in official summaries: English ("January 15, 2026", "15 January 2026") and Japanese
// ("令和7年3月30日", "2025年3月30日", "3月30日", full-width digits), era years, year inference.
import { foldWidth } from './text';

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

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** First year of each Japanese era: era year N is FIRST + N - 1. */
export const ERAS: Record<string, number> = { 令和: 2019, 平成: 1989, 昭和: 1926 };

const MONTH_NAME = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const EN_MDY = new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*,?\\s*(\\d{4})\\b)?`, 'i');
const EN_DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME}(?:\\s*,?\\s*(\\d{4})\\b)?`, 'i');
const ISO = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/;
const JA = /(?:(令和|平成|昭和)\s*(元|\d{1,2})\s*年|(\d{4})\s*年)?\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;

export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

export function toIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function match(year: number | null, month: number, day: number, start: number, end: number): DateMatch {
  return { start, end, year, month, day, valid: isValidDate(year ?? 2024 /* leap: allow Feb 29 */, month, day) };
}

/** The earliest date phrase in `s`, in either language, or null. */
export function findDate(s: string): DateMatch | null {
  const t = foldWidth(s);
  const found: DateMatch[] = [];
  const ja = JA.exec(t);
  if (ja) {
    // Leading whitespace captured by "\s*" before the month is not part of the phrase.
    const lead = ja[0].length - ja[0].trimStart().length;
    let year: number | null = null;
    if (ja[1]) year = ERAS[ja[1]]! + (ja[2] === '元' ? 1 : Number(ja[2])) - 1;
    else if (ja[3]) year = Number(ja[3]);
    found.push(match(year, Number(ja[4]), Number(ja[5]), ja.index + lead, ja.index + ja[0].length));
  }
  const mdy = EN_MDY.exec(t);
  if (mdy) {
    found.push(match(mdy[3] ? Number(mdy[3]) : null, MONTHS[mdy[1]!.toLowerCase()]!, Number(mdy[2]), mdy.index, mdy.index + mdy[0].length));
  }
  const dmy = EN_DMY.exec(t);
  if (dmy) {
    found.push(match(dmy[4] ? Number(dmy[4]) : null, MONTHS[dmy[2]!.toLowerCase()]!, Number(dmy[1]), dmy.index, dmy.index + dmy[0].length));
  }
  const iso = ISO.exec(t);
  if (iso) found.push(match(Number(iso[1]), Number(iso[2]), Number(iso[3]), iso.index, iso.index + iso[0].length));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const first = found[0] ?? null;
  if (first && first.year !== null) first.valid = isValidDate(first.year, first.month, first.day);
  return first;
}

/** Weekday in parentheses after a date: "(Thu)", "（木）", "(Thursday)". */
const WEEKDAY_SUFFIX = /^\s*[(（]\s*(?:[月火水木金土日]|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?)\s*[)）]/iu;

/**
 * The date when `line` is nothing but a date (a document date line), e.g. "January 15, 2026",
 * "令和7年3月30日", "令和７年３月３０日（日）". Null when the line says more than a date.
 */
export function dateOnlyLine(line: string): DateMatch | null {
  const t = foldWidth(line).trim();
  const d = findDate(t);
  if (!d || d.start !== 0 || d.year === null) return null;
  let rest = t.slice(d.end);
  const wd = WEEKDAY_SUFFIX.exec(rest);
  if (wd) rest = rest.slice(wd[0].length);
  return /^[\s.,。]*$/u.test(rest) ? d : null;
}

/** True when `line` looks like it was meant as a date line but names no valid date ("Octobr 5, 2025"). */
export function looksLikeBrokenDateLine(line: string): boolean {
  const t = foldWidth(line).trim();
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

export function parseIsoDate(iso: string): { year: number; month: number; day: number } {
  const [y, m, d] = iso.split('-').map(Number);
  return { year: y!, month: m!, day: d! };
}
