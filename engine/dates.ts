// Finds date expressions in English and Japanese text and resolves them against a reference
// date: full dates, month and day, Japanese era years, days of the week and "yesterday".
import { ERA_NAMES, MONTH, addDays, eraYear, isValidDate, isoDate, parseIso, weekday } from './text/calendar';
import { en } from './lang/en';
import { ja } from './lang/ja';
import { anyOf } from './text/patterns';
import { KANJI_NUMERAL_RUN, readNumber } from './text/numbers';

export interface DateExpression {
  start: number;
  end: number;
  text: string;
  /** Calendar parts stated in the text; a missing year is inferred from the reference date. */
  year: number | null;
  month: number | null;
  day: number | null;
  /** Day of the week stated ("Thursday", 木曜日): 0 = Sunday. */
  weekday: number | null;
  /** Days relative to the reference date ("yesterday" = −1). */
  relative: number | null;
  /**
   * Not the day of what the sentence tells: a bound on something else ("since Monday",
   * 「29日以降」, 「29日に…行って以来」) or the day of the telling ("told reporters on Monday").
   */
  bound?: boolean;
}

const MONTHS: Readonly<Record<string, number>> = en.months;
const WEEKDAYS: Readonly<Record<string, number>> = { ...en.weekdays, ...ja.weekdays };
const RELATIVE: Readonly<Record<string, number>> = { ...en.relativeDays, ...ja.relativeDays };
const JA_WEEKDAY = `[${Object.keys(ja.weekdays).join('')}]`;
const FIRST_YEAR = anyOf(ja.firstYearWords);
const YEAR_MARK = anyOf(ja.yearSuffixes);
const MONTH_MARK = anyOf(ja.monthSuffixes);
const DAY_MARK = anyOf(ja.daySuffixes);
const JA_NUMBER = `\\d{1,2}|${KANJI_NUMERAL_RUN}`;
/** The year number of a Japanese era date: a numeral, or the era's first-year word. */
const eraYearNumber = (s: string): number => (ja.firstYearWords.some((w) => w === s) ? 1 : readNumber(s) ?? NaN);

const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => Partial<DateExpression> | null }[] = [
  {
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'gi'),
    read: (m) => ({ month: monthOf(m[1]!), day: Number(m[2]), year: m[3] ? Number(m[3]) : null }),
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b(?:,?\\s+(\\d{4})\\b)?`, 'gi'),
    read: (m) => ({ month: monthOf(m[2]!), day: Number(m[1]), year: m[3] ? Number(m[3]) : null }),
  },
  {
    // A month on its own ("last October", "in January"): never a meeting date, but it places an event.
    re: new RegExp(`${anyOf(en.monthPrefixes)}\\s+${MONTH}(?!\\s*\\d)\\b`, 'gi'),
    read: (m) => ({ month: monthOf(m[1]!) }),
  },
  {
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    read: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }),
  },
  {
    re: new RegExp(`(?:(${ERA_NAMES})\\s*(${JA_NUMBER}|${FIRST_YEAR})\\s*${YEAR_MARK}|(\\d{4})\\s*${YEAR_MARK})?\\s*(${JA_NUMBER})\\s*${MONTH_MARK}\\s*(${JA_NUMBER})\\s*${DAY_MARK}`, 'g'),
    read: (m) => {
      let year: number | null = null;
      if (m[1]) year = eraYear(m[1], eraYearNumber(m[2]!));
      else if (m[3]) year = Number(m[3]);
      return { year, month: readNumber(m[4]!), day: readNumber(m[5]!) };
    },
  },
  {
    // A bare day in Japanese ("15日に") refers to the reference month.
    re: new RegExp(`(?<!\\d|${MONTH_MARK}|${YEAR_MARK})(\\d{1,2})${DAY_MARK}(?!${anyOf(ja.notDayAfter)})`, 'g'),
    read: (m) => ({ day: Number(m[1]) }),
  },
  {
    re: new RegExp(`(?:${anyOf(en.weekdayPrefixes)}\\s+)?(${anyOf(Object.keys(en.weekdays))})(?:'s)?\\b`, 'gi'),
    read: (m) => ({ weekday: WEEKDAYS[m[1]!.toLowerCase()]! }),
  },
  {
    re: new RegExp(`(${JA_WEEKDAY})${anyOf(ja.weekdaySuffixes)}|[（(](${JA_WEEKDAY})[）)]`, 'g'),
    read: (m) => ({ weekday: WEEKDAYS[(m[1] ?? m[2])!]! }),
  },
  {
    re: new RegExp(`(${anyOf(Object.keys(en.relativeDays))})|(${anyOf(Object.keys(ja.relativeDays))})`, 'gi'),
    read: (m) => ({ relative: RELATIVE[(m[1] ?? m[2])!.toLowerCase().replace(/\s+/g, ' ')] ?? null }),
  },
];

