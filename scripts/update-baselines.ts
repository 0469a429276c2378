// `npm run baselines`: rewrites tests/fixtures/articles/*.expected.json from the current engine.
// Review the diff before committing: a baseline change is a behaviour change.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine } from '../engine';
import { bundledRecords } from '../data/records';
import { gazetteer } from '../data/gazetteer';
import { articleFromSource } from './lib/article-text';
import { summarizeReport } from './lib/report-summary';

const dir = join(import.meta.dirname, '../tests/fixtures/articles');
const engine = createEngine({ records: bundledRecords, gazetteer });
for (const file of readdirSync(dir).filter((f) => /\.(html|txt)$/.test(f))) {
  const raw = readFileSync(join(dir, file), 'utf8');
  const page = articleFromSource(raw, file.endsWith('.html'));
  const summary = summarizeReport(engine.analyze({ ...page, source: file }));
  writeFileSync(join(dir, `${file}.expected.json`), `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`${file}: ${summary.meeting?.recordId ?? 'no meeting'}, ${summary.claims.length} claims`);
}
