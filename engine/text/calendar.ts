// Calendar arithmetic on ISO dates, Japanese era years, and the local date of an instant in a
// time zone: the one set of date helpers for the engine and ingest.
import { en } from '../lang/en';
import { ja } from '../lang/ja';

export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function parseIso(date: string): { y: number; m: number; d: number } {
  return { y: Number(date.slice(0, 4)), m: Number(date.slice(5, 7)), d: Number(date.slice(8, 10)) };
}

export function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export function addDays(date: string, days: number): string {
  const { y, m, d } = parseIso(date);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  const pa = parseIso(a);
  const pb = parseIso(b);
  return Math.round((Date.UTC(pb.y, pb.m - 1, pb.d) - Date.UTC(pa.y, pa.m - 1, pa.d)) / 86_400_000);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  const { y, m, d } = parseIso(date);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock date and time of a UTC instant in an IANA zone. */
export function localDateTime(epochMs: number, timeZone: string): { date: string; time: string } {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(new Date(epochMs)).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** The UTC instant of a wall-clock time in an IANA zone (exact outside DST transitions). */
export function zonedInstant(date: string, time: string, timeZone: string): number {
  const { y, m, d } = parseIso(date);
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const guess = Date.UTC(y, m - 1, d, hh, mm);
  const local = localDateTime(guess, timeZone);
  const lp = parseIso(local.date);
  const [lh, lm] = local.time.split(':').map(Number) as [number, number];
  const offset = Date.UTC(lp.y, lp.m - 1, lp.d, lh, lm) - guess;
  return guess - offset;
}

/** Regex source (no groups) for a Japanese era name: 令和|平成|昭和. */
export const ERA_NAMES = Object.keys(ja.eras).join('|');

/** The Gregorian year of year `n` of a Japanese era (令和7 = 2025, 令和元 = 2019), or NaN. */
export function eraYear(era: string, n: number): number {
  const first = ja.eras[era as keyof typeof ja.eras];
  return first === undefined ? NaN : first + n - 1;
}

const MONTH_KEYS = Object.keys(en.months).sort((a, b) => b.length - a.length);

/** Regex source (one capturing group) for an English month; an abbreviation may take a period. */
export const MONTH = `(${MONTH_KEYS.map((m) => (MONTH_KEYS.some((o) => o !== m && o.startsWith(m)) ? `${m}\\.?` : m)).join('|')})`;
