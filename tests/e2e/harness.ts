// End-to-end harness: serves tests/fixtures/pages on 127.0.0.1 and drives the built extension in
// real headless Chromium (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi),
// behind one small page interface (test-page.ts) so each test runs unchanged in both browsers.
//
// Needs the test builds: `npm run build:e2e` (WXT_E2E=1, see wxt.config.ts). Every wait has a
// timeout; close sessions in `afterAll`/`finally`.
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import puppeteer, { type Browser as PptrBrowser } from 'puppeteer-core';
import {
  CHROMIUM_ARGS, EXECUTABLES, EXTENSION_DIRS, FIREFOX_UUID, GECKO_ID, TIMEOUT, VIEWPORT, withTimeout,
  type BrowserName,
} from './config';
import type { FixtureServer } from './fixture-server';
import { playwrightPage, puppeteerPage, type TestPage } from './test-page';

export * from './config';
export * from './fixture-server';
export * from './test-page';

export interface ExtensionSession {
  readonly browserName: BrowserName;
  readonly server: FixtureServer;
  /** chrome-extension://ID or moz-extension://UUID (no trailing slash). */
  readonly extensionOrigin: string;
  /** A new tab, optionally loaded with a fixture page path ('/koizumi.html') or a full URL. */
  newPage(pathOrUrl?: string): Promise<TestPage>;
  /**
   * The popup page in a tab, reporting on `forPage`'s tab. Tabs are found by URL; when several
   * show the same URL the newest is meant, so close pages a test is done with.
   */
  openPopup(forPage: TestPage): Promise<TestPage>;
  /** The options page in a tab (reporting on `forPage` when given). */
  openOptions(forPage?: TestPage): Promise<TestPage>;
  /**
   * Runs `fn` with the extension's APIs (`browser`/`chrome`): in Chromium's service worker, in
   * Firefox on an extension page kept open for this.
   */
  extensionEval<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** True when the background (service worker or event page) is up and answering. */
  backgroundRunning(): Promise<boolean>;
  /** The toolbar badge text on `page`'s tab. */
  badgeText(page: TestPage): Promise<string>;
  /** The extension's id for `page`'s tab (for messages sent with extensionEval). */
  tabIdOf(page: TestPage): Promise<number>;
  /** Settles when the browser goes away (closed by the user, or crashed). */
  readonly closed: Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  server: FixtureServer;
  /** Unpacked build to load (default: the test build for that browser). */
  extensionDir?: string;
  /** Default true; the demo shows a window when there is a display. */
  headless?: boolean;
  /** The browser's language (interface and preferred content languages), e.g. 'ja'. */
  language?: string;
  /**
   * A profile directory to use and keep (default: a fresh one, deleted on close): launching
   * again with the same directory is a browser restart. In Firefox the add-on keeps its storage
   * and origin across the reinstall, as a signed add-on would across a restart.
   */
  profileDir?: string;
  /** Firefox only: further preferences of the profile (e.g. a proxy every request goes through). */
  firefoxPrefs?: Record<string, unknown>;
}

export function launchExtension(name: BrowserName, options: LaunchOptions): Promise<ExtensionSession> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

function assertBuilt(dir: string): void {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`${dir} is not built: run \`npm run build:e2e\` first`);
  }
}

/**
 * A private copy of the build inside the session's temp dir, so that a rebuild while the
 * browser runs (another test run, `wxt build`) cannot pull files from under it.
 */
async function snapshotBuild(dir: string, into: string): Promise<string> {
  assertBuilt(dir);
  const copy = join(into, 'extension');
  await cp(dir, copy, { recursive: true });
  assertBuilt(copy);
  return copy;
}

function resolveUrl(server: FixtureServer, pathOrUrl: string): string {
  return /^[a-z-]+:/i.test(pathOrUrl) ? pathOrUrl : server.url(pathOrUrl);
}

// What the evaluated helpers below use of the extension API (`browser` in Firefox, `chrome` in
// Chromium's service worker; both promise-based there).
interface ExtensionApi {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  action?: { getBadgeText(d: { tabId: number }): Promise<string> };
  browserAction?: { getBadgeText(d: { tabId: number }): Promise<string> };
  runtime: { id: string; getBackgroundPage?(): Promise<Window | null> };
}

// Functions evaluated inside a browser are serialised with toString(): they must not declare
// named inner functions (tsx/esbuild's keepNames would wrap them in a helper the browser lacks).

