// Bad imports, through the same path the settings page takes (readImport, then the background's
// record store): malformed JSON, a record failing the schema, a 20 MB file, HTML full of
// scripts, a duplicate. Each gets a clear message and leaves what storage held untouched.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { gazetteer } from '../../data/gazetteer';
import { bundledRecords } from '../../data/records';
import type { OfficialRecord } from '../../data/schema';
import { importFileProblem, readImport, MAX_IMPORT_CHARS } from '../../utils/record-import';
import { handleRecordsMessage } from '../../utils/record-store';
import { receiveBackgroundMessage } from '../../utils/messages';

const phoneText = readFileSync(join(import.meta.dirname, '../fixtures/imports/telephone-talk-2026-03-03.txt'), 'utf8');
const SECRET = 'QZX-script-payload';
const scripts = (n: number) => Array.from({ length: n }, (_, i) => `<script>window.x${i} = "${SECRET}"; document.write("<p>${SECRET}</p>")</script>`).join('\n');

/** What the settings page does with an input: read it, then ask the store to keep the records. */
async function importAs(content: string, name: string | null): Promise<{ ok: true; records: OfficialRecord[] } | { ok: false; message: string }> {
  const outcome = readImport({ name, content }, { gazetteer });
  if (!outcome.ok) return { ok: false, message: outcome.problem.message };
  const stored = await handleRecordsMessage({ type: 'add-records', records: outcome.records });
  if ('ok' in stored && !stored.ok) return { ok: false, message: stored.error };
  return { ok: true, records: outcome.records };
}

const everything = () => fakeBrowser.storage.local.get(null);

describe('bad imports leave stored data untouched', () => {
  let phone: OfficialRecord;
  let before: Record<string, unknown>;
  beforeEach(async () => {
    fakeBrowser.reset();
    const first = await importAs(phoneText, 'phone.txt');
    if (!first.ok) throw new Error(first.message);
    phone = first.records[0]!;
    before = await everything();
    expect(JSON.stringify(before)).toContain('mod-en-2026-03-03');
  });

  test.each([
    ['malformed JSON', () => importAs('[{"id": "mod-en-2026-03-04",\n  "title": ', 'r.json'), /^Line 2: expected valid JSON: /],
    ['JSON that is not a record', () => importAs('{"hello": "world"}', 'r.json'), /^Line 1 \(id\): expected string \(found nothing\)\.$/],
    ['a record failing the schema', () => importAs(JSON.stringify({ ...phone, id: 'mod-en-2026-03-04', meeting: { ...phone.meeting, date: '3 March 2026' } }, null, 2), 'r.json'),
      /^Line \d+ \(meeting\.date\): expected a date as YYYY-MM-DD\.$/],
    ['a record with a script as its source address', () => importAs(JSON.stringify({ ...phone, id: 'mod-en-2026-03-04', sourceUrl: 'javascript:alert(1)' }), 'r.json'),
      /sourceUrl/],
    ['20 million characters', () => importAs(`${phoneText}\n${' '.repeat(20_000_000)}`, 'big.txt'), /^expected at most 5,000,000 characters \(found 20,00\d,\d{3}\)\.$/],
    ['an HTML page of nothing but scripts', () => importAs(`<!doctype html><html><body>${scripts(200)}</body></html>`, 'page.html'), /expected an MoD meeting summary|the input is empty|^Line \d+/],
    ['a summary hidden inside scripts (never read)', () => importAs(`<!doctype html><html><body><script>${phoneText}</script><p>Home</p></body></html>`, 'page.html'), /^Line \d+ of the text read from the page: expected /],
    ['the same summary again (a duplicate)', () => importAs(phoneText, 'phone.txt'), /^"mod-en-2026-03-03" is imported already, exactly as given; nothing changed\.$/],
    ['a bundled record (a duplicate of the library)', () => importAs(JSON.stringify(bundledRecords[0]), 'r.json'), /is a bundled record already; it cannot be imported again\.$/],
    ['one record twice in one file', () => importAs(JSON.stringify([{ ...phone, id: 'mod-en-2026-03-04' }, { ...phone, id: 'mod-en-2026-03-04' }]), 'r.json'), /contains the record "mod-en-2026-03-04" twice/],
  ])('%s: refused with a clear message', async (_what, run, message) => {
    const result = await run();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
    expect(await everything()).toEqual(before);
  }, 60_000);

  test('a 20 MB file is refused before it is read', () => {
    const problem = importFileProblem({ size: 20 * 1024 * 1024 });
    expect(problem?.message).toBe('expected a file of at most 15 MB (found a file of 21 MB).');
    expect(importFileProblem({ size: MAX_IMPORT_CHARS })).toBeNull();
  });

  test('a malformed add-records message never reaches the store', async () => {
    const self = { id: 'x', origin: 'chrome-extension://x/' };
    const raw = { type: 'add-records', records: [{ ...phone, id: 'mod-en-2026-03-04', paragraphs: [] }] };
    expect(receiveBackgroundMessage(raw, { id: 'x', url: 'chrome-extension://x/options.html' }, self, () => {})).toBeNull();
    expect(await everything()).toEqual(before);
  });

  test('a summary saved as HTML full of scripts is imported without a trace of them', async () => {
    const blocks = phoneText.trim().split(/\n+/).map((b) => `<p>${b}</p>${scripts(3)}`).join('\n');
    const html = `<!doctype html><html><head>${scripts(20)}<title>Telephone Talk</title></head><body onload="alert(1)">${scripts(20)}<main>${blocks}</main>${scripts(20)}</body></html>`;
    fakeBrowser.reset();
    const result = await importAs(html, 'saved.html');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.records[0]!.id).toBe('mod-en-2026-03-03');
    const stored = JSON.stringify(await everything());
    expect(stored).toContain('mod-en-2026-03-03');
    expect(stored).not.toContain(SECRET);
    expect(stored).not.toMatch(/<script|onload|document\.write/);
  });

  test('a corrected copy of an imported record replaces it (not a duplicate)', async () => {
    const corrected = { ...phone, title: `${phone.title} (corrected)` };
    const stored = await handleRecordsMessage({ type: 'add-records', records: [corrected] });
    expect(stored).toEqual({ ok: true });
    expect(JSON.stringify(await everything())).toContain('(corrected)');
  });
});
