// The content script in real Chromium and Firefox: verdict highlights on real-looking articles,
// the hover card on hover and on focus (with the official text), Esc, switching the site off
// (the DOM exactly as it was) and a paragraph added later. Screenshots for every scenario.
//
// Pages: the engine's regression articles (tests/fixtures/articles), whose expected verdicts are
// checked in by the engine's tests; served from 127.0.0.1 like every fixture.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import {
  BROWSERS, ROOT, launchExtension, startFixtureServer, type ExtensionSession, type FixtureServer, type TestPage,
} from './harness';

const ARTICLES = join(ROOT, 'tests/fixtures/articles');
const CARD = '[data-rl="ui"] >>> .rl-card';

interface ExpectedClaim {
  text: string;
  verdict: 'supported' | 'conflict' | 'unverified';
}
function expected(name: string): ExpectedClaim[] {
  return (JSON.parse(readFileSync(join(ARTICLES, `${name}.expected.json`), 'utf8')) as { claims: ExpectedClaim[] }).claims;
}
const record = JSON.parse(readFileSync(join(ROOT, 'data/records/mod-en-2025-10-29.json'), 'utf8')) as {
  paragraphs: Array<{ text: string }>;
  opening: string;
};

interface Settings {
  enabled: boolean;
  disabledSites: string[];
  showMinorFlags: boolean;
  showMentions: boolean;
}
const DEFAULTS: Settings = { enabled: true, disabledSites: [], showMinorFlags: true, showMentions: true };

// Evaluated in the extension: write the settings item (WXT's 'local:settings' is key "settings").
async function writeSettings(value: Settings): Promise<void> {
  const g = globalThis as unknown as {
    browser?: { storage: { local: { set(v: object): Promise<void> } } };
    chrome: { storage: { local: { set(v: object): Promise<void> } } };
  };
  await (g.browser ?? g.chrome).storage.local.set({ settings: value });
}

// Evaluated in the extension: send a message to the content script of the tab showing `url`.
async function messageTab(arg: { url: string; message: object }): Promise<unknown> {
  const g = globalThis as unknown as {
    browser?: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>>; sendMessage(id: number, m: object): Promise<unknown> } };
    chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>>; sendMessage(id: number, m: object): Promise<unknown> } };
  };
  const api = g.browser ?? g.chrome;
  const tab = (await api.tabs.query({})).find((t) => t.url?.split('#')[0] === arg.url.split('#')[0]);
  if (tab?.id === undefined) throw new Error(`no tab shows ${arg.url}`);
  return api.tabs.sendMessage(tab.id, arg.message);
}

interface Highlight {
  id: string;
  verdict: string | null;
  text: string;
}

/** Every claim highlight on the page: id, verdict class, whole text over all its pieces. */
function claimsOnPage(page: TestPage): Promise<Highlight[]> {
  return page.evaluate(() => {
    const byId = new Map<string, { id: string; verdict: string | null; text: string }>();
    for (const el of Array.from(document.querySelectorAll('mark.rl-claim'))) {
      const id = el.getAttribute('data-rl-id')!;
      const verdict = ['supported', 'conflict', 'unverified'].find((v) => el.classList.contains(`rl-${v}`)) ?? null;
      const entry = byId.get(id) ?? { id, verdict, text: '' };
      entry.text += el.textContent ?? '';
      byId.set(id, entry);
    }
    return [...byId.values()];
  });
}

/** Geometry of the open card and its highlight, in viewport coordinates. */
function cardGeometry(page: TestPage, id: string) {
  return page.evaluate((hid: string) => {
    const host = document.querySelector('[data-rl="ui"]');
    const card = host?.shadowRoot?.querySelector('.rl-card');
    if (!card) return null;
    const c = card.getBoundingClientRect();
    const rects = Array.from(document.querySelectorAll(`mark[data-rl-id="${hid}"]`)).flatMap((m) => Array.from(m.getClientRects()));
    const overlaps = rects.some((r) => r.left < c.right && c.left < r.right && r.top < c.bottom && c.top < r.bottom);
    return {
      overlaps,
      inside: c.left >= 0 && c.top >= 0 && c.right <= innerWidth && c.bottom <= innerHeight,
      official: card.querySelector('blockquote')?.textContent ?? null,
      text: (card as HTMLElement).innerText,
    };
  }, id);
}

