// The store build's card cannot be read or rewritten by the page: its shadow root is closed.
// (The test build opens it so the rest of the suite can look inside; this file builds and
// loads the production packages, in both browsers, and checks the root while the card is shown.)
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, ROOT, launchExtension, startFixtureServer, type ExtensionSession, type FixtureServer } from './harness';
import { GENUINE, HOSTILE_DIR, waitForGenuine } from './hostile-helpers';
import { buildStorePackages } from './store-build';

const PRODUCTION_DIRS = { chromium: join(ROOT, '.output/chrome-mv3'), firefox: join(ROOT, '.output/firefox-mv2') };

beforeAll(buildStorePackages, 360_000);

describe.each(BROWSERS)('the production card in %s', (browserName) => {
  let server: FixtureServer;
  let session: ExtensionSession;
  beforeAll(async () => {
    server = await startFixtureServer(HOSTILE_DIR);
    session = await launchExtension(browserName, { server, extensionDir: PRODUCTION_DIRS[browserName] });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test('while the card is shown, its host has no shadow root the page can reach', async () => {
    const page = await session.newPage('/furniture.html');
    try {
      await waitForGenuine(page);
      const head = `${GENUINE}[data-rl-head][aria-expanded]`;
      await page.hover(head);
      // Shown: the host is in the top layer and its highlight says its card is expanded.
      await page.waitFor((sel: string) => {
        const host = document.querySelector<HTMLElement>('[data-rl="ui"]');
        return !!host && host.matches(':popover-open') && document.querySelector(sel)?.getAttribute('aria-expanded') === 'true';
      }, head, { timeout: 10_000 });
      // And painted: somewhere beside the highlight, the page's hit test lands on the host.
      const painted = await page.evaluate((sel: string) => {
        const host = document.querySelector('[data-rl="ui"]');
        const r = document.querySelector(sel)!.getBoundingClientRect();
        for (let dy = 6; dy <= 160; dy += 6) {
          for (const y of [r.bottom + dy, r.top - dy]) if (document.elementFromPoint(r.left + 12, y) === host) return true;
        }
        return false;
      }, head);
      expect(painted).toBe(true);
      const seen = await page.evaluate((sel: string) => {
        const host = document.querySelector<HTMLElement>('[data-rl="ui"]')!;
        let reattached = 'allowed';
        try {
          host.attachShadow({ mode: 'open' });
        } catch (e) {
          reattached = (e as Error).name;
        }
        return {
          shadowRoot: host.shadowRoot === null ? null : 'readable',
          expanded: document.querySelector(sel)!.getAttribute('aria-expanded'),
          lightText: host.textContent,
          reattached,
        };
      }, head);
      expect(seen).toEqual({ shadowRoot: null, expanded: 'true', lightText: '', reattached: 'NotSupportedError' });
    } finally {
      await page.close();
    }
  });
});
