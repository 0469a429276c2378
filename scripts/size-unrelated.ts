// `npx tsx scripts/size-unrelated.ts [ROUNDS] [--compare DIR]`: what the content scripts cost a
// page with nothing alliance-related (the benchmark's generated "none" page, 3,000 words), in
// headless Chromium with the built extension loaded as a user loads it (`npm run build` first).
// The page's main thread is traced from the moment the first of them starts evaluating (the
// always-injected gate; the lens it may have injected, or an older build's single script, are
// traced too: bench-trace.ts CONTENT_SCRIPTS): every task they run in counts whole (evaluation
// and compilation included), with how much of it V8 spent compiling. An extension whose content script does nothing is measured in the same run,
// rounds interleaved, as the floor; with --compare, so is a second built extension (an older
// build, say): all see the same machine load, and the results are ratios. So is one whose
// content script only sends the page's text and listens: what any extension of this kind costs.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext } from 'playwright-core';
import { CONTENT_SCRIPTS, mainThread, scriptIdsOf, scriptStart, tasksOf, type TraceEvent } from './lib/bench-trace';
import { unrelatedPage } from './lib/bench-pages';
import { median } from './lib/bench-measure';
import { servePages } from './lib/serve-pages';

const ROOT = resolve(import.meta.dirname, '..');
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const argv = process.argv.slice(2);
const at = argv.indexOf('--compare');
/**
 * The floor: an extension whose content script (on the same pages, at the same moment) does
 * nothing, so what any content script costs the page is measured too, in the same run.
 */
function emptyExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'readout-floor-'));
  mkdirSync(join(dir, 'content-scripts'));
  writeFileSync(join(dir, 'content-scripts/news.js'), 'void 0;\n');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: 'floor', version: '1',
    content_scripts: [{ matches: ['http://*/*'], js: ['content-scripts/news.js'], run_at: 'document_idle' }],
    background: { service_worker: 'background.js' },
  }));
  writeFileSync(join(dir, 'background.js'), 'void 0;\n');
  return dir;
}
/**
 * What any such extension must cost: a content script that only sends the page's text to its
 * background and listens for messages (no gate, no settings), measured in the same run.
 */
function messagingExtension(): string {
  const dir = emptyExtension();
  writeFileSync(join(dir, 'content-scripts/news.js'),
    'setTimeout(() => { chrome.runtime.sendMessage({ text: document.body.textContent }).catch(() => {}); chrome.runtime.onMessage.addListener(() => {}); }, 0);\n');
  writeFileSync(join(dir, 'background.js'), 'chrome.runtime.onMessage.addListener(() => {});\n');
  return dir;
}
const floor = emptyExtension();
const messaging = messagingExtension();
const builds = [join(ROOT, '.output/chrome-mv3'), ...(at >= 0 ? [resolve(argv[at + 1] ?? '')] : []), messaging, floor];
const rounds = Number(argv.find((a) => /^\d+$/.test(a)) ?? 9);

interface Run {
  /** ms of main-thread time in tasks the script ran in, from its start. */
  total: number;
  longest: number;
  /** ms V8 spent compiling the script's code in them. */
  compile: number;
}

const page = unrelatedPage(3_000);
const server = await servePages(new Map([['/none.html', page.html]]));
const url = server.url('/none.html');

async function measure(ctx: BrowserContext, label = ''): Promise<Run> {
  const tab = await ctx.newPage();
  const cdp = await ctx.newCDPSession(tab);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e: { value: Array<Record<string, unknown>> }) => {
    for (const v of e.value) events.push(v as unknown as TraceEvent);
  });
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['devtools.timeline', 'toplevel', ...(process.env.RL_TRACE_V8 ? ['v8'] : [])] } });
  await tab.goto(url, { waitUntil: 'load' });
  await tab.waitForTimeout(1_500); // settings, snapshot, the gate's answer
  await cdp.send('Tracing.end');
  await complete;
  await tab.close();
  const thread = mainThread(events, CONTENT_SCRIPTS);
  const start = scriptStart(events, CONTENT_SCRIPTS);
  if (!thread || start === null) throw new Error('the content script did not run');
  const all = tasksOf(events, thread, CONTENT_SCRIPTS, scriptIdsOf(events, CONTENT_SCRIPTS));
  const tasks = all.filter((t) => t.ours && t.end > start);
  if (process.env.RL_BENCH_DEBUG) dumpTasks(events, all, start, label);
  const compile = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && /^v8\.compile$|^V8\.CompileCode$/.test(e.name) && e.ts / 1000 >= start - 1
      && tasks.some((t) => e.ts / 1000 >= t.start && e.ts / 1000 <= t.end))
    .reduce((n, e) => n + (e.dur ?? 0) / 1000, 0);
  return {
    total: tasks.reduce((n, t) => n + t.end - t.start, 0),
    longest: Math.max(0, ...tasks.map((t) => t.end - t.start)),
    compile,
  };
}

