// The house rules, kept by a test: every source file opens with a comment saying its purpose;
// the words of each language live in engine/lang (no Japanese literal and no English cue list in
// the rules); every flag field has table rows and a planted page; every fixture article has its
// expected report.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FlagFieldSchema } from '../engine/report';

const ROOT = join(import.meta.dirname, '..');
const tracked = (execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }))
  .split('\n').filter((f) => f && existsSync(join(ROOT, f)));
const sources = tracked.filter((f) => /^(engine|utils|entrypoints|components|scripts|data)\/.*\.tsx?$/.test(f));
const engineRules = sources.filter((f) => f.startsWith('engine/') && !f.startsWith('engine/lang/'));

/** The code of a file without its comments (strings are kept). */
function code(file: string): string {
  return readFileSync(join(ROOT, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/;
/** A word alternation in a regex literal or source: \b(?:said|told|… */
const ENGLISH_CUES = /\\b\(\?:[a-z' ]{2,}\|[a-z' ]{2,}\|/;

/**
 * Rules files that still hold Japanese literals or English cue lists of their own. The list may
 * only shrink; it is empty now and must stay so.
 */
const STILL_TO_MOVE: Record<string, 'ja' | 'en' | 'both'> = {};

describe('house rules', () => {
  it('every source file opens with a comment saying what it is for', () => {
    const bare = sources.filter((f) => !/^\s*(?:\/\/|\/\*)/.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(bare).toEqual([]);
  });

  it('the rules hold no Japanese literal and no English cue list outside engine/lang', () => {
    const found: Record<string, 'ja' | 'en' | 'both'> = {};
    for (const f of engineRules) {
      const c = code(f);
      const ja = JAPANESE.test(c);
      const en = ENGLISH_CUES.test(c);
      if (ja || en) found[f] = ja && en ? 'both' : ja ? 'ja' : 'en';
    }
    expect(found).toEqual(STILL_TO_MOVE);
  });

  it('every flag field has table rows and a planted page', () => {
    const table = readFileSync(join(ROOT, 'tests/engine/compare-fields.test.ts'), 'utf8');
    const dir = join(ROOT, 'tests/fixtures/articles');
    const baselines = readdirSync(dir).filter((f) => f.endsWith('.expected.json')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    for (const field of FlagFieldSchema.options) {
      expect(table, `table rows for ${field}`).toMatch(new RegExp(`'${field}:(?:major|minor)'`));
      expect(baselines, `a planted page flagging ${field}`).toMatch(new RegExp(`"${field} \\((?:major|minor)\\)`));
    }
  });

  it('every fixture article has its expected report', () => {
    const dir = join(ROOT, 'tests/fixtures/articles');
    const pages = readdirSync(dir).filter((f) => /\.(html|txt)$/.test(f));
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.filter((f) => !existsSync(join(dir, `${f}.expected.json`)))).toEqual([]);
  });
});
