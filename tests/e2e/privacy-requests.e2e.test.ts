// Privacy: every request the browser makes while the extension annotates news pages and its
// popup and settings are open is recorded, and none comes from the extension. Chromium: request
// events of the whole browser context — every page (news pages, the popup, the settings page)
// and the extension's service worker. Firefox: request events of every tab, the extension's pages
// included (its background page is out of the driver's reach; the build makes no request there
// either: see the README's Permissions section). A probe request sent from the extension's own
// context proves the recorder sees what the extension would send.
import type { BrowserContext, Request as PwRequest } from 'playwright-core';
import type { Browser as PptrBrowser, HTTPRequest, Page as PptrPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BROWSERS, EXTENSION_DIRS, launchExtension, startFixtureServer, type ExtensionSession, type FixtureServer, type TestPage } from './harness';
import { firefoxProxyPrefs, startRecordingProxy, type RecordingProxy } from './recording-proxy';

interface Seen {
  url: string;
  /** 'worker' (the extension's service worker), or the URL of the document that made it. */
  from: string;
}

const NEWS_PAGES = ['/meridian-pentagon-talks.html', '/toto-shimbun-nichibei.html', '/live-koizumi-washington.html', '/alliance-notes-tokyo-meeting.html'];

function recordChromium(context: BrowserContext, seen: Seen[]): void {
  context.on('request', (r: PwRequest) => {
    const worker = r.serviceWorker();
    seen.push({ url: r.url(), from: worker ? 'worker' : (() => { try { return r.frame().url(); } catch { return 'unknown'; } })() });
  });
}

function recordFirefox(browser: PptrBrowser, seen: Seen[]): void {
  const watch = (page: PptrPage) => page.on('request', (r: HTTPRequest) => {
    seen.push({ url: r.url(), from: r.frame()?.url() ?? page.url() });
  });
  void browser.pages().then((pages) => pages.forEach(watch));
  browser.on('targetcreated', (target) => void target.page().then((p) => p && watch(p)).catch(() => {}));
}

/**
 * What a reader does: news pages annotated, the popup and the settings open, a card opened by
 * hovering, a setting switched, a page loaded again. Returns the pages to close.
 */
async function useTheExtension(session: ExtensionSession): Promise<TestPage[]> {
  const { server } = session;
  const pages: TestPage[] = [];
  for (const path of NEWS_PAGES) {
    const page = await session.newPage(path);
    pages.push(page);
    await page.waitForSelector('mark[data-rl]', { timeout: 20_000 });
  }
  const popup = await session.openPopup(pages[0]!);
  await popup.waitForSelector('.meeting');
  const options = await session.openOptions(pages[0]!);
  await options.waitForSelector('#export-preview');
  await pages[0]!.hover('mark[data-rl="claim"]');
  await options.click('#opt-minor');
  await pages[1]!.goto(server.url(NEWS_PAGES[1]!));
  await pages[1]!.waitForSelector('mark[data-rl]', { timeout: 20_000 });
  await new Promise((ok) => setTimeout(ok, 1500)); // anything sent late would show now
  return [...pages, popup, options];
}

/** Loads the test itself asked for: the news pages, the harness's page opener, the browser's icon fetch. */
function askedFor(server: FixtureServer): (url: string) => boolean {
  const newsUrls = new Set(NEWS_PAGES.map((p) => server.url(p)));
  return (url) => newsUrls.has(url) || url.startsWith(server.url('/__e2e__/')) || url === server.url('/favicon.ico');
}

