// The settings page in both browsers: records listed, a valid summary imported (and used on
// pages), a bad import refused with its line and nothing lost, imported records removed, the
// per-site list edited, and a page's report exported.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { bundledRecords } from '../../data/records';
import {
  BROWSERS, ROOT, launchExtension, startFixtureServer,
  type ExtensionSession, type FixtureServer, type TestPage,
} from './harness';

const PHONE_SUMMARY = join(ROOT, 'tests/fixtures/imports/telephone-talk-2026-03-03.txt');

// A page about the 2026-03-03 telephone talk, which no bundled record covers.
const PHONE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Koizumi, Hegseth discuss Taiwan Strait by phone</title>
<meta property="article:published_time" content="2026-03-04T01:00:00Z"></head>
<body><article><h1>Koizumi, Hegseth discuss Taiwan Strait by phone</h1>
<p>Japanese Defense Minister Shinjiro Koizumi and U.S. Secretary of War Pete Hegseth held a 30-minute telephone call on Tuesday, March 3, to discuss the situation around the Taiwan Strait.</p>
<p>The two ministers confirmed they would accelerate co-production of PAC-3 MSE interceptors, according to Japan's defense ministry.</p>
</article></body></html>`;

type Stored = { importedRecords?: Array<{ id: string }>; settings?: { disabledSites: string[] } };
/** The part of the extension API these evaluated functions use (`browser` in Firefox, `chrome` in Chromium). */
interface StorageApi {
  storage: { local: { get(keys: string | string[]): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
}

// Evaluated in an extension page: what storage holds.
async function storedState(): Promise<Stored> {
  const g = globalThis as unknown as { browser?: StorageApi; chrome: StorageApi };
  return (await (g.browser ?? g.chrome).storage.local.get(['importedRecords', 'settings'])) as Stored;
}

async function recordIds(options: TestPage): Promise<string[]> {
  return options.evaluate(() => [...document.querySelectorAll<HTMLElement>('.record')].map((r) => r.dataset.recordId ?? ''));
}

describe.each(BROWSERS)('settings page in %s', (browserName) => {
  let server: FixtureServer;
  let phoneServer: FixtureServer;
  let phoneDir: string;
  let session: ExtensionSession;
  const opened: TestPage[] = [];
  const track = <T extends TestPage>(page: T) => (opened.push(page), page);

  beforeAll(async () => {
    server = await startFixtureServer();
    phoneDir = await mkdtemp(join(tmpdir(), 'readout-phone-'));
    await writeFile(join(phoneDir, 'phone.html'), PHONE_PAGE);
    phoneServer = await startFixtureServer(phoneDir);
    session = await launchExtension(browserName, { server });
  });
  afterEach(async () => {
    for (const page of opened.splice(0)) await page.close().catch(() => {});
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    await phoneServer?.close();
    if (phoneDir) await rm(phoneDir, { recursive: true, force: true });
  });

  test('lists the bundled records with title, date, participants and place', async () => {
    const options = track(await session.openOptions());
    await options.waitForSelector('.record[data-origin="bundled"]');
    expect(await recordIds(options)).toEqual(expect.arrayContaining(['mod-en-2025-10-29', 'mod-en-2026-01-15', 'mod-ja-2025-03-30']));
    const jan = await options.text('.record[data-record-id="mod-en-2026-01-15"]');
    expect(jan).toContain('Japan-U.S. Defense Ministerial Meeting (Summary)');
    expect(jan).toContain('15 January 2026');
    expect(jan).toMatch(/Defense Minister Koizumi \(JP\), Secretary of War Hegseth \(US\)/);
    expect(jan).toContain('at the U.S. Department of War');
    await options.screenshot('options-records', { fullPage: true });
  });

  test('imports a pasted summary, which pages then use; a bad import is refused and nothing is lost', async () => {
    // Before: no record fits the phone-call page.
    const article = track(await session.newPage(phoneServer.url('/phone.html')));
    await article.waitForSelector('mark[data-rl="claim"]', { timeout: 20_000 });
    const before = track(await session.openPopup(article));
    await before.waitForSelector('.meeting');
    expect(await before.text('.meeting')).toContain('No official record fits this page');

    const options = track(await session.openOptions());
    await options.waitForSelector('#import-text');
    await options.fill('#import-text', await readFile(PHONE_SUMMARY, 'utf8'));
    await options.click('#import-paste');
    await options.waitForSelector('#import-result');
    expect(await options.text('#import-result')).toContain('Imported: Japan-U.S. Defense Ministerial Telephone Talk (Summary) (2026-03-03)');
    await options.waitForSelector('.record[data-record-id="mod-en-2026-03-03"][data-origin="imported"]');
    expect(await options.evaluate(() => (document.getElementById('import-text') as HTMLTextAreaElement).value)).toBe('');
    await options.screenshot('options-import-ok', { fullPage: true });
    const afterImport = await options.evaluate(storedState);
    expect(afterImport.importedRecords?.map((r) => r.id)).toEqual(['mod-en-2026-03-03']);

    // A bad paste: refused with the line and what was expected; storage untouched.
    await options.fill('#import-text', 'Koizumi visits Washington\nThe minister arrived on Wednesday for talks.\n');
    await options.click('#import-paste');
    await options.waitForSelector('#import-error');
    const error = await options.text('#import-error');
    expect(error).toMatch(/Nothing was imported from the pasted text\. Line \d+: expected the opening sentence/);
    expect(error).toMatch(/Line \d+ reads: /);
    await options.screenshot('options-import-refused', { fullPage: true });
    expect(await options.evaluate(storedState)).toEqual(afterImport);
    expect(await recordIds(options)).toContain('mod-en-2026-03-03');

    // After: the page, read again, is matched to the imported record.
    await article.goto(phoneServer.url('/phone.html'));
    await article.waitForSelector('mark[data-rl="claim"]', { timeout: 20_000 });
    const after = track(await session.openPopup(article));
    await after.waitForSelector('.meeting h2');
    await after.waitFor(() => document.querySelector('.meeting h2')?.textContent?.includes('Telephone Talk'), undefined, { timeout: 15_000 });
    await after.screenshot('popup-imported-record', { element: '.popup' });
  });

  test('refuses a record JSON file with a schema error, naming its line, and keeps what was stored', async () => {
    const options = track(await session.openOptions());
    await options.waitForSelector('.record');
    const before = await options.evaluate(storedState);
    const record = JSON.parse(await readFile(join(ROOT, 'data/records/mod-en-2026-01-15.json'), 'utf8')) as Record<string, unknown>;
    const broken = JSON.stringify({ ...record, id: 'mod-en-2026-01-15-copy', meeting: { ...(record.meeting as object), date: '15 January 2026' } }, null, 2);
    const dir = await mkdtemp(join(tmpdir(), 'readout-json-'));
    try {
      const file = join(dir, 'broken-record.json');
      await writeFile(file, broken);
      await options.setInputFiles('#import-file', file);
      await options.waitForSelector('#import-error');
      const line = broken.split('\n').findIndex((l) => l.includes('"15 January 2026"')) + 1;
      expect(await options.text('#import-error')).toContain(`Nothing was imported from "broken-record.json". Line ${line} (meeting.date): expected a date as YYYY-MM-DD.`);
      await options.screenshot('options-import-bad-json', { fullPage: true });
      expect(await options.evaluate(storedState)).toEqual(before);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('removes an imported record', async () => {
    const options = track(await session.openOptions());
    await options.waitForSelector('#import-text');
    await options.waitForSelector('#record-list .record');
    const bundled = await options.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.record[data-origin="bundled"]')].map((r) => r.dataset.recordId ?? ''));
    await options.fill('#import-text', await readFile(PHONE_SUMMARY, 'utf8'));
    await options.click('#import-paste');
    await options.waitForSelector('.record[data-record-id="mod-en-2026-03-03"] .remove-record');
    await options.click('.record[data-record-id="mod-en-2026-03-03"] .remove-record');
    await options.waitFor(() => !document.querySelector('.record[data-record-id="mod-en-2026-03-03"]'));
    expect((await options.evaluate(storedState)).importedRecords).toEqual([]);
    expect(await recordIds(options)).toEqual(bundled); // the bundled ones, however many
    expect(bundled).toHaveLength(bundledRecords.length);
  });

  test('lists the sites switched off and switches one back on', async () => {
    const options = track(await session.openOptions());
    await options.evaluate(async () => {
      const g = globalThis as unknown as { browser?: StorageApi; chrome: StorageApi };
      await (g.browser ?? g.chrome).storage.local.set({
        settings: { enabled: true, disabledSites: ['news.example', 'wire.example'], showMinorFlags: true, showMentions: true },
      });
    });
    await options.waitForSelector('.site-list li[data-host="wire.example"]');
    await options.click('.site-list li[data-host="news.example"] button');
    await options.waitFor(() => !document.querySelector('.site-list li[data-host="news.example"]'));
    expect((await options.evaluate(storedState)).settings?.disabledSites).toEqual(['wire.example']);
    await options.click('#opt-minor');
    await options.waitFor(async () => {
      const g = globalThis as unknown as { browser?: StorageApi; chrome: StorageApi };
      const { settings } = await (g.browser ?? g.chrome).storage.local.get('settings');
      return (settings as { showMinorFlags: boolean }).showMinorFlags === false;
    });
    await options.screenshot('options-switches');
  });

  test("exports the current page's report as Markdown and JSON", async () => {
    const page = track(await session.newPage('/meridian-pentagon-talks.html'));
    await page.waitForSelector('mark[data-rl="claim"]', { timeout: 20_000 });
    const options = track(await session.openOptions(page));
    await options.waitForSelector('#export-preview');
    const markdown = await options.text('#export-preview');
    expect(markdown).toContain('# Readout Lens report: Koizumi and Hegseth hold two-hour Pentagon talks, sign missile deal');
    expect(markdown).toContain('- Meeting: Japan-U.S. Defense Ministerial Meeting \\(Summary\\), 2026-01-15 (record mod-en-2026-01-15)');
    expect(markdown).toMatch(/### \d+\. ✗ Conflict/);
    await options.screenshot('options-export', { fullPage: true });

    if (browserName === 'chromium') {
      // Downloads are observable in Playwright; the file is the report itself.
      const raw = options.raw as import('playwright-core').Page;
      const [download] = await Promise.all([raw.waitForEvent('download', { timeout: 10_000 }), options.click('#export-json')]);
      expect(download.suggestedFilename()).toBe('readout-127.0.0.1-2026-01-16.json');
      const path = await download.path();
      const report = JSON.parse(await readFile(path, 'utf8')) as { source: string; claims: unknown[] };
      expect(report.source).toBe(page.url());
      expect(report.claims.length).toBeGreaterThan(3);
    }
  });
});
