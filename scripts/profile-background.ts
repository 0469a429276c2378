// `npx tsx scripts/profile-background.ts [--words=3000] [--loads=5] [DIR]`: where the background's
// time goes while the lens reads a bench page. Loads the page with the built extension (default
// .output/chrome-mv3) several times with the service worker's CPU profiler on, and prints its
// self time by function, then its busy stretches in time order with where each one's time went.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { alliancePage } from './lib/bench-pages';
import { servePages } from './lib/serve-pages';

const argv = process.argv.slice(2);
const opt = (name: string, fallback: number) => Number(argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const words = opt('words', 3_000);
const loads = opt('loads', 5);
const dir = argv.find((a) => !a.startsWith('--')) ?? join(import.meta.dirname, '..', '.output', 'chrome-mv3');

// With a source map beside background.js (a WXT_SIZE=1 build), functions are named by their source.
const mapFile = join(dir, 'background.js.map');
const map = existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : null;
const where = (f: { functionName: string; url: string; lineNumber: number; columnNumber: number }) => {
  const entry = map && f.url.endsWith('/background.js') ? map.findEntry(f.lineNumber, f.columnNumber) : null;
  const found = entry && 'originalSource' in entry ? (entry as { originalSource: string; originalLine: number }) : null;
  const at = found ? `${found.originalSource.replace(/^.*?\/(engine|utils|entrypoints|data|node_modules)\//, '$1/')}:${found.originalLine + 1}` : `${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
  return `${f.functionName || '(anonymous)'} ${at}`;
};

const ANALYSED = 'mark[data-rl="claim"]';
const page = alliancePage(words);
const server = await servePages(new Map([['/page.html', page.html]]));
const profileDir = mkdtempSync(join(tmpdir(), 'rl-prof-'));
const ctx = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  userDataDir: profileDir,
  pipe: true,
  enableExtensions: [dir],
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const target = await ctx.waitForTarget((t) => t.type() === 'service_worker');
  const cdp = await target.createCDPSession();
  // A warm-up load: the engine is built on first use.
  const warm = await ctx.newPage();
  await warm.goto(server.url('/page.html'));
  // A claim is drawn only once the page's analysis is in (its mentions in view come before).
  await warm.waitForSelector(ANALYSED, { timeout: 30_000 });
  await warm.close();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < loads; i++) {
    const tab = await ctx.newPage();
    await tab.goto(server.url('/page.html'));
    await tab.waitForSelector(ANALYSED, { timeout: 30_000 });
    await new Promise((r) => setTimeout(r, 500));
    await tab.close();
  }
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Record<string, unknown> };
  type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } };
  const nodes = new Map<number, Node>((profile.nodes as Node[]).map((n) => [n.id, n]));
  const self = new Map<number, number>();
  const deltas = profile.timeDeltas as number[];
  (profile.samples as number[]).forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (deltas[i + 1] ?? 0)));
  const byName = new Map<string, number>();
  let total = 0;
  for (const [id, us] of self) {
    const f = nodes.get(id)!.callFrame;
    if (f.functionName === '(idle)' || f.functionName === '(program)') continue;
    const key = where(f);
    byName.set(key, (byName.get(key) ?? 0) + us);
    total += us;
  }
  console.log(`busy ${(total / 1000 / loads).toFixed(1)} ms a load (${loads} loads of ${page.words} words)`);
  for (const [k, us] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${(us / 1000 / loads).toFixed(2).padStart(8)} ms  ${k}`);
  // Busy stretches (samples not idle, gaps under 2 ms joined), each with where its time went.
  let t = profile.startTime as number;
  const stretches: Array<{ from: number; to: number; self: Map<string, number> }> = [];
  (profile.samples as number[]).forEach((id, i) => {
    t += deltas[i] ?? 0;
    const f = nodes.get(id)!.callFrame;
    if (f.functionName === '(idle)') return;
    let last = stretches.at(-1);
    if (!last || t - last.to >= 2_000) stretches.push((last = { from: t, to: t, self: new Map() }));
    last.to = t;
    const key = where(f);
    last.self.set(key, (last.self.get(key) ?? 0) + (deltas[i + 1] ?? 0));
  });
  const t0 = stretches[0]?.from ?? 0;
  console.log('busy stretches over 1 ms (start ms, length ms, top functions):');
  for (const st of stretches.filter((x) => x.to - x.from > 1_000)) {
    const top = [...st.self].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, us]) => `${k} ${(us / 1000).toFixed(1)}`).join(', ');
    console.log(`${((st.from - t0) / 1000).toFixed(1).padStart(9)} +${((st.to - st.from) / 1000).toFixed(1).padStart(6)}  ${top}`);
  }
} finally {
  await ctx.close();
  await server.close();
  rmSync(profileDir, { recursive: true, force: true });
}
