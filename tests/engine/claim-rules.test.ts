// Which sentences are claims and how each is read, table-driven in English and Japanese: each row
// is a sentence an outlet might write after a meeting context sentence, and what the reader
// should see (the claim found or not, its verdict and flags).
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine';
import { bundledRecords } from '../../data/records';
import { gazetteer } from '../../data/gazetteer';
import { Knowledge } from '../../engine/knowledge';
import { extractClaims, type ClaimFacts } from '../../engine/claims';
import { splitSentences } from '../../engine/sentences';
import { scanText } from '../../engine/text/width';

const engine = createEngine({ records: bundledRecords, gazetteer });
const knowledge = new Knowledge(gazetteer);

/** The claims the engine reads from a text, with their facts. */
export function claimsOf(text: string): ClaimFacts[] {
  return extractClaims(scanText(text), splitSentences(text), knowledge.matcher.findAll(text), knowledge);
}

const MEETINGS = {
  may2: { context: 'Defense Minister Minoru Kihara met Defense Secretary Lloyd Austin in Hawaii on May 2.', published: '2024-05-03T01:00:00Z' },
  oct29: { context: 'Defense Minister Shinjiro Koizumi met War Secretary Pete Hegseth at the Ministry of Defense in Tokyo on October 29.', published: '2025-10-29T12:00:00Z' },
  jan15: { context: 'Defense Minister Shinjiro Koizumi met War Secretary Pete Hegseth at the Pentagon on January 15.', published: '2026-01-16T02:00:00Z' },
  oct29ja: { context: '小泉防衛相は29日、防衛省でヘグセス戦争長官と会談した。', published: '2025-10-29T18:00:00+09:00' },
  jul29ja: { context: '木原防衛相は29日、防衛省でオースティン国防長官と会談した。', published: '2024-07-29T18:00:00+09:00' },
  mar30ja: { context: '中谷防衛相は30日、防衛省でヘグセス国防長官と会談した。', published: '2025-03-30T15:00:00+09:00' },
} as const;
type MeetingKey = keyof typeof MEETINGS;

/** The claim read from the sentence after the context: "verdict flags", or "none" when it is not a claim. */
export function readAfter(meeting: MeetingKey, sentence: string): string {
  const { context, published } = MEETINGS[meeting];
  const sep = meeting.endsWith('ja') ? '' : ' ';
  const text = `${context}${sep}${sentence}`;
  const report = engine.analyze({ text, published, source: 'test', title: null });
  expect(report.meeting, 'the context resolves').not.toBeNull();
  const claim = report.claims.find((c) => c.start >= context.length);
  if (!claim) return 'none';
  const flags = claim.flags.map((f) => `${f.field}:${f.severity}`).sort().join(',');
  return flags ? `${claim.verdict} ${flags}` : claim.verdict;
}

const notConflict = (result: string) => result !== 'none' && !result.startsWith('conflict');

describe('a month named May is a date, not the hedge "may"', () => {
  it.each([
    ['may2', 'Kihara and Austin agreed on May 2 to strengthen the alliance.'],
    ['may2', 'On May 2, the two ministers confirmed the importance of the alliance.'],
    ['may2', 'Kihara and Austin held talks in Hawaii on 2 May.'],
  ] as [MeetingKey, string][])('[%s] %s is a claim', (meeting, sentence) => {
    expect(readAfter(meeting, sentence)).not.toBe('none');
  });
  it.each([
    ['may2', 'Kihara may visit Washington later this year.'],
    ['may2', 'The two ministers may meet again in May.'],
  ] as [MeetingKey, string][])('[%s] %s is a hedge', (meeting, sentence) => {
    expect(readAfter(meeting, sentence)).toBe('none');
  });
});

describe('what 一致 governs: agreeing to advance is not agreeing to do', () => {
  it.each([
    ['oct29ja', '両氏はAMRAAMの共同生産の推進で一致した。'],
    ['oct29ja', '両氏はAMRAAMの共同生産を進めることで一致した。'],
    ['oct29ja', '両氏はAMRAAMの共同生産に向けた議論を深めることで一致した。'],
    ['oct29ja', '両氏はAMRAAMの共同生産の検討を進めることで合意した。'],
    ['oct29', 'The two ministers agreed to push ahead with joint production of AMRAAM missiles.'],
    ['oct29', 'Koizumi and Hegseth agreed to advance co-production of AMRAAM.'],
  ] as [MeetingKey, string][])('[%s] %s → no commitment conflict', (meeting, sentence) => {
    expect(notConflict(readAfter(meeting, sentence))).toBe(true);
  });
  it.each([
    ['oct29ja', '両氏はAMRAAMの共同生産で合意した。'],
    ['oct29', 'Koizumi and Hegseth agreed to co-produce AMRAAM missiles.'],
  ] as [MeetingKey, string][])('[%s] %s → still overstated', (meeting, sentence) => {
    expect(readAfter(meeting, sentence)).toContain('commitment:major');
  });
});

describe('来年度 (next fiscal year) is not 来年 (next year)', () => {
  it.each([
    ['oct29ja', '両氏は来年度からAMRAAMの共同生産を進めることで一致した。'],
    ['jul29ja', '両氏は来年度に在日米軍を統合軍司令部に改編することを歓迎した。'],
    ['oct29', 'The ministers confirmed that Japan would raise defense spending in the next fiscal year.'],
  ] as [MeetingKey, string][])('[%s] %s is about this meeting', (_meeting, sentence) => {
    expect(claimsOf(sentence).map((c) => c.elsewhere)).toEqual([false]);
  });
  it.each([
    '両氏は来年、ワシントンで再び会談する。',
    'The two ministers will meet again next year in Washington.',
  ])('%s points at another meeting', (sentence) => {
    expect(claimsOf(sentence).map((c) => c.elsewhere)).toEqual([true]);
  });
});