const waitForHighlights = (page: TestPage) => page.waitForSelector('mark.rl-claim[data-rl-head]');
const waitForCard = (page: TestPage) => page.waitForSelector(CARD, { visible: true });
const waitForNoCard = (page: TestPage) =>
  page.waitFor(() => !document.querySelector('[data-rl="ui"]')?.shadowRoot?.querySelector('.rl-card'));

describe.each(BROWSERS)('content script in %s', (browserName) => {
  let server: FixtureServer;
  let session: ExtensionSession;
  const open: TestPage[] = [];
  const newPage = async (path?: string) => {
    const page = await session.newPage(path);
    open.push(page);
    return page;
  };

  beforeAll(async () => {
    server = await startFixtureServer(ARTICLES);
    session = await launchExtension(browserName, { server });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  beforeEach(async () => {
    while (open.length) await open.pop()!.close().catch(() => {});
    await session.extensionEval(writeSettings, DEFAULTS);
  });

  test('highlights claims with the verdicts the engine expects', async () => {
    const page = await newPage('/desk-2025-10-29-planted.html');
    const want = expected('desk-2025-10-29-planted.html');
    // Highlights are drawn block by block: wait for the claims, not just the first one.
    await page.waitFor((n) => document.querySelectorAll('mark.rl-claim[data-rl-head]').length >= n, want.length - 1);
    const onPage = await claimsOnPage(page);
    let matched = 0;
    for (const claim of want) {
      const hit = onPage.find((h) => h.text.trim() === claim.text.trim());
      if (!hit) continue;
      matched++;
      expect(hit.verdict, claim.text).toBe(claim.verdict);
    }
    expect(matched).toBeGreaterThanOrEqual(want.length - 1);
    expect(onPage.some((h) => h.verdict === 'conflict')).toBe(true);
    expect(onPage.some((h) => h.verdict === 'supported')).toBe(true);
    // Entity mentions get their quiet underline too.
    expect(await page.count('mark.rl-mention[data-rl-head]')).toBeGreaterThan(3);
    await page.screenshot('content-verdicts');

    const phone = await newPage('/phone-2026-03-03-no-record.html');
    await waitForHighlights(phone);
    const unverified = await claimsOnPage(phone);
    expect(unverified.length).toBeGreaterThan(0);
    expect(unverified.every((h) => h.verdict === 'unverified')).toBe(true);
    await phone.screenshot('content-unverified');
  });

  test('hover opens the card with the official text, beside the highlight and inside the viewport', async () => {
    const page = await newPage('/desk-2025-10-29-planted.html');
    await waitForHighlights(page);
    const target = 'mark.rl-claim.rl-supported[data-rl-head]';
    const id = await page.evaluate((sel: string) => document.querySelector(sel)!.getAttribute('data-rl-id')!, target);
    await page.hover(target);
    await waitForCard(page);
    const geo = (await cardGeometry(page, id))!;
    expect(geo.overlaps).toBe(false);
    expect(geo.inside).toBe(true);
    expect(geo.text).toContain('Matches the official summary');
    expect(record.paragraphs.some((p) => p.text === geo.official) || geo.official === record.opening).toBe(true);
    await page.screenshot('content-hover-card');
  });

  test('keyboard focus opens the card; Esc closes it', async () => {
    const page = await newPage('/desk-2025-10-29-planted.html');
    await waitForHighlights(page);
    const target = 'mark.rl-claim.rl-conflict[data-rl-head]';
    await page.focus(target);
    await waitForCard(page);
    const text = await page.evaluate(() => (document.querySelector('[data-rl="ui"]')!.shadowRoot!.querySelector('.rl-card') as HTMLElement).innerText);
    expect(text).toContain('Differs from the official summary');
    expect(text).toMatch(/Article: .+ · Official: .+/);
    await page.screenshot('content-focus-card');
    await page.press('Escape');
    await waitForNoCard(page);
    await page.screenshot('content-esc-closed');
  });

  test('switching the site off restores the original DOM exactly', async () => {
    await session.extensionEval(writeSettings, { ...DEFAULTS, disabledSites: ['127.0.0.1'] });
    const page = await newPage('/desk-2025-10-29-planted.html');
    // Off for this site: the page as its author made it.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
    expect(await page.count('mark[data-rl]')).toBe(0);
    await page.evaluate(() => {
      (window as unknown as { __before: Node }).__before = document.documentElement.cloneNode(true);
      (window as unknown as { __html: string }).__html = document.documentElement.outerHTML;
    });
    await session.extensionEval(writeSettings, DEFAULTS);
    await waitForHighlights(page);
    await page.focus('mark.rl-claim[data-rl-head]');
    await waitForCard(page);
    await page.screenshot('content-site-on');
    await session.extensionEval(writeSettings, { ...DEFAULTS, disabledSites: ['127.0.0.1'] });
    await page.waitFor(() => !document.querySelector('[data-rl]'));
    const same = await page.evaluate(() => ({
      equal: document.documentElement.isEqualNode((window as unknown as { __before: Node }).__before),
      html: document.documentElement.outerHTML === (window as unknown as { __html: string }).__html,
    }));
    expect(same).toEqual({ equal: true, html: true });
    await page.screenshot('content-site-off');
  });

  test('highlights keep the page text colour, so a dark page stays readable', async () => {
    const page = await newPage('/desk-2025-10-29-planted.html');
    await waitForHighlights(page);
    const colours = await page.evaluate(() => {
      document.documentElement.style.background = '#15181e';
      document.body.style.color = '#e6e6e6';
      const mark = document.querySelector('p mark.rl-claim')!;
      return { mark: getComputedStyle(mark).color, text: getComputedStyle(mark.closest('p')!).color };
    });
    expect(colours.mark).toBe(colours.text);
    await page.focus('p mark.rl-claim.rl-conflict[data-rl-head]');
    await waitForCard(page);
    await page.screenshot('content-dark-page');
  });

  test('answers get-report, and focus-claim scrolls to the claim and opens its card', async () => {
    const page = await newPage('/desk-2025-10-29-planted.html');
    await waitForHighlights(page);
    const answer = (await session.extensionEval(messageTab, { url: page.url(), message: { type: 'get-report' } })) as {
      active: boolean; report: { claims: Array<{ text: string; verdict: string }>; meeting: { recordId: string } | null };
    };
    expect(answer.active).toBe(true);
    expect(answer.report.meeting?.recordId).toBe('mod-en-2025-10-29');
    const index = answer.report.claims.findIndex((c) => c.verdict === 'supported');
    expect(index).toBeGreaterThanOrEqual(0);
    const result = await session.extensionEval(messageTab, { url: page.url(), message: { type: 'focus-claim', index } });
    expect(result).toEqual({ ok: true });
    await waitForCard(page);
    const focused = await page.evaluate(() => {
      const el = document.activeElement!;
      const id = el.getAttribute('data-rl-id');
      return Array.from(document.querySelectorAll(`mark[data-rl-id="${id}"]`), (m) => m.textContent).join('');
    });
    expect(focused).toBe(answer.report.claims[index]!.text);
    expect(await page.evaluate(() => (document.querySelector('[data-rl="ui"]')!.shadowRoot!.querySelector('.rl-card') as HTMLElement).innerText))
      .toContain('Matches the official summary');
    await page.screenshot('content-focus-claim-message');
  });

  test('a paragraph added later is annotated', async () => {
    const page = await newPage('/desk-2025-10-29-planted.html');
    await waitForHighlights(page);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = 'Update: Koizumi and Hegseth also agreed to expand bilateral presence in the southwestern region.';
      document.querySelector('article')!.append(p);
    });
    await page.waitForSelector('#late mark[data-rl]');
    expect(await page.count('#late mark.rl-mention')).toBeGreaterThan(0);
    await page.screenshot('content-dynamic-paragraph');
  });
});
