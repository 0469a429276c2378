// Clock times, durations and counted quantities in English and Japanese text.
import { ENGLISH_NUMBER_WORDS, KANJI_NUMERAL_RUN, readEnglishNumber, readNumber } from './text/numbers';
import { anyOf } from './text/patterns';
import { stem } from './text/stem';
import { overlaps } from './text/spans';
import { en } from './lang/en';
import { ja, jaPartOfDay } from './lang/ja';

export type ZoneHint = 'local' | 'japan' | 'us-eastern' | 'utc' | null;

export interface ClockTime {
  start: number;
  end: number;
  text: string;
  /** Minutes after midnight. */
  minutes: number;
  approximate: boolean;
  zone: ZoneHint;
  /** A part of the day ("in the afternoon", 「午前」): the window it spans; `minutes` is its start. */
  window?: { low: number; high: number };
}

export interface Duration {
  start: number;
  end: number;
  text: string;
  /** Stated length in minutes, and the range the wording allows. */
  minutes: number;
  low: number;
  high: number;
}

const ZONES: Readonly<Record<string, ZoneHint>> = { ...en.zoneWords, ...ja.zoneWords };
// A Japanese range particle (から) may stand between the time and its zone.
const ZONE_AFTER = new RegExp(`^\\s*${anyOf(ja.timeRangeParticles)}?\\s*\\(?\\s*(${anyOf(Object.keys(ZONES))})\\s*\\)?`, 'i');
const ZONE_BEFORE = new RegExp(`(${anyOf([...en.zonesBeforeTime, ...ja.zonesBeforeTime])})[\\s,、]*$`, 'i');
const TIME_HEDGE_BEFORE = new RegExp(`(?:${anyOf(en.timeHedgesBefore)}|${anyOf(ja.timeHedgesBefore)})\\s*$`, 'i');
const TIME_HEDGE_AFTER = new RegExp(`^\\s*${anyOf(ja.timeHedgesAfter)}`);
const NOON = new RegExp(anyOf(en.noonWords), 'gi');
const PARTS_OF_DAY: Readonly<Record<string, readonly [number, number]>> = { ...en.partsOfDay, ...ja.partsOfDay };
// English parts of the day anywhere; a Japanese one only right after a day and before no hour (「同日午前」, not 「午前10時」).
const PART_OF_DAY = new RegExp(`${anyOf(Object.keys(en.partsOfDay))}|(?<=${jaPartOfDay.after})${anyOf(Object.keys(ja.partsOfDay))}(?![${jaPartOfDay.clockDigits}])`, 'gi');
const HOUR_WORD = new RegExp(`\\b(${anyOf(Object.keys(en.numberUnits).filter((w) => en.numberUnits[w as keyof typeof en.numberUnits] <= 12))})\\s+(${anyOf(Object.keys(en.hourOfDayWords))})`, 'gi');
const isOneOf = (list: readonly string[], word: string | undefined) => word !== undefined && list.includes(word);
const JA_HOUR = anyOf(ja.clockHourMarks);
const JA_MINUTE = anyOf(ja.clockMinuteMarks);
const JA_HALF = anyOf(ja.halfHourWords);
const JA_LENGTH = anyOf(ja.lengthMarks);
const JA_CLOCK = new RegExp(`(${anyOf([...ja.morningWords, ...ja.afternoonWords])})?\\s*(\\d{1,2}|${KANJI_NUMERAL_RUN})${JA_HOUR}(?!${JA_LENGTH})(?:\\s*(\\d{1,2}|${KANJI_NUMERAL_RUN})${JA_MINUTE}|(${JA_HALF}))?`, 'g');
const JA_HEDGES_AFTER: Readonly<Record<string, 'more than' | 'nearly' | 'about'>> = ja.durationHedgesAfter;
const JA_COUNT = `\\d+|${KANJI_NUMERAL_RUN}`;
const JA_DURATION = new RegExp(`(${anyOf(ja.durationHedges)})?\\s*(?:(${JA_COUNT})${JA_HOUR}${JA_LENGTH}(${JA_HALF}|(${JA_COUNT})${JA_MINUTE})?|(?<!${JA_HOUR}|\\d)(${JA_COUNT})${JA_MINUTE})${JA_LENGTH}?(${anyOf(Object.keys(JA_HEDGES_AFTER))})?`, 'g');

