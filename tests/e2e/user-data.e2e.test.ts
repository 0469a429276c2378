// The user's data in both browsers: bad imports in the settings page (a 20 MB file, a page of
// scripts, a duplicate) are refused with a clear message and leave storage exactly as it was;
// settings and imported records survive a browser restart (same profile launched again) and an
// extension update (a build of the next version installed over it; in Firefox also a reload).
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  BROWSERS, EXTENSION_DIRS, ROOT, TIMEOUT, launchExtension, startFixtureServer,
  type ExtensionSession, type FixtureServer, type TestPage,
} from './harness';

const PHONE_SUMMARY = join(ROOT, 'tests/fixtures/imports/telephone-talk-2026-03-03.txt');
const PHONE_ID = 'mod-en-2026-03-03';

interface StorageApi {
  storage: { local: { get(keys: null | string | string[]): Promise<Record<string, unknown>> } };
  runtime: { reload(): void };
}

// Evaluated in an extension page: everything the extension stored.
async function storedState(): Promise<Record<string, unknown>> {
  const g = globalThis as unknown as { browser?: StorageApi; chrome: StorageApi };
  return (g.browser ?? g.chrome).storage.local.get(null);
}

async function waitForError(options: TestPage, part: string): Promise<string> {
  await options.waitFor((p) => document.getElementById('import-error')?.textContent?.includes(p), part, { timeout: TIMEOUT });
  return options.text('#import-error');
}

async function pasteSummary(options: TestPage): Promise<void> {
  await options.waitForSelector('#import-text');
  await options.fill('#import-text', await readFile(PHONE_SUMMARY, 'utf8'));
  await options.click('#import-paste');
}

describe.each(BROWSERS)('user data in %s', (browserName) => {
  let server: FixtureServer;
  let dir: string;
  beforeAll(async () => {
    server = await startFixtureServer();
    dir = await mkdtemp(join(tmpdir(), 'readout-user-data-'));
  });
  afterAll(async () => {
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('bad imports are refused with a clear message and leave storage as it was', async () => {
    const session: ExtensionSession = await launchExtension(browserName, { server });
    try {
      const options = await session.openOptions();
      await pasteSummary(options);
      await options.waitForSelector(`.record[data-record-id="${PHONE_ID}"][data-origin="imported"]`);
      const before = await options.evaluate(storedState);
      expect(JSON.stringify(before)).toContain(PHONE_ID);

      // 21 MB: refused before it is read.
      const big = join(dir, 'big.txt');
      await writeFile(big, `${await readFile(PHONE_SUMMARY, 'utf8')}\n${' '.repeat(21 * 1024 * 1024)}`);
      await options.setInputFiles('#import-file', big);
      expect(await waitForError(options, '"big.txt"')).toMatch(/Nothing was imported from "big\.txt"\. The file is 22 MB; expected a summary of a few megabytes at most\./);
      expect(await options.evaluate(storedState)).toEqual(before);

      // A saved page of nothing but scripts (and a summary hidden in one): nothing is read from them.
      const scripts = join(dir, 'scripts.html');
      await writeFile(scripts, `<!doctype html><html><body onload="document.title='ran'"><script>document.title = 'ran'; ${JSON.stringify(await readFile(PHONE_SUMMARY, 'utf8'))}</script>${'<script>alert(1)</script>'.repeat(500)}<p>Home</p></body></html>`);
      await options.setInputFiles('#import-file', scripts);
      expect(await waitForError(options, '"scripts.html"')).toMatch(/Nothing was imported from "scripts\.html"\. Line \d+ of the text read from the page: expected /);
      expect(await options.evaluate(() => document.title)).not.toBe('ran');
      expect(await options.evaluate(storedState)).toEqual(before);

      // The same summary again: a duplicate, said so.
      await pasteSummary(options);
      expect(await waitForError(options, 'imported already')).toContain(`"${PHONE_ID}" is imported already, exactly as given; nothing changed.`);
      expect(await options.evaluate(storedState)).toEqual(before);
      await options.screenshot('options-import-duplicate', { fullPage: true });
    } finally {
      await session.close();
    }
  });

  test('settings and imported records survive a browser restart and an extension update', async () => {
    const profileDir = join(dir, `profile-${browserName}`);
    let session: ExtensionSession = await launchExtension(browserName, { server, profileDir });
    try {
      const options = await session.openOptions();
      await pasteSummary(options);
      await options.waitForSelector(`.record[data-record-id="${PHONE_ID}"][data-origin="imported"]`);
      await options.click('#opt-minor');
      await options.waitFor(async () => {
        const g = globalThis as unknown as { browser?: StorageApi; chrome: StorageApi };
        const { settings } = await (g.browser ?? g.chrome).storage.local.get('settings');
        return (settings as { showMinorFlags?: boolean } | undefined)?.showMinorFlags === false;
      });
      const saved = await options.evaluate(storedState);
      expect(saved['settings$']).toEqual({ v: 2 });
      await session.close();

      // Restart: the same profile, launched again (with the build's files copied in afresh).
      session = await launchExtension(browserName, { server, profileDir });
      const again = await session.openOptions();
      await again.waitForSelector(`.record[data-record-id="${PHONE_ID}"][data-origin="imported"]`);
      expect(await again.evaluate(() => (document.getElementById('opt-minor') as HTMLInputElement).checked)).toBe(false);
      expect(await again.evaluate(storedState)).toEqual(saved);

      // Update: the next version (the same build, its manifest version raised) installed over it
      // in the same profile, at the same place, so with the same id.
      await session.close();
      const next = join(dir, `next-${browserName}`);
      await cp(EXTENSION_DIRS[browserName], next, { recursive: true });
      const manifest = JSON.parse(await readFile(join(next, 'manifest.json'), 'utf8')) as { version: string };
      manifest.version = manifest.version.replace(/\d+$/, (n) => String(Number(n) + 1));
      await writeFile(join(next, 'manifest.json'), JSON.stringify(manifest));
      session = await launchExtension(browserName, { server, profileDir, extensionDir: next });
      const updated = await session.openOptions();
      expect(await updated.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { version: string } } } }).chrome.runtime.getManifest().version)).toBe(manifest.version);
      await updated.waitForSelector(`.record[data-record-id="${PHONE_ID}"][data-origin="imported"]`);
      expect(await updated.evaluate(storedState)).toEqual(saved);

      if (browserName === 'firefox') {
        // And a reload of the running extension (Chromium does not bring back one loaded from the command line).
        await updated.evaluate(() => {
          const g = globalThis as unknown as { browser?: StorageApi; chrome: StorageApi };
          setTimeout(() => (g.browser ?? g.chrome).runtime.reload(), 50);
        });
        let reloaded: TestPage | null = null;
        for (const deadline = Date.now() + 30_000; !reloaded && Date.now() < deadline;) {
          await new Promise((ok) => setTimeout(ok, 1000));
          reloaded = await session.openOptions().catch(() => null);
        }
        if (!reloaded) throw new Error('the extension did not come back after reloading');
        await reloaded.waitForSelector(`.record[data-record-id="${PHONE_ID}"][data-origin="imported"]`, { timeout: 20_000 });
        expect(await reloaded.evaluate(storedState)).toEqual(saved);
      }
    } finally {
      await session.close();
    }
  }, 180_000);
});
