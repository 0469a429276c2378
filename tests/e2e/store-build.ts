// The store packages (built without WXT_E2E) into .output/chrome-mv3 and .output/firefox-mv2.
// Several files load or lint them; building them once per e2e run (not once per file) saves a
// pair of builds. A file run on its own still builds them first.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { ROOT } from './config';

const MARKER = join(ROOT, '.output/.store-build-run');

export function buildStorePackages(): void {
  const run = inject('e2eRunId');
  if (run && existsSync(MARKER) && readFileSync(MARKER, 'utf8') === run) return;
  for (const args of [['build'], ['build', '-b', 'firefox']]) {
    const env = { ...process.env };
    delete env.WXT_E2E; // the store build, whatever the shell says
    const r = spawnSync(join(ROOT, 'node_modules/.bin/wxt'), args, { cwd: ROOT, encoding: 'utf8', timeout: 180_000, env });
    if (r.status !== 0) throw new Error(`wxt ${args.join(' ')} failed:\n${r.stderr || r.stdout}`);
  }
  if (run) writeFileSync(MARKER, run);
}
