// The `check` command's public contract: JSON per the report schema, a readable report grouped by
// verdict, and exit status 2 with one line on stderr for input it cannot read.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ReportSchema } from '../../engine';

const ROOT = join(import.meta.dirname, '../..');
const ARTICLES = 'tests/fixtures/articles';

function check(...args: string[]) {
  const r = spawnSync('node', ['scripts/run-bundled.mjs', 'check', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('check command', () => {
  it('prints one JSON report per the contract for one input', () => {
    const r = check('--json', `${ARTICLES}/wire-2026-01-15-planted.html`);
    expect(r.status).toBe(0);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.published).toBe('2026-01-16T02:10:00Z');
    expect(report.meeting?.date).toBe('2026-01-15');
    expect(report.claims.some((c) => c.verdict === 'conflict')).toBe(true);
  });

  it('rebuilds its bundle when any source it was built from changes, the page reader included', () => {
    expect(check('--json', `${ARTICLES}/wire-2026-01-15-planted.html`).status).toBe(0);
    const inputs = z.array(z.string()).parse(JSON.parse(readFileSync(join(ROOT, '.output/cli/check.mjs.inputs.json'), 'utf8')));
    for (const folder of ['engine/', 'data/', 'scripts/', 'utils/page-reader/']) {
      expect(inputs.some((file) => file.startsWith(folder))).toBe(true);
    }
  });

  it('says in the readable report when the matched record is a partial copy, and only then', () => {
    const partial = check(`${ARTICLES}/ja-2023-10-04-pentagon.html`);
    expect(partial.status).toBe(0);
    expect(partial.stdout).toContain('mod-ja-2023-10-04');
    expect(partial.stdout).toMatch(/partial copy: an unverified claim may be covered by the missing part/);
    const whole = check(`${ARTICLES}/wire-2026-01-15-planted.html`);
    expect(whole.stdout).not.toMatch(/partial copy/);
  });

  it('prints an array for several inputs, text and HTML alike', () => {
    const r = check('--json', `${ARTICLES}/shangri-la-analysis.txt`, `${ARTICLES}/ja-2026-01-15-planted.html`);
    expect(r.status).toBe(0);
    const reports = z.array(ReportSchema).parse(JSON.parse(r.stdout));
    expect(reports.map((x) => x.meeting?.recordId ?? null)).toEqual([null, 'mod-en-2026-01-15']);
    expect(reports[1]!.language).toBe('ja');
  });

  it('groups the readable report by verdict and quotes both sides of each flag', () => {
    const r = check(`${ARTICLES}/wire-2026-01-15-planted.html`);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/CONFLICT[\s\S]*Article: "two-hour" · Official: "approximately 50 minutes"/);
    expect(r.stdout.indexOf('CONFLICT')).toBeLessThan(r.stdout.indexOf('SUPPORTED'));
  });

  it.each([
    ['a missing file', ['no/such/file.html'], /cannot read/],
    ['an empty file', ['EMPTY'], /no article text/],
    ['a binary file', ['BINARY'], /not text/],
    ['no input', [], /usage/],
  ])('exits 2 with one line for %s', (_label, args, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'rl-check-'));
    writeFileSync(join(dir, 'empty.html'), '   ');
    writeFileSync(join(dir, 'binary.bin'), Buffer.from([0, 1, 2, 0, 255]));
    const real = args.map((a) => (a === 'EMPTY' ? join(dir, 'empty.html') : a === 'BINARY' ? join(dir, 'binary.bin') : a));
    const r = check(...real);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});
