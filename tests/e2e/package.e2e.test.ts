// The store packages: `wxt zip` makes installable Chrome and Firefox archives, and Mozilla's
// add-on linter finds no errors in the Firefox build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const OUT = join(ROOT, '.output');

function run(command: string, args: string[]) {
  const r = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${r.stderr || r.stdout}`);
  return r.stdout;
}

describe('store packages', () => {
  it('zips a Chrome MV3 and a Firefox package', () => {
    run('npx', ['wxt', 'zip']);
    run('npx', ['wxt', 'zip', '-b', 'firefox']);
    const zips = readdirSync(OUT).filter((f) => f.endsWith('.zip'));
    expect(zips.some((f) => f.includes('chrome'))).toBe(true);
    expect(zips.some((f) => f.includes('firefox') && !f.includes('sources'))).toBe(true);
    const manifest = JSON.parse(readFileSync(join(OUT, 'chrome-mv3', 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).not.toContain('tabs'); // the test-only permission stays out of the store build
  }, 240_000);

  it('passes web-ext lint with no errors', () => {
    expect(existsSync(join(OUT, 'firefox-mv2', 'manifest.json'))).toBe(true);
    const r = spawnSync('npx', ['web-ext', 'lint', '-s', join(OUT, 'firefox-mv2'), '--output', 'json', '--no-config-discovery'],
      { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    const report = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
    expect(report.errors.map((e: { message: string }) => e.message)).toEqual([]);
  }, 150_000);
});
