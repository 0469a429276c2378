// `npm run eval [-- --strict] [--details] [--out FILE] [--dir DIR]`: reads every fixture page that has a
// `<page>.truth.json`, checks it as `npm run check` does, and scores the report against the truth
// (meeting, missing claims, conflicts with their field, false conflicts, false and missed
// "supported"), by language and overall. It measures and exits 0; --strict exits 1 on any false
// conflict or wrong meeting.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createEngine } from '../engine';
import { bundledRecords } from '../data/records';
import { gazetteer } from '../data/gazetteer';
import { articleFromSource } from './lib/article-text';
import { readTruth } from './lib/eval-truth';
import { scorePage, strictFailures, totalsByLanguage, type PageScore } from './lib/eval-score';
import { formatDetails, formatTable } from './lib/eval-table';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'tests/fixtures/articles');
const VALUED = ['--out', '--dir'];
/** The check command's test for HTML input (scripts/check.ts), so both read a page alike. */
const looksHtml = (raw: string) => /^\s*(?:<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i.test(raw);

function main(argv: string[]): number {
  const strict = argv.includes('--strict');
  const details = argv.includes('--details');
  const value = (flag: string) => { const at = argv.indexOf(flag); return at >= 0 ? argv[at + 1] : undefined; };
  const out = resolve(value('--out') ?? join(ROOT, '.output/eval.json'));
  const DIR = resolve(value('--dir') ?? FIXTURES);
  const unknown = argv.filter((a, i) => a.startsWith('--') && !['--strict', '--details', ...VALUED].includes(a) && !VALUED.includes(argv[i - 1] ?? ''));
  const missingValue = VALUED.find((f) => argv.includes(f) && !value(f));
  if (unknown.length || missingValue) {
    process.stderr.write(`eval: ${unknown.length ? `unknown option ${unknown[0]}` : `${missingValue} needs a value`}\nusage: npm run eval -- [--strict] [--details] [--out FILE] [--dir DIR]\n`);
    return 2;
  }

  const engine = createEngine({ records: bundledRecords, gazetteer });
  const pages = readdirSync(DIR).filter((f) => /\.(html|txt)$/.test(f) && existsSync(join(DIR, `${f}.truth.json`))).sort();
  const scores: PageScore[] = pages.map((file) => {
    const raw = readFileSync(join(DIR, file), 'utf8');
    const report = engine.analyze({ ...articleFromSource(raw, looksHtml(raw)), source: file });
    return scorePage(file, readTruth(join(DIR, `${file}.truth.json`)), report);
  });
  const groups = totalsByLanguage(scores);

  process.stdout.write(`${formatTable(groups)}\n\n`);
  if (details) process.stdout.write(`${formatDetails(scores)}\n\n`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ totals: Object.fromEntries(groups.map((g) => [g.group, g.totals])), pages: scores }, null, 2)}\n`);
  process.stdout.write(`${pages.length} pages scored; details in ${out}${details ? '' : ' (or run with --details)'}\n`);

  const failures = strictFailures(scores);
  if (strict && failures.length) {
    process.stderr.write(`eval --strict: ${failures.length} failure(s)\n${failures.map((f) => `  ${f}`).join('\n')}\n`);
    return 1;
  }
  return 0;
}

// A reader that stops early (`| head`) is not an error of the measurement.
process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); else throw e; });
process.exitCode = main(process.argv.slice(2));
