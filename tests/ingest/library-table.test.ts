// The record library against what a person reads in each text (library.table.ts): every text is
// ingested as `npm run ingest` does, with the address, publisher and (where the text cannot give
// it) the date a person supplies; the record must state the row's facts, and every refusal its
// reason. The committed records are checked against re-ingestion in tests/unit/ingest-records.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../data/gazetteer';
import { bundledRecords } from '../../data/records';
import { OfficialRecordSchema } from '../../data/schema';
import { IngestRefusal } from '../../engine/ingest/errors';
import { parseOfficialSummary } from '../../engine/ingest/parse-summary';
import { LIBRARY, type LibraryRow } from './library.table';

const SOURCES = join(import.meta.dirname, '../../data/sources');
const REFUSED = join(import.meta.dirname, '../fixtures/official-refused');

function textOf(row: LibraryRow): string {
  const dir = row.outcome === 'record' ? SOURCES : REFUSED;
  return readFileSync(join(dir, row.file), 'utf8');
}

function ingest(row: LibraryRow, date: string | null) {
  const text = textOf(row);
  const marksGap = /\[\s*(?:\.{3}|…)[^\]\n]*\]/u.test(text);
  return parseOfficialSummary(text, {
    sourceFile: row.file, gazetteer, sourceUrl: row.url, publisher: row.publisher, date,
    partial: !row.complete && !marksGap,
  });
}

function refusalOf(run: () => unknown): IngestRefusal {
  try {
    run();
  } catch (e) {
    if (e instanceof IngestRefusal) return e;
    throw e;
  }
  throw new Error('expected a refusal, got a record');
}

describe('the record library', () => {
  it('has a row for each of the 27 texts, every one a record or refused', () => {
    expect(LIBRARY).toHaveLength(27);
    expect(new Set(LIBRARY.map((r) => r.file)).size).toBe(27);
    for (const row of LIBRARY) expect(existsSync(join(row.outcome === 'record' ? SOURCES : REFUSED, row.file)), row.file).toBe(true);
  });

  it('bundles a record for every text that is one', () => {
    const bundled = new Set(bundledRecords.map((r) => r.sourceFile));
    for (const row of LIBRARY) expect(bundled.has(row.file), row.file).toBe(row.outcome === 'record');
  });

  const records = LIBRARY.filter((r) => r.outcome === 'record');
  it.each(records.map((r) => [r.file, r] as const))('%s: the record states what the text says', (_file, row) => {
    const record = OfficialRecordSchema.parse(ingest(row, row.supplyDate ?? null));
    const m = record.meeting;
    expect(m.date).toBe(row.date);
    expect(m.dateBasis).toBe(row.dateBasis);
    expect(m.timeZone).toBe(row.zone);
    expect(m.format).toBe(row.format);
    expect(m.start).toBe(row.start);
    expect(m.durationMinutes).toBe(row.durationMinutes);
    if (row.approximate !== undefined) {
      expect(/approx|about|around|roughly|約/iu.test(m.phrases?.duration ?? ''), 'approximate duration').toBe(row.approximate);
    }
    expect(m.place?.entity ?? null).toBe(row.place);
    const jp = m.participants.find((p) => p.country === 'JP')!;
    const us = m.participants.find((p) => p.country === 'US')!;
    expect(m.participants).toHaveLength(2);
    expect(jp.name).toContain(row.japan!.name);
    expect(jp.role).toBe(row.japan!.role);
    expect(us.name).toContain(row.us!.name);
    expect(us.role).toBe(row.us!.role);
    expect(/^Acting\b|代行/u.test(us.role)).toBe(row.acting ?? false);
    expect(record.account).toBe(row.account);
    expect(record.publisher).toBe(row.publisher);
    expect(record.sourceUrl).toBe(row.url);
    expect(record.partial).toBe(row.partial);
    if (row.complete) expect(record.partial).toBe(false);
    expect(record.published).toBe(row.published);
    // The opening quoted as evidence is the text's own words.
    expect(textOf(row).replace(/\s+/g, ' ')).toContain(record.opening.replace(/\s+/g, ' '));
  });

  const needDate = LIBRARY.filter((r) => r.refusal && r.outcome === 'record');
  it.each(needDate.map((r) => [r.file, r] as const))('%s: refused without --date, with the reason', (_file, row) => {
    expect(refusalOf(() => ingest(row, null)).reason).toBe(row.refusal);
  });

  it.each(needDate.map((r) => [r.file, r] as const))('%s: a --date a day off what the text states is refused', (_file, row) => {
    const d = new Date(`${row.supplyDate}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1);
    const wrong = d.toISOString().slice(0, 10);
    const states = /\bon the evening of|\(\w+ \d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d/.test(textOf(row));
    if (!states || row.refusal === 'no-date' || row.refusal === 'no-day') return; // nothing in the text to disagree with
    expect(refusalOf(() => ingest(row, wrong)).reason).toBe('date-disagrees');
  });

  const refused = LIBRARY.filter((r) => r.outcome === 'refused');
  it.each(refused.map((r) => [r.file, r] as const))('%s: refused with the reason, even with a date', (_file, row) => {
    const e = refusalOf(() => ingest(row, null));
    expect(e.reason).toBe(row.refusal);
    expect(e.message).toMatch(/several meetings .*no paragraph on the one with Defense Minister Takeshi Iwaya/);
    expect(refusalOf(() => ingest(row, '2019-06-04')).reason).toBe(row.refusal);
  });
});
