// The lens loads only where it is needed: the always-injected gate has the background inject it
// into a page about the alliance, with the site on. A page about nothing alliance-related never
// gets it (no highlight, no card host, and the test build's background records no injection),
// yet still lights up when related content arrives later, and a related page whose site is
// switched on later gets its highlights then; so does a single-page site's route to an alliance
// article from an unrelated page.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { BROWSERS, launchExtension, startFixtureServer, type ExtensionSession, type FixtureServer, type TestPage } from './harness';

const UNRELATED = '/quiet-harbour-festival.html';
const RELATED = '/alliance-notes-tokyo-meeting.html';

interface Settings {
  enabled: boolean;
  disabledSites: string[];
  showMinorFlags: boolean;
  showMentions: boolean;
}
const DEFAULTS: Settings = { enabled: true, disabledSites: [], showMinorFlags: true, showMentions: true };

// Evaluated in the extension (serialised: no outer names).
async function writeSettings(value: Settings): Promise<void> {
  const g = globalThis as unknown as { browser?: { storage: { local: { set(v: object): Promise<void> } } }; chrome: { storage: { local: { set(v: object): Promise<void> } } } };
  await (g.browser ?? g.chrome).storage.local.set({ settings: value, e2eLensLoads: [] });
}
async function lensLoads(): Promise<string[]> {
  const g = globalThis as unknown as { browser?: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } }; chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } };
  const { e2eLensLoads } = await (g.browser ?? g.chrome).storage.local.get('e2eLensLoads');
  return Array.isArray(e2eLensLoads) ? (e2eLensLoads as string[]) : [];
}
async function messageTab(arg: { tabId: number; message: object }): Promise<unknown> {
  const g = globalThis as unknown as { browser?: { tabs: { sendMessage(id: number, m: object): Promise<unknown> } }; chrome: { tabs: { sendMessage(id: number, m: object): Promise<unknown> } } };
  return (g.browser ?? g.chrome).tabs.sendMessage(arg.tabId, arg.message);
}

describe.each(BROWSERS)('the lens loaded on demand in %s', (browserName) => {
  let server: FixtureServer;
  let session: ExtensionSession;
  const open: TestPage[] = [];
  const newPage = async (path: string) => {
    const page = await session.newPage(path);
    open.push(page);
    return page;
  };
  /** Polls the popup's get-report to the page until the answer matches `expected`. */
  const gateSays = async (page: TestPage, expected: Record<string, unknown>) => {
    const tabId = await session.tabIdOf(page);
    await expect.poll(() => session.extensionEval(messageTab, { tabId, message: { type: 'get-report' } }), { timeout: 10_000 })
      .toMatchObject(expected);
  };
  const loadedInto = async (path: string) => (await session.extensionEval(lensLoads)).filter((u) => u.endsWith(path)).length;

  beforeAll(async () => {
    server = await startFixtureServer();
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

  test('a page about nothing alliance-related never gets the lens, and the popup hears "nothing found"', async () => {
    const page = await newPage(UNRELATED);
    // The gate has answered once get-report says so (the background's answer is in).
    await gateSays(page, { active: true, report: null, phase: 'waiting' });
    await new Promise((r) => setTimeout(r, 500)); // (time for a wrong injection to show)
    expect(await page.count('mark[data-rl], [data-rl="ui"]')).toBe(0);
    expect(await loadedInto(UNRELATED)).toBe(0);
  });

  test('an unrelated page that later gets alliance content gets the lens and its highlights', async () => {
    const page = await newPage(UNRELATED);
    await gateSays(page, { phase: 'waiting' });
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = 'Update: Defense Minister Koizumi and Secretary Hegseth agreed to expand bilateral presence in the southwestern region.';
      (document.querySelector('article') ?? document.body).append(p);
    });
    await page.waitForSelector('#late mark[data-rl]');
    expect(await page.count('#late mark.rl-mention')).toBeGreaterThan(0);
    expect(await loadedInto(UNRELATED)).toBe(1);
  });

  test('a single-page site that routes from an unrelated page to an alliance article gets the lens and its highlights', async () => {
    const page = await newPage(UNRELATED);
    await gateSays(page, { phase: 'waiting' });
    // As a client-side router does: a new URL, and the old page's content replaced by the new one's.
    await page.evaluate(() => {
      history.pushState({}, '', '/news/koizumi-hegseth-talks');
      const article = document.createElement('article');
      article.id = 'routed';
      const h1 = document.createElement('h1');
      h1.textContent = 'Koizumi and Hegseth agree to deepen cooperation';
      const p = document.createElement('p');
      p.textContent = 'Defense Minister Shinjiro Koizumi and Secretary Pete Hegseth met in Tokyo and agreed to advance co-production of SM-3 Block IIA interceptors.';
      article.append(h1, p);
      document.body.replaceChildren(article);
    });
    await page.waitForSelector('#routed mark[data-rl]', { timeout: 10_000 });
    expect(await page.count('#routed mark.rl-mention')).toBeGreaterThan(1);
    expect(await loadedInto('/news/koizumi-hegseth-talks')).toBe(1);
  });

  test('a related page gets the lens once; with its site switched on later, it gets highlights then', async () => {
    const host = new URL(server.url(RELATED)).hostname;
    await session.extensionEval(writeSettings, { ...DEFAULTS, disabledSites: [host] });
    const page = await newPage(RELATED);
    await gateSays(page, { active: false, report: null, phase: 'off' });
    expect(await page.count('mark[data-rl]')).toBe(0);
    expect(await loadedInto(RELATED)).toBe(0);
    await session.extensionEval(writeSettings, DEFAULTS);
    await page.waitForSelector('mark[data-rl]');
    expect(await loadedInto(RELATED)).toBe(1);
  });
});
