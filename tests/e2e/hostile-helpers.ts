// Helpers of the hostile-page suite (tests/e2e/hostile-*.e2e.test.ts): the fixtures of
// tests/fixtures/hostile served from 127.0.0.1, pages whose console is watched for the
// extension's errors, the highlights the extension drew (never the page's copies), the open card's
// box, and the check that switching off gives the page back exactly as it was.
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import {
  GECKO_ID, ROOT, launchExtension, startFixtureServer, type BrowserName, type ExtensionSession, type FixtureServer,
  type TestPage,
} from './harness';
import { writeSettings } from './reader-helpers';

export const HOSTILE_DIR = join(ROOT, 'tests/fixtures/hostile');
/** Highlights in the fixtures' own article paragraphs (#p1…#p4 hold no page-made marks). */
export const GENUINE = '#story > p[id^="p"] mark[data-rl]';

interface ConsoleLike {
  on(event: 'console', fn: (msg: { type(): string; text(): string }) => void): unknown;
  on(event: 'pageerror', fn: (err: Error) => void): unknown;
}

export interface HostileSuite {
  readonly session: ExtensionSession;
  readonly server: FixtureServer;
  /** A fixture page whose console is watched (see extensionErrors). */
  open(path: string): Promise<TestPage>;
  /** What the extension wrote to any watched console as an error or warning. */
  extensionErrors(): string[];
  /** The string a page needs to address this extension's content script (runtime.id). */
  extensionId(): string;
}

/** One browser and fixture server for a describe block; pages are closed after each test. */
export function hostileSuite(browserName: BrowserName): HostileSuite {
  let server: FixtureServer;
  let session: ExtensionSession;
  const pages: TestPage[] = [];
  const logged: string[] = [];
  beforeAll(async () => {
    server = await startFixtureServer(HOSTILE_DIR);
    session = await launchExtension(browserName, { server });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  afterEach(async () => {
    while (pages.length) await pages.pop()!.close().catch(() => {});
    await writeSettings(session, {});
    logged.length = 0;
  });
  return {
    get session() {
      return session;
    },
    get server() {
      return server;
    },
    async open(path) {
      const page = await session.newPage();
      pages.push(page);
      const raw = page.raw as unknown as ConsoleLike;
      raw.on('console', (msg) => {
        const text = msg.text();
        if ((msg.type() === 'error' || msg.type() === 'warning' || msg.type() === 'warn') && /Readout Lens|\[wxt\]|content script/i.test(text)) {
          logged.push(text);
        }
      });
      raw.on('pageerror', (err) => {
        if (/Readout Lens|extension/i.test(String(err))) logged.push(String(err));
      });
      await page.goto(server.url(path));
      return page;
    },
    extensionErrors: () => [...logged],
    extensionId: () => (session.browserName === 'chromium' ? new URL(session.extensionOrigin).host : GECKO_ID),
  };
}

export const sleep = (page: TestPage, ms: number) => page.evaluate((t: number) => new Promise((ok) => setTimeout(ok, t)), ms);

/**
 * Waits for the story's highlights, and then for them to settle: the mentions in view are drawn
 * first and their blocks drawn again with the claims once the analysis is in (a hovered early
 * mark may be replaced). Polled from Node, and given up after a few seconds on a page that
 * never stops changing.
 */
export async function waitForGenuine(page: TestPage, timeout = 15_000): Promise<void> {
  await page.waitForSelector(GENUINE, { timeout });
  let last = -1;
  let steady = 0;
  for (const deadline = Date.now() + 3_000; Date.now() < deadline && steady < 2;) {
    await new Promise((ok) => setTimeout(ok, 200));
    const now = await page.count('mark[data-rl]');
    steady = now === last ? steady + 1 : 0;
    last = now;
  }
}

/** The open card's box in the viewport (the card itself when the test build lets us see in). */
export function cardBox(page: TestPage): Promise<{ top: number; left: number; bottom: number; right: number } | null> {
  return page.evaluate(() => {
    const host = document.querySelector('[data-rl="ui"]');
    if (!host) return null;
    const inner = host.shadowRoot?.querySelector('.rl-card');
    const open = inner ? getComputedStyle(inner).visibility !== 'hidden' : host.matches(':popover-open');
    if (!open) return null;
    const r = (inner ?? host).getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return null;
    return { top: r.top, left: r.left, bottom: r.bottom, right: r.right };
  });
}

/** Box of every rectangle of the first element matching `selector` (a highlight). */
export function boxOf(page: TestPage, selector: string) {
  return page.evaluate((sel: string) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    const rects = Array.from(el.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
    if (rects.length === 0) return null;
    return {
      top: Math.min(...rects.map((r) => r.top)), bottom: Math.max(...rects.map((r) => r.bottom)),
      left: Math.min(...rects.map((r) => r.left)), right: Math.max(...rects.map((r) => r.right)),
    };
  }, selector);
}

/** What the reader sees of an element: shown at all, and the highlight's marks on it. */
export function lookOf(page: TestPage, selector: string) {
  return page.evaluate((sel: string) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    const s = getComputedStyle(el);
    const before = getComputedStyle(el, '::before').content;
    return {
      shown: el.getClientRects().length > 0 && s.visibility !== 'hidden' && s.display !== 'none',
      underline: s.textDecorationLine.includes('underline') || s.borderBottomStyle !== 'none',
      icon: before !== 'none' && before !== 'normal' && before !== '',
      background: s.backgroundColor,
    };
  }, selector);
}

/**
 * Loads `path` with the site switched off, keeps a copy of its DOM, switches on, runs `during`
 * once highlights are drawn, switches off again and expects the DOM exactly as it was.
 */
export async function expectRestoredAfter(suite: HostileSuite, path: string, during: (page: TestPage) => Promise<void>): Promise<void> {
  await writeSettings(suite.session, { disabledSites: ['127.0.0.1'] });
  const page = await suite.open(path);
  await sleep(page, 300);
  expect(await page.count('[data-rl="ui"]')).toBe(0);
  await page.evaluate(() => {
    const w = window as unknown as { __before: Node; __html: string };
    w.__before = document.documentElement.cloneNode(true);
    w.__html = document.documentElement.outerHTML;
  });
  await writeSettings(suite.session, {});
  await waitForGenuine(page);
  await during(page);
  await writeSettings(suite.session, { disabledSites: ['127.0.0.1'] });
  // Polled from Node: a hostile page may break the tools' in-page waits (they use its MutationObserver).
  const restored = () => page.evaluate(() => document.documentElement.outerHTML === (window as unknown as { __html: string }).__html);
  for (const deadline = Date.now() + 10_000; Date.now() < deadline && !(await restored());) await new Promise((ok) => setTimeout(ok, 100));
  const same = await page.evaluate(() => {
    const w = window as unknown as { __before: Node; __html: string };
    const now = document.documentElement.outerHTML;
    // Where the two first differ, so that a failure says what was left behind.
    let at = 0;
    while (at < now.length && now[at] === w.__html[at]) at++;
    const around = (s: string) => JSON.stringify(s.slice(Math.max(0, at - 40), at + 200));
    const html = now === w.__html;
    return { equal: document.documentElement.isEqualNode(w.__before), html, diff: html ? '' : `before: ${around(w.__html)}\nafter:  ${around(now)}` };
  });
  if (same.diff) console.log(same.diff);
  expect(same).toEqual({ equal: true, html: true, diff: '' });
}