describe.each(BROWSERS)('requests in %s', (browserName) => {
  let server: FixtureServer;
  let session: ExtensionSession;
  const seen: Seen[] = [];
  let recording = false;

  beforeAll(async () => {
    // Playwright reports a service worker's requests only with this set (read at launch).
    process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
    server = await startFixtureServer();
    session = await launchExtension(browserName, { server });
  });
  afterAll(async () => {
    delete process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS;
    await session?.close();
    await server?.close();
  });

  /** Starts recording from `page` (its tool object gives the context or browser to listen on). */
  function startRecording(page: TestPage): void {
    if (recording) return;
    recording = true;
    if (browserName === 'chromium') recordChromium((page.raw as import('playwright-core').Page).context(), seen);
    else recordFirefox((page.raw as PptrPage).browser(), seen);
  }

  const extensionScheme = () => new URL(session.extensionOrigin).protocol;
  const isOwnFile = (url: string) => url.startsWith(`${session.extensionOrigin}/`);

  test('annotating pages with the popup and the settings open, the extension sends no request', async () => {
    const blank = await session.newPage();
    startRecording(blank);
    const opened = await useTheExtension(session);

    const newsUrls = new Set(NEWS_PAGES.map((p) => server.url(p)));
    const asked = askedFor(server);
    // Everything else not made by a news page (the worker, the popup, the settings page; Firefox's
    // driver shows extension tabs as about:blank) is the extension's, unless it is one of its own files.
    // (data:, blob: and about: URLs never leave the browser.)
    const local = (url: string) => /^(?:data|blob|about):/.test(url);
    const extensionRequests = seen.filter((s) => !isOwnFile(s.url) && !local(s.url) && !asked(s.url) && !newsUrls.has(s.from.split('#')[0]!));
    // A news page asks only for itself (and the browser for its icon): nothing the content script sent.
    const fromNews = seen.filter((s) => newsUrls.has(s.from.split('#')[0]!) && !asked(s.url) && !local(s.url));
    const elsewhere = seen.filter((s) => !isOwnFile(s.url) && !local(s.url) && !s.url.startsWith(server.origin));
    expect(seen.filter((s) => newsUrls.has(s.url)).length).toBeGreaterThanOrEqual(NEWS_PAGES.length); // the recorder saw the pages load
    expect(extensionRequests).toEqual([]);
    expect(fromNews).toEqual([]);
    expect(elsewhere).toEqual([]);
    for (const p of [...opened, blank]) await p.close().catch(() => {});
  }, 120_000);

  test('the recorder would catch a request from the extension (probe), and the rule above would flag it', async () => {
    const probe = server.url(`/privacy-probe-${Date.now()}`);
    await session.extensionEval((url) => fetch(url).then(() => true, () => false), probe);
    await new Promise((ok) => setTimeout(ok, 500));
    const caught = seen.filter((s) => s.url === probe);
    const newsUrls = new Set(NEWS_PAGES.map((p) => server.url(p)));
    expect(caught.filter((s) => !newsUrls.has(s.from.split('#')[0]!))).toHaveLength(1);
    expect(caught).toHaveLength(1);
    expect(caught[0]!.from === 'worker' || caught[0]!.from.startsWith(extensionScheme()) || caught[0]!.from === 'about:blank').toBe(true);
  });
});

/** Hosts of the browser's own services (Mozilla's, and the driver's dead host for the rest). */
const BROWSER_SERVICE = /(?:^|\.)(?:mozilla\.(?:com|net|org)|firefox\.com|dummy\.test)$/;

// Firefox's background page is no tab, so the driver's request events never show it. Here every
// request the browser makes, from any context, goes through a recording proxy instead; a probe
// sent from the background page itself proves the proxy sees that context.
describe('requests in firefox, every context (background page included) through a recording proxy', () => {
  let server: FixtureServer;
  let proxy: RecordingProxy;
  let session: ExtensionSession;
  beforeAll(async () => {
    server = await startFixtureServer();
    proxy = await startRecordingProxy(server.origin);
    session = await launchExtension('firefox', { server, firefoxPrefs: firefoxProxyPrefs(proxy.port) });
  });
  afterAll(async () => {
    await session?.close();
    await proxy?.close();
    await server?.close();
  });

  test('annotating pages with the popup and the settings open, nothing but the pages asked for passes the proxy', async () => {
    const opened = await useTheExtension(session);
    const asked = askedFor(server);
    // The browser's own services: the driver's profile points most at the dead host dummy.test;
    // Remote Settings still calls Mozilla. The add-on names no such host (checked below), so
    // these cannot be its requests.
    const browsersOwn = (url: string) => BROWSER_SERVICE.test(new URL(url).hostname);
    expect(proxy.seen.filter((u) => NEWS_PAGES.some((p) => u === server.url(p))).length).toBeGreaterThanOrEqual(NEWS_PAGES.length);
    expect(proxy.seen.filter((u) => !asked(u) && !browsersOwn(u))).toEqual([]);
    for (const p of opened) await p.close().catch(() => {});
    const named = readdirSync(EXTENSION_DIRS.firefox, { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile() && /\.(?:js|html|json|css)$/.test(f.name))
      .filter((f) => /(?:mozilla\.(?:com|net|org)|firefox\.com|dummy\.test)\b/.test(readFileSync(join(f.parentPath, f.name), 'utf8')));
    expect(named.map((f) => f.name)).toEqual([]);
  }, 120_000);

  test('a request from the background page would pass the proxy (probe)', async () => {
    const probe = server.url(`/privacy-probe-${Date.now()}`);
    const sent = await session.extensionEval(async (url: string) => {
      const g = globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window & typeof globalThis> } } };
      const background = await g.browser.runtime.getBackgroundPage();
      // The background window's own fetch: the request is the background page's.
      return background.fetch(url).then(() => background.location.href, () => background.location.href);
    }, probe);
    expect(sent).toMatch(/^moz-extension:\/\/.*background/);
    await new Promise((ok) => setTimeout(ok, 300));
    expect(proxy.seen.filter((u) => u === probe)).toHaveLength(1);
  });
});
