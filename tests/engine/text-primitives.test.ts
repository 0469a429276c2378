// The shared text primitives (engine/text): script detection, the same-length width view, and
// number words inside durations, one rule for articles and official texts alike.
import { describe, expect, it } from 'vitest';
import { detectLanguage, hasJapanese, isJapaneseChar } from '../../engine/text/script';
import { scanText } from '../../engine/text/width';
import { findDurations } from '../../engine/quantities';
import { createEngine } from '../../engine';
import { bundledRecords } from '../../data/records';
import { gazetteer } from '../../data/gazetteer';

describe('script', () => {
  it.each([
    ['Koizumi met Hegseth at the Pentagon.', 'en'],
    ['小泉防衛相はヘグセス長官と会談した。', 'ja'],
    ['小泉防衛相は15日、SM-3ブロックIIAとPAC-3MSEの共同生産についてヘグセス長官と協議した。', 'ja'],
    ['Koizumi (小泉) met Hegseth at the Pentagon on Thursday for talks on missiles.', 'en'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('knows kana, kanji and half-width katakana, not Latin or full-width digits', () => {
    expect(['あ', 'ア', '防', 'ｱ'].every(isJapaneseChar)).toBe(true);
    expect(['a', '１', '—', undefined].some(isJapaneseChar)).toBe(false);
    expect(hasJapanese('SM-3ブロックIIA')).toBe(true);
  });
});

describe('width view', () => {
  it('keeps every offset while folding full-width forms, odd spaces, quotes and dashes', () => {
    const text = 'ＳＭ－３\u3000Koizumi’s\u00a0talks — 約５０分';
    const view = scanText(text);
    expect(view).toHaveLength(text.length);
    expect(view).toBe("SM-3 Koizumi's talks - 約50分");
  });
});

describe('number words in durations', () => {
  it.each([
    ['held seventy-minute talks', 70],
    ['a seventy-five-minute meeting', 75],
    ['talks lasting eighty minutes', 80],
    ['for thirteen minutes', 13],
    ['a ninety minute session', 90],
    ['forty-five minutes of talks', 45],
  ])('%s → %i minutes', (text, minutes) => {
    expect(findDurations(scanText(text))[0]?.minutes).toBe(minutes);
  });
});

describe('a duration in words is checked against the record', () => {
  it('flags "seventy-minute talks" against a record of about 50 minutes', () => {
    const engine = createEngine({ records: bundledRecords, gazetteer });
    const report = engine.analyze({
      text: 'Defense Minister Shinjiro Koizumi and Secretary of War Pete Hegseth held seventy-minute talks at the Pentagon on January 15.',
      published: '2026-01-16T02:00:00Z', source: 'test', title: null,
    });
    const flag = report.claims[0]?.flags.find((f) => f.field === 'duration');
    expect(flag).toMatchObject({ article: 'seventy-minute', official: 'approximately 50 minutes' });
  });
});
