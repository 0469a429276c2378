// What the content script accepts from the background: packed mentions come back exactly as the
// engine reported them, and an answer that does not parse (or points outside the text) is refused;
// commands, settings and the card's strings are checked field by field with a clear error.
import { describe, expect, test } from 'vitest';
import { packMentions, parseAnalysis, parseCardStrings, parseContentMessage, parseMentions, parsePageSettings, unpackMentions } from '../../utils/page-messages';
import { remoteAnalyzer } from '../../entrypoints/news.content/analyzer';
import { createEngine } from '../../engine';
import { bundledRecords } from '../../data/records';
import { gazetteer } from '../../data/gazetteer';

const text = 'Koizumi met Hegseth; Hegseth thanked Koizumi.';
const mentions = [...text.matchAll(/Koizumi|Hegseth/g)].map((m) => ({
  entity: m[0] === 'Koizumi' ? 'person/koizumi' : 'person/hegseth', text: m[0], start: m.index!, end: m.index! + m[0].length,
}));
const input = { text, published: null, source: 'https://news.example/a', title: null };

describe('packed mentions', () => {
  test('round-trip exactly, each entity id sent once', () => {
    const packed = packMentions(mentions);
    expect(packed.entities).toEqual(['person/koizumi', 'person/hegseth']);
    expect(packed.spans).toHaveLength(mentions.length * 3);
    expect(unpackMentions(packed, text)).toEqual(mentions);
  });

  test.each([
    ['not triples', { entities: ['x'], spans: [0, 1] }],
    ['past the end of the text', { entities: ['x'], spans: [0, text.length + 1, 0] }],
    ['backwards', { entities: ['x'], spans: [5, 2, 0] }],
    ['not integers', { entities: ['x'], spans: [0.5, 2, 0] }],
    ['an unknown entity', { entities: ['x'], spans: [0, 2, 1] }],
  ])('are refused when %s', (_what, packed) => {
    expect(unpackMentions(packed, text)).toBeNull();
  });
});

const answer = { related: true, report: { source: 's', title: null, language: 'en', published: null, meeting: null, mentions: packMentions(mentions), claims: [] }, entities: [], records: [] };

describe('the early mentions answer', () => {
  test('is checked like the analysis: packed mentions and card entities', () => {
    expect(parseMentions({ mentions: packMentions(mentions), entities: [] }).mentions.spans).toHaveLength(mentions.length * 3);
    expect(() => parseMentions({ mentions: { entities: 'x', spans: [] }, entities: [] })).toThrow(/mentions\.entities: /);
    expect(() => parseMentions({ mentions: packMentions(mentions), entities: [{ id: 'x' }] })).toThrow(/entities\[0\]\.kind: /);
    expect(() => parseMentions({ entities: [] })).toThrow(/mentions: /);
  });
});

describe('the analyzer', () => {
  test('gives the report with mentions unpacked, or null for an unrelated page', async () => {
    expect((await remoteAnalyzer(async () => answer).analyze(input))!.mentions).toEqual(mentions);
    expect(await remoteAnalyzer(async () => ({ related: false })).analyze(input, true)).toBeNull();
  });

  test.each([
    ['no answer', undefined],
    ['a report of the wrong shape', { ...answer, report: { ...answer.report, claims: 'many' } }],
    ['spans outside the text', { ...answer, report: { ...answer.report, mentions: { entities: ['x'], spans: [0, 999, 0] } } }],
  ])('refuses %s with a clear error', async (_what, raw) => {
    await expect(remoteAnalyzer(async () => raw).analyze(input)).rejects.toThrow(/malformed/);
  });
});

