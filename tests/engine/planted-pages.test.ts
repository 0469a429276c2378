// Pages written for the product with contradictions planted on purpose: every planted one must
// be flagged with the right field, nothing else may be a conflict, and the seed articles must
// give sensible reports. The full reports are also kept as regression baselines.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine, ReportSchema, type Report } from '../../engine';
import { bundledRecords } from '../../data/records';
import { gazetteer } from '../../data/gazetteer';
import { articleFromSource } from '../../scripts/lib/article-text';
import { summarizeReport } from '../../scripts/lib/report-summary';

const DIR = join(import.meta.dirname, '../fixtures/articles');
const engine = createEngine({ records: bundledRecords, gazetteer });

function reportFor(file: string): Report {
  const raw = readFileSync(join(DIR, file), 'utf8');
  const page = articleFromSource(raw, file.endsWith('.html'));
  return ReportSchema.parse(engine.analyze({ ...page, source: file }));
}

/** Planted contradictions: [file, meeting, major flags as "field: article words"]. */
const planted: [string, string | null, string[]][] = [
  ['wire-2026-01-15-planted.html', 'mod-en-2026-01-15', [
    'duration: two-hour',
    'commitment: signed a deal to jointly produce SM-3 Block IIA',
    'number: five Defense Ministerial engagements',
  ]],
  ['desk-2025-10-29-planted.html', 'mod-en-2025-10-29', [
    'place: Yokosuka',
    'place: Yokosuka',
    'time: 3 p.m.',
    'participant: Gen Nakatani',
    'commitment: agreed to co-produce AMRAAM',
  ]],
  ['ja-2026-01-15-planted.html', 'mod-en-2026-01-15', [
    'duration: 約2時間',
    'commitment: SM-3ブロックIIAの共同生産で合意',
  ]],
  ['ja-2025-10-29-planted.html', 'mod-en-2025-10-29', [
    'time: 午後３時',
    'commitment: AMRAAMの共同生産契約に署名',
  ]],
  ['magazine-2026-01-15-date.html', 'mod-en-2026-01-15', [
    'date: Last Tuesday',
  ]],
  ['blog-2025-10-29-faithful.html', 'mod-en-2025-10-29', []],
  ['ja-2025-03-30-faithful.html', 'mod-ja-2025-03-30', []],
  ['phone-2026-03-03-no-record.html', null, []],
  ['shangri-la-analysis.txt', null, []],
  ['washington-visit-report.txt', 'mod-en-2026-01-15', []],
  // Related stories, tickers, most-read lists, comments and footers state other meetings' facts.
  ['portal-2026-01-15-furniture.html', 'mod-en-2026-01-15', []],
  ['ja-portal-2026-01-15-furniture.html', 'mod-en-2026-01-15', []],
  // The record library: meetings since 2015, some with both governments' accounts.
  ['wire-2019-01-16-pentagon.html', 'mod-en-2019-01-16', ['duration: about three hours']],
  ['ja-2024-10-19-naples.html', 'mod-ja-2024-10-19', ['duration: 約2時間']],
  // Only a U.S. DoD readout of this meeting is in the library.
  ['desk-2020-08-29-guam.html', 'dod-en-2020-08-29', ['participant: Nobuo Kishi']],
  ['wire-2024-07-29-tokyo.html', 'dod-en-2024-07-29', ['duration: two hours']],
  // The same ministers met in Tokyo four weeks before; this call has no record.
  ['phone-2024-08-27-no-record.html', null, []],
];

