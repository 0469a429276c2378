// Reading an import (pasted text, saved HTML or record JSON) into records, and merging it into
// the stored ones: valid input gives records, anything else a line and what was expected.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { gazetteer } from '../../data/gazetteer';
import { bundledRecords } from '../../data/records';
import { importKind, readImport } from '../../utils/record-import';
import { mergeImportedRecords } from '../../utils/record-merge';
import { jsonValueLines, lineOf } from '../../utils/json-lines';

const phoneText = readFileSync(join(__dirname, '../fixtures/imports/telephone-talk-2026-03-03.txt'), 'utf8');
const read = (content: string, name: string | null = null) => readImport({ name, content }, { gazetteer });

function phoneHtml(): string {
  const blocks = phoneText.trim().split(/\n+/).map((b) => `<p>${b.replace(/&/g, '&amp;')}</p>`);
  return `<!doctype html><html><head><title>Japan-U.S. Defense Ministerial Telephone Talk (Summary)</title>
<link rel="canonical" href="https://www.mod.go.jp/en/article/2026/03/example.html"></head>
<body><nav><a href="/">Home</a></nav><main>${blocks.join('\n')}</main><footer>Ministry of Defense</footer></body></html>`;
}

describe('importKind', () => {
  test.each([
    [{ name: 'r.json', content: 'x' }, 'json'],
    [{ name: null, content: '  [ {"id": 1} ]' }, 'json'],
    [{ name: 'page.HTM', content: 'plain' }, 'html'],
    [{ name: null, content: '<!doctype html><p>x</p>' }, 'html'],
    [{ name: 'summary.txt', content: 'On March 3, …' }, 'text'],
  ] as const)('%# → %s', (source, kind) => expect(importKind(source)).toBe(kind));
});

describe('readImport: summaries', () => {
  test('reads a pasted telephone-talk summary into one record', () => {
    const outcome = read(phoneText);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.kind).toBe('text');
    const [record] = outcome.records;
    expect(record).toMatchObject({
      id: 'mod-en-2026-03-03',
      title: 'Japan-U.S. Defense Ministerial Telephone Talk (Summary)',
      sourceFile: null,
      meeting: { date: '2026-03-03', format: 'telephone', durationMinutes: 30 },
    });
    expect(record!.meeting.participants.map((p) => p.name)).toEqual(['Koizumi', 'Hegseth']);
  });

  test('reads the same summary saved as HTML, keeping its canonical address and file name', () => {
    const outcome = read(phoneHtml(), 'telephone.html');
    expect(outcome.ok && outcome.kind).toBe('html');
    if (!outcome.ok) return;
    expect(outcome.records[0]).toMatchObject({
      id: 'mod-en-2026-03-03',
      sourceFile: 'telephone.html',
      sourceUrl: 'https://www.mod.go.jp/en/article/2026/03/example.html',
    });
  });

  test('reads a bundled source text the same way the ingest command did', () => {
    const text = readFileSync(join(__dirname, '../../data/sources/mod-en-2026-01-15.txt'), 'utf8');
    const outcome = read(text, 'mod-en-2026-01-15.txt');
    const bundled = bundledRecords.find((r) => r.id === 'mod-en-2026-01-15');
    expect(outcome.ok && outcome.records[0]).toEqual(bundled);
  });

  test('refuses text that is not a summary, naming the line and what was expected', () => {
    const outcome = read('Koizumi visits Washington\nThe minister arrived on Wednesday.\n');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problem.line).toBeGreaterThan(0);
    expect(outcome.problem.message).toMatch(/^Line \d+: expected the opening sentence/);
  });

  test('refuses empty input', () => {
    const outcome = read('  \n ');
    expect(!outcome.ok && outcome.problem.message).toMatch(/expected an MoD meeting summary .* \(found the input is empty\)/);
  });
});

