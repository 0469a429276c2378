// What the content script accepts from the background: packed mentions come back exactly as the
// engine reported them, and an answer that does not parse (or points outside the text) is refused.
import { describe, expect, test } from 'vitest';
import { packMentions, unpackMentions } from '../../utils/page-messages';
import { remoteAnalyzer } from '../../entrypoints/news.content/analyzer';

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

describe('the analyzer', () => {
  const answer = { related: true, report: { source: 's', title: null, language: 'en', published: null, meeting: null, mentions: packMentions(mentions), claims: [] }, entities: [], records: [] };

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
