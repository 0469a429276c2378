// `npx tsx scripts/heap-snapshot.ts [--words=300000] [--rounds=1] [--top=25] [--no-snapshot] [DIR…]`:
// where the lens's JS heap goes on a bench page. For each built extension DIR (default
// .output/chrome-mv3; several are measured in interleaved rounds, in the same run) it loads the
// page with the extension, waits for the highlights to settle, and reads the heap after two
// forced collections against the same page in a browser without the extension (as the bench's
// heapAddedMb). Then, unless --no-snapshot, it takes a heap snapshot of both tabs and prints
// what the extension added, by kind of object, the strings held many times over, and the
// strings kept alive only as the parents of sliced strings (substrings of a big input).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { alliancePage } from './lib/bench-pages';
import { heapUsed } from './lib/bench-browser';
import { servePages } from './lib/serve-pages';

const argv = process.argv.slice(2);
const opt = (name: string, fallback: number) => Number(argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const words = opt('words', 300_000);
const rounds = opt('rounds', 1);
const top = opt('top', 25);
const snapshot = !argv.includes('--no-snapshot');
const dirs = argv.filter((a) => !a.startsWith('--'));
if (dirs.length === 0) dirs.push(join(import.meta.dirname, '..', '.output', 'chrome-mv3'));
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--enable-precise-memory-info'];

const page = alliancePage(words);
const server = await servePages(new Map([['/page.html', page.html]]));
const url = server.url('/page.html');

/** Resolves once the number of marks has stayed the same for 1.5 s. */
async function settled(tab: Page): Promise<number> {
  let last = -1;
  let since = Date.now();
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; await tab.waitForTimeout(250)) {
    const n = await tab.evaluate(() => document.querySelectorAll('mark[data-rl]').length);
    if (n !== last) [last, since] = [n, Date.now()];
    else if (n > 0 && Date.now() - since > 1_500) break;
  }
  return last;
}

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

async function takeSnapshot(cdp: CDPSession): Promise<Snapshot> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  return JSON.parse(chunks.join('')) as Snapshot;
}

interface Summary {
  /** "type name" → [count, self bytes]. */
  kinds: Map<string, [number, number]>;
  /** string value (first 60 chars) → [count, bytes]. */
  strings: Map<string, [number, number]>;
  /** Bytes of strings that are parents of sliced strings, with how many slices point at them. */
  slicedParents: { parents: number; bytes: number; slices: number };
  /** JS objects (not the browser's own), by what holds them: "holder type name.edge" → [count, self bytes]. */
  holders: Map<string, [number, number]>;
  /** The sliced strings of parents over 100 kB: their first retainers, a few levels up. */
  bigSlices: string[];
  /** Map, Set and WeakMap tables over 100 kB: their size and what holds their collection. */
  bigTables: Array<{ bytes: number; path: string }>;
}

function summarize(s: Snapshot): Summary {
  const { node_fields: nf, node_types: [types], edge_fields: ef, edge_types: [edgeTypes] } = s.snapshot.meta;
  const N = nf.length;
  const E = ef.length;
  const [iType, iName, iSize, iEdges] = ['type', 'name', 'self_size', 'edge_count'].map((f) => nf.indexOf(f)) as [number, number, number, number];
  const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((f) => ef.indexOf(f)) as [number, number, number];
  const kinds = new Map<string, [number, number]>();
  const strings = new Map<string, [number, number]>();
  const parents = new Map<number, number>();
  let slices = 0;
  const count = s.nodes.length / N;
  // Each node's first retainer (node offset) and the edge's name, for grouping by holder.
  const holder = new Int32Array(count).fill(-1);
  const via = new Array<string>(count);
  for (let n = 0, e = 0; n < s.nodes.length; n += N) {
    const edgeCount = s.nodes[n + iEdges]!;
    for (let k = 0; k < edgeCount; k++, e += E) {
      const to = s.edges[e + eTo]! / N;
      const et = edgeTypes[s.edges[e + eType]!]!;
      if (holder[to] !== -1 || et === 'weak' || et === 'shortcut') continue;
      holder[to] = n;
      via[to] = et === 'element' || et === 'hidden' ? `[${et}]` : String(s.strings[s.edges[e + eName]!] ?? s.edges[e + eName]);
    }
  }
  const holders = new Map<string, [number, number]>();
  const bigSlices: string[] = [];
  const bigTables: Array<{ bytes: number; path: string }> = [];
  /** "type name.edge ← …" for a node and its first retainers, up to five levels. */
  const retainers = (n: number): string => {
    const path: string[] = [];
    for (let at = n, level = 0; at !== -1 && level < 6; at = holder[at / N]!, level++) {
      path.push(`${types[s.nodes[at + iType]!]} ${s.strings[s.nodes[at + iName]!]!.slice(0, 30)}${level > 0 || via[at / N] ? `.${via[at / N] ?? ''}` : ''}`);
    }
    return path.join(' ← ');
  };
  const add = (m: Map<string, [number, number]>, key: string, size: number) => {
    const v = m.get(key) ?? m.set(key, [0, 0]).get(key)!;
    v[0]++;
    v[1] += size;
  };
  for (let n = 0, e = 0; n < s.nodes.length; n += N) {
    const type = types[s.nodes[n + iType]!]!;
    const name = s.strings[s.nodes[n + iName]!]!;
    const size = s.nodes[n + iSize]!;
    const edgeCount = s.nodes[n + iEdges]!;
    const isString = type === 'string' || type === 'concatenated string' || type === 'sliced string';
    add(kinds, isString ? type : `${type} ${name.slice(0, 50)}`, size);
    if (type === 'string') add(strings, name.slice(0, 60), size);
    if (type !== 'native' && type !== 'code' && type !== 'hidden' && holder[n / N] !== -1) {
      const h = holder[n / N]!;
      const hType = types[s.nodes[h + iType]!]!;
      add(holders, `${type} ${isString ? '' : name.slice(0, 30)} ← ${hType === 'native' ? 'native' : `${hType} ${s.strings[s.nodes[h + iName]!]!.slice(0, 30)}`}.${via[n / N]!.slice(0, 30)}`, size);
    }
    if (type === 'array' && size > 100_000 && holder[n / N] !== -1) {
      const h = holder[n / N]!;
      const hName = s.strings[s.nodes[h + iName]!]!;
      if (/^(Map|Set|WeakMap|WeakSet)$/.test(hName) || via[n / N] === 'table') bigTables.push({ bytes: size, path: retainers(n) });
    }
    if (type === 'sliced string') {
      slices++;
      for (let k = 0; k < edgeCount; k++) {
        const at = e + k * E;
        if (edgeTypes[s.edges[at + eType]!] === 'internal' && s.strings[s.edges[at + eName]!] === 'parent') {
          const to = s.edges[at + eTo]!;
          parents.set(to, s.nodes[to + iSize]!);
          if (s.nodes[to + iSize]! > 100_000) bigSlices.push(retainers(n));
        }
      }
    }
    e += edgeCount * E;
  }
  let bytes = 0;
  for (const size of parents.values()) bytes += size;
  return { kinds, strings, slicedParents: { parents: parents.size, bytes, slices }, holders, bigSlices, bigTables };
}

