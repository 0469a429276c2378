// The browser benchmark's rounds and report: builds the extension, generates the pages, runs
// every approach on every size in interleaved rounds after a warm-up, checks that they found the
// same mentions, and turns the medians into ratios against the targets of the performance issue.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { gazetteer } from '../../data/gazetteer';
import { openBrowserBench, type Approaches, type LensRun } from './bench-browser';
import { alliancePage, unrelatedPage, type BenchPage } from './bench-pages';
import { median } from './bench-measure';

export interface SizeResult {
  page: string;
  words: number;
  floor: number;
  markRegExp: number;
  markArray: number | null;
  /** True when markArray was scaled from the 30k page rather than measured. */
  markArrayScaled: boolean;
  lens: {
    busy: number; scriptBusy: number; longestOurs: number; longestAny: number; over50: number; baselineOver50: number;
    firstHighlight: number | null; firstInView: number | null; lastHighlight: number | null; heapAddedMb: number;
    append: { latency: number | null; busy: number; longestOurs: number } | null;
    off: { busy: number; longestOurs: number; longestAny: number; latency: number | null } | null;
  };
  /** Mentions in the article: every one (the expression over each block's text), and what each approach found. */
  mentions: { reference: number; lens: number; markRegExp: number; markArray: number | null; same: boolean; firstDifference: string | null };
  rounds: number;
}

export interface BrowserBenchResult {
  chromium: string;
  /** gzip bytes of the always-injected gate, and of the lens injected on related pages. */
  contentScriptGzip: number;
  lensScriptGzip: number;
  aliases: number;
  sizes: SizeResult[];
  none: { busy: number; scriptBusy: number; longestOurs: number; rounds: number };
}

const med = (xs: Array<number | null>): number | null => {
  const v = xs.filter((x): x is number => x !== null && Number.isFinite(x));
  return v.length ? median(v) : null;
};

