// The side panel opens from the popup's button, in Chromium (Chrome's sidePanel): before the
// click the browser runs no side panel of the extension, after it one showing sidepanel.html.
// (The driver cannot see inside a side panel: what it shows is tested on sidepanel.html opened
// in a tab, tests/e2e/reader-a11y.e2e.test.ts. Firefox's sidebar is not opened by its driver.)
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
