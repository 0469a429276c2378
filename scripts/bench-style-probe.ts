// `npx tsx scripts/bench-style-probe.ts`: what the layered-CSS probe of the highlight stylesheet
// (entrypoints/news.content/highlight-style.ts, lookDefeated) costs, in headless Chromium, as a
// ratio to the whole-document restyle that adopting the stylesheet causes anyway, measured on the
// same pages in the same run: the hostile story, its 100,000-element version and the layered-CSS page.
import { buildSync } from 'esbuild';
import { chromium } from 'playwright-core';
import { join } from 'node:path';
import { startFixtureServer } from '../tests/e2e/fixture-server';
import { EXECUTABLES, ROOT } from '../tests/e2e/config';

const ROUNDS = 15;
const PAGES = ['/furniture.html', '/huge.html', '/css-layer-marks.html'];

const bundle = buildSync({
  stdin: {
    contents: "import { installHighlightStyle, lookDefeated } from './entrypoints/news.content/highlight-style'; Object.assign(globalThis, { __probe: { installHighlightStyle, lookDefeated } });",
    resolveDir: ROOT, loader: 'ts',
  },
  bundle: true, format: 'iife', write: false,
}).outputFiles[0]!.text;

// Evaluated in the page, as text: the runner's transform would wrap named functions in a helper
// the page lacks.
const MEASURE = `(async () => {
  const api = globalThis.__probe;
  const deepest = () => { let el = document.body; while (el.lastElementChild) el = el.lastElementChild; return el; };
  const frame = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
  await frame();
  api.installHighlightStyle(document); // the sheet (and its probe) as the extension adopts it
  getComputedStyle(deepest()).color;
  await frame();
  // Baseline: adopting a sheet restyles the whole document (an equal sheet, flushed).
  const sheet = document.adoptedStyleSheets[document.adoptedStyleSheets.length - 1];
  const copy = new CSSStyleSheet();
  copy.replaceSync(Array.from(sheet.cssRules).map((r) => r.cssText).join('\\n'));
  const r0 = performance.now();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, copy];
  getComputedStyle(deepest()).color;
  const restyle = performance.now() - r0;
  await frame();
  const p0 = performance.now();
  api.lookDefeated(document, sheet);
  return { probe: performance.now() - p0, restyle };
})()`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const server = await startFixtureServer(join(ROOT, 'tests/fixtures/hostile'));
const browser = await chromium.launch({ executablePath: EXECUTABLES.chromium, args: ['--no-sandbox', '--disable-gpu'] });
try {
  console.log('| page | probe (median ms) | restyle on adopting the sheet (median ms) | probe / restyle |');
  console.log('|---|---|---|---|');
  for (const path of PAGES) {
    const probe: number[] = [];
    const restyle: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const page = await browser.newPage();
      await page.goto(server.url(path));
      await page.addScriptTag({ content: bundle });
      const t = (await page.evaluate(MEASURE)) as { probe: number; restyle: number };
      probe.push(t.probe);
      restyle.push(t.restyle);
      await page.close();
    }
    const p = median(probe);
    const r = median(restyle);
    console.log(`| ${path} | ${p.toFixed(2)} | ${r.toFixed(2)} | ${(p / r).toFixed(2)} |`);
  }
} finally {
  await browser.close();
  await server.close();
}
