// The toolbar popup and badge, in both browsers: the popup reports the page's meeting and
// claims, the badge counts conflicts, choosing a claim shows it on the page, and the site
// switch turns the page off.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
  BROWSERS, TIMEOUT, launchExtension, startFixtureServer,
  type ExtensionSession, type FixtureServer, type TestPage,
} from './harness';

const MARK = 'mark[data-rl]';

/** The part of the extension API used by functions evaluated in the popup page. */
interface PopupApi {
  tabs: { getCurrent(): Promise<{ id?: number } | undefined> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  action?: { getBadgeText(d: { tabId: number }): Promise<string> };
  browserAction?: { getBadgeText(d: { tabId: number }): Promise<string> };
}

async function highlighted(page: TestPage): Promise<void> {
  await page.waitForSelector('mark[data-rl="claim"]', { timeout: 20_000 });
}

describe.each(BROWSERS)('popup and badge in %s', (browserName) => {
  let server: FixtureServer;
  let session: ExtensionSession;
  const opened: TestPage[] = [];
  const open = async (path: string) => {
    const page = await session.newPage(path);
    opened.push(page);
    return page;
  };
  const popupFor = async (page: TestPage) => {
    const popup = await session.openPopup(page);
    opened.push(popup);
    return popup;
  };

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchExtension(browserName, { server });
  });
  afterEach(async () => {
    for (const page of opened.splice(0)) await page.close().catch(() => {});
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test('reports the meeting, counts and claims of a news page, and the badge counts conflicts', async () => {
    const page = await open('/meridian-pentagon-talks.html');
    await highlighted(page);
    const popup = await popupFor(page);
    await popup.waitForSelector('.report .claims .claim');

    const meeting = await popup.text('.meeting');
    expect(meeting).toContain('Japan-U.S. Defense Ministerial Meeting (Summary)');
    expect(meeting).toContain('15 January 2026');
    expect(meeting).toContain('at the U.S. Department of War');
    await popup.click('.meeting-why summary');
    expect(await popup.text('.meeting-why')).toMatch(/names the participants Koizumi and Hegseth/);

    const counts = await popup.evaluate(() =>
      Object.fromEntries([...document.querySelectorAll<HTMLElement>('.count')].map((c) => [c.dataset.verdict, Number(c.querySelector('.count-n')?.textContent)])),
    );
    expect(counts.conflict).toBeGreaterThanOrEqual(2);
    expect(counts.supported).toBeGreaterThanOrEqual(2);

    const claims = await popup.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.claims .claim')].map((c) => ({ verdict: c.dataset.verdict, text: c.querySelector('.claim-text')?.textContent ?? '' })),
    );
    expect(claims.length).toBe(counts.conflict! + counts.supported! + counts.unverified!);
    expect(claims).toContainEqual(expect.objectContaining({ verdict: 'conflict', text: expect.stringContaining('two-hour talks at the Pentagon') }));
    expect(claims).toContainEqual(expect.objectContaining({ verdict: 'conflict', text: expect.stringContaining('signed a deal to jointly produce SM-3 Block IIA') }));
    await popup.screenshot('popup-report', { element: '.popup' });

    expect(await session.badgeText(page)).toBe(String(counts.conflict));
  });

  test('says plainly when nothing on the page is about the alliance, with no badge', async () => {
    const page = await open('/quiet-harbour-festival.html');
    const popup = await popupFor(page);
    await popup.waitForSelector('[data-status="nothing"]', { timeout: 15_000 });
    expect(await popup.text('.status')).toContain('Nothing to check here');
    await popup.screenshot('popup-nothing', { element: '.popup' });
    expect(await session.badgeText(page)).toBe('');
  });

  test('says so when the tab is a browser page the extension cannot read', async () => {
    // Firefox's driver does not see about: pages other than about:blank finish loading.
    const page = await open(browserName === 'chromium' ? 'chrome://version/' : 'about:blank');
    const popup = await popupFor(page);
    await popup.waitForSelector('[data-status="unreachable"]');
    expect(await popup.text('.status')).toContain('Readout Lens cannot read this page');
    expect(await popup.text('.status')).toContain('web pages (http and https) only');
    expect(await popup.count('#site-switch')).toBe(0);
    await popup.screenshot('popup-browser-page', { element: '.popup' });
  });

  test('choosing a claim scrolls the page to it and opens its card', async () => {
    const page = await open('/meridian-pentagon-talks.html');
    await highlighted(page);
    const popup = await popupFor(page);
    await popup.waitForSelector('.claims .claim[data-verdict="conflict"]');
    const index = await popup.evaluate(() => {
      const buttons = [...document.querySelectorAll<HTMLElement>('.claims .claim')];
      return buttons.findIndex((b) => b.textContent?.includes('signed a deal'));
    });
    expect(index).toBeGreaterThanOrEqual(0);
    await popup.click(`.claims .claim[data-index="${index}"]`);
    await popup.waitForSelector('.notice');
    expect(await popup.text('.notice')).toBe('Shown on the page.');

    await page.bringToFront();
    await page.waitFor(() => window.scrollY > 200 && document.activeElement?.getAttribute('aria-expanded') === 'true', undefined, { timeout: TIMEOUT });
    const shown = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const box = el?.getBoundingClientRect();
      return {
        text: el?.textContent ?? '',
        inView: !!box && box.top >= 0 && box.bottom <= innerHeight,
        card: document.querySelector('[data-rl="ui"]')?.shadowRoot?.textContent ?? '',
      };
    });
    expect(shown.text).toContain('signed a deal');
    expect(shown.inView).toBe(true);
    expect(shown.card).toContain('advance discussion to substantially increase the production');
    await page.screenshot('popup-focus-claim-page');
  });

  test('the badge ignores malformed report messages and clears when the tab navigates', async () => {
    const page = await open('/meridian-pentagon-talks.html');
    await highlighted(page);
    const popup = await popupFor(page);
    await popup.waitForSelector('.report');
    // The popup page sits in a tab of its own, so it can play a content script's part.
    const badges = await popup.evaluate(async () => {
      const g = globalThis as unknown as { browser?: PopupApi; chrome: PopupApi };
      const api = g.browser ?? g.chrome;
      const action = api.action ?? api.browserAction!;
      const tabId = (await api.tabs.getCurrent())!.id!;
      const settle = () => new Promise((ok) => setTimeout(ok, 300));
      const flag = { field: 'duration', severity: 'major', article: 'two-hour', official: 'approximately 50 minutes', explanation: 'Longer than the record says.' };
      const claim = { text: 'They held two-hour talks.', start: 0, end: 25, verdict: 'conflict', evidence: null, flags: [flag] };
      const report = { source: location.href, title: null, language: 'en', published: null, meeting: null, mentions: [], claims: [claim, claim] };
      await api.runtime.sendMessage({ type: 'report-updated', report: { ...report, claims: 'many' } }).catch(() => {});
      await api.runtime.sendMessage({ type: 'report-updated', report: { ...report, claims: [{ ...claim, verdict: 'wrong' }] } }).catch(() => {});
      await api.runtime.sendMessage({ type: 'report-updated' }).catch(() => {});
      await settle();
      const malformed = await action.getBadgeText({ tabId });
      await api.runtime.sendMessage({ type: 'report-updated', report }).catch(() => {});
      await settle();
      return { malformed, valid: await action.getBadgeText({ tabId }) };
    });
    expect(badges).toEqual({ malformed: '', valid: '2' });

    expect(await session.badgeText(page)).not.toBe('');
    await page.goto(server.url('/quiet-harbour-festival.html'));
    await page.waitForSelector('h1');
    expect(await session.badgeText(page)).toBe('');
  });

  test('the site switch turns the page off and back on', async () => {
    const page = await open('/meridian-pentagon-talks.html');
    await highlighted(page);
    const popup = await popupFor(page);
    await popup.waitForSelector('#site-switch');
    expect(await popup.evaluate(() => (document.getElementById('site-switch') as HTMLInputElement).checked)).toBe(true);

    await popup.click('.site-switch');
    await popup.waitForSelector('[data-status="off-site"]');
    expect(await popup.text('.site-switch')).toContain('Off for 127.0.0.1');
    await popup.screenshot('popup-site-off', { element: '.popup' });
    await page.waitFor((sel) => document.querySelectorAll(sel).length === 0, MARK);
    expect(await session.badgeText(page)).toBe('');

    await popup.click('.site-switch');
    await popup.waitForSelector('.report .claims .claim', { timeout: 20_000 });
    await highlighted(page);
  });
});
