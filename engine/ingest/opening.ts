// The opening sentence of a summary and the facts it carries: date, start time, "(local time)",
// duration, format (meeting / telephone / video) and the place phrase, in English or Japanese.
import { findDate, type DateMatch } from './dates';
import { firstSentence } from './text';
import { ENGLISH_NUMBER_WORDS, readEnglishNumber } from '../text/numbers';
import { scanText } from '../text/width';
import { hasJapanese } from '../text/script';
import { anyOf, cueRegex } from '../text/patterns';
import { en } from '../lang/en';
import { ja } from '../lang/ja';
import {
  CLOCK_HALVES, DURATION_HEDGES_EN, DURATIONS_JA as JA_DURATIONS, END_JA, END_WORDS_EN, JA_OPENING_START, JA_PLACE_RUN,
  LOCAL_TIME_EN, LOCAL_TIME_MARK, START_HEDGES_EN, START_JA, START_JA_TAIL, START_WORDS_EN,
} from '../lang/official';

export type MeetingFormat = 'in-person' | 'telephone' | 'video';

export interface PlacePhrase {
  /** The phrase verbatim: "at the U.S. Department of War", 「防衛省において」. */
  text: string;
  /** The place it names: "U.S. Department of War", 「防衛省」. */
  name: string;
}

/** The opening's own words for each fact read, verbatim, so a comparison can quote them. */
export interface FactPhrases {
  date: string | null;
  start: string | null;
  duration: string | null;
}

export interface OpeningFacts {
  date: DateMatch | null;
  start: string | null;
  localTime: boolean;
  durationMinutes: number | null;
  format: MeetingFormat;
  place: PlacePhrase | null;
  phrases: FactPhrases;
}

const MEETING_WORDS_EN = cueRegex(en.summaryMeetingWords, []);
/** Without a leading "On <date>", a sentence must say someone met: a title only names a meeting. */
const MEETING_VERBS_EN = cueRegex(en.summaryMeetingVerbs, []);
const MEETING_WORDS_JA = cueRegex([], ja.summaryMeetingWords);

/**
 * Whether a line is (meant as) the opening sentence: 'dated' when it carries a date,
 * 'undated' when it reads like one ("On the same day, ... held ...") but names no date we can
 * read, null when it is something else.
 */
export function openingKind(line: string): 'dated' | 'undated' | null {
  const f = scanText(line).trim();
  const date = findDate(f);
  const sentence = firstSentence(f);
  // "On October 29, …", "On Wednesday, October 29, …", "On 29 October 2025, …"
  if (/^On\s/.test(f) && MEETING_WORDS_EN.test(f)) return findDate(sentence) ? 'dated' : 'undated';
  if (/^[A-Za-z]/.test(f) && MEETING_VERBS_EN.test(sentence) && findDate(sentence)) return 'dated';
  if (MEETING_WORDS_JA.test(f) && hasJapanese(f)) {
    if (date && date.start < 20) return 'dated';
    if (JA_OPENING_START.test(f)) return 'undated';
  }
  return null;
}

// ---- start time ----

