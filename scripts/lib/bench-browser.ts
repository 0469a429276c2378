// The browser half of `npm run bench`: the built extension in headless Chromium, loaded as a
// user loads it (--load-extension), on generated news pages, against mark.js and a bare
// TreeWalker in a second browser without the extension, in the same run. The page's main thread
// is traced (devtools.timeline categories) so every task counts, rendering included; the page
// stamps the moments highlights appear and go (console.timeStamp from a MutationObserver).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { CONTENT_SCRIPTS, mainThread, scriptIdsOf, scriptStart, stamps, tasksOf, windowStats, type TraceEvent, type WindowStats } from './bench-trace';
import type { BenchPage } from './bench-pages';
import { servePages } from './serve-pages';

// Both content scripts count (CONTENT_SCRIPTS): the gate in every page (gate.js, whose start is
// the content script's start) and the lens the background injects (content-scripts/news.js).
// Tasks (toplevel), and script evaluation, function calls and timestamps (devtools.timeline).
const CATEGORIES = ['devtools.timeline', 'toplevel'];
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-precise-memory-info'];

export interface Approaches {
  /** ms of script time, median of the round's repetitions. */
  floor: number;
  markRegExp: number;
  markArray: number | null;
  /** Matches in the article (mark.js approaches, which do not see names split across tags). */
  regExpMatches: string[];
  arrayMatches: string[] | null;
  /** The same expression over each article block's whole text: every mention, split or not. */
  reference: string[];
}

export interface LensRun {
  /** Main-thread time added by the extension in the pass (rendering included), ms. */
  busy: number;
  /** Of which in tasks the content script itself ran in. */
  scriptBusy: number;
  longestOurs: number;
  longestAny: number;
  over50: number;
  baselineOver50: number;
  firstHighlight: number | null;
  firstInView: number | null;
  lastHighlight: number | null;
  heapAddedMb: number;
  mentions: string[];
  append: { latency: number | null; busy: number; longestOurs: number } | null;
  off: { busy: number; longestOurs: number; longestAny: number; latency: number | null } | null;
}

/** What the page script stamps into the trace (main world, before any page script). */
function installStamps(): void {
  let inView = false;
  const io = new IntersectionObserver((entries) => {
    if (!inView && entries.some((e) => e.isIntersecting)) {
      inView = true;
      console.timeStamp('rl-in-view');
      io.disconnect();
    }
  });
  let watched = 0;
  // Counts kept here, so the driver never has to query a giant page for them.
  const counts = { marks: 0, appended: 0 };
  (window as unknown as { __rl: typeof counts }).__rl = counts;
  const isMark = (n: Node) => n.nodeName === 'MARK' && (n as Element).hasAttribute('data-rl');
  new MutationObserver((records) => {
    let added = false;
    let removed = false;
    for (const r of records) {
      for (const n of Array.from(r.addedNodes)) {
        if (!isMark(n)) continue;
        added = true;
        counts.marks++;
        if ((n as Element).closest('#appended')) counts.appended++;
        if (!inView && watched < 200 && (n as Element).hasAttribute('data-rl-head')) {
          watched++;
          io.observe(n as Element);
        }
      }
      for (const n of Array.from(r.removedNodes)) {
        if (!isMark(n)) continue;
        removed = true;
        counts.marks--;
      }
    }
    if (added) console.timeStamp('rl-mark');
    if (removed) console.timeStamp('rl-unmark');
  }).observe(document, { childList: true, subtree: true });
}

