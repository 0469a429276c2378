// "Add a record from the page you are on", in both browsers: on an official summary page the
// popup offers its record, adding it stores it and the settings list it with the bundled ones;
// on an official readout that holds no meeting with the Japanese minister the popup says why and
// nothing stored changes; on a news page it offers nothing.
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
  BROWSERS, ROOT, launchExtension, startFixtureServer,
  type ExtensionSession, type FixtureServer, type TestPage,
} from './harness';

const OFFICIAL_PAGES = join(ROOT, 'tests/fixtures/official-pages');

interface StorageApi {
  storage: { local: { get(keys: string | string[]): Promise<Record<string, unknown>> } };
}
// Evaluated in an extension page: the imported records in storage.
async function importedIds(): Promise<string[]> {
  const g = globalThis as unknown as { browser?: StorageApi; chrome: StorageApi };
  const { importedRecords } = (await (g.browser ?? g.chrome).storage.local.get('importedRecords')) as { importedRecords?: { id: string }[] };
  return (importedRecords ?? []).map((r) => r.id);
}

describe.each(BROWSERS)('adding the official page the reader is on, in %s', (browserName) => {
  let server: FixtureServer;
  let news: FixtureServer;
  let session: ExtensionSession;
  const opened: TestPage[] = [];
  const track = <T extends TestPage>(page: T) => (opened.push(page), page);

  beforeAll(async () => {
    server = await startFixtureServer(OFFICIAL_PAGES);
    news = await startFixtureServer();
    session = await launchExtension(browserName, { server });
  });
  afterEach(async () => {
    for (const page of opened.splice(0)) await page.close().catch(() => {});
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    await news?.close();
  });

  test('offers an MoD summary page, adds it, and the settings list it with the bundled records', async () => {
    const page = track(await session.newPage('/mod-telephone-talk-2026-03-03.html'));
    const popup = track(await session.openPopup(page));
    await popup.waitForSelector('[data-page-record="offer"]', { timeout: 15_000 });
    const offer = await popup.text('.page-record');
    expect(offer).toContain('Japan-U.S. Defense Ministerial Telephone Talk (Summary)');
    expect(offer).toContain('3 March 2026');
    expect(offer).toContain('Japan MoD summary');
    await popup.screenshot('popup-page-record-offer', { element: '.popup' });
    await popup.click('#add-page-record');
    await popup.waitForSelector('[data-page-record="added"]');
    expect(await popup.evaluate(importedIds)).toEqual(['mod-en-2026-03-03']);

    const options = track(await session.openOptions());
    await options.waitForSelector('.record[data-record-id="mod-en-2026-03-03"][data-origin="imported"]');
    await options.waitForSelector('.record[data-origin="bundled"]');
    const source = await options.evaluate(() => document.querySelector<HTMLAnchorElement>('.record[data-record-id="mod-en-2026-03-03"] a[href]')?.href ?? null);
    expect(source).toBe(server.url('/mod-telephone-talk-2026-03-03.html'));

    // Opened again on the same page, the popup says the record is there already.
    const again = track(await session.openPopup(page));
    await again.waitForSelector('[data-page-record="known-imported"]', { timeout: 15_000 });
    expect(await again.count('#add-page-record')).toBe(0);
  });

  test('says why an official readout gives no record, and stores nothing', async () => {
    const settings = track(await session.openOptions());
    await settings.waitForSelector('.record');
    const before = await settings.evaluate(importedIds);
    const page = track(await session.newPage('/dod-readout-2019-06-04.html'));
    const popup = track(await session.openPopup(page));
    await popup.waitForSelector('[data-page-record="refused"]', { timeout: 15_000 });
    const text = await popup.text('.page-record');
    expect(text).toContain('This official page cannot be added to your records');
    expect(text).toContain("It holds no meeting of Japan's defence minister with the U.S. defence secretary.");
    expect(text).toContain('Nothing was stored.');
    expect(await popup.count('#add-page-record')).toBe(0);
    await popup.screenshot('popup-page-record-refused', { element: '.popup' });
    expect(await popup.evaluate(importedIds)).toEqual(before);
  });

  test('offers nothing on a news page', async () => {
    const page = track(await session.newPage(news.url('/meridian-pentagon-talks.html')));
    await page.waitForSelector('mark[data-rl="claim"]', { timeout: 20_000 });
    const popup = track(await session.openPopup(page));
    await popup.waitForSelector('.report .claims .claim');
    // The page's reading has had time to answer: the report came after it was asked.
    await new Promise((r) => setTimeout(r, 500));
    expect(await popup.count('.page-record')).toBe(0);
  });
});
