// The harness itself: a fixture page loads in both browsers with the extension's background up.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, launchExtension, startFixtureServer, type ExtensionSession, type FixtureServer } from './harness';

describe.each(BROWSERS)('%s with the extension loaded', (browserName) => {
  let server: FixtureServer;
  let session: ExtensionSession;

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchExtension(browserName, { server });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test('serves a fixture page and runs the background', async () => {
    const page = await session.newPage('/quiet-harbour-festival.html');
    expect(await page.evaluate(() => document.contentType)).toBe('text/html');
    expect(await page.text('h1')).toContain('harbour');
    expect(await session.backgroundRunning()).toBe(true);
    await page.screenshot('smoke-fixture-page');
  });

  test('opens the popup and options pages as tabs', async () => {
    const page = await session.newPage('/quiet-harbour-festival.html');
    const popup = await session.openPopup(page);
    expect(popup.url()).toMatch(/\/popup\.html\?tab=\d+$/);
    const options = await session.openOptions();
    expect(options.url()).toContain('/options.html');
    expect(await session.badgeText(page)).toBe('');
  });
});
