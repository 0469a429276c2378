// End-to-end harness: serves tests/fixtures/pages on 127.0.0.1 and drives the built extension in
// real headless Chromium (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi),
// behind one small page interface so each test runs unchanged in both browsers.
//
// Needs the test builds: `npm run build:e2e` (WXT_E2E=1, see wxt.config.ts).
//
// Selectors: plain CSS. To reach into a shadow root write `host >>> inner`; Puppeteer reads
// `>>>` as its deep combinator, and for Playwright (whose CSS pierces open shadow roots anyway)
// it is turned into a descendant combinator.
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage, type Worker } from 'playwright-core';
import puppeteer, { type Browser as PptrBrowser, type Page as PptrPage } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

export const ROOT = resolve(import.meta.dirname, '../..');
export const PAGES_DIR = join(ROOT, 'tests/fixtures/pages');
export const SCREENSHOT_DIR = join(ROOT, '.output/screenshots');
export const EXTENSION_DIRS: Record<BrowserName, string> = {
  chromium: join(ROOT, '.output/e2e-chrome-mv3'),
  firefox: join(ROOT, '.output/e2e-firefox-mv2'),
};
export const EXECUTABLES: Record<BrowserName, string> = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};
/** Must match browser_specific_settings.gecko.id in wxt.config.ts. */
export const GECKO_ID = 'readout-lens@readout-lens.dev';
/** Pinned so the Firefox extension's origin is known: moz-extension://FIREFOX_UUID/. */
export const FIREFOX_UUID = '5e1f0c2a-7d3b-4c8e-9a61-2b4d8f0e7c13';

/** Default for every wait in the harness and the tests, in milliseconds. */
export const TIMEOUT = 10_000;
const VIEWPORT = { width: 1280, height: 900 };

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

export async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------------------------------------
// Fixture server

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
};

