// The content script must not carry the official records (the library grows; the background
// serves them): no module it imports, directly or not, may import data/records.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/') || spec.startsWith('~/')) base = join(ROOT, spec.slice(2));
  else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
  else return null; // a package
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && !candidate.endsWith('/')) {
      try { readFileSync(candidate, 'utf8'); return candidate; } catch { /* a directory */ }
    }
  }
  return null;
}

/** Every local module reachable from `entry` through static and dynamic imports. */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s*['"]([^'"]+)['"]/gm)) {
      const next = resolveImport(file, m[1] ?? m[2] ?? m[3]!);
      if (next && /\.(ts|tsx)$/.test(next)) todo.push(next);
    }
  }
  return seen;
}

describe('the content script', () => {
  const entry = join(ROOT, 'entrypoints/news.content/index.ts');
  const modules = reachable(entry);

  it('reaches the engine (the scan is real)', () => {
    expect(modules.size).toBeGreaterThan(20);
    expect([...modules].some((f) => f.endsWith('engine/analyze.ts'))).toBe(true);
  });

  it('does not import the bundled records', () => {
    const records = [...modules].filter((f) => f.includes('/data/records/') || f.endsWith('utils/bundled-records.ts'));
    expect(records.map((f) => f.slice(ROOT.length + 1))).toEqual([]);
  });

  it('the background does, to serve them', () => {
    const background = reachable(join(ROOT, 'entrypoints/background.ts'));
    expect([...background].some((f) => f.includes('/data/records/'))).toBe(true);
  });
});
