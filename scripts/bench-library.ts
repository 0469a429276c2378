// Per-page engine cost with the whole record library against the three records the product
// first bundled, on every fixture article and a generated 3,000-word article: medians of
// interleaved rounds (CPU time), each page analysed by a warm engine and by a fresh one (as a
// content script does on page load, with the records served to it). Run: npx tsx scripts/bench-library.ts
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine, type PageInput } from '../engine';
import { bundledRecords } from '../data/records';
import { gazetteer } from '../data/gazetteer';
import { articleFromSource } from './lib/article-text';
import { articleOfWords } from './lib/bench-data';
import { fmtRatio, measure, ratioOf } from './lib/bench-measure';

const FIRST_THREE = new Set(['mod-en-2025-10-29', 'mod-en-2026-01-15', 'mod-ja-2025-03-30']);
const three = bundledRecords.filter((r) => FIRST_THREE.has(r.id));
const library = bundledRecords;
const quick = process.argv.includes('--quick');

const DIR = join(import.meta.dirname, '../tests/fixtures/articles');
const pages: PageInput[] = readdirSync(DIR).filter((f) => /\.(html|txt)$/.test(f)).sort()
  .map((f) => ({ ...articleFromSource(readFileSync(join(DIR, f), 'utf8'), f.endsWith('.html')), source: f }));
const long = articleOfWords(3_000);
const longPage: PageInput = { text: long.text, published: long.published, source: long.source, title: long.title };

const warmThree = createEngine({ records: three, gazetteer });
const warmLibrary = createEngine({ records: library, gazetteer });
const rounds = quick ? 5 : 11;

function report(name: string, run: (records: typeof library) => void, warm: boolean): void {
  const m = measure([
    { id: 'three', run: () => run(three) },
    { id: 'library', run: () => run(library) },
  ], { rounds, warmupCalls: warm ? 5 : 2, minSampleMs: 40 });
  const r = ratioOf(m.get('library')!, m.get('three')!);
  console.log(`${name.padEnd(46)} ${m.get('three')!.median.toFixed(2).padStart(7)} ms  ${m.get('library')!.median.toFixed(2).padStart(7)} ms  ${fmtRatio(r)}`);
}

console.log(`records: three = ${three.length}, library = ${library.length}; ${rounds} interleaved rounds, CPU ms per call`);
console.log(`${'workload'.padEnd(46)} ${'three'.padStart(10)} ${'library'.padStart(10)}  library / three (IQR)`);
report(`all ${pages.length} fixture pages, warm engine`, (records) => {
  const e = records === three ? warmThree : warmLibrary;
  for (const p of pages) e.analyze(p);
}, true);
report('3,000-word article, warm engine', (records) => {
  (records === three ? warmThree : warmLibrary).analyze(longPage);
}, true);
report(`all ${pages.length} fixture pages, fresh engine per page`, (records) => {
  for (const p of pages) createEngine({ records, gazetteer }).analyze(p);
}, false);
const same = pages.every((p) => {
  const a = warmThree.analyze(p);
  const b = warmLibrary.analyze(p);
  return a.meeting === null || b.meeting?.recordId === a.meeting.recordId;
});
console.log(`pages resolved to one of the three records still resolve to it with the library: ${same ? 'yes' : 'NO'}`);
