// `npx tsx scripts/profile-page.ts [--words=3000] [--rounds=3] [--top=30] [--no-build]`: where the
// content scripts' own time goes on the benchmark's alliance page, by function and by source file.
// The store build with source maps (`WXT_SIZE=1`, .output/size-chrome-mv3) is loaded in headless
// Chromium as a user loads it; V8's sampling profiler runs on the page from before it loads until
// its highlights have settled; the samples whose frame is in a content script are mapped back to
// the source file and line the function starts at. Self time is summed over the rounds. A tool
// for finding what to make cheaper: its figures are samples, not the benchmark's measure.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { alliancePage } from './lib/bench-pages';
import { CONTENT_SCRIPTS } from './lib/bench-trace';
import { servePages } from './lib/serve-pages';
import { decodeSegment, sourcePath, type SourceMapLike } from './size-map';

const ROOT = resolve(import.meta.dirname, '..');
const DIR = join(ROOT, '.output/size-chrome-mv3');
const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const words = arg('words', 3_000);
const rounds = arg('rounds', 3);
const top = arg('top', 30);

interface CallFrame { functionName: string; url: string; lineNumber: number; columnNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

/** Generated line → sorted segments (column, source index, source line); -1: no source. */
function mappingTable(map: SourceMapLike): Array<Array<[number, number, number]>> {
  let source = 0;
  let line = 0;
  return map.mappings.split(';').map((text) => {
    let column = 0;
    return text.split(',').filter(Boolean).map((segment) => {
      const f = decodeSegment(segment);
      column += f[0] ?? 0;
      if (f.length < 4) return [column, -1, -1] as [number, number, number];
      source += f[1]!;
      line += f[2]!;
      return [column, source, line] as [number, number, number];
    });
  });
}

/** "path:line" of a generated position (0-based line and column, as the profiler gives them). */
function locate(table: ReturnType<typeof mappingTable>, map: SourceMapLike, line: number, column: number): string {
  const segments = table[line] ?? [];
  let found: [number, number, number] | undefined;
  for (const s of segments) {
    if (s[0] > column) break;
    found = s;
  }
  if (!found || found[1] < 0) return '(bundler)';
  return `${sourcePath(map.sources[found[1]] ?? '?')}:${found[2] + 1}`;
}

if (!process.argv.includes('--no-build')) execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, env: { ...process.env, WXT_SIZE: '1' }, stdio: 'ignore' });
const maps = new Map<string, { map: SourceMapLike; table: ReturnType<typeof mappingTable> }>();
for (const file of ['gate.js', 'content-scripts/news.js']) {
  const map = JSON.parse(readFileSync(join(DIR, `${file}.map`), 'utf8')) as SourceMapLike;
  maps.set(file, { map, table: mappingTable(map) });
}

const page = alliancePage(words);
const server = await servePages(new Map([['/page.html', page.html]]));
const byFunction = new Map<string, number>();
const byFile = new Map<string, number>();
let total = 0;
const profile = mkdtempSync(join(tmpdir(), 'readout-profile-'));
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 900 },
  args: [`--disable-extensions-except=${DIR}`, `--load-extension=${DIR}`, '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  if (ctx.serviceWorkers().length === 0) await ctx.waitForEvent('serviceworker', { timeout: 15_000 });
  for (let r = 0; r <= rounds; r++) {
    const tab = await ctx.newPage();
    const cdp = await ctx.newCDPSession(tab);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await tab.goto(server.url('/page.html'), { waitUntil: 'load' });
    // Settled: the number of marks unchanged for a second.
    for (let last = -1, same = 0; same < 4; ) {
      await tab.waitForTimeout(250);
      const n = await tab.evaluate(() => document.querySelectorAll('mark').length);
      same = n === last && n > 0 ? same + 1 : 0;
      last = n;
    }
    const { profile: p } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    await tab.close();
    if (r === 0) continue; // the warm-up load
    const nodes = new Map(p.nodes.map((n) => [n.id, n]));
    p.samples.forEach((id, i) => {
      const frame = nodes.get(id)?.callFrame;
      const file = frame && CONTENT_SCRIPTS.test(frame.url) ? frame.url.replace(/^[a-z-]+:\/\/[^/]+\//, '') : null;
      const mapped = file ? maps.get(file) : undefined;
      if (!frame || !mapped) return;
      const ms = (p.timeDeltas[i + 1] ?? p.timeDeltas[i] ?? 0) / 1000;
      const where = locate(mapped.table, mapped.map, frame.lineNumber, frame.columnNumber);
      const key = `${where} ${frame.functionName || '(anonymous)'}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
      const source = where.replace(/:\d+$/, '');
      byFile.set(source, (byFile.get(source) ?? 0) + ms);
      total += ms;
    });
  }
} finally {
  await ctx.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}

const print = (title: string, m: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [k, ms] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(ms / rounds).toFixed(1).padStart(8)} ms  ${k}`);
};
console.log(`${page.name} page (${page.words} words), ${rounds} loads: ${(total / rounds).toFixed(1)} ms a load of samples in the content scripts' own functions (self time)`);
print('by function (self time a load; where the function starts)', byFunction);
print('by source file', byFile);
