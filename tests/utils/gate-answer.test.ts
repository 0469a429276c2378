// The background's gate on the quick reading of a page (blocks run together where the markup has
// no space between them): a name hidden by such a join asks for an exact reading instead of
// calling the page unrelated, and the split reading never makes a page related by itself.
import { describe, expect, test } from 'vitest';
import { createEngine } from '../../engine';
import { bundledRecords } from '../../data/records';
import { gazetteer } from '../../data/gazetteer';
import { gateAnswer } from '../../utils/analysis-service';

const engine = createEngine({ records: bundledRecords, gazetteer });

describe('a quick reading with blocks run together', () => {
  test.each([
    ['a headline after a link list', 'HomeWorldMarketsHegseth visits Tokyo'],
    ['a name at the end of a heading', 'Talks with Koizumi' + 'The ministers met on Tuesday.'],
    ['after an all-capitals word', 'NATOHegseth and the allies'],
    ['after a number', 'Updated 2025Nakatani said'],
    ['before a number', 'Minister Nakatani2 hours ago'],
    ['a system after a lower-case word', 'read moreSM-3 Block IIA interceptors'],
  ])('%s: asks for an exact reading', (_what, text) => {
    expect(gateAnswer(engine, text, true)).toEqual({ related: false, recheck: true });
  });

  test('a name the quick reading shows plainly: related at once', () => {
    expect(gateAnswer(engine, 'HomeWorld Hegseth visits Tokyo', true)).toEqual({ related: true });
    expect(gateAnswer(engine, '小泉防衛大臣は会談した', true)).toEqual({ related: true });
  });

  test('a page about something else, camel-cased product names and all: unrelated, nothing to recheck', () => {
    const text = 'HomeSportsWeatherThe new iPhone and YouTube TV prices rose 2% in 2025Q3, says McKinsey.';
    expect(gateAnswer(engine, text, true)).toEqual({ related: false });
  });

  test('only a quick reading is split: an exact one is answered as read', () => {
    expect(gateAnswer(engine, 'HomeWorldMarketsHegseth visits', false)).toEqual({ related: false });
  });

  test('a bare place hidden by a join is not a reason to read again', () => {
    expect(gateAnswer(engine, 'WeatherTokyo and Osaka', true)).toEqual({ related: false });
  });
});