function zoneOf(word: string | undefined): ZoneHint {
  return word ? ZONES[word.toLowerCase().replace(/\s+/g, ' ')] ?? null : null;
}

/** Clock times: "2 p.m.", "14:00", "10:25 a.m. (local time)", "午後2時", "9時50分". */
export function findClockTimes(text: string): ClockTime[] {
  const out: ClockTime[] = [];
  const patterns: { re: RegExp; read: (m: RegExpExecArray) => number | null }[] = [
    {
      re: /\b(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\.?(?![a-z])/gi,
      read: (m) => {
        let h = Number(m[1]);
        if (h < 1 || h > 12) return null;
        if (m[3]!.toLowerCase() === 'p' && h !== 12) h += 12;
        if (m[3]!.toLowerCase() === 'a' && h === 12) h = 0;
        return h * 60 + Number(m[2] ?? 0);
      },
    },
    { re: /\b([01]?\d|2[0-3]):([0-5]\d)\b/g, read: (m) => Number(m[1]) * 60 + Number(m[2]) },
    { re: NOON, read: () => 12 * 60 },
    {
      re: HOUR_WORD,
      read: (m) => {
        const h = en.numberUnits[m[1]!.toLowerCase() as keyof typeof en.numberUnits];
        const pm = en.hourOfDayWords[m[2]!.toLowerCase().replace(/\s+/g, ' ') as keyof typeof en.hourOfDayWords];
        return ((pm && h < 12 ? h + 12 : h) % 24) * 60;
      },
    },
    {
      re: JA_CLOCK,
      read: (m) => {
        let h = readNumber(m[2]!);
        if (h === null || h > 24) return null;
        if (isOneOf(ja.afternoonWords, m[1]) && h < 12) h += 12;
        const min = m[4] ? 30 : m[3] ? readNumber(m[3]) ?? 0 : 0;
        return h * 60 + min;
      },
    },
  ];
  // Last, so that an hour with its part of the day ("two in the afternoon", 「午後2時」) stays one clock time.
  patterns.push({ re: PART_OF_DAY, read: (m) => windowOf(m[0])?.[0] ?? null });
  for (const { re, read } of patterns) {
    for (const m of text.matchAll(re)) {
      const minutes = read(m);
      if (minutes === null) continue;
      const start = m.index!;
      let end = start + m[0].length;
      if (out.some((t) => overlaps({ start, end }, t))) continue;
      const after = ZONE_AFTER.exec(text.slice(end, end + 40));
      const before = ZONE_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
      let zone = zoneOf(after?.[1] ?? before?.[1]);
      if (after) end += after[0].length;
      const lead = text.slice(Math.max(0, start - 22), start);
      const approximate = TIME_HEDGE_BEFORE.test(lead) || TIME_HEDGE_AFTER.test(text.slice(end, end + 3));
      if (zone === null && /(?:^|\s)(et|est|edt)$/i.test(lead.trim())) zone = 'us-eastern';
      const window = re === PART_OF_DAY ? windowOf(m[0]) : null;
      out.push({ start, end, text: text.slice(start, end), minutes, approximate, zone, ...(window ? { window: { low: window[0], high: window[1] } } : {}) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function windowOf(words: string): readonly [number, number] | null {
  return PARTS_OF_DAY[words.toLowerCase().replace(/\s+/g, ' ')] ?? PARTS_OF_DAY[words] ?? null;
}

const HEDGE = `(?:(${anyOf(en.durationHedges)})\\s+)?`;
const COUNT = `(\\d+(?:\\.\\d+)?|an?|one|${ENGLISH_NUMBER_WORDS}|half an|one and a half|an hour and a half)`;

/** Durations: "for about an hour", "two-hour talks", "50-minute", "約85分間", "1時間半". */
export function findDurations(text: string): Duration[] {
  const out: Duration[] = [];
  const add = (start: number, end: number, minutes: number, hedge: string | undefined) => {
    if (out.some((d) => overlaps({ start, end }, d))) return;
    const [low, high] = rangeFor(minutes, hedge);
    out.push({ start, end, text: text.slice(start, end), minutes, low, high });
  };
  // "two and a half hours": the half belongs to the hours.
  const en = new RegExp(`\\b${HEDGE}${COUNT}(\\s+and\\s+a\\s+half)?[\\s-]*(hours?|hrs?|minutes?|mins?)(?:\\s+and\\s+(\\d+|a half|${ENGLISH_NUMBER_WORDS})\\s*(minutes?|mins?)?)?(?:[\\s-]+long)?\\b`, 'gi');
  for (const m of text.matchAll(en)) {
    const count = m[2]!.toLowerCase();
    const hours = /^h/i.test(m[4]!);
    let minutes: number | null;
    if (count === 'half an') minutes = 30;
    else if (count === 'one and a half' || count === 'an hour and a half') minutes = 90;
    else {
      const n = readEnglishNumber(count);
      minutes = n === null ? null : hours ? n * 60 + (m[3] ? 30 : 0) : n;
    }
    if (minutes === null) continue;
    if (m[5]) minutes += m[5].toLowerCase() === 'a half' ? 30 : readEnglishNumber(m[5]) ?? 0;
    add(m.index!, m.index! + m[0].length, minutes, m[1]);
  }
  for (const m of text.matchAll(/\b(an?\s+)?hour[\s-]long\b|\ban hour and a half\b|\bhour and a half\b/gi)) {
    add(m.index!, m.index! + m[0].length, /half/i.test(m[0]) ? 90 : 60, undefined);
  }
  for (const m of text.matchAll(JA_DURATION)) {
    let minutes = 0;
    if (m[2]) minutes = (readNumber(m[2]) ?? NaN) * 60 + (isOneOf(ja.halfHourWords, m[3]) ? 30 : m[4] ? readNumber(m[4]) ?? 0 : 0);
    else if (m[5]) minutes = readNumber(m[5]) ?? NaN;
    if (!Number.isFinite(minutes) || minutes <= 0) continue;
    const hedge = m[1] ? 'about' : m[6] ? JA_HEDGES_AFTER[m[6]] : undefined;
    add(m.index!, m.index! + m[0].length, minutes, hedge);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The range of minutes a stated duration allows. */
/** The minutes a stated length allows: "about 50" is looser than "50", "more than 50" one-sided. */
export function rangeFor(minutes: number, hedge: string | undefined): [number, number] {
  const h = hedge?.toLowerCase();
  const loose = Math.max(5, minutes * 0.17);
  if (!h) return [minutes - Math.max(3, minutes * 0.08), minutes + Math.max(3, minutes * 0.08)];
  if (h === 'more than' || h === 'over' || h === 'just over' || h === 'at least' || h === 'a little over') return [minutes, minutes * 1.5];
  if (h === 'less than' || h === 'under' || h === 'just under' || h === 'barely' || h === 'a little under') return [minutes * 0.6, minutes];
  if (h === 'nearly' || h === 'almost' || h === 'close to') return [minutes - loose, minutes];
  return [minutes - loose, minutes + loose];
}

export interface Quantity {
  start: number;
  end: number;
  text: string;
  value: number;
  /** Folded stems of the words counted ("engag", "minis"), or a Japanese counter (発, 基). */
  unit: string[];
}

const COUNTED = new RegExp(`\\b(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${ENGLISH_NUMBER_WORDS})\\s+((?:[A-Za-z][A-Za-z'-]*\\s+){0,2}[A-Za-z][A-Za-z'-]*)`, 'gi');
const JA_COUNTED = new RegExp(`(\\d+(?:\\.\\d+)?|[${Object.keys(ja.numberUnits).join('')}${Object.keys(ja.numberExtras).join('')}]+)\\s*(${anyOf(ja.counters)})`, 'g');
const NUMBER_STOP = new RegExp(`^${anyOf(en.countStopwords)}$`, 'i');

/** Counted quantities: "four Defense Ministerial engagements", "12 missiles", "4回". */
export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(COUNTED)) {
    const value = readEnglishNumber(m[1]!);
    if (value === null) continue;
    const words = m[2]!.split(/\s+/);
    const kept: string[] = [];
    for (const w of words) { if (NUMBER_STOP.test(w)) break; kept.push(w); }
    if (!kept.length) continue;
    const unit = kept.map((w) => stem(w)).filter((s) => s.length >= 3);
    if (!unit.length) continue;
    const end = m.index! + m[1]!.length + 1 + kept.join(' ').length;
    out.push({ start: m.index!, end, text: text.slice(m.index!, end), value, unit });
  }
  for (const m of text.matchAll(JA_COUNTED)) {
    const value = readNumber(m[1]!);
    if (value === null) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], value, unit: [m[2]!] });
  }
  return out.sort((a, b) => a.start - b.start);
}
