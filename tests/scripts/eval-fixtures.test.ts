// The truth files themselves and the `eval` command: every truth file parses, names a record the
// library has, and quotes only text the page really holds (claims: its article) (a quote that no longer
// matches would silently count as a missed claim); the command measures, exits 0, writes JSON.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { bundledRecords } from '../../data/records';
import { articleFromSource } from '../../scripts/lib/article-text';
import { readTruth } from '../../scripts/lib/eval-truth';

const ROOT = join(import.meta.dirname, '../..');
const DIR = join(ROOT, 'tests/fixtures/articles');
const truths = readdirSync(DIR).filter((f) => f.endsWith('.truth.json'));
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('truth files', () => {
  it('cover most fixture pages', () => {
    expect(truths.length).toBeGreaterThanOrEqual(17);
  });

  it.each(truths)('%s names a known record and quotes its page verbatim', (file) => {
    const truth = readTruth(join(DIR, file));
    if (truth.meeting) expect(bundledRecords.map((r) => r.id)).toContain(truth.meeting);
    const page = file.replace(/\.truth\.json$/, '');
    const raw = readFileSync(join(DIR, page), 'utf8');
    const article = fold(articleFromSource(raw, page.endsWith('.html')).text);
    // What must not be a claim may sit outside the story (a glossary box, other stories' headlines),
    // so it only has to be on the page; claims must be in the article itself.
    const whole = page.endsWith('.html') ? fold(parseHTML(raw).document.documentElement.textContent ?? '') : article;
    const claims = [...truth.claims, ...truth.ambiguous].map((c) => c.quote);
    const notClaims = truth.notClaims.map((c) => c.quote);
    expect(claims.filter((q) => !article.includes(fold(q)))).toEqual([]);
    expect(notClaims.filter((q) => !whole.includes(fold(q)))).toEqual([]);
    const quotes = [...claims, ...notClaims];
    expect(new Set(quotes).size).toBe(quotes.length);
  });
});

describe('eval command', () => {
  function evalCmd(...args: string[]) {
    return spawnSync('npx', ['tsx', 'scripts/eval.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  }

  it('prints the table by language, writes the JSON and exits 0', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'eval-')), 'eval.json');
    const r = evalCmd('--out', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\| {2}\| pages \| meeting right \|/);
    expect(r.stdout).toMatch(/\n\| ja \| \d+ \|/);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.pages).toHaveLength(truths.length);
    expect(json.totals.all.pages).toBe(truths.length);
    expect(json.totals.all.truthClaims).toBeGreaterThan(50);
  }, 120_000);

  it('--strict exits 1 on a wrong meeting or a false conflict, and the plain run still exits 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-pages-'));
    copyFileSync(join(DIR, 'desk-2025-10-29-planted.html'), join(dir, 'page.html'));
    // A truth that says the page is about no meeting, and that its Yokosuka sentence is unverified.
    writeFileSync(join(dir, 'page.html.truth.json'), JSON.stringify({
      language: 'en', style: 'test', meeting: null,
      claims: [{ quote: 'met Japanese Defense Minister Shinjiro Koizumi in Yokosuka', verdict: 'unverified', note: 'n' }],
    }));
    const out = join(dir, 'eval.json');
    expect(evalCmd('--dir', dir, '--out', out).status).toBe(0);
    const strict = evalCmd('--strict', '--dir', dir, '--out', out);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/page\.html: meeting mod-en-2025-10-29, expected none/);
    expect(strict.stderr).toMatch(/page\.html: false place conflict \(truth-unverified\)/);
  }, 120_000);

  it('refuses an unknown option with exit 2', () => {
    const r = evalCmd('--strcit');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown option --strcit/);
  }, 120_000);
});