// Evaluated inside the extension: the tab showing `url` (fragment ignored), or -1. When several
// tabs show it, the newest (tab ids only grow): tests that reopen a page mean the latest one.
async function tabIdFor(url: string): Promise<number> {
  const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
  const api = g.browser ?? g.chrome;
  const tabs = await api.tabs.query({});
  return tabs
    .filter((tab) => tab.url !== undefined && tab.url.split('#')[0] === url.split('#')[0])
    .reduce((newest, tab) => Math.max(newest, tab.id ?? -1), -1);
}

// Evaluated inside the extension: badge text of the tab showing `url`.
async function badgeFor(url: string): Promise<string> {
  const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
  const api = g.browser ?? g.chrome;
  const tabs = await api.tabs.query({});
  const tabId = tabs
    .filter((t) => t.url !== undefined && t.url.split('#')[0] === url.split('#')[0])
    .reduce((newest, t) => Math.max(newest, t.id ?? -1), -1);
  if (tabId < 0) throw new Error(`no tab shows ${url}`);
  const action = api.action ?? api.browserAction;
  if (!action) throw new Error('no action API');
  return action.getBadgeText({ tabId });
}

// Evaluated inside the extension: the active tab of the last focused window, or -1.
async function activeTabId(): Promise<number> {
  const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
  const api = g.browser ?? g.chrome;
  const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id ?? -1;
}

// Evaluated inside the extension: is the background up?
async function backgroundUp(): Promise<boolean> {
  const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
  const api = g.browser ?? g.chrome;
  if (!api.runtime.getBackgroundPage) return typeof api.runtime.id === 'string'; // service worker
  const page = await api.runtime.getBackgroundPage();
  return page !== null && page.document.readyState === 'complete';
}