describe('readImport: record JSON', () => {
  const record = bundledRecords[0]!;

  test('accepts one record or a list of them', () => {
    const one = read(JSON.stringify(record, null, 2), 'record.json');
    expect(one.ok && one.records).toEqual([record]);
    const two = read(JSON.stringify([record, { ...record, id: 'mod-en-copy' }], null, 2));
    expect(two.ok && two.records.map((r) => r.id)).toEqual([record.id, 'mod-en-copy']);
  });

  test('names the line of a JSON syntax error', () => {
    const outcome = read('{\n  "id": "mod-en-x",\n  "language": "en",\n}\n', 'broken.json');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problem.line).toBe(4);
    expect(outcome.problem.message).toMatch(/^Line 4: expected valid JSON/);
  });

  test('names the line and field of a schema error', () => {
    const text = JSON.stringify({ ...record, meeting: { ...record.meeting, date: 'January 15' } }, null, 2);
    const outcome = read(text, 'record.json');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const expectedLine = text.split('\n').findIndex((l) => l.includes('"January 15"')) + 1;
    expect(outcome.problem).toMatchObject({ line: expectedLine, expected: 'a date as YYYY-MM-DD' });
    expect(outcome.problem.message).toBe(`Line ${expectedLine} (meeting.date): expected a date as YYYY-MM-DD.`);
  });

  test('says which record of a list is wrong and what is missing', () => {
    const { title: _dropped, ...untitled } = record;
    const outcome = read(JSON.stringify([record, untitled], null, 2));
    expect(!outcome.ok && outcome.problem.message).toMatch(/^Line \d+ \(record 2, title\): expected string \(found nothing\)\.$/);
  });
});

describe('mergeImportedRecords', () => {
  const phone = (() => {
    const outcome = read(phoneText);
    if (!outcome.ok) throw new Error('fixture does not parse');
    return outcome.records[0]!;
  })();

  test('adds new records after the ones already imported', () => {
    const earlier = { ...phone, id: 'mod-en-2026-02-01' };
    expect(mergeImportedRecords(bundledRecords, [earlier], [phone])).toEqual({ ok: true, records: [earlier, phone] });
  });

  test('replaces an imported record imported again', () => {
    const edited = { ...phone, title: 'Edited' };
    expect(mergeImportedRecords(bundledRecords, [phone], [edited])).toEqual({ ok: true, records: [edited] });
  });

  test('refuses a record whose id is bundled, and changes nothing', () => {
    const result = mergeImportedRecords(bundledRecords, [phone], [bundledRecords[0]!]);
    expect(result).toEqual({ ok: false, error: `"${bundledRecords[0]!.id}" is a bundled record already; it cannot be imported again.` });
  });

  test('refuses an import that holds one id twice', () => {
    expect(mergeImportedRecords([], [], [phone, phone]).ok).toBe(false);
  });
});

describe('jsonValueLines', () => {
  test('finds nested values and falls back to the parent of a missing key', () => {
    const lines = jsonValueLines('{\n  "a": [\n    1,\n    { "b": "x" }\n  ],\n  "c": null\n}');
    expect(lineOf(lines, ['a', 1, 'b'])).toBe(4);
    expect(lineOf(lines, ['c'])).toBe(6);
    expect(lineOf(lines, ['a', 1, 'missing'])).toBe(4);
  });
});

describe('readImport: the offending line is quoted', () => {
  test('for text', () => {
    const outcome = read('Koizumi visits Washington\nThe minister arrived on Wednesday.\n');
    expect(!outcome.ok && outcome.problem.excerpt).toBe(
      outcome.ok ? '' : ['Koizumi visits Washington', 'The minister arrived on Wednesday.'][outcome.problem.line! - 1],
    );
  });
  test('for JSON', () => {
    const outcome = read('{\n  "id": "Not An Id",\n  "language": "en"\n}', 'r.json');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problem.line).toBe(2);
    expect(outcome.problem.excerpt).toBe('"id": "Not An Id",');
    expect(outcome.problem.message).toBe('Line 2 (id): expected a lowercase id.');
  });
});