function clock(hour: number, minute: number, ampm: string | undefined): string | null {
  let h = hour;
  const m = ampm?.toLowerCase().replace(/\./g, '');
  if (m !== undefined && (CLOCK_HALVES.pm as readonly string[]).includes(m)) h = h < 12 ? h + 12 : h;
  if (m !== undefined && (CLOCK_HALVES.am as readonly string[]).includes(m) && h === 12) h = 0;
  if (h > 24 || minute > 59) return null;
  return `${String(h % 24).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

function minutesBetween(start: string, end: string): number | null {
  const [sh, sm] = start.split(':').map(Number);
  const [eh, em] = end.split(':').map(Number);
  const d = (eh! * 60 + em! - (sh! * 60 + sm!) + 24 * 60) % (24 * 60);
  return d > 0 ? d : null;
}

const AMPM = '([ap]\\.?m\\.?)';
/** An alternation of the words of a table, which are written as regex source. */
const alt = (words: readonly string[]): string => words.join('|');
const START_EN = new RegExp(`\\b(?:${alt(START_WORDS_EN)})\\s+(?:${START_HEDGES_EN.map((w) => `${w}\\s+`).join('|')})?(\\d{1,2})(?::(\\d{2}))?\\s*${AMPM}?(?![\\d:])`, 'gi');
const END_EN = new RegExp(`^\\s*(?:${LOCAL_TIME_EN}\\s*)?(?:${alt(END_WORDS_EN)})\\s*(\\d{1,2})(?::(\\d{2}))?\\s*${AMPM}?`, 'i');

interface TimeRead {
  start: string | null;
  end: string | null;
  /** [from, to) of the start clock ("14:00") and of the whole range, in the sentence. */
  clock: [number, number] | null;
  range: [number, number] | null;
}

const NO_TIME: TimeRead = { start: null, end: null, clock: null, range: null };

function readTimeEn(f: string): TimeRead {
  for (const m of f.matchAll(START_EN)) {
    if (m[2] === undefined && m[3] === undefined) continue; // "at 9" alone is not a time
    const start = clock(Number(m[1]), Number(m[2] ?? 0), m[3]);
    if (!start) continue;
    const after = m.index + m[0].length;
    const e = END_EN.exec(f.slice(after));
    const end = e && (e[2] !== undefined || e[3] !== undefined) ? clock(Number(e[1]), Number(e[2] ?? 0), e[3] ?? m[3]) : null;
    const clockStart = m.index + m[0].search(/\d/);
    return { start, end, clock: [clockStart, after], range: end ? [m.index, after + e![0].length] : null };
  }
  return NO_TIME;
}

function readTimeJa(f: string): TimeRead {
  const m = START_JA.exec(f);
  if (!m) return NO_TIME;
  const start = clock(Number(m[2]), m[4] ? 30 : Number(m[3] ?? 0), m[1]);
  // The range's end follows "から": 「9時50分から11時15分まで」.
  const rest = f.slice(m.index + m[0].length);
  const e = END_JA.exec(rest);
  const end = e ? clock(Number(e[2]), e[4] ? 30 : Number(e[3] ?? 0), e[1] ?? m[1]) : null;
  const clockStart = m.index + m[0].search(/\S/);
  const clockEnd = m.index + m[0].search(START_JA_TAIL);
  return { start, end, clock: [clockStart, clockEnd], range: e ? [clockStart, m.index + m[0].length + e[0].length] : null };
}

// ---- duration ----

const NUM = `(\\d+(?:\\.\\d+)?|${ENGLISH_NUMBER_WORDS}|an?)`;
const ABOUT = `(?:(?:${alt(DURATION_HEDGES_EN)})\\s+)?`;

function num(s: string): number {
  return readEnglishNumber(s) ?? NaN;
}

const DURATIONS_EN: readonly [RegExp, (m: RegExpExecArray) => number][] = [
  [new RegExp(`\\bfor\\s+${ABOUT}half an hour\\b`, 'i'), () => 30],
  [new RegExp(`\\bfor\\s+${ABOUT}${NUM}\\s+and\\s+a\\s+half\\s+hours?\\b`, 'i'), (m) => num(m[1]!) * 60 + 30],
  [new RegExp(`\\bfor\\s+${ABOUT}${NUM}\\s+hours?(?:\\s+and\\s+(?:(a half)|${NUM}\\s+minutes?))?\\b`, 'i'),
    (m) => num(m[1]!) * 60 + (m[2] ? 30 : m[3] ? num(m[3]) : 0)],
  [new RegExp(`\\bfor\\s+${ABOUT}${NUM}\\s+(?:minutes?|mins?)\\b`, 'i'), (m) => num(m[1]!)],
  [new RegExp(`\\b${NUM}-minute\\b`, 'i'), (m) => num(m[1]!)],
  [new RegExp(`\\b${NUM}-hour\\b`, 'i'), (m) => num(m[1]!) * 60],
  [/\bhour-long\b/i, () => 60],
];

const DURATIONS_JA: readonly [RegExp, (m: RegExpExecArray) => number][] = [
  [JA_DURATIONS.hours, (m) => Number(m[1]) * 60 + (m[3] ? 30 : Number(m[2] ?? 0))],
  [JA_DURATIONS.minutesSpan, (m) => Number(m[1])],
  [JA_DURATIONS.minutesAbout, (m) => Number(m[1])],
];

/** The stated duration and where its phrase stands ("approximately 50 minutes", 「約85分間」). */
function readDuration(f: string, language: 'en' | 'ja'): { minutes: number; span: [number, number] } | null {
  for (const [re, minutes] of language === 'ja' ? DURATIONS_JA : DURATIONS_EN) {
    const m = re.exec(f);
    if (!m) continue;
    const n = Math.round(minutes(m));
    // The quoted phrase leaves out "for": the record says "for approximately 50 minutes".
    const lead = /^for\s+/i.exec(m[0])?.[0].length ?? 0;
    if (n > 0) return { minutes: n, span: [m.index + lead, m.index + m[0].length] };
  }
  return null;
}

// ---- format ----

const VIDEO = cueRegex(en.videoFormatWords, ja.videoFormatWords);
const TELEPHONE = cueRegex(en.telephoneFormatWords, ja.telephoneFormatWords);

function readFormat(f: string): MeetingFormat {
  if (VIDEO.test(f)) return 'video';
  if (TELEPHONE.test(f)) return 'telephone';
  return 'in-person';
}

// ---- place ----

/** Capitalised words that start no place name: numbers, months, weekdays. */
const NOT_A_PLACE_START = /^(?:\d|(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Japan-U\.S\.)\b)/;
/** Phrases naming an event or a person rather than a place. */
const NOT_A_PLACE = cueRegex(en.notPlaceWords, [], '');
const EN_PLACE_MARKER = new RegExp(`${anyOf([...en.venueMarkers, ...en.visitMarkers])}\\s+`, 'g');
const EN_VENUE_MARKER = new RegExp(`^${anyOf(en.venueMarkers)}\\s`);
const JA_VISIT = cueRegex([], ja.visitMarkers);

function englishPlaceCandidates(s: string): PlacePhrase[] {
  const out: PlacePhrase[] = [];
  for (const m of s.matchAll(EN_PLACE_MARKER)) {
    let i = m.index + m[0].length;
    const nameStart = /^the\s+/i.exec(s.slice(i)) ? i + /^the\s+/i.exec(s.slice(i))![0].length : i;
    i = nameStart;
    let end = i;
    for (;;) {
      const rest = s.slice(i);
      const tok = /^[A-Z0-9][\w.'’&-]*/.exec(rest);
      if (!tok) break;
      const word = tok[0];
      const dotted = /\..*\./.test(word); // "U.S.", "D.C."
      if (word.endsWith('.') && !dotted) {
        end = i + word.length - 1;
        break;
      }
      end = i + word.length;
      i = end;
      const dc = /^,\s*D\.C\./.exec(s.slice(i));
      if (dc) {
        end = i + dc[0].length;
        break;
      }
      const link = /^\s+(?:(?:of|the|and|for|de)\s+)?(?=[A-Z0-9])/.exec(s.slice(i));
      if (!link || NOT_A_PLACE_START.test(s.slice(i + link[0].length))) break;
      if (dotted && /^\s+The\b/.test(s.slice(i))) break;
      i += link[0].length;
    }
    const name = s.slice(nameStart, end);
    if (!name || NOT_A_PLACE_START.test(name) || NOT_A_PLACE.test(name)) continue;
    out.push({ text: s.slice(m.index, end), name });
  }
  // "at"/"in" name where the meeting was; "visit to" only the country or city visited.
  const visit = (c: PlacePhrase): number => Number(!EN_VENUE_MARKER.test(c.text));
  return out.sort((a, b) => visit(a) - visit(b));
}


function japanesePlaceCandidates(s: string): PlacePhrase[] {
  const out: PlacePhrase[] = [];
  for (const m of s.matchAll(new RegExp(`(${JA_PLACE_RUN})(${anyOf([...ja.venueMarkers, ...ja.visitMarkers])})`, 'gu'))) {
    out.push({ text: m[0], name: m[1]! });
  }
  // 「において」 names the venue; 「を訪問中」 only the place visited: prefer the former.
  return out.sort((a, b) => Number(JA_VISIT.test(a.text)) - Number(JA_VISIT.test(b.text)));
}

/**
 * The place phrase: the first candidate the gazetteer knows, else the first one that reads like
 * a place ("at"/"in" + a proper name; Japanese において/にて, not the looser で).
 */
function readPlace(s: string, language: 'en' | 'ja', known: (name: string) => boolean): PlacePhrase | null {
  const candidates = language === 'ja' ? japanesePlaceCandidates(s) : englishPlaceCandidates(s);
  return candidates.find((c) => known(c.name))
    ?? candidates.find((c) => language === 'en' || !ja.looseVenueMarkers.some((w) => c.text.endsWith(w)))
    ?? null;
}

/** Reads the opening sentence. `knownPlace` tells whether the gazetteer knows a place name. */
export function readOpening(sentence: string, language: 'en' | 'ja', knownPlace: (name: string) => boolean): OpeningFacts {
  const f = scanText(sentence);
  const time = language === 'ja' ? readTimeJa(f) : readTimeEn(f);
  const explicit = readDuration(f, language);
  const date = findDate(f);
  const fromRange = time.start && time.end ? minutesBetween(time.start, time.end) : null;
  const cut = (span: [number, number] | null | undefined) => (span ? sentence.slice(span[0], span[1]).trim() : null);
  return {
    date,
    start: time.start,
    localTime: LOCAL_TIME_MARK.test(f),
    durationMinutes: explicit?.minutes ?? fromRange,
    format: readFormat(f),
    place: readPlace(sentence, language, knownPlace),
    phrases: {
      date: date ? sentence.slice(date.start, date.end) : null,
      start: cut(time.clock),
      duration: explicit ? cut(explicit.span) : fromRange ? cut(time.range) : null,
    },
  };
}
