// The committed records are exactly what ingesting data/sources gives today, they validate, and
// the generated data/records/index.ts bundles every one of them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../data/gazetteer';
import { bundledRecords } from '../../data/records/index';
import { OfficialRecordSchema, type OfficialRecord } from '../../data/schema';
import { parseOfficialSummary } from '../../engine/ingest/parse-summary';
import { RECORDS_INDEX_HEADER } from '../../engine/ingest/records-index';
import { serializeRecord } from '../../engine/ingest/serialize';

const DATA = join(__dirname, '../../data');
const sources = readdirSync(join(DATA, 'sources')).filter((f) => !f.startsWith('.')).sort();
const recordFiles = readdirSync(join(DATA, 'records')).filter((f) => f.endsWith('.json')).sort();
const records = recordFiles.map((f) => ({ file: f, text: readFileSync(join(DATA, 'records', f), 'utf8') }));
const committed = records.map(({ file, text }) => ({ file, text, json: JSON.parse(text) as OfficialRecord }));

describe('data/records', () => {
  it('has a record for every source and a source for every record', () => {
    expect(sources.length).toBeGreaterThan(0);
    expect(committed.map((r) => r.json.sourceFile).sort()).toEqual(sources);
  });

  it.each(sources)('re-ingesting %s gives the committed record, byte for byte', (source) => {
    const record = committed.find((r) => r.json.sourceFile === source)!;
    // What the person gave on the command line is in the record: address, publisher, a supplied date.
    const given = record.json;
    const parsed = parseOfficialSummary(readFileSync(join(DATA, 'sources', source), 'utf8'), {
      sourceFile: source, gazetteer, sourceUrl: given.sourceUrl, publisher: given.publisher ?? null,
      date: given.meeting.dateBasis === 'supplied' ? given.meeting.date : null,
      partial: given.partial && !given.paragraphs.some((p) => p.gap),
    });
    // The id may carry a collision suffix the CLI added; everything else comes from the source.
    expect(record.json.id === parsed.id || record.json.id.startsWith(`${parsed.id}-`)).toBe(true);
    const reingested = { ...parsed, id: record.json.id };
    expect(JSON.parse(serializeRecord(reingested))).toEqual(record.json);
    expect(serializeRecord(reingested)).toBe(record.text);
    expect(record.file).toBe(`${record.json.id}.json`);
  });

  it.each(recordFiles)('%s validates against OfficialRecordSchema with nothing left implicit', (file) => {
    const json = committed.find((r) => r.file === file)!.json;
    expect(OfficialRecordSchema.parse(json)).toEqual(json);
  });

  it('index.ts is the generated file and bundles every record', () => {
    const index = readFileSync(join(DATA, 'records', 'index.ts'), 'utf8');
    expect(index.split('\n')[0]).toBe(RECORDS_INDEX_HEADER);
    for (const file of recordFiles) expect(index).toContain(`from './${file}';`);
    expect(bundledRecords.map((r) => r.id).sort()).toEqual(committed.map((r) => r.json.id).sort());
  });
});
