// Shared settings of the end-to-end suite: browsers, paths, timeouts.
import { join, resolve } from 'node:path';

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
export const VIEWPORT = { width: 1280, height: 900 };

export const CHROMIUM_ARGS = [
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