export interface FixtureServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves `dir` (default tests/fixtures/pages) on 127.0.0.1 at a random free port. */
export async function startFixtureServer(dir = PAGES_DIR): Promise<FixtureServer> {
  const root = resolve(dir);
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path.startsWith('/__e2e__/')) {
      // The test build's background replaces this tab with an extension page.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>opening</title>');
      return;
    }
    const file = resolve(root, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (path) => `${origin}${path.startsWith('/') ? '' : '/'}${path}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// One page interface over Playwright and Puppeteer

export interface WaitOptions {
  timeout?: number;
}

export interface TestPage {
  readonly browserName: BrowserName;
  url(): string;
  goto(url: string, opts?: WaitOptions): Promise<void>;
  /** Runs `fn` in the page (for extension pages: with the extension APIs). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Polls `fn` in the page until it returns something truthy. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, opts?: WaitOptions): Promise<void>;
  waitForSelector(selector: string, opts?: WaitOptions & { visible?: boolean }): Promise<void>;
  count(selector: string): Promise<number>;
  /** innerText of the first match ('' when none). */
  text(selector: string): Promise<string>;
  click(selector: string, opts?: WaitOptions): Promise<void>;
  hover(selector: string, opts?: WaitOptions): Promise<void>;
  focus(selector: string, opts?: WaitOptions): Promise<void>;
  /** Key names as in both tools: 'Escape', 'Tab', 'Enter', 'ArrowDown'. */
  press(key: string): Promise<void>;
  /** Sets a text field's value in one go and fires `input` (fast even for long text). */
  fill(selector: string, value: string, opts?: WaitOptions): Promise<void>;
  setInputFiles(selector: string, path: string, opts?: WaitOptions): Promise<void>;
  /**
   * Saves .output/screenshots/<scenario>.<browser>.png (or `path`) and returns its path: the
   * viewport, the full page, or just the first element matching `element`.
   */
  screenshot(scenario: string, opts?: { fullPage?: boolean; element?: string; path?: string }): Promise<string>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
  /** The tool's own page object, for anything the interface does not cover. */
  readonly raw: PwPage | PptrPage;
}

export function screenshotPath(scenario: string, browserName: BrowserName): string {
  const safe = scenario.replace(/[^a-z0-9._-]+/gi, '-').replace(/^-|-$/g, '');
  return join(SCREENSHOT_DIR, `${safe}.${browserName}.png`);
}

async function prepareShot(scenario: string, browserName: BrowserName): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  return screenshotPath(scenario, browserName);
}

/** `a >>> b` → `a b`: Playwright's CSS engine pierces open shadow roots by itself. */
function forPlaywright(selector: string): string {
  return selector.replace(/\s*>>>\s*/g, ' ').trim();
}

function playwrightPage(page: PwPage): TestPage {
  const t = (o?: WaitOptions) => o?.timeout ?? TIMEOUT;
  return {
    browserName: 'chromium',
    raw: page,
    url: () => page.url(),
    goto: async (url, o) => {
      await page.goto(url, { waitUntil: 'load', timeout: t(o) });
    },
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    waitFor: async (fn, arg, o) => {
      await page.waitForFunction(fn as (a: unknown) => unknown, arg, { timeout: t(o), polling: 100 });
    },
    waitForSelector: async (s, o) => {
      await page.waitForSelector(forPlaywright(s), {
        timeout: t(o), state: o?.visible ? 'visible' : 'attached',
      });
    },
    count: (s) => page.locator(forPlaywright(s)).count(),
    text: async (s) => {
      const first = page.locator(forPlaywright(s)).first();
      return (await first.count()) ? first.innerText({ timeout: TIMEOUT }) : '';
    },
    click: (s, o) => page.locator(forPlaywright(s)).first().click({ timeout: t(o) }),
    hover: (s, o) => page.locator(forPlaywright(s)).first().hover({ timeout: t(o) }),
    focus: (s, o) => page.locator(forPlaywright(s)).first().focus({ timeout: t(o) }),
    press: (key) => page.keyboard.press(key),
    fill: (s, v, o) => page.locator(forPlaywright(s)).first().fill(v, { timeout: t(o) }),
    setInputFiles: (s, p, o) => page.locator(forPlaywright(s)).first().setInputFiles(p, { timeout: t(o) }),
    screenshot: async (scenario, o) => {
      const path = o?.path ?? (await prepareShot(scenario, 'chromium'));
      if (o?.element) await page.locator(forPlaywright(o.element)).first().screenshot({ path, timeout: TIMEOUT });
      else await page.screenshot({ path, fullPage: o?.fullPage ?? false, timeout: TIMEOUT });
      return path;
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

/** `knownUrl`: where an extension page really is (Puppeteer reports those as about:blank). */
function puppeteerPage(page: PptrPage, knownUrl?: string): TestPage {
  const t = (o?: WaitOptions) => o?.timeout ?? TIMEOUT;
  // Puppeteer's own waitForFunction/waitForSelector build their predicate with Function() in
  // the page, which an extension page's CSP blocks; so waits here poll from Node instead.
  const poll = async <T>(probe: () => Promise<T | null | undefined | false>, ms: number, what: string): Promise<T> => {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = await probe().catch(() => null);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
      await new Promise((ok) => setTimeout(ok, 100));
    }
  };
  const element = (s: string, o?: WaitOptions) => poll(() => page.$(s), t(o), s);
  return {
    browserName: 'firefox',
    raw: page,
    url: () => (knownUrl !== undefined && page.url() === 'about:blank' ? knownUrl : page.url()),
    goto: async (url, o) => {
      await page.goto(url, { waitUntil: 'load', timeout: t(o) });
    },
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    waitFor: async (fn, arg, o) => {
      await poll(async () => Boolean(await page.evaluate(fn as (a: unknown) => unknown, arg)), t(o), 'a condition in the page');
    },
    waitForSelector: async (s, o) => {
      await poll(async () => {
        const handle = await page.$(s);
        if (!handle || !o?.visible) return handle;
        return handle.evaluate((el) => {
          const box = el.getBoundingClientRect();
          return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
        });
      }, t(o), o?.visible ? `${s} to be visible` : s);
    },
    count: async (s) => (await page.$$(s)).length,
    text: async (s) => {
      const handle = await page.$(s);
      return handle ? handle.evaluate((el) => (el as HTMLElement).innerText ?? el.textContent ?? '') : '';
    },
    click: async (s, o) => (await element(s, o)).click(),
    hover: async (s, o) => (await element(s, o)).hover(),
    focus: async (s, o) => (await element(s, o)).focus(),
    press: (key) => page.keyboard.press(key as Parameters<PptrPage['keyboard']['press']>[0]),
    fill: async (s, v, o) => {
      const handle = await element(s, o);
      await handle.evaluate((el, value) => {
        const field = el as HTMLInputElement | HTMLTextAreaElement;
        const proto = Object.getPrototypeOf(field) as object;
        const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
        if (setter) setter.call(field, value);
        else field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true }));
        field.dispatchEvent(new Event('change', { bubbles: true }));
      }, v);
    },
    setInputFiles: async (s, p, o) => {
      const handle = await element(s, o);
      await (handle as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(p);
    },
    screenshot: async (scenario, o) => {
      const path = (o?.path ?? (await prepareShot(scenario, 'firefox'))) as `${string}.png`;
      const shot = o?.element
        ? element(o.element).then((handle) => handle.screenshot({ path }))
        : page.screenshot({ path, fullPage: o?.fullPage ?? false });
      await withTimeout(shot, TIMEOUT, `screenshot ${scenario}`);
      return path;
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

// ---------------------------------------------------------------------------------------------
// Browser sessions with the extension loaded

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

async function launchChromium({ server, extensionDir: built = EXTENSION_DIRS.chromium, headless = true }: LaunchOptions): Promise<ExtensionSession> {
  assertBuilt(built);
  const temp = await mkdtemp(join(tmpdir(), 'readout-chromium-'));
  const profile = join(temp, 'profile');
  let context: BrowserContext | undefined;
  try {
    const extensionDir = await snapshotBuild(built, temp);
    context = await chromium.launchPersistentContext(profile, {
      executablePath: EXECUTABLES.chromium,
      headless,
      timeout: 30_000,
      viewport: VIEWPORT,
      args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...CHROMIUM_ARGS],
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

async function launchFirefox({ server, extensionDir: built = EXTENSION_DIRS.firefox, headless = true }: LaunchOptions): Promise<ExtensionSession> {
  assertBuilt(built);
  const temp = await mkdtemp(join(tmpdir(), 'readout-firefox-'));
  const profile = join(temp, 'profile');
  let browser: PptrBrowser | undefined;
  try {
    const extensionDir = await snapshotBuild(built, temp);
    await mkdir(profile);
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
