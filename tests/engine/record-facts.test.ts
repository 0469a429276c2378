// Record facts are read once, by ingest: comparisons quote the phrases it stored and never parse
// the official prose again, so a fact ingest read is always checked, whatever its wording.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine';
import { gazetteer } from '../../data/gazetteer';
import { OfficialRecordSchema } from '../../data/schema';
import { parseOfficialSummary } from '../../engine/ingest/parse-summary';

/** A summary whose length is only a time range: 「9時50分から11時15分まで」 is 85 minutes. */
const RANGE_ONLY = `令和７年５月１０日
防衛省
日米防衛相会談（概要）
令和７年５月１０日９時５０分から１１時１５分まで、中谷防衛大臣とヘグセス米国防長官は、防衛省において会談を行ったところ、概要次のとおり。
１　両閣僚は、日米同盟の抑止力・対処力を一層強化していくことで一致した。
`;

const record = OfficialRecordSchema.parse(parseOfficialSummary(RANGE_ONLY, { sourceFile: null, sourceUrl: null, gazetteer }));
const engine = createEngine({ records: [record], gazetteer });

function flagsOf(text: string) {
  const report = engine.analyze({ text, published: '2025-05-10T20:00:00+09:00', source: 'test', title: null });
  return report.claims.flatMap((c) => c.flags.filter((f) => f.severity === 'major'));
}

describe('record facts read once', () => {
  it('stores the duration of a time range with the range as its words', () => {
    expect(record.meeting.durationMinutes).toBe(85);
    expect(record.meeting.phrases).toEqual({ date: '令和７年５月１０日', start: '９時５０分', duration: '９時５０分から１１時１５分まで' });
  });

  it.each([
    ['中谷防衛相とヘグセス国防長官は10日、防衛省で約3時間会談した。', 'duration'],
    ['Japanese Defense Minister Gen Nakatani and U.S. Defense Secretary Pete Hegseth held three-hour talks at the Defense Ministry in Tokyo on Saturday.', 'duration'],
    ['Nakatani met Hegseth for three hours at the Defense Ministry.', 'duration'],
  ])('checks the duration of a range-only record: %s', (text, field) => {
    const flag = flagsOf(text).find((f) => f.field === field);
    expect(flag?.official).toBe('９時５０分から１１時１５分まで');
  });

  it('quotes each participant as the record names them', () => {
    expect(record.meeting.participants.map((p) => p.phrase)).toEqual(['中谷防衛大臣', 'ヘグセス米国防長官']);
  });
});
