// Which official paragraph a claim's card quotes: where the record states the fact a flag is
// about. A flagged when/where/how-long/who quotes the opening, and a paragraph that covers the
// claim's outcome comes second; a claim flagged on its outcome quotes that outcome's paragraph.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine';
import { bundledRecords } from '../../data/records';
import { gazetteer } from '../../data/gazetteer';

const engine = createEngine({ records: bundledRecords, gazetteer });
const JAN15 = { published: '2026-01-16T02:00:00Z', context: 'Defense Minister Shinjiro Koizumi met War Secretary Pete Hegseth at the Pentagon on January 15.' };
const JAN15_JA = { published: '2026-01-16T09:00:00+09:00', context: '小泉防衛相は15日、国防総省でヘグセス戦争長官と会談した。' };

/** The quoted paragraphs of the claim read from `sentence` after the context: "main" or "main + also". */
function quoted(meeting: { published: string; context: string }, sentence: string): string {
  const sep = /[\u3040-\u9fff]/.test(sentence) ? '' : ' ';
  const text = `${meeting.context}${sep}${sentence}`;
  const report = engine.analyze({ text, published: meeting.published, source: 'test', title: null });
  const claim = report.claims.find((c) => c.start >= meeting.context.length);
  if (!claim?.evidence) return `none (${claim?.verdict ?? 'no claim'})`;
  const flags = claim.flags.map((f) => f.field).sort().join(',');
  const main = claim.evidence.paragraph;
  return `${claim.verdict} [${flags}] ${claim.evidence.also ? `${main} + ${claim.evidence.also.paragraph}` : main}`;
}

describe('a flagged meeting fact quotes the opening, the covered outcome second', () => {
  it.each([
    'Koizumi and Hegseth held two-hour talks and agreed to make progress in co-production of AMRAAM and PAC-3MSE missiles.',
    'In talks lasting about three hours, the ministers agreed on progress in co-production of AMRAAM and PAC-3MSE interceptor missiles.',
    'The two ministers, who met for two hours, agreed to make progress in the co-production of AMRAAM air-to-air missiles and PAC-3MSE.',
  ])('%s', (sentence) => {
    expect(quoted(JAN15, sentence)).toMatch(/^conflict \[duration\] intro \+ (?!intro)\S+$/);
  });

  it('in Japanese too', () => {
    expect(quoted(JAN15_JA, '両氏は約3時間会談し、AMRAAMとPAC-3MSEの共同生産の進展で一致した。')).toMatch(/^conflict \[duration\] intro( \+ \S+)?$/);
  });
});

describe('a claim flagged on its outcome quotes the outcome paragraph', () => {
  it.each([
    'The two ministers signed a deal to jointly produce SM-3 Block IIA interceptors.',
    'Koizumi and Hegseth agreed to co-produce SM-3 Block IIA interceptors.',
  ])('%s', (sentence) => {
    expect(quoted(JAN15, sentence)).toMatch(/^conflict \[commitment\] (?!intro)\S+$/);
  });
});

describe('an unflagged claim quotes what covers it', () => {
  it('a supported outcome quotes its paragraph alone', () => {
    expect(quoted(JAN15, 'Secretary Hegseth welcomed Japan\'s efforts to reinforce its defense capabilities across all domains and capabilities.')).toMatch(/^supported \[\] (?!intro)\S+$/);
  });
  it('a supported meeting fact quotes the opening', () => {
    expect(quoted(JAN15, 'The talks began at 2 p.m. local time and lasted about 50 minutes.')).toMatch(/^supported \[\] intro/);
  });
});
