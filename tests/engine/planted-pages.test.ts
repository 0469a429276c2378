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
    for (const file of ['phone-2026-03-03-no-record.html', 'shangri-la-analysis.txt']) {
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

describe('regression baselines', () => {
  const files = readdirSync(DIR).filter((f) => /\.(html|txt)$/.test(f));
  it.each(files)('%s matches its saved report', (file) => {
    const expected = JSON.parse(readFileSync(join(DIR, `${file}.expected.json`), 'utf8'));
    expect(summarizeReport(reportFor(file))).toEqual(expected);
  });
});