/** RL_BENCH_DEBUG=1: the main thread's tasks after the script started, for finding where time goes. */
function dumpTimeline(events: TraceEvent[], tasks: ReturnType<typeof tasksOf>, from: number): void {
  const lines = tasks.filter((t) => t.start >= from - 1 && t.end - t.start > 0.5).map((t) => {
    const inside = events.filter((e) => e.ph === 'X' && e.ts / 1000 >= t.start && e.ts / 1000 < t.end && (e.dur ?? 0) > 300 && !/RunTask|ThreadPool/.test(e.name));
    const what = [...new Set(inside.map((e) => `${e.name}${e.args?.data && 'functionName' in e.args.data ? `:${String(e.args.data.functionName)}` : ''}`))].slice(0, 6).join(' ');
    return `${(t.start - from).toFixed(1).padStart(8)} +${(t.end - t.start).toFixed(1).padStart(6)}${t.ours ? ' ours' : '     '} ${what}`;
  });
  process.stderr.write(`${lines.join('\n')}\n`);
  // Stamps a debugging build may leave (console.timeStamp('dbg-…')), in time order.
  const debugStamps = events.filter((e) => e.name === 'TimeStamp' && String(e.args?.data?.message ?? '').startsWith('dbg-') && e.ts / 1000 >= from - 1);
  if (debugStamps.length) process.stderr.write(`stamps: ${debugStamps.map((e) => `${String(e.args?.data?.message)} ${(e.ts / 1000 - from).toFixed(1)}`).join(', ')}\n`);
  // Where the main thread's time went, by kind (rendering phases and script), after the script started.
  const kinds = ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'FunctionCall', 'MajorGC', 'MinorGC', 'HitTest'];
  const pid = tasks[0]?.pid;
  const sums = kinds.map((k) => {
    const es = events.filter((e) => e.name === k && e.ph === 'X' && e.pid === pid && e.ts / 1000 >= from);
    return `${k} ${es.length}× ${(es.reduce((a, e) => a + (e.dur ?? 0), 0) / 1000).toFixed(0)} ms`;
  });
  process.stderr.write(`by kind: ${sums.join(', ')}\n`);
  // The background's work in the same window (service worker thread).
  const bg = events.filter((e) => e.ph === 'X' && (e.dur ?? 0) > 500 && e.ts / 1000 >= from - 1 && e.ts / 1000 < from + 2000
    && (e.name === 'FunctionCall' || e.name === 'v8.run' || e.name === 'V8.GC_SCAVENGER' || e.name === 'MajorGC' || e.name === 'MinorGC')
    && e.pid !== tasks[0]?.pid);
  process.stderr.write(`background:\n${bg.map((e) => `${(e.ts / 1000 - from).toFixed(1).padStart(8)} +${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)} ${e.name} ${e.pid}:${e.tid} ${String(e.args?.data?.functionName ?? '')} ${String(e.args?.data?.url ?? '').slice(-30)}`).join('\n')}\n`);
}

async function trace<T>(cdp: CDPSession, work: () => Promise<T>): Promise<{ result: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: Array<Record<string, unknown>> }) => {
    for (const v of e.value) events.push(v as unknown as TraceEvent);
  };
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
  let result: T;
  try {
    result = await work();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  return { result, events };
}

/** JS heap in use after two forced collections. */
export async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** Resolves once `count()` has stayed the same for `quietMs` (or after `timeoutMs`). */
async function settled(page: Page, count: () => Promise<number>, quietMs: number, timeoutMs: number, atLeast = 0): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  let since = Date.now();
  for (;;) {
    const n = await count();
    if (n !== last) {
      last = n;
      since = Date.now();
    }
    if ((n >= atLeast && Date.now() - since >= quietMs) || Date.now() > deadline) return n;
    await page.waitForTimeout(100);
  }
}

/** Mention texts highlighted inside the article, one per highlight, in page order. */
function lensMentions(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const groups = new Map<string, string>();
    for (const m of Array.from(document.querySelectorAll('article mark.rl-mention'))) {
      const id = m.getAttribute('data-rl-id')!;
      groups.set(id, (groups.get(id) ?? '') + m.textContent);
    }
    return [...groups.values()].map((t) => t.toLowerCase());
  });
}

export interface BrowserBench {
  extensionId: string;
  approaches(page: BenchPage, opts: { markArray: boolean; aliases: string[] }): Promise<Approaches>;
  lens(page: BenchPage, opts: { append: boolean; off: boolean }): Promise<LensRun>;
  close(): Promise<void>;
}

