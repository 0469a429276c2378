// `npm run check -- [--json] FILE-or-URL…`: checks news articles against the official records.
import { readFile } from 'node:fs/promises';
import { createEngine } from '../engine';
import { bundledRecords } from '../data/records';
import { gazetteer } from '../data/gazetteer';
import { articleFromSource } from './lib/article-text';
import { formatReport } from './lib/report-text';
import type { Report } from '../engine/report';

class InputError extends Error {}

async function readInput(input: string): Promise<string> {
  if (/^https?:\/\//i.test(input)) {
    let res: Response;
    try {
      res = await fetch(input, { signal: AbortSignal.timeout(15_000) });
    } catch (e) {
      throw new InputError(`cannot fetch ${input}: ${(e as Error).message}`);
    }
    if (!res.ok) throw new InputError(`cannot fetch ${input}: HTTP ${res.status}`);
    return res.text();
  }
  try {
    return await readFile(input, 'utf8');
  } catch (e) {
    throw new InputError(`cannot read ${input}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

export function pageFromSource(source: string, raw: string): { text: string; title: string | null; published: string | null } {
  if (raw.includes('\u0000')) throw new InputError(`${source} is not text`);
  const looksHtml = /^\s*(?:<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i.test(raw);
  const page = articleFromSource(raw, looksHtml);
  if (!page.text.trim()) throw new InputError(`${source} has no article text`);
  return page;
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const inputs = argv.filter((a) => a !== '--json');
  if (!inputs.length || inputs.some((a) => a.startsWith('--'))) {
    process.stderr.write('usage: npm run check -- [--json] FILE-or-URL…\n');
    return 2;
  }
  const engine = createEngine({ records: bundledRecords, gazetteer });
  const reports: Report[] = [];
  for (const input of inputs) {
    try {
      const page = pageFromSource(input, await readInput(input));
      reports.push(engine.analyze({ ...page, source: input }));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      process.stderr.write(`check: ${e.message}\n`);
      return 2;
    }
  }
  if (json) process.stdout.write(`${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`);
  else {
    const partial = new Set(bundledRecords.filter((r) => r.partial).map((r) => r.id));
    process.stdout.write(`${reports.map((r) => formatReport(r, partial)).join('\n\n')}\n`);
  }
  return 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => {
  process.stderr.write(`check: ${(e as Error).message.split('\n')[0]}\n`);
  process.exitCode = 2;
});
