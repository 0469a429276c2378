// One page interface over Playwright (Chromium) and Puppeteer (Firefox), so that each test runs
// unchanged in both browsers.
//
// Selectors: plain CSS. To reach into a shadow root write `host >>> inner`; Puppeteer reads
// `>>>` as its deep combinator, and for Playwright (whose CSS pierces open shadow roots anyway)
// it is turned into a descendant combinator.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page as PwPage } from 'playwright-core';
import type { Page as PptrPage } from 'puppeteer-core';
import { SCREENSHOT_DIR, TIMEOUT, withTimeout, type BrowserName } from './config';

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

export function playwrightPage(page: PwPage): TestPage {
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
export function puppeteerPage(page: PptrPage, knownUrl?: string): TestPage {
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
