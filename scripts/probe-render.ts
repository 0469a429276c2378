// `npx tsx scripts/probe-render.ts [WORDS] [VARIANTS-JSON]`: what the frame after a write costs on
// the benchmark's generated page (scripts/lib/bench-pages.ts), in headless Chromium without the
// extension: N marks are put into article paragraphs in one task, and the next frame's rendering
// (style, layout, paint: from the requestAnimationFrame callback to the task after it) is timed,
// 4 batches a load, 3 loads a variant, median. It separates the part of a frame every write pays
// (the page's layout) from the part each mark adds, which decides how highlights should be batched.
// Variants (JSON, each overriding the default): n (marks per batch), ours (the extension's
// attributes and inline style), sheet (its stylesheet adopted), tag, perP (marks per paragraph at
// most), from (where in the article the batches start, 0–1).
// Example: npx tsx scripts/probe-render.ts 300000 '{"one":{"n":1},"300":{"n":300},"1500":{"n":1500}}'
import { buildSync } from 'esbuild';
import { chromium } from 'playwright-core';
import { EXECUTABLES, ROOT } from '../tests/e2e/config';
import { alliancePage } from './lib/bench-pages';
import { median } from './lib/bench-measure';
import { servePages } from './lib/serve-pages';

interface Variant { n: number; ours: boolean; sheet: boolean; tag: string; perP: number; from: number; rounds: number; highlight: boolean; look: string }
const DEFAULT: Variant = { n: 300, ours: true, sheet: true, tag: 'mark', perP: 99, from: 0.3, rounds: 4, highlight: false, look: 'mention' };

const bundle = buildSync({
  stdin: {
    contents: "import { installHighlightStyle, MARK_INLINE_STYLE } from './entrypoints/news.content/highlight-style'; import { KEY_ATTR } from './entrypoints/news.content/ours'; Object.assign(globalThis, { __probe: { installHighlightStyle, MARK_INLINE_STYLE, KEY_ATTR } });",
    resolveDir: ROOT, loader: 'ts',
  },
  bundle: true, format: 'iife', write: false,
}).outputFiles[0]!.text;

interface Batch { js: number; render: number; n: number }

/** Runs in the page: the batches of one load, each written in one task and its next frame timed. */
async function measure(cfg: Variant): Promise<Batch[]> {
  const api = (globalThis as unknown as { __probe: { installHighlightStyle(doc: Document): unknown; MARK_INLINE_STYLE: string; KEY_ATTR: string } }).__probe;
  const frame = () => new Promise<number>((ok) => requestAnimationFrame(() => {
    const t = performance.now();
    setTimeout(() => ok(performance.now() - t), 0);
  }));
  if (cfg.sheet) api.installHighlightStyle(document);
  // highlight: ranges in one CSS Custom Highlight instead of elements (no node is changed).
  const painted = cfg.highlight ? new Highlight() : null;
  if (painted) {
    CSS.highlights.set('rl-probe', painted);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('::highlight(rl-probe) { background-color: rgb(255 214 102 / 0.55); text-decoration: underline 2px rgb(180 120 0); }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  await frame();
  await frame();
  const ps = Array.from(document.querySelectorAll('article p'));
  const re = /Hegseth|Koizumi|Japan|alliance|missile|Tokyo|Washington|defense|ministers?/g;
  const out: Batch[] = [];
  const start = Math.floor(ps.length * cfg.from);
  for (let round = 0; round < cfg.rounds; round++) {
    let i = start + round * Math.floor(ps.length / 10);
    let made = 0;
    const t0 = performance.now();
    while (made < cfg.n && i < ps.length) {
      const walker = document.createTreeWalker(ps[i++]!, NodeFilter.SHOW_TEXT);
      const texts: Text[] = [];
      for (let t = walker.nextNode(); t; t = walker.nextNode()) texts.push(t as Text);
      let inP = 0;
      for (const t of texts) {
        const s = t.data;
        const ranges: Array<[number, number]> = [];
        re.lastIndex = 0;
        for (let m = re.exec(s); m && inP < cfg.perP && made < cfg.n; m = re.exec(s)) {
          ranges.push([m.index, m.index + m[0].length]);
          inP++;
          made++;
        }
        if (!ranges.length) continue;
        if (painted) {
          for (const [a, b] of ranges) painted.add(new StaticRange({ startContainer: t, startOffset: a, endContainer: t, endOffset: b }));
          continue;
        }
        const frag = document.createDocumentFragment();
        let at = 0;
        for (const [a, b] of ranges) {
          if (a > at) frag.append(s.slice(at, a));
          const el = document.createElement(cfg.tag);
          if (cfg.ours) {
            el.setAttribute(api.KEY_ATTR, cfg.look);
            el.style.cssText = api.MARK_INLINE_STYLE;
            el.setAttribute('data-rl', 'mention');
            el.className = 'rl-mention';
          }
          el.textContent = s.slice(a, b);
          frag.append(el);
          at = b;
        }
        if (at < s.length) frag.append(s.slice(at));
        t.replaceWith(frag);
      }
    }
    const js = performance.now() - t0;
    out.push({ js, render: await frame(), n: made });
  }
  return out;
}

const words = Number(process.argv[2] ?? 300_000);
const variants = JSON.parse(process.argv[3] ?? '{"none":{"n":0},"one":{"n":1},"300":{"n":300},"1500":{"n":1500}}') as Record<string, Partial<Variant>>;
const page = alliancePage(words);
const server = await servePages(new Map([['/page.html', page.html]]));
const browser = await chromium.launch({ executablePath: EXECUTABLES.chromium, args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
// The function sent to the page is compiled by tsx, whose keep-names helper must exist there too.
await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
try {
  console.log(`${page.words.toLocaleString('en')} words; ms, medians of 3 loads × batches`);
  console.log('| variant | marks | script | next frame | every frame |');
  console.log('|---|---:|---:|---:|---|');
  for (const [name, v] of Object.entries(variants)) {
    const runs: Batch[] = [];
    for (let load = 0; load < 3; load++) {
      const tab = await context.newPage();
      await tab.goto(server.url('/page.html'));
      await tab.addScriptTag({ content: bundle });
      runs.push(...(await tab.evaluate(measure, { ...DEFAULT, ...v })));
      await tab.close();
    }
    const m = (f: (r: Batch) => number) => median(runs.map(f));
    console.log(`| ${name} | ${m((r) => r.n)} | ${m((r) => r.js).toFixed(1)} | ${m((r) => r.render).toFixed(1)} | ${runs.map((r) => r.render.toFixed(0)).join(' ')} |`);
  }
} finally {
  await browser.close();
  await server.close();
}