async function launchChromium({ server, extensionDir: built = EXTENSION_DIRS.chromium, headless = true, language, profileDir }: LaunchOptions): Promise<ExtensionSession> {
  assertBuilt(built);
  const temp = await mkdtemp(join(tmpdir(), 'readout-chromium-'));
  const profile = profileDir ?? join(temp, 'profile');
  let context: BrowserContext | undefined;
  try {
    // An unpacked extension's id comes from its path: a kept profile keeps its copy at one place.
    const extensionDir = await snapshotBuild(built, profileDir ? `${profileDir}.build` : temp);
    context = await chromium.launchPersistentContext(profile, {
      executablePath: EXECUTABLES.chromium,
      headless,
      timeout: 30_000,
      viewport: VIEWPORT,
      args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...CHROMIUM_ARGS,
        ...(language ? [`--lang=${language}`, `--accept-lang=${language}`] : [])],
      ...(language ? { locale: language } : {}),
    });
    const ctx = context;
    let worker: Worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: TIMEOUT }));
    const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
    // The service worker may be stopped and restarted; always talk to the current one.
    const currentWorker = async (): Promise<Worker> => {
      const live = ctx.serviceWorkers().find((w) => w.url().startsWith(extensionOrigin));
      if (live) return (worker = live);
      // Waking it: opening any extension page starts the worker again.
      const page = await ctx.newPage();
      try {
        await page.goto(`${extensionOrigin}/options.html`, { timeout: TIMEOUT });
        return (worker = ctx.serviceWorkers().find((w) => w.url().startsWith(extensionOrigin))
          ?? (await ctx.waitForEvent('serviceworker', { timeout: TIMEOUT })));
      } finally {
        await page.close();
      }
    };
    const extensionEval = async <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> =>
      (await currentWorker()).evaluate(fn as (a: unknown) => never, arg);
    // Without the test build's `tabs` permission tab URLs are hidden: then the page is brought
    // to the front and taken as the active tab.
    const tabIdOf = async (page: TestPage): Promise<number> => {
      const byUrl = await extensionEval(tabIdFor, page.url());
      if (byUrl >= 0) return byUrl;
      await page.bringToFront();
      const active = await extensionEval(activeTabId);
      if (active < 0) throw new Error(`no tab shows ${page.url()}`);
      return active;
    };
    const openExtensionPage = async (page: 'popup' | 'options', forPage?: TestPage) => {
      const query = forPage ? `?tab=${await tabIdOf(forPage)}` : '';
      const p = playwrightPage(await ctx.newPage());
      await p.goto(`${extensionOrigin}/${page}.html${query}`);
      return p;
    };
    return {
      browserName: 'chromium',
      server,
      extensionOrigin,
      newPage: async (pathOrUrl) => {
        const page = playwrightPage(await ctx.newPage());
        if (pathOrUrl) await page.goto(resolveUrl(server, pathOrUrl));
        return page;
      },
      openPopup: (forPage) => openExtensionPage('popup', forPage),
      openOptions: (forPage) => openExtensionPage('options', forPage),
      extensionEval,
      backgroundRunning: () => extensionEval(backgroundUp),
      badgeText: (page) => extensionEval(badgeFor, page.url()),
      tabIdOf,
      closed: new Promise<void>((done) => ctx.on('close', () => done())),
      close: async () => {
        await ctx.close().catch(() => {});
        await rm(temp, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close().catch(() => {});
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}

async function launchFirefox({ server, extensionDir: built = EXTENSION_DIRS.firefox, headless = true, language, profileDir, firefoxPrefs }: LaunchOptions): Promise<ExtensionSession> {
  assertBuilt(built);
  const temp = await mkdtemp(join(tmpdir(), 'readout-firefox-'));
  const profile = profileDir ?? join(temp, 'profile');
  let browser: PptrBrowser | undefined;
  try {
    const extensionDir = await snapshotBuild(built, temp);
    await mkdir(profile, { recursive: true });
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: EXECUTABLES.firefox,
      headless,
      timeout: 30_000,
      protocolTimeout: 30_000,
      userDataDir: profile,
      defaultViewport: VIEWPORT,
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
        ...(language ? { 'intl.accept_languages': language, 'intl.locale.requested': language } : {}),
        // A temporary add-on is removed at shutdown; a kept profile keeps its storage for the next launch.
        ...(profileDir ? { 'extensions.webextensions.keepStorageOnUninstall': true, 'extensions.webextensions.keepUuidOnUninstall': true } : {}),
        ...firefoxPrefs,
      },
    });
    const b = browser;
    await withTimeout(b.installExtension(extensionDir), 20_000, 'installing the Firefox add-on');
    const extensionOrigin = `moz-extension://${FIREFOX_UUID}`;

    // The driver may not navigate to moz-extension:// URLs; the test build's background opens
    // the page itself when a tab loads /__e2e__/open (see entrypoints/background.ts).
    // Puppeteer keeps reporting such a tab as about:blank, so the new tab is recognised by
    // asking it where it is.
    const openExtensionPage = async (page: 'popup' | 'options', forPage?: TestPage): Promise<TestPage> => {
      const params = new URLSearchParams({ page });
      if (forPage) params.set('target', forPage.url());
      const expected = `${extensionOrigin}/${page}.html`;
      const before = new Set(b.targets());
      const trigger = await b.newPage();
      before.add(trigger.target());
      // The extension closes the trigger tab, so this navigation may not finish cleanly.
      void trigger.goto(server.url(`/__e2e__/open?${params}`), { timeout: TIMEOUT }).catch(() => {});
      const deadline = Date.now() + TIMEOUT;
      while (Date.now() < deadline) {
        for (const target of b.targets()) {
          if (before.has(target) || target.type() !== 'page') continue;
          const p = await target.page().catch(() => null);
          const href = p ? await p.evaluate(() => location.href).catch(() => '') : '';
          if (p && href.startsWith(expected)) {
            await p.setViewport(VIEWPORT).catch(() => {}); // not every call is supported on extension tabs
            const opened = puppeteerPage(p, href);
            await opened.waitFor(() => document.readyState === 'complete');
            return opened;
          }
        }
        await new Promise((ok) => setTimeout(ok, 100));
      }
      throw new Error(`timed out after ${TIMEOUT} ms: the background did not open ${page}.html`);
    };

    let probe: TestPage | undefined;
    const extensionEval = async <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> => {
      probe ??= await openExtensionPage('options');
      return probe.evaluate(fn, arg);
    };
    return {
      browserName: 'firefox',
      server,
      extensionOrigin,
      newPage: async (pathOrUrl) => {
        const page = puppeteerPage(await b.newPage());
        if (pathOrUrl) await page.goto(resolveUrl(server, pathOrUrl));
        return page;
      },
      openPopup: (forPage) => openExtensionPage('popup', forPage),
      openOptions: (forPage) => openExtensionPage('options', forPage),
      extensionEval,
      backgroundRunning: () => extensionEval(backgroundUp),
      badgeText: (page) => extensionEval(badgeFor, page.url()),
      tabIdOf: async (page) => {
        const id = await extensionEval(tabIdFor, page.url());
        if (id < 0) throw new Error(`no tab shows ${page.url()}`);
        return id;
      },
      closed: new Promise<void>((done) => b.on('disconnected', () => done())),
      close: async () => {
        await withTimeout(b.close(), TIMEOUT, 'closing Firefox').catch(() => b.process()?.kill('SIGKILL'));
        await rm(temp, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close().catch(() => {});
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}
