// The ingest command as newsroom scripts use it: --json prints and writes nothing; input it
// cannot parse exits 2 with one line on stderr and writes nothing, even next to good input.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const SOURCE = join(ROOT, 'data/sources/mod-en-2026-01-15.txt');

function ingest(args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string[] } {
  const r = spawnSync('npx', ['tsx', 'scripts/ingest.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  // npm itself may warn about the local npm configuration; that is not the command's output.
  const stderr = r.stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('npm warn'));
  return { status: r.status, stdout: r.stdout, stderr };
}

/** Every file under data/records and data/sources with its size and modification time. */
function snapshot(): string[] {
  return ['records', 'sources'].flatMap((dir) =>
    readdirSync(join(ROOT, 'data', dir)).map((f) => {
      const s = statSync(join(ROOT, 'data', dir, f));
      return `${dir}/${f} ${s.size} ${s.mtimeMs}`;
    }));
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'readout-ingest-'));
}

// Each case starts the CLI through npx/tsx (one to two seconds each).
describe('npm run ingest', { timeout: 60_000 }, () => {
  it('--json prints the record of one file and writes nothing', () => {
    const before = snapshot();
    const r = ingest(['--json', SOURCE]);
    expect(r.status).toBe(0);
    expect(r.stderr).toEqual([]);
    const committed = JSON.parse(readFileSync(join(ROOT, 'data/records/mod-en-2026-01-15.json'), 'utf8'));
    expect(JSON.parse(r.stdout)).toEqual(committed);
    expect(snapshot()).toEqual(before);
  });

  it('--json prints an array for several files', () => {
    const r = ingest(['--json', SOURCE, join(ROOT, 'data/sources/mod-ja-2025-03-30-partial.txt')]);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { id: string }[]).map((x) => x.id)).toEqual(['mod-en-2026-01-15', 'mod-ja-2025-03-30']);
  });

  it('exits 2 on a file it cannot parse, with one line naming the file, the line and what was expected', () => {
    const bad = join(tempDir(), 'not-a-summary.txt');
    writeFileSync(bad, 'October 29, 2025\nMinistry of Defense\n\n1 Overview\nThe Ministers met.\n');
    const before = snapshot();
    const r = ingest([bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toHaveLength(1);
    expect(r.stderr[0]).toBe(`${bad}: line 5: expected the opening sentence "On <date>, ... held ..." (「<日付>…会談…」)`);
    expect(r.stdout).toBe('');
    expect(snapshot()).toEqual(before);
  });

  it('writes nothing at all when any input is bad, even the good ones', () => {
    const data = tempDir();
    const bad = join(tempDir(), 'empty.txt');
    writeFileSync(bad, '');
    const r = ingest([SOURCE, bad], { READOUT_LENS_DATA_DIR: data });
    expect(r.status).toBe(2);
    expect(r.stderr).toEqual([`${bad}: line 1: expected the opening sentence "On <date>, ... held ..." (「<日付>…会談…」) (the file is empty)`]);
    expect(readdirSync(data)).toEqual([]);
  });

  it('exits 2 on a file it cannot read', () => {
    const r = ingest(['--json', join(tempDir(), 'missing.txt')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toHaveLength(1);
    expect(r.stderr[0]).toMatch(/missing\.txt: cannot read \(ENOENT\)$/);
  });

  it('writes the record, a copy of the source and the generated index', () => {
    const data = tempDir();
    const r = ingest([SOURCE], { READOUT_LENS_DATA_DIR: data });
    expect(r.status).toBe(0);
    expect(readdirSync(join(data, 'records')).sort()).toEqual(['index.ts', 'mod-en-2026-01-15.json']);
    expect(readFileSync(join(data, 'records/mod-en-2026-01-15.json'), 'utf8'))
      .toBe(readFileSync(join(ROOT, 'data/records/mod-en-2026-01-15.json'), 'utf8'));
    expect(readFileSync(join(data, 'sources/mod-en-2026-01-15.txt'), 'utf8')).toBe(readFileSync(SOURCE, 'utf8'));
    expect(readFileSync(join(data, 'records/index.ts'), 'utf8')).toContain("import mod_en_2026_01_15 from './mod-en-2026-01-15.json';");
  });

  it('gives a second record of the same meeting from another source the id -2', () => {
    const data = tempDir();
    const copy = join(tempDir(), 'another-copy.txt');
    writeFileSync(copy, readFileSync(SOURCE, 'utf8'));
    expect(ingest([SOURCE], { READOUT_LENS_DATA_DIR: data }).status).toBe(0);
    expect(ingest([copy], { READOUT_LENS_DATA_DIR: data }).status).toBe(0);
    // Re-ingesting either source keeps its id.
    expect(ingest([SOURCE, copy], { READOUT_LENS_DATA_DIR: data }).status).toBe(0);
    expect(readdirSync(join(data, 'records')).sort()).toEqual(['index.ts', 'mod-en-2026-01-15-2.json', 'mod-en-2026-01-15.json']);
    const second = JSON.parse(readFileSync(join(data, 'records/mod-en-2026-01-15-2.json'), 'utf8'));
    expect(second.sourceFile).toBe('another-copy.txt');
  });

  it('prints usage and exits 2 without files', () => {
    const r = ingest([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toEqual(['usage: npm run --silent ingest -- [--json] [--date YYYY-MM-DD] [--url URL] [--publisher TEXT] [--partial] FILE...']);
  });
});