/** Gazetteer aliases (English) that occur in the text, as whole words. */
function aliasesIn(text: string): string[] {
  const lower = text.toLowerCase();
  return [...new Set(gazetteer.flatMap((e) => e.aliases.en))].filter((a) => {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${a.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
    return re.test(lower);
  });
}

/** How two lists of mention texts differ, counted as multisets: what each has that the other lacks. */
function difference(a: string[], b: string[]): string | null {
  const count = new Map<string, number>();
  for (const x of a) count.set(x, (count.get(x) ?? 0) + 1);
  for (const x of b) count.set(x, (count.get(x) ?? 0) - 1);
  const only = (sign: number) => [...count].filter(([, n]) => n * sign > 0).map(([t, n]) => `${Math.abs(n)}× “${t}”`);
  const [inA, inB] = [only(1), only(-1)];
  return inA.length || inB.length ? `only Readout Lens: ${inA.join(', ') || 'none'}; only the expression: ${inB.join(', ') || 'none'}` : null;
}

/**
 * `markArrayAt300k`: run mark.js mark(array) on the 300k page too (once). It takes minutes to
 * tens of minutes on a loaded 2-core machine, so by default the 300k figure is the 30k one scaled
 * by the word count (mark.js makes one pass over the page per keyword: linear), marked as such.
 */
export async function runBrowserBench(opts: {
  quick: boolean; build: boolean; markArrayAt300k: boolean; log: (s: string) => void;
  /** Only these page sizes (words; default 3k, 30k, 300k): for looking into one size, not for the report. */
  only?: number[];
  rounds?: number;
}): Promise<BrowserBenchResult> {
  const root = join(import.meta.dirname, '..', '..');
  const extensionDir = join(root, '.output', 'chrome-mv3');
  if (opts.build) {
    opts.log('building the extension (wxt build)…');
    const built = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (built.status !== 0) throw new Error('wxt build failed');
  }
  // The always-injected gate is "the content script" of the budget; the lens it loads is reported too.
  const contentScriptGzip = gzipSync(readFileSync(join(extensionDir, 'gate.js'))).length;
  const lensScriptGzip = gzipSync(readFileSync(join(extensionDir, 'content-scripts', 'news.js'))).length;
  const chromium = spawnSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).stdout.trim();

  opts.log('generating pages (3k, 30k, 300k words, and one with no alliance content)…');
  const sizes: BenchPage[] = (opts.only ?? [3_000, 30_000, 300_000]).map((words) => alliancePage(words));
  const none = unrelatedPage(3_000);
  // Warm-up on the smallest page, whichever sizes are measured.
  const warm = sizes.find((p) => p.name === '3k') ?? alliancePage(3_000);
  const aliases = aliasesIn(sizes.at(-1)!.html.replace(/<[^>]+>/g, ''));
  const profile = mkdtempSync(join(tmpdir(), 'readout-bench-'));
  const bench = await openBrowserBench(extensionDir, profile, [...new Set([...sizes, warm]), none]);
  const rounds = opts.rounds ?? (opts.quick ? 2 : 3);
  const approaches = new Map<string, Approaches[]>();
  const lensRuns = new Map<string, LensRun[]>();
  const noneRuns: LensRun[] = [];
  try {
    opts.log('warm-up…');
    await bench.approaches(warm, { markArray: false, aliases });
    await bench.lens(warm, { append: true, off: true });
    await bench.lens(none, { append: false, off: false });
    for (let r = 0; r < rounds; r++) {
      // Sizes in a different order each round, so drift hits them alike.
      const order = r % 2 ? [...sizes].reverse() : sizes;
      for (const page of order) {
        // mark(array) takes seconds to minutes: every round at 3k, once at 30k and 300k.
        const markArray = page.name === '3k' || (r === 0 && (page.name !== '300k' || opts.markArrayAt300k));
        opts.log(`round ${r + 1}/${rounds}: ${page.name} (${page.words.toLocaleString('en')} words)${markArray ? ', with mark(array)' : ''}…`);
        const began = Date.now();
        const a = await bench.approaches(page, { markArray, aliases });
        opts.log(`  mark.js and floor: ${((Date.now() - began) / 1000).toFixed(0)} s`);
        (approaches.get(page.name) ?? approaches.set(page.name, []).get(page.name)!).push(a);
        const lensBegan = Date.now();
        const l = await bench.lens(page, { append: true, off: true });
        opts.log(`  Readout Lens (load, baseline, append, switch-off): ${((Date.now() - lensBegan) / 1000).toFixed(0)} s`);
        (lensRuns.get(page.name) ?? lensRuns.set(page.name, []).get(page.name)!).push(l);
      }
      noneRuns.push(await bench.lens(none, { append: false, off: false }));
    }
  } finally {
    await bench.close();
    rmSync(profile, { recursive: true, force: true });
  }

  const results: SizeResult[] = sizes.map((page) => {
    const as = approaches.get(page.name)!;
    const ls = lensRuns.get(page.name)!;
    const withArray = as.find((a) => a.arrayMatches !== null);
    const lensMentions = ls[0]!.mentions;
    const regExp = as[0]!.regExpMatches;
    const reference = as[0]!.reference;
    const diff = difference(lensMentions, reference);
    const same = diff === null;
    const pick = <T>(f: (l: LensRun) => T) => ls.map(f);
    const appendRuns = ls.map((l) => l.append).filter((x) => x !== null);
    const offRuns = ls.map((l) => l.off).filter((x) => x !== null);
    return {
      page: page.name,
      words: page.words,
      floor: med(as.map((a) => a.floor))!,
      markRegExp: med(as.map((a) => a.markRegExp))!,
      markArray: med(as.map((a) => a.markArray)),
      markArrayScaled: false,
      lens: {
        busy: med(pick((l) => l.busy))!,
        scriptBusy: med(pick((l) => l.scriptBusy))!,
        longestOurs: med(pick((l) => l.longestOurs))!,
        longestAny: med(pick((l) => l.longestAny))!,
        over50: med(pick((l) => l.over50))!,
        baselineOver50: med(pick((l) => l.baselineOver50))!,
        firstHighlight: med(pick((l) => l.firstHighlight)),
        firstInView: med(pick((l) => l.firstInView)),
        lastHighlight: med(pick((l) => l.lastHighlight)),
        heapAddedMb: med(pick((l) => l.heapAddedMb))!,
        append: appendRuns.length ? {
          latency: med(appendRuns.map((a) => a.latency)),
          busy: med(appendRuns.map((a) => a.busy))!,
          longestOurs: med(appendRuns.map((a) => a.longestOurs))!,
        } : null,
        off: offRuns.length ? {
          busy: med(offRuns.map((o) => o.busy))!,
          longestOurs: med(offRuns.map((o) => o.longestOurs))!,
          longestAny: med(offRuns.map((o) => o.longestAny))!,
          latency: med(offRuns.map((o) => o.latency)),
        } : null,
      },
      mentions: {
        reference: reference.length,
        lens: lensMentions.length,
        markRegExp: regExp.length,
        markArray: withArray?.arrayMatches?.length ?? null,
        same,
        firstDifference: diff,
      },
      rounds: ls.length,
    };
  });
  const s30 = results.find((r) => r.page === '30k');
  const s300 = results.find((r) => r.page === '300k');
  if (s30 && s300 && s300.markArray === null && s30.markArray !== null) {
    s300.markArray = (s30.markArray * s300.words) / s30.words;
    s300.markArrayScaled = true;
  }
  return {
    chromium,
    contentScriptGzip,
    lensScriptGzip,
    aliases: aliases.length,
    sizes: results,
    none: {
      busy: med(noneRuns.map((l) => l.busy))!,
      scriptBusy: med(noneRuns.map((l) => l.scriptBusy))!,
      longestOurs: med(noneRuns.map((l) => l.longestOurs))!,
      rounds: noneRuns.length,
    },
  };
}