function monthOf(word: string): number | null {
  return MONTHS[word.toLowerCase().replace('.', '')] ?? null;
}

/** Every date expression in the (scan-folded) text, leftmost first, without overlaps. */
export function findDateExpressions(text: string): DateExpression[] {
  const found: DateExpression[] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const parts = read(m);
      if (!parts) continue;
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const expr: DateExpression = {
        start, end: m.index + m[0].length, text: text.slice(start, m.index + m[0].length),
        year: null, month: null, day: null, weekday: null, relative: null, ...parts,
      };
      if (expr.month !== null && expr.day !== null && !isValidDate(expr.year ?? 2024, expr.month, expr.day)) continue;
      if (expr.day !== null && (expr.day < 1 || expr.day > 31)) continue;
      found.push(expr);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateExpression[] = [];
  for (const e of found) {
    const prev = out[out.length - 1];
    if (prev && e.start < prev.end) {
      // A weekday right next to a date ("Thursday, January 15" / 15日（木）) enriches it.
      if (e.weekday !== null && prev.weekday === null) prev.weekday = e.weekday;
      continue;
    }
    if (prev && prev.month !== null && e.weekday !== null && e.start - prev.end <= 2) {
      prev.weekday = e.weekday; prev.end = e.end; prev.text = text.slice(prev.start, e.end);
      continue;
    }
    out.push({ ...e });
  }
  return mergeWeekdayBeforeDate(out, text);
}

function mergeWeekdayBeforeDate(list: DateExpression[], text: string): DateExpression[] {
  const out: DateExpression[] = [];
  for (const e of list) {
    const prev = out[out.length - 1];
    if (prev && prev.weekday !== null && prev.month === null && prev.day === null && e.month !== null
      && /^[,\s]*$/.test(text.slice(prev.end, e.start))) {
      out[out.length - 1] = { ...e, start: prev.start, text: text.slice(prev.start, e.end), weekday: prev.weekday };
      continue;
    }
    out.push(e);
  }
  return out;
}

export type Tense = 'past' | 'future';

/**
 * The calendar date an expression names, given the reference (publication) date.
 * Null when it cannot be pinned down (no reference for a weekday, say).
 */
export function resolveDate(expr: DateExpression, reference: string | null, tense: Tense = 'past'): string | null {
  if (expr.month !== null && expr.day !== null) {
    if (expr.year !== null) return isoDate(expr.year, expr.month, expr.day);
    if (!reference) return null;
    return nearestYear(expr.month, expr.day, reference, tense);
  }
  if (!reference) return null;
  if (expr.relative !== null) return addDays(reference, expr.relative);
  if (expr.day !== null) {
    const { y, m } = parseIso(reference);
    const sameMonth = isoDate(y, m, expr.day);
    if (isValidDate(y, m, expr.day) && (tense === 'future' || sameMonth <= addDays(reference, 1))) return sameMonth;
    const pm = m === 1 ? 12 : m - 1;
    const py = m === 1 ? y - 1 : y;
    return isValidDate(py, pm, expr.day) ? isoDate(py, pm, expr.day) : null;
  }
  if (expr.weekday !== null) {
    const wd = weekday(reference);
    const back = (wd - expr.weekday + 7) % 7;
    return tense === 'past' ? addDays(reference, -back) : addDays(reference, (expr.weekday - wd + 7) % 7);
  }
  return null;
}

/** The year that puts month/day closest to the reference, preferring the past for past tense. */
function nearestYear(month: number, day: number, reference: string, tense: Tense): string {
  const { y } = parseIso(reference);
  const candidates = [y - 1, y, y + 1]
    .filter((yy) => isValidDate(yy, month, day))
    .map((yy) => isoDate(yy, month, day));
  const limit = addDays(reference, tense === 'past' ? 7 : 366);
  const eligible = candidates.filter((c) => c <= limit);
  const pool = eligible.length ? eligible : candidates;
  return pool.reduce((best, c) => (Math.abs(daysApart(c, reference)) < Math.abs(daysApart(best, reference)) ? c : best));
}

function daysApart(a: string, b: string): number {
  return (Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/** True when the expression could name this date (month/day match, or weekday match). */
export function expressionFits(expr: DateExpression, date: string): boolean {
  const p = parseIso(date);
  if (expr.year !== null && expr.year !== p.y) return false;
  if (expr.month !== null && expr.month !== p.m) return false;
  if (expr.day !== null && expr.day !== p.d) return false;
  if (expr.weekday !== null && expr.weekday !== weekday(date)) return false;
  return expr.month !== null || expr.day !== null || expr.weekday !== null;
}