describe('the page’s own checks of what it receives', () => {
  test('commands from the popup: known ones parse, anything else is not for us', () => {
    expect(parseContentMessage({ type: 'focus-claim', index: 2, extra: 'dropped' })).toEqual({ type: 'focus-claim', index: 2 });
    expect(parseContentMessage({ type: 'step-claim', direction: 'next' })).toEqual({ type: 'step-claim', direction: 'next' });
    for (const raw of [null, 'get-report', { type: 'focus-claim', index: -1 }, { type: 'step-claim', direction: 'up' }, { type: 'toString' }, { type: 'read-official-page' }]) {
      expect(parseContentMessage(raw)).toBeNull();
    }
  });

  test('settings: a malformed answer is a clear error naming the field', () => {
    const ok = { enabled: true, showMentions: true, showMinorFlags: false, showUnverified: false, language: 'ja' };
    expect(parsePageSettings(ok)).toEqual(ok);
    expect(() => parsePageSettings({ ...ok, language: 'fr' })).toThrow(/page-settings answer was malformed \(language: expected one of auto, en, ja\)/);
    expect(() => parsePageSettings({ ...ok, enabled: 'yes' })).toThrow(/enabled: expected true or false/);
  });

  test('an optional field that is absent stays absent; one of the wrong shape is refused with its path', () => {
    const claim = { text: 'x', start: 0, end: 1, verdict: 'unverified', evidence: null, flags: [] };
    const report = { ...answer.report, claims: [claim] };
    const parsed = parseAnalysis({ ...answer, report });
    expect(parsed.related && parsed.report.claims[0]).toEqual(claim);
    expect(parsed.related && 'corroboration' in parsed.report.claims[0]!).toBe(false);
    expect(() => parseAnalysis({ ...answer, report: { ...report, claims: [{ ...claim, corroboration: [{ recordId: 1 }] }] } }))
      .toThrow(/report\.claims\[0\]\.corroboration\[0\]\.recordId: expected a string/);
  });

  test('the meeting\'s structured reasons reach the popup as the engine gave them; an unknown kind or a missing parameter is refused', () => {
    const engine = createEngine({ records: bundledRecords, gazetteer });
    const report = engine.analyze({ text: 'Koizumi met Hegseth at the Pentagon on January 15.', published: '2026-01-16T02:00:00Z', source: 's', title: null });
    expect(report.meeting?.why?.length).toBeGreaterThan(1);
    const sent = { ...answer, report: { ...answer.report, meeting: report.meeting } };
    const parsed = parseAnalysis(sent);
    expect(parsed.related && parsed.report.meeting?.why).toEqual(report.meeting!.why);
    const meeting = report.meeting!;
    const withWhy = (why: unknown) => ({ ...answer, report: { ...answer.report, meeting: { ...meeting, why } } });
    expect(() => parseAnalysis(withWhy([{ code: 'gut-feeling' }]))).toThrow(/report\.meeting\.why\[0\]\.code: expected one of date-fits, /);
    expect(() => parseAnalysis(withWhy([{ code: 'published' }]))).toThrow(/report\.meeting\.why\[0\]\.days: expected a whole number/);
    expect(() => parseAnalysis(withWhy([{ code: 'participants', names: [{ id: null, name: '', nameJa: null }] }])))
      .toThrow(/why\[0\]\.names\[0\]\.name: expected a non-empty string/);
  });

  test('card strings: taken as sent for the language asked; another language, or a value that is not a string, is refused', () => {
    const strings = { 'card.close': '閉じる', 'brand': 'Readout Lens' };
    const parsed = parseCardStrings({ locale: 'ja', strings }, 'ja');
    expect({ ...parsed }).toEqual(strings);
    expect(() => parseCardStrings({ locale: 'en', strings }, 'ja')).toThrow(/card-strings answer was malformed/);
    expect(() => parseCardStrings({ locale: 'ja', strings: { 'card.close': 5 } }, 'ja')).toThrow(/card\.close: expected a string/);
    expect(() => parseCardStrings({ locale: 'ja', strings: ['x'] }, 'ja')).toThrow(/expected an object/);
    // A key named like an object's own machinery is only a string, never a way in.
    expect(Object.getPrototypeOf(parseCardStrings({ locale: 'ja', strings: JSON.parse('{"__proto__": "x"}') }, 'ja'))).toBeNull();
  });
});
