// Which meeting a page is about, table-driven in English and Japanese: previews published before
// the meeting, ministers named only by office, another meeting of the same ministers in another
// place, and sentences about other events that must not date this one.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine';
import { bundledRecords } from '../../data/records';
import { gazetteer } from '../../data/gazetteer';

const engine = createEngine({ records: bundledRecords, gazetteer });
const analyze = (text: string, published: string) => engine.analyze({ text, published, source: 'test', title: null });
const meetingOf = (text: string, published: string) => analyze(text, published).meeting?.date ?? null;

describe('a preview resolves to the meeting it announces', () => {
  it.each([
    ['War Secretary Pete Hegseth will meet Defense Minister Shinjiro Koizumi in Tokyo on Wednesday.', '2025-10-26T09:00:00+09:00', '2025-10-29'],
    ['Hegseth is scheduled to hold talks with Koizumi at the Defense Ministry on October 29.', '2025-10-20T09:00:00+09:00', '2025-10-29'],
    ['小泉防衛相は15日、ワシントンでヘグセス戦争長官と会談する予定だ。', '2026-01-12T09:00:00+09:00', '2026-01-15'],
    ['小泉防衛相、15日にヘグセス長官と会談へ　就任後初の訪米', '2026-01-12T09:00:00+09:00', '2026-01-15'],
    ['小泉防衛相は15日に訪米し、ヘグセス長官と会談する見通しだ。', '2026-01-13T09:00:00+09:00', '2026-01-15'],
  ])('%s (published %s) → %s', (text, published, date) => {
    expect(meetingOf(text, published)).toBe(date);
  });
  it('a preview\'s bare Japanese day is read forward, so it is no date conflict', () => {
    const report = analyze('小泉防衛相、15日にヘグセス長官と会談へ　就任後初の訪米', '2026-01-12T09:00:00+09:00');
    expect(report.claims.flatMap((c) => c.flags).filter((f) => f.severity === 'major')).toEqual([]);
  });
  it('not a month ahead', () => {
    expect(meetingOf('Hegseth will meet Koizumi in Tokyo on October 29.', '2025-09-20T09:00:00+09:00')).toBeNull();
  });
});

describe('an office stands for whoever held it on the meeting\'s date', () => {
  it.each([
    ['Japan\'s defense minister met the U.S. defense secretary at the Pentagon on Wednesday.', '2022-05-05T01:00:00Z', '2022-05-04'],
    ['日米防衛相は19日、イタリア南部ナポリで約35分間会談した。', '2024-10-19T23:00:00+09:00', '2024-10-19'],
  ])('%s → %s', (text, published, date) => {
    expect(meetingOf(text, published)).toBe(date);
  });
});

describe('a different place keeps two meetings of the same ministers apart', () => {
  it.each([
    ['小泉防衛相は1日、クアラルンプールでヘグセス戦争長官と約30分間会談した。両氏の会談は10月29日に東京で行って以来となる。', '2025-11-01T19:00:00+09:00'],
    ['Koizumi met Hegseth again in Kuala Lumpur on Saturday. It was their second meeting in four days, after talks in Tokyo on October 29.', '2025-11-01T12:00:00Z'],
  ])('%s → no meeting', (text, published) => {
    expect(meetingOf(text, published)).toBeNull();
  });
  it('but the same place a day off is this meeting misdated', () => {
    const report = analyze('Koizumi and Hegseth met at the Defense Ministry in Tokyo on October 27.', '2025-10-30T01:00:00Z');
    expect(report.meeting?.date).toBe('2025-10-29');
    expect(report.claims[0]!.flags.map((f) => `${f.field}:${f.severity}`)).toEqual(['date:major']);
  });
});

describe('sentences about other events do not date the meeting', () => {
  const context = '木原防衛相は29日、防衛省でオースティン国防長官と会談した。';
  it.each([
    '日米両政府は28日、外務・防衛担当閣僚会合（2プラス2）を東京都内で開いたばかり。',
    'オースティン氏はこの後、フィリピンを訪問する予定。',
    '両氏は28日に2プラス2に出席した。',
    '両氏の会談は、5月2日にハワイで行って以来となる。',
  ])('%s → no flag', (sentence) => {
    const report = analyze(context + sentence, '2024-07-29T20:00:00+09:00');
    expect(report.meeting?.date).toBe('2024-07-29');
    expect(report.claims.flatMap((c) => c.flags).filter((f) => f.severity === 'major')).toEqual([]);
  });
  it.each([
    'Austin and Kihara held the 2+2 with their foreign ministers on Sunday.',
    'Austin will travel to Manila after the talks.',
  ])('%s → no flag', (sentence) => {
    const report = analyze(`Defense Secretary Lloyd Austin met Defense Minister Minoru Kihara at the Defense Ministry in Tokyo on July 29. ${sentence}`, '2024-07-29T12:00:00Z');
    expect(report.meeting?.date).toBe('2024-07-29');
    expect(report.claims.flatMap((c) => c.flags).filter((f) => f.severity === 'major')).toEqual([]);
  });
});

describe('a date a few days off, with the same people and place, is this meeting misdated', () => {
  it.each([
    ['中谷元防衛相は9日、オースティン米国防長官と電話で会談した。', '2024-10-09T20:00:00+09:00', '2024-10-08'],
    ['Defense Minister Kihara and Defense Secretary Austin met in Singapore on Friday.', '2024-06-02T12:00:00+08:00', '2024-06-02'],
  ])('%s → %s, with a date conflict', (text, published, date) => {
    const report = analyze(text, published);
    expect(report.meeting?.date).toBe(date);
    expect(report.claims[0]!.flags.map((f) => `${f.field}:${f.severity}`)).toContain('date:major');
  });
});