export async function openBrowserBench(extensionDir: string, profileDir: string, pages: BenchPage[]): Promise<BrowserBench> {
  const byPath = new Map(pages.map((p) => [`/${p.name}.html`, p.html]));
  const server = await servePages(byPath);
  const url = (p: BenchPage) => server.url(`/${p.name}.html`);
  const markJs = readFileSync(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');

  const ext: BrowserContext = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...ARGS],
  });
  const plainBrowser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
  const plain = await plainBrowser.newContext({ viewport: { width: 1280, height: 900 } });
  const worker: Worker = ext.serviceWorkers()[0] ?? (await ext.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  // Functions sent to the page are compiled by tsx, whose keep-names helper must exist there too.
  const keepNames = { content: 'globalThis.__name = (f) => f;' };
  await ext.addInitScript(keepNames);
  await plain.addInitScript(keepNames);
  // DOMContentLoaded as the page itself sees it, in both browsers (the driver's own stamp comes a
  // round trip later, when a fast content script may be done already).
  const dclStamp = { content: "document.addEventListener('DOMContentLoaded', () => console.timeStamp('rl-dcl-page'), { once: true });" };
  await ext.addInitScript(dclStamp);
  await plain.addInitScript(dclStamp);
  const dclOf = (events: TraceEvent[]) => stamps(events, 'rl-dcl-page')[0] ?? stamps(events, 'rl-dcl')[0];
  await worker.evaluate(keepNames.content);
  await ext.addInitScript(installStamps);

  const setSiteOff = (off: boolean) => worker.evaluate(async (disabled) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: unknown): Promise<void> } } } }).chrome;
    const current = ((await api.storage.local.get('settings')).settings ?? { enabled: true, disabledSites: [], showMinorFlags: true, showMentions: true }) as Record<string, unknown>;
    await api.storage.local.set({ settings: { ...current, disabledSites: disabled ? ['127.0.0.1'] : [] } });
  }, off);

  /** Main-thread busy time of the page without the extension, same window after DOMContentLoaded. */
  async function baseline(page: BenchPage, windowMs: number): Promise<{ busy: number; over50: number; heap: number }> {
    const tab = await plain.newPage();
    const cdp = await plain.newCDPSession(tab);
    try {
      const { events } = await trace(cdp, async () => {
        await tab.goto(url(page), { waitUntil: 'domcontentloaded' });
        await tab.evaluate(() => console.timeStamp('rl-dcl'));
        await tab.waitForTimeout(windowMs + 200);
      });
      const thread = mainThread(events, CONTENT_SCRIPTS, 'rl-dcl');
      const start = dclOf(events);
      if (!thread || start === undefined) return { busy: 0, over50: 0, heap: await heapUsed(cdp) };
      const stats = windowStats(tasksOf(events, thread, CONTENT_SCRIPTS, new Set()), start, start + windowMs);
      return { busy: stats.busy, over50: stats.over50, heap: await heapUsed(cdp) };
    } finally {
      await tab.close();
    }
  }

  /** Appends the page's 100 extra paragraphs to its article, as a feed would (runs in the page). */
  const appendParagraphs = () => {
    console.timeStamp('rl-append');
    const article = document.querySelector('article')!;
    const source = document.getElementById('bench-appended') as HTMLTemplateElement;
    const holder = document.createElement('div');
    holder.id = 'appended';
    holder.append(source.content.cloneNode(true));
    article.append(holder);
  };

  /** Main-thread busy time of the same append on the page without the extension, over `windowMs`. */
  async function appendBaseline(page: BenchPage, windowMs: number): Promise<number> {
    const tab = await plain.newPage();
    const cdp = await plain.newCDPSession(tab);
    try {
      await tab.goto(url(page), { waitUntil: 'load' });
      await tab.waitForTimeout(500);
      const { events } = await trace(cdp, async () => {
        await tab.evaluate(appendParagraphs);
        await tab.waitForTimeout(windowMs + 200);
      });
      const thread = mainThread(events, CONTENT_SCRIPTS, 'rl-append');
      const at = stamps(events, 'rl-append')[0];
      if (!thread || at === undefined) return 0;
      return windowStats(tasksOf(events, thread, CONTENT_SCRIPTS, new Set()), at, at + windowMs).busy;
    } finally {
      await tab.close();
    }
  }

  return {
    extensionId,

    async approaches(page, opts) {
      const tab = await plain.newPage();
      try {
        await tab.goto(url(page), { waitUntil: 'load' });
        await tab.addScriptTag({ content: markJs });
        return await tab.evaluate(({ aliases, markArray }) => {
          const article = document.querySelector('article')!;
          const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[xs.length >> 1]!;
          // The floor: visiting every text node once, reading it.
          // (Timers are coarse in pages: each sample is 20 walks.)
          const floorTimes = Array.from({ length: 5 }, () => {
            let chars = 0;
            const t0 = performance.now();
            for (let k = 0; k < 20; k++) {
              const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let n = w.nextNode(); n; n = w.nextNode()) chars += (n as Text).data.length;
            }
            const t = (performance.now() - t0) / 20;
            if (chars < 0) throw new Error('unreachable');
            return t;
          });
          const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          const sorted = aliases.slice().sort((a, b) => b.length - a.length);
          const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(esc).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
          type MarkFn = new (ctx: Element) => {
            markRegExp(re: RegExp, o: object): void; mark(k: string[], o: object): void; unmark(o?: object): void;
          };
          const Mark = (window as unknown as { Mark: MarkFn }).Mark;
          const matchesOf = (run: (m: InstanceType<MarkFn>, found: string[]) => void) => {
            const found: string[] = [];
            const instance = new Mark(document.body);
            const t0 = performance.now();
            run(instance, found);
            const t = performance.now() - t0;
            const inArticle = new Set(Array.from(article.querySelectorAll('mark[data-markjs]')));
            instance.unmark();
            return { t, found, inArticle: inArticle.size };
          };
          // Only matches inside the article count for the comparison (the extension reads only it).
          const articleText = (node: Text) => article.contains(node);
          // As mark.js is commonly used (matching across elements makes it quadratic in the page).
          const regExpRuns = Array.from({ length: 3 }, () => matchesOf((m, found) => m.markRegExp(re, {
            filter: (node: Text, match: string) => {
              if (articleText(node)) found.push(match.toLowerCase());
              return true;
            },
          })));
          let array: { t: number; found: string[] } | null = null;
          if (markArray) {
            array = matchesOf((m, found) => m.mark(sorted, {
              separateWordSearch: false, diacritics: false, exclude: ['mark'],
              accuracy: { value: 'exactly', limiters: [',', '.', ';', ':', '!', '?', '"', "'", '(', ')', '’', '“', '”', '-', '—', '/'] },
              filter: (node: Text, term: string) => {
                if (articleText(node)) found.push(term.toLowerCase());
                return true;
              },
            }));
          }
          const blocks = Array.from(article.querySelectorAll('h1, h2, p, li, blockquote, figcaption'));
          const reference = blocks.flatMap((b) => Array.from((b.textContent ?? '').matchAll(re), (m) => m[0].toLowerCase()));
          return {
            reference,
            floor: median(floorTimes),
            markRegExp: median(regExpRuns.map((r) => r.t)),
            markArray: array?.t ?? null,
            regExpMatches: regExpRuns[0]!.found,
            arrayMatches: array?.found ?? null,
          };
        }, { aliases: opts.aliases, markArray: opts.markArray });
      } finally {
        await tab.close();
      }
    },

    async lens(page, opts) {
      const tab = await ext.newPage();
      const cdp = await ext.newCDPSession(tab);
      const counts = () => tab.evaluate(() => (window as unknown as { __rl: { marks: number; appended: number } }).__rl);
      const marks = async () => (await counts()).marks;
      try {
        const expectMarks = page.name !== 'none';
        const load = await trace(cdp, async () => {
          await tab.goto(url(page), { waitUntil: 'domcontentloaded' });
          await tab.evaluate(() => console.timeStamp('rl-dcl'));
          if (expectMarks) await settled(tab, marks, 1_000, 90_000, 1);
          else await tab.waitForTimeout(1_500);
        });
        const ev = load.events;
        const thread = mainThread(ev, CONTENT_SCRIPTS, 'rl-dcl');
        const dcl = dclOf(ev) ?? 0;
        const cs = scriptStart(ev, CONTENT_SCRIPTS);
        const marked = stamps(ev, 'rl-mark');
        // From DOMContentLoaded or the content script's start (its evaluation included), whichever
        // came first.
        const from = cs === null ? dcl : Math.min(cs, dcl);
        const end = (marked.at(-1) ?? (cs ?? dcl) + 1_000) + 100;
        const ours = scriptIdsOf(ev, CONTENT_SCRIPTS);
        const tasksIn = (events: TraceEvent[]) => (thread ? tasksOf(events, thread, CONTENT_SCRIPTS, ours) : []);
        const tasks = tasksIn(ev);
        if (process.env.RL_BENCH_DEBUG) dumpTimeline(ev, tasks, cs ?? dcl);
        const stats: WindowStats = windowStats(tasks, from, end);
        const heap = await heapUsed(cdp);
        const base = await baseline(page, end - from);
        const since = (t: number | undefined) => (t === undefined || cs === null ? null : t - cs);
        const run: LensRun = {
          // The page's own work varies between two loads by more than a small script costs: what
          // is added is never less than the tasks the content script itself ran in.
          busy: Math.max(stats.busy - base.busy, stats.ourBusy),
          scriptBusy: stats.ourBusy,
          longestOurs: stats.longestOurs,
          longestAny: stats.longest,
          over50: stats.over50,
          baselineOver50: base.over50,
          firstHighlight: since(marked[0]),
          firstInView: since(stamps(ev, 'rl-in-view')[0]),
          lastHighlight: since(marked.at(-1)),
          heapAddedMb: (heap - base.heap) / 1e6,
          mentions: expectMarks ? await lensMentions(tab) : [],
          append: null,
          off: null,
        };
        if (opts.append && expectMarks && page.appendable > 0) {
          const before = await marks();
          const appended = await trace(cdp, async () => {
            await tab.evaluate(appendParagraphs);
            await settled(tab, async () => (await counts()).appended, 800, 30_000, 1);
          });
          const at = stamps(appended.events, 'rl-append')[0]!;
          if (process.env.RL_BENCH_DEBUG) {
            process.stderr.write('appended paragraphs:\n');
            dumpTimeline(appended.events, tasksIn(appended.events), at);
          }
          const last = stamps(appended.events, 'rl-mark').filter((t) => t > at).at(-1);
          const s = windowStats(tasksIn(appended.events), at, (last ?? at) + 50);
          // Less what the same append costs the page without the extension (its own layout of 100 paragraphs).
          const pageOwn = await appendBaseline(page, (last ?? at) + 50 - at);
          run.append = { latency: last === undefined ? null : last - at, busy: Math.max(s.busy - pageOwn, s.ourBusy), longestOurs: s.longestOurs };
          if ((await marks()) <= before) run.append.latency = null;
        }
        if (opts.off && expectMarks) {
          const off = await trace(cdp, async () => {
            await tab.evaluate(() => console.timeStamp('rl-off'));
            await setSiteOff(true);
            await settled(tab, marks, 500, 60_000);
          });
          const at = stamps(off.events, 'rl-off')[0]!;
          const last = stamps(off.events, 'rl-unmark').at(-1);
          const s = windowStats(tasksIn(off.events), at, (last ?? at) + 100);
          run.off = { busy: s.busy, longestOurs: s.longestOurs, longestAny: s.longest, latency: last === undefined ? null : last - at };
          await setSiteOff(false);
        }
        return run;
      } finally {
        await tab.close();
      }
    },

    async close() {
      await Promise.allSettled([ext.close(), plainBrowser.close()]);
      await server.close();
    },
  };
}