const mb = (b: number) => `${(b / 1e6).toFixed(2)} MB`;

function printDiff(label: string, ours: Summary, base: Summary): void {
  const rows = [...ours.kinds].map(([k, [n, b]]) => {
    const [n0, b0] = base.kinds.get(k) ?? [0, 0];
    return { k, n: n - n0, b: b - b0 };
  }).sort((a, b) => b.b - a.b);
  console.log(`\n## ${label}: added by kind of object (self size, top ${top})`);
  for (const r of rows.slice(0, top)) console.log(`${mb(r.b).padStart(10)}  ${String(r.n).padStart(8)}×  ${r.k}`);
  const held = [...ours.holders].map(([k, [n, b]]) => {
    const [n0, b0] = base.holders.get(k) ?? [0, 0];
    return { k, n: n - n0, b: b - b0 };
  }).sort((a, b) => b.b - a.b);
  console.log(`\n## ${label}: added JS objects by what holds them (first retainer; self size, top ${top})`);
  for (const r of held.slice(0, top)) console.log(`${mb(r.b).padStart(10)}  ${String(r.n).padStart(8)}×  ${r.k}`);
  const dupes = [...ours.strings].filter(([, [n]]) => n > 1).map(([k, [n, b]]) => ({ k, n, b })).sort((a, b) => b.b - a.b);
  console.log(`\n## ${label}: strings held more than once (top ${top} by bytes)`);
  for (const d of dupes.slice(0, top)) console.log(`${mb(d.b).padStart(10)}  ${String(d.n).padStart(8)}×  ${JSON.stringify(d.k)}`);
  const sp = ours.slicedParents;
  console.log(`\n## ${label}: ${sp.slices} sliced strings keep ${sp.parents} parent strings alive: ${mb(sp.bytes)} (page without the extension: ${mb(base.slicedParents.bytes)})`);
  for (const path of ours.bigSlices.slice(0, 5)) console.log(`  a slice of a parent over 100 kB, held by: ${path}`);
  console.log(`\n## ${label}: collection tables over 100 kB (what holds each collection)`);
  for (const t of ours.bigTables.sort((x, y) => y.bytes - x.bytes).slice(0, top)) console.log(`${mb(t.bytes).padStart(10)}  ${t.path}`);
}

const profiles: string[] = [];
const plainBrowser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
try {
  for (let r = 0; r < rounds; r++) {
    for (const dir of r % 2 ? [...dirs].reverse() : dirs) {
      const profile = mkdtempSync(join(tmpdir(), 'readout-heap-'));
      profiles.push(profile);
      const ext = await chromium.launchPersistentContext(profile, {
        executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 900 },
        args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...ARGS],
      });
      try {
        if (!ext.serviceWorkers()[0]) await ext.waitForEvent('serviceworker', { timeout: 15_000 });
        const tab = await ext.newPage();
        const cdp = await ext.newCDPSession(tab);
        await tab.goto(url, { waitUntil: 'domcontentloaded' });
        const marks = await settled(tab);
        const withLens = await heapUsed(cdp);
        const plain = await (await plainBrowser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
        const plainCdp = await plain.context().newCDPSession(plain);
        await plain.goto(url, { waitUntil: 'load' });
        await plain.waitForTimeout(1_500);
        const without = await heapUsed(plainCdp);
        console.log(`round ${r + 1} ${dir}: ${marks} marks, heap added ${mb(withLens - without)} (${mb(withLens)} with, ${mb(without)} without)`);
        if (snapshot && r === 0) printDiff(dir, summarize(await takeSnapshot(cdp)), summarize(await takeSnapshot(plainCdp)));
        await plain.context().close();
      } finally {
        await ext.close();
      }
    }
  }
} finally {
  await plainBrowser.close();
  server.close();
  for (const p of profiles) rmSync(p, { recursive: true, force: true });
}
