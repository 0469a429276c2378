// The language tables (engine/lang): both languages fill in the same keys, no list repeats an
// entry, and every entry is one the engine can actually read.
import { describe, expect, it } from 'vitest';
import { en } from '../../engine/lang/en';
import { ja } from '../../engine/lang/ja';
import { findDateExpressions } from '../../engine/dates';
import { describeDate } from '../../engine/meeting-dates';
import { findClockTimes, findDurations, rangeFor } from '../../engine/quantities';
import { splitSentences } from '../../engine/sentences';
import { ENGLISH_NUMBER_WORDS, readEnglishNumber, readNumber } from '../../engine/text/numbers';
import { eraYear } from '../../engine/text/calendar';
import { scanText } from '../../engine/text/width';
import { cueRegex } from '../../engine/text/patterns';

const tables = { en, ja } as const;

describe('language tables', () => {
  it('English and Japanese export the same keys', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.entries(tables))('%s: no list repeats an entry', (_lang, table) => {
    for (const [key, value] of Object.entries(table)) {
      const entries = Array.isArray(value) ? value : Object.keys(value);
      expect(new Set(entries.map((e: string) => e.toLowerCase())).size, key).toBe(entries.length);
    }
  });

  it('every month and weekday name is read in a date', () => {
    for (const [name, month] of Object.entries(en.months)) {
      const [d] = findDateExpressions(scanText(`They met on ${name} 9, 2025.`));
      expect(d?.month, name).toBe(month);
    }
    for (const [name, day] of Object.entries(en.weekdays)) {
      expect(findDateExpressions(scanText(`They met on ${name}.`))[0]?.weekday, name).toBe(day);
    }
    for (const [name, day] of Object.entries(ja.weekdays)) {
      expect(findDateExpressions(scanText(`${name}曜日に会談した。`))[0]?.weekday, name).toBe(day);
    }
  });

  it('every era is read with its first year as year one', () => {
    for (const [era, first] of Object.entries(ja.eras)) {
      expect(eraYear(era, 1)).toBe(first);
      const [d] = findDateExpressions(scanText(`${era}3年4月5日に会談した。`));
      expect(d?.year, era).toBe(first + 2);
    }
    expect(findDateExpressions(scanText('令和7年3月30日'))[0]?.year).toBe(2025);
    expect(findDateExpressions(scanText('令和元年5月1日'))[0]?.year).toBe(2019);
    expect(findDateExpressions(scanText('平成31年4月30日'))[0]?.year).toBe(2019);
  });

  it('every date mark, first-year word and not-a-day character is read as it says', () => {
    const [y, mo, d] = [ja.yearSuffixes[0], ja.monthSuffixes[0], ja.daySuffixes[0]];
    for (const first of ja.firstYearWords) {
      expect(findDateExpressions(scanText(`令和${first}${y}5${mo}1${d}`))[0]?.year, first).toBe(2019);
    }
    for (const suffix of ja.weekdaySuffixes) {
      expect(findDateExpressions(scanText(`木${suffix}に会談した。`))[0]?.weekday, suffix).toBe(4);
    }
    expect(findDateExpressions(scanText(`15${d}に会談した。`))[0]?.day).toBe(15);
    for (const after of ja.notDayAfter) {
      expect(findDateExpressions(scanText(`15${d}${after}`)).filter((e) => e.day === 15), after).toEqual([]);
    }
  });

  it('a date written in Japanese with the date marks reads back as the same date', () => {
    const written = describeDate('2025-03-30', true);
    expect(findDateExpressions(written)).toMatchObject([{ year: 2025, month: 3, day: 30, text: written }]);
  });

  it('every clock and length word is read as it says', () => {
    const [hour, minute, half, length] = [ja.clockHourMarks[0], ja.clockMinuteMarks[0], ja.halfHourWords[0], ja.lengthMarks[0]];
    for (const w of ja.morningWords) expect(findClockTimes(`${w}9${hour}50${minute}`)[0]?.minutes, w).toBe(9 * 60 + 50);
    for (const w of ja.afternoonWords) expect(findClockTimes(`${w}2${hour}${half}`)[0]?.minutes, w).toBe(14 * 60 + 30);
    for (const p of ja.timeRangeParticles) expect(findClockTimes(scanText(`10${hour}${p}（現地時間）`))[0]?.zone, p).toBe('local');
    expect(findClockTimes(`1${hour}${length}`)).toEqual([]);
    expect(findDurations(`1${hour}${length}${half}`)[0]?.minutes).toBe(90);
    for (const w of ja.durationHedges) expect(findDurations(`${w}50${minute}${length}`)[0]?.low, w).toBe(rangeFor(50, 'about')[0]);
    for (const [w, hedge] of Object.entries(ja.durationHedgesAfter)) {
      expect(findDurations(`50${minute}${length}${w}`)[0]?.high, w).toBe(rangeFor(50, hedge)[1]);
    }
  });

  it('no abbreviation ends a sentence', () => {
    for (const abbr of en.abbreviations) {
      const text = `Officials met ${abbr}. Tanaka in Tokyo.`;
      expect(splitSentences(text), abbr).toHaveLength(1);
    }
    expect(splitSentences('They met in Tokyo. Tanaka said so.')).toHaveLength(2);
  });

  it.each(Object.entries(tables))('%s: every cue phrase is found by the regex built from its list', (lang, table) => {
    for (const [key, value] of Object.entries(table)) {
      if (!Array.isArray(value) || key === 'abbreviations') continue;
      const list = value as readonly string[];
      const re = lang === 'en' ? cueRegex(list, []) : cueRegex([], list);
      for (const phrase of list) {
        const sentence = lang === 'en' ? `Officials ${phrase} today` : `一方、${phrase}`;
        expect(re.exec(sentence)?.[0].toLowerCase(), `${key}: ${phrase}`).toBe(phrase.toLowerCase());
      }
    }
  });

  it('cue phrases match whole words only', () => {
    expect(cueRegex(en.futureCues, []).test('They met at the Willard hotel')).toBe(false);
    expect(cueRegex(en.negationCues, []).test('The ministers noted progress')).toBe(false);
    expect(cueRegex(en.pairSubjects, []).test('Japan and the U.S. agreed')).toBe(true);
  });

  it('every counting word and numeral is read', () => {
    for (const [word, value] of Object.entries({ ...en.numberUnits, ...en.numberTens, ...en.numberExtras })) {
      expect(readEnglishNumber(word), word).toBe(value);
    }
    for (const [numeral, value] of Object.entries(ja.numberUnits)) expect(readNumber(numeral), numeral).toBe(value);
    expect([readNumber('十五'), readNumber('二十'), readNumber('百二十'), readNumber('三十一')]).toEqual([15, 20, 120, 31]);
  });
});

describe('English number words', () => {
  const units = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  const teens = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
  const tens = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
  const spelled: [string, number][] = [
    ...units.map((w, i): [string, number] => [w, i + 1]),
    ...teens.map((w, i): [string, number] => [w, i + 10]),
    ...tens.flatMap((t, i) => [[t, (i + 2) * 10] as [string, number], ...units.map((u, j): [string, number] => [`${t}-${u}`, (i + 2) * 10 + j + 1])]),
  ];
  const whole = new RegExp(`^${ENGLISH_NUMBER_WORDS}$`, 'i');

  it('spells all of one to ninety-nine', () => {
    expect(spelled).toHaveLength(99);
    expect(new Set(spelled.map(([, n]) => n)).size).toBe(99);
  });

  it.each(spelled)('%s is matched whole and read as %i', (word, value) => {
    expect(whole.test(word)).toBe(true);
    expect(readEnglishNumber(word)).toBe(value);
    expect(readEnglishNumber(word.replace('-', ' '))).toBe(value);
  });

  it('reads "a hundred" and "two hundred" as multiples', () => {
    expect(readEnglishNumber('a hundred')).toBe(100);
    expect(readEnglishNumber('two hundred')).toBe(200);
  });
});