describe('planted contradictions', () => {
  it.each(planted)('%s → meeting %s, exactly the planted major flags', (file, meeting, majors) => {
    const report = reportFor(file);
    expect(report.meeting?.recordId ?? null).toBe(meeting);
    const found = report.claims.flatMap((c) => c.flags.filter((f) => f.severity === 'major').map((f) => `${f.field}: ${f.article}`));
    expect(found.sort()).toEqual([...majors].sort());
    for (const c of report.claims) {
      expect(c.verdict === 'conflict').toBe(c.flags.some((f) => f.severity === 'major'));
      if (c.verdict === 'conflict') expect(c.evidence).not.toBeNull();
    }
  });

  it('checks nothing on a page whose meeting has no record', () => {
    for (const file of ['phone-2026-03-03-no-record.html', 'shangri-la-analysis.txt', 'phone-2024-08-27-no-record.html']) {
      const report = reportFor(file);
      expect(report.claims.length).toBeGreaterThan(0);
      expect(report.claims.every((c) => c.verdict === 'unverified' && c.flags.length === 0 && c.evidence === null)).toBe(true);
    }
  });

  it.each([
    ['portal-2026-01-15-furniture.html', /Yokosuka|White House|three-hour|four hours|Marine regiment|Friday/],
    ['ja-portal-2026-01-15-furniture.html', /横須賀|ホワイトハウス|3時間|4時間|2時間|東京/],
  ])('reads no claim from the page furniture of %s', (file, furniture) => {
    const report = reportFor(file);
    expect(report.claims.length).toBeGreaterThan(2);
    expect(report.claims.filter((c) => furniture.test(c.text))).toEqual([]);
  });

  it('resolves the January article to 2026-01-15 with its reasons', () => {
    const report = reportFor('washington-visit-report.txt');
    expect(report.meeting?.date).toBe('2026-01-15');
    expect(report.meeting?.reasons.join(' ')).toMatch(/January 15/);
    expect(report.meeting?.confidence).toBeGreaterThan(0.7);
  });
});

describe('one meeting, several documents', () => {
  it('resolves a page to the meeting once, naming all its documents, in the page\'s language first', () => {
    const report = reportFor('wire-2024-07-29-tokyo.html');
    expect(report.meeting?.recordId).toBe('dod-en-2024-07-29');
    expect(report.meeting?.documents).toEqual(['dod-en-2024-07-29', 'mod-ja-2024-07-29']);
    const ja = reportFor('ja-2024-10-19-naples.html');
    expect(ja.meeting?.documents).toBeUndefined();
  });

  it('takes each claim\'s evidence from the document that covers it, and shows both accounts where both do', () => {
    const report = reportFor('wire-2024-07-29-tokyo.html');
    // Only the Japan MoD's summary states the duration: the conflict quotes it.
    const duration = report.claims.find((c) => c.flags.some((f) => f.field === 'duration'))!;
    expect(duration.verdict).toBe('conflict');
    expect(duration.evidence?.recordId).toBe('mod-ja-2024-07-29');
    expect(duration.flags.find((f) => f.field === 'duration')?.official).toBe('約50分間');
    // The U.S. readout covers the pledge in English; the Japanese summary is not needed for it.
    const pledge = report.claims.find((c) => /ironclad/.test(c.text))!;
    expect(pledge.evidence?.recordId).toBe('dod-en-2024-07-29');
    const both = report.claims.filter((c) => (c.corroboration ?? []).length > 0);
    expect(both.length).toBeGreaterThan(0);
    for (const c of both) {
      expect(c.verdict).toBe('supported');
      expect(c.corroboration!.every((e) => e.recordId !== c.evidence!.recordId)).toBe(true);
    }
  });

  it('never checks a claim against another meeting of the same ministers', () => {
    const report = reportFor('phone-2024-08-27-no-record.html');
    expect(report.meeting).toBeNull();
    expect(report.claims.every((c) => c.evidence === null && c.flags.length === 0)).toBe(true);
  });
});

describe('regression baselines', () => {
  const files = readdirSync(DIR).filter((f) => /\.(html|txt)$/.test(f));
  it.each(files)('%s matches its saved report', (file) => {
    const expected = JSON.parse(readFileSync(join(DIR, `${file}.expected.json`), 'utf8'));
    expect(summarizeReport(reportFor(file))).toEqual(expected);
  });
});
