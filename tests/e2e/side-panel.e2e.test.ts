// The side panel opens from the popup's button, in Chromium (Chrome's sidePanel): before the
// click the browser runs no side panel of the extension, after it one showing sidepanel.html.
// (The driver cannot see inside a side panel: what it shows is tested on sidepanel.html opened
// in a tab, tests/e2e/reader-a11y.e2e.test.ts.) In Firefox the popup's button opens the real
// sidebar (sidebar_action); the driver cannot see it either, but the extension's own pages can:
// its document is read through extension.getViews({ type: 'sidebar' }), and it shows the report
// of the tab in front, the same as the popup's.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { launchExtension, startFixtureServer, type ExtensionSession, type FixtureServer, type TestPage } from './harness';

interface ContextsApi {
  runtime: { getContexts(filter: { contextTypes: string[] }): Promise<{ documentUrl?: string }[]> };
}
// Evaluated in the service worker: the side panels the browser shows for the extension.
async function sidePanels(): Promise<string[]> {
  const api = (globalThis as unknown as { chrome: ContextsApi }).chrome;
  return (await api.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).map((c) => c.documentUrl ?? '');
}

describe('the side panel in chromium', () => {
  let server: FixtureServer;
  let session: ExtensionSession;
  const opened: TestPage[] = [];
  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchExtension('chromium', { server });
  });
  afterEach(async () => {
    for (const page of opened.splice(0)) await page.close().catch(() => {});
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test('opens from the popup\'s button', async () => {
    const page = await session.newPage('/meridian-pentagon-talks.html');
    opened.push(page);
    await page.waitForSelector('mark[data-rl="claim"]', { timeout: 20_000 });
    const popup = await session.openPopup(page);
    opened.push(popup);
    await popup.waitForSelector('#open-panel');
    expect(await session.extensionEval(sidePanels)).toEqual([]);
    await popup.click('#open-panel');
    const deadline = Date.now() + 10_000;
    // A panel's context can exist before its document has an address: wait for the address.
    const loaded = (urls: string[]) => urls.filter((u) => URL.canParse(u));
    let panels: string[] = [];
    while (Date.now() < deadline && loaded(panels).length === 0) {
      panels = await session.extensionEval(sidePanels);
      if (loaded(panels).length === 0) await new Promise((ok) => setTimeout(ok, 200));
    }
    expect(panels).toHaveLength(1);
    expect(new URL(loaded(panels)[0]!).pathname).toBe('/sidepanel.html');
  });
});

interface SidebarApi {
  sidebarAction: { isOpen(details: object): Promise<boolean> };
  extension: { getViews(filter: { type: string }): Window[] };
}
// Evaluated on an extension page in Firefox: whether the sidebar is open, and what it shows.
async function sidebarSeen(): Promise<{ open: boolean; views: number; status: string | null; counts: string | null; claims: number; meeting: string | null }> {
  const api = (globalThis as unknown as { browser: SidebarApi }).browser;
  const open = await api.sidebarAction.isOpen({});
  const views = api.extension.getViews({ type: 'sidebar' });
  const doc = views[0]?.document;
  return {
    open, views: views.length,
    status: doc?.querySelector('[data-status]')?.getAttribute('data-status') ?? null,
    counts: (doc?.querySelector('.counts') as HTMLElement | null)?.innerText ?? null,
    claims: doc?.querySelectorAll('.report .claims .claim').length ?? 0,
    meeting: (doc?.querySelector('.meeting') as HTMLElement | null)?.innerText ?? null,
  };
}

describe('the sidebar in firefox', () => {
  let server: FixtureServer;
  let session: ExtensionSession;
  const opened: TestPage[] = [];
  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchExtension('firefox', { server });
    // The extension page the checks run on, opened first so that it never takes the front later.
    await session.extensionEval(sidebarSeen);
  });
  afterAll(async () => {
    for (const page of opened.splice(0)) await page.close().catch(() => {});
    await session?.close();
    await server?.close();
  });

  test('opens from the popup\'s button and shows the report of the page in front', async () => {
    expect((await session.extensionEval(sidebarSeen)).open).toBe(false);
    const page = await session.newPage('/meridian-pentagon-talks.html');
    opened.push(page);
    await page.waitForSelector('mark[data-rl="claim"]', { timeout: 20_000 });
    const popup = await session.openPopup(page);
    opened.push(popup);
    await popup.waitForSelector('.report .claims .claim');
    const inPopup = { counts: await popup.text('.counts'), claims: await popup.count('.report .claims .claim'), meeting: await popup.text('.meeting') };
    await popup.click('#open-panel');
    await page.bringToFront();
    let seen = await session.extensionEval(sidebarSeen);
    for (const deadline = Date.now() + 10_000; Date.now() < deadline && !(seen.status === 'report' && seen.counts === inPopup.counts);) {
      await new Promise((ok) => setTimeout(ok, 200));
      seen = await session.extensionEval(sidebarSeen);
    }
    expect(seen).toMatchObject({ open: true, views: 1, status: 'report', counts: inPopup.counts, claims: inPopup.claims });
    expect(seen.meeting?.replace(/\s+/g, ' ')).toBe(inPopup.meeting.replace(/\s+/g, ' '));
    expect(inPopup.claims).toBeGreaterThan(0);
  });
});
