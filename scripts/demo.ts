// `npm run demo`: builds the extension, serves the sample news pages (tests/fixtures/pages) from
// 127.0.0.1 and opens them in Chromium with the extension loaded. Without a display it runs
// headless and writes, per page, a screenshot of the annotated page, of an open hover card and
// of the popup, plus the page's report as JSON; then prints where they are. With a display the
// same happens in a visible window, which stays open until you close it.
//
// Options: --no-build (use the existing .output/chrome-mv3), --out DIR (default .output/demo),
// --lang ja (a browser set to Japanese: the interface follows it).
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import {
  PAGES_DIR, ROOT, launchExtension, startFixtureServer,
  type ExtensionSession, type TestPage,
} from '../tests/e2e/harness';
import type { Report } from '../engine/report';
import { countVerdicts } from '../utils/verdict-counts';

const args = process.argv.slice(2);
const OUT = resolve(ROOT, args.includes('--out') ? args[args.indexOf('--out') + 1]! : '.output/demo');
const BUILD = join(ROOT, '.output/chrome-mv3');
const LANGUAGE = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : undefined;
const CARD = '[data-rl="ui"] >>> .rl-card';

interface PageResult {
  page: string;
  files: string[];
  report: Report | null;
}

function build(): void {
  console.log('Building the Chrome extension (wxt build)…');
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('wxt build failed');
}

// Evaluated in the extension's service worker: the content script's answer to get-report.
async function reportOfTab(tabId: number): Promise<unknown> {
  const g = globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } };
  return g.chrome.tabs.sendMessage(tabId, { type: 'get-report' }).catch(() => null);
}

/** Waits until the page has its highlights (or, on a page with nothing to check, a short settle). */
async function settle(page: TestPage): Promise<void> {
  const live = await page.evaluate(() => 'liveBlog' in window);
  if (live) {
    // The live blog adds posts over a few seconds; wait for all of them, then for the re-read.
    await page.waitFor(() => (window as unknown as { liveBlog: { remaining(): number } }).liveBlog.remaining() === 0, undefined, { timeout: 20_000 });
    await page.waitFor(() => [...document.querySelectorAll('.post.fresh mark[data-rl="claim"]')].length > 0, undefined, { timeout: 15_000 }).catch(() => {});
  }
  await page.waitForSelector('mark[data-rl="claim"]', { timeout: 8_000 }).catch(() => {});
  await new Promise((ok) => setTimeout(ok, 1_000));
}

async function capture(session: ExtensionSession, file: string, shots: string): Promise<PageResult> {
  const name = basename(file, '.html');
  const files: string[] = [];
  const page = await session.newPage(`/${file}`);
  await settle(page);

  const shot = async (target: TestPage, suffix: string, opts: { fullPage?: boolean; element?: string } = {}) => {
    files.push(await target.screenshot(suffix, { ...opts, path: join(shots, `${name}.${suffix}.png`) }));
  };
  await shot(page, 'page', { fullPage: true });

  // The hover card of the first conflicting claim (else the first claim).
  const target = (await page.count('mark.rl-conflict[data-rl-head]')) > 0 ? 'mark.rl-conflict[data-rl-head]' : 'mark[data-rl="claim"][data-rl-head]';
  if ((await page.count(target)) > 0) {
    await page.evaluate((sel) => document.querySelector(sel)?.scrollIntoView({ block: 'center' }), target);
    await page.hover(target);
    await page.waitForSelector(CARD, { visible: true, timeout: 5_000 }).catch(() => {});
    await shot(page, 'card');
    await page.press('Escape');
  }

  const tabId = await session.tabIdOf(page);
  const answer = (await session.extensionEval(reportOfTab, tabId)) as { report?: Report | null } | null;
  const report = answer?.report ?? null;
  const reportPath = join(shots, `${name}.report.json`);
  await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`);
  files.push(reportPath);

  const popup = await session.openPopup(page);
  await popup.waitFor(() => {
    const status = document.querySelector('[data-status]')?.getAttribute('data-status');
    return status !== undefined && status !== 'loading' && status !== 'reading';
  }, undefined, { timeout: 10_000 }).catch(() => {});
  await shot(popup, 'popup', { element: '.popup' });
  await popup.close();
  return { page: file, files, report };
}

function summary(result: PageResult): string {
  const r = result.report;
  if (!r) return `${result.page}: no report (nothing about the alliance on the page)`;
  const c = countVerdicts(r);
  const meeting = r.meeting ? `meeting ${r.meeting.date} (${r.meeting.recordId}, ${Math.round(r.meeting.confidence * 100)}%)` : 'no official record fits';
  return `${result.page}: ${meeting}; ${r.claims.length} claims: ${c.conflict} conflict, ${c.supported} supported, ${c.unverified} unverified`;
}

async function main(): Promise<void> {
  if (!args.includes('--no-build')) build();
  const headless = !process.env.DISPLAY;
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  const pages = (await readdir(PAGES_DIR)).filter((f) => f.endsWith('.html')).sort();
  const server = await startFixtureServer();
  let session: ExtensionSession | undefined;
  try {
    session = await launchExtension('chromium', { server, extensionDir: BUILD, headless, language: LANGUAGE });
    console.log(`Serving ${pages.length} sample pages at ${server.origin}/ in ${headless ? 'headless ' : ''}Chromium with Readout Lens loaded.`);
    const results: PageResult[] = [];
    for (const file of pages) {
      const result = await capture(session, file, OUT);
      results.push(result);
      console.log(`  ${summary(result)}`);
    }
    console.log(`\nScreenshots and reports are in ${relative(process.cwd(), OUT) || '.'}/:`);
    for (const result of results) for (const f of result.files) console.log(`  ${relative(process.cwd(), f)}`);
    if (!headless) {
      for (const file of pages) await session.newPage(`/${file}`);
      console.log('\nChromium stays open with the sample pages; close its window (or press Ctrl-C) to end.');
      await Promise.race([session.closed, new Promise<void>((done) => process.once('SIGINT', () => done()))]);
    }
  } finally {
    await session?.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