/** RL_BENCH_DEBUG=1: every main-thread task from 50 ms before the script's start, and what ran in it. */
function dumpTasks(events: TraceEvent[], tasks: ReturnType<typeof tasksOf>, from: number, label: string): void {
  const lines = tasks.filter((t) => t.end >= from - 50 && t.end - t.start > 0.05).map((t) => {
    const inside = events.filter((e) => e.ph === 'X' && e.ts / 1000 >= t.start && e.ts / 1000 < t.end && (e.dur ?? 0) > 50 && !/RunTask|ThreadPool/.test(e.name));
    const what = inside.map((e) => `${e.name}${e.args?.data?.url ? `:${String(e.args.data.url).slice(-24)}` : ''}${e.args?.data && 'functionName' in e.args.data ? `:${String(e.args.data.functionName)}` : ''}(${((e.dur ?? 0) / 1000).toFixed(2)})`).slice(0, 10).join(' ');
    return `${(t.start - from).toFixed(1).padStart(8)} +${(t.end - t.start).toFixed(2).padStart(6)}${t.ours ? ' ours' : '     '} ${what}`;
  });
  // Stamps a debugging build may leave (console.timeStamp('dbg-…')), in time order.
  const debugStamps = events.filter((e) => e.name === 'TimeStamp' && String(e.args?.data?.message ?? '').startsWith('dbg-') && e.ts / 1000 >= from - 1);
  const stamped = debugStamps.map((e) => `${String(e.args?.data?.message)} ${(e.ts / 1000 - from).toFixed(2)}`).join(', ');
  process.stderr.write(`--- ${label}\n${lines.join('\n')}\n${stamped ? `stamps: ${stamped}\n` : ''}`);
}

const opened: Array<{ dir: string; ctx: BrowserContext; profile: string; runs: Run[] }> = [];
try {
  for (const dir of builds) {
    const profile = mkdtempSync(join(tmpdir(), 'readout-size-'));
    const ctx = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...ARGS],
    });
    if (ctx.serviceWorkers().length === 0) await ctx.waitForEvent('serviceworker', { timeout: 15_000 });
    opened.push({ dir, ctx, profile, runs: [] });
  }
  for (const o of opened) await measure(o.ctx, `${o.dir} (warm-up)`); // warm-up
  for (let r = 0; r < rounds; r++) for (const o of r % 2 ? [...opened].reverse() : opened) o.runs.push(await measure(o.ctx, o.dir));
} finally {
  for (const o of opened) {
    await o.ctx.close();
    rmSync(o.profile, { recursive: true, force: true });
  }
  server.close();
  for (const dir of [floor, messaging]) rmSync(dir, { recursive: true, force: true });
}

const ms = (xs: number[]) => `${median(xs).toFixed(1)} ms (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})`;
for (const o of opened) {
  if (o.dir === floor || o.dir === messaging) {
    const what = o.dir === floor ? 'the floor, a content script that does nothing' : 'a content script that only sends the page text and listens';
    console.log(`\n${what}: ${ms(o.runs.map((r) => r.total))} in its tasks, longest ${ms(o.runs.map((r) => r.longest))}`);
    continue;
  }
  const inManifest = (JSON.parse(readFileSync(join(o.dir, 'manifest.json'), 'utf8')) as { content_scripts?: Array<{ js: string[] }> })
    .content_scripts?.flatMap((c) => c.js).filter((f) => CONTENT_SCRIPTS.test(`chrome-extension://id/${f}`)) ?? [];
  // The manifest's scripts and those the background injects (content-scripts/*.js).
  const files = [...new Set([...inManifest, ...readdirSync(join(o.dir, 'content-scripts')).filter((f) => f.endsWith('.js')).map((f) => `content-scripts/${f}`)])];
  const scripts = files.map((f) => `${f} ${gzipSync(readFileSync(join(o.dir, f)), { level: 9 }).length} bytes gzip`);
  console.log(`\n${o.dir}: ${scripts.join(', ')} (in the manifest: ${inManifest.join(', ')}); page with no alliance content, ${o.runs.length} rounds, median (range)`);
  console.log(`  main-thread time in the scripts' tasks: ${ms(o.runs.map((r) => r.total))}`);
  console.log(`  longest of them:                        ${ms(o.runs.map((r) => r.longest))}`);
  console.log(`  V8 compiling in them:                   ${ms(o.runs.map((r) => r.compile))}`);
}
const ratio = (a: number, b: number, f: (r: Run) => number) => (median(opened[a]!.runs.map(f)) / median(opened[b]!.runs.map(f))).toFixed(2);
const last = opened.length - 1;
console.log(`\nthis build ÷ the floor: total ${ratio(0, last, (r) => r.total)}×, longest ${ratio(0, last, (r) => r.longest)}×`);
console.log(`this build ÷ only sending and listening: total ${ratio(0, last - 1, (r) => r.total)}×, longest ${ratio(0, last - 1, (r) => r.longest)}×`);
if (opened.length === 4) {
  console.log(`this build ÷ the other: total ${ratio(0, 1, (r) => r.total)}×, longest ${ratio(0, 1, (r) => r.longest)}×, compiling ${ratio(0, 1, (r) => r.compile)}×`);
}
