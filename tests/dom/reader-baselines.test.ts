// @vitest-environment happy-dom
// The extension's path gives the checker's report: each fixture article, loaded as a page and
// read by the content script's reader (classifier + snapshot + page meta), must give the same
// meeting, claims, verdicts, flags and evidence as its saved baseline from the command line.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine';
import { bundledRecords } from '../../data/records';
import { gazetteer } from '../../data/gazetteer';
import { Classifier } from '../../entrypoints/news.content/classify';
import { takeSnapshot } from '../../entrypoints/news.content/snapshot';
import { readPublished, readTitle } from '../../entrypoints/news.content/page-meta';
import { summarizeReport } from '../../scripts/lib/report-summary';

const DIR = join(import.meta.dirname, '../fixtures/articles');
const engine = createEngine({ records: bundledRecords, gazetteer });

/** Loads a saved page as the current document, head and body, as a browser would. */
function loadPage(html: string): void {
  document.open();
  document.write(html);
  document.close();
}

/** Claim sentences compared with their white space folded: a page's line breaks are layout. */
function folded(summary: ReturnType<typeof summarizeReport>) {
  return { ...summary, claims: summary.claims.map((c) => ({ ...c, text: c.text.replace(/\s+/g, ' ').trim() })) };
}

describe('the content script reads fixture pages as the checker does', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.html'));
  it.each(files)('%s gives its baseline report', (file) => {
    loadPage(readFileSync(join(DIR, file), 'utf8'));
    const snapshot = takeSnapshot(document.body, new Classifier());
    const report = engine.analyze({ text: snapshot.text, published: readPublished(document), title: readTitle(document), source: file });
    const expected = JSON.parse(readFileSync(join(DIR, `${file}.expected.json`), 'utf8'));
    expect(folded(summarizeReport(report))).toEqual(folded(expected));
  });

  it('reads no claim from related stories, tickers, comments or footers', () => {
    loadPage(readFileSync(join(DIR, 'wire-2026-01-15-planted.html'), 'utf8'));
    const text = takeSnapshot(document.body, new Classifier()).text;
    expect(text).toContain('held two-hour talks at the Pentagon');
    expect(text).not.toContain('White House');
    expect(text).not.toContain('Hegseth to visit Manila');
  });
});
