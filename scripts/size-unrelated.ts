// `npx tsx scripts/size-unrelated.ts [ROUNDS] [-- --compare DIR]`: what the content script costs
// a page with nothing alliance-related (the benchmark's "none" page, 3,000 words), measured as
// `npm run bench` measures it (scripts/lib/bench-browser.ts: the page's main thread traced, minus
// the same page without the extension), without the rest of the benchmark. With --compare, a
// second built extension (e.g. an older build) is measured in the same run, rounds interleaved,
// so the two are compared on the same machine load. Uses the last `npm run build`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { openBrowserBench, type BrowserBench, type LensRun } from './lib/bench-browser';
import { unrelatedPage } from './lib/bench-pages';
import { median } from './lib/bench-measure';

const ROOT = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const at = argv.indexOf('--compare');
const compare = at >= 0 ? resolve(argv[at + 1] ?? '') : null;
const rounds = Number(argv.find((a) => /^\d+$/.test(a)) ?? 7);
const builds = [join(ROOT, '.output/chrome-mv3'), ...(compare ? [compare] : [])];
const page = unrelatedPage(3_000);

const opened: Array<{ dir: string; bench: BrowserBench; profile: string; runs: LensRun[] }> = [];
try {
  for (const dir of builds) {
    const profile = mkdtempSync(join(tmpdir(), 'readout-size-'));
    opened.push({ dir, bench: await openBrowserBench(dir, profile, [page]), profile, runs: [] });
  }
  for (const b of opened) await b.bench.lens(page, { append: false, off: false }); // warm-up
  for (let r = 0; r < rounds; r++) {
    for (const b of r % 2 ? [...opened].reverse() : opened) b.runs.push(await b.bench.lens(page, { append: false, off: false }));
  }
} finally {
  for (const b of opened) {
    await b.bench.close();
    rmSync(b.profile, { recursive: true, force: true });
  }
}

const ms = (xs: number[]) => `${median(xs).toFixed(1)} ms (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})`;
for (const b of opened) {
  const gzip = gzipSync(readFileSync(join(b.dir, 'content-scripts/news.js')), { level: 9 }).length;
  console.log(`\n${b.dir} — content script ${gzip} bytes gzip; page with no alliance content, ${b.runs.length} rounds, median (range):`);
  console.log(`  main-thread time added:   ${ms(b.runs.map((r) => r.busy))}`);
  console.log(`  in the script's tasks:    ${ms(b.runs.map((r) => r.scriptBusy))}`);
  console.log(`  longest task of its own:  ${ms(b.runs.map((r) => r.longestOurs))}`);
}
if (opened.length === 2) {
  const [a, b] = opened.map((o) => median(o.runs.map((r) => r.scriptBusy)));
  console.log(`\nscript time, this build ÷ the other: ${(a! / b!).toFixed(2)}×`);
}
