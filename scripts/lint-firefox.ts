// `npm run lint:firefox`: builds the Firefox package and runs Mozilla's add-on linter (web-ext
// lint) on it. Fails on any error, and on any warning not explained below (each explanation is
// also in the README's "Permissions" section, under "web-ext lint").
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');

export interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

export interface ExplainedWarning {
  code: string;
  /** The bundle files it may appear in. */
  file: RegExp;
  reason: string;
}

/**
 * Warnings that stay, and why they are harmless. Preact's renderer holds the one raw-HTML
 * property assignment (its support for the raw-markup prop) in the shared chunk of the pages that
 * render with Preact; the extension never passes that prop (`npm run check:markup` fails if any
 * source does), so the line never runs. The content script has no Preact (the card draws DOM
 * nodes itself, components/dom), so such a warning there is unexplained.
 */
export const EXPLAINED_WARNINGS: readonly ExplainedWarning[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^chunks\/[\w-]+\.js$/,
    reason: "Preact's support for its raw-markup prop; the extension never uses that prop (check:markup enforces it).",
  },
];

export interface LintResult {
  errors: LintMessage[];
  warnings: LintMessage[];
  unexplained: LintMessage[];
}

export function lintFirefox(dir = FIREFOX_BUILD): LintResult {
  const bin = join(ROOT, 'node_modules/.bin/web-ext');
  const r = spawnSync(bin, ['lint', '-s', dir, '--output', 'json', '--no-config-discovery'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  const json = r.stdout.slice(r.stdout.indexOf('{'));
  if (!json) throw new Error(`web-ext lint gave no report:\n${r.stderr}`);
  const report = JSON.parse(json) as { errors: LintMessage[]; warnings: LintMessage[] };
  const explained = (w: LintMessage) => EXPLAINED_WARNINGS.some((e) => e.code === w.code && e.file.test(w.file ?? ''));
  return { errors: report.errors, warnings: report.warnings, unexplained: report.warnings.filter((w) => !explained(w)) };
}

function main(): void {
  const build = spawnSync(join(ROOT, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox'], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
  if (build.status !== 0) throw new Error(`wxt build -b firefox failed:\n${build.stderr || build.stdout}`);
  const { errors, warnings, unexplained } = lintFirefox();
  for (const m of [...errors, ...unexplained]) console.error(`${m.code} ${m.file ?? ''}: ${m.message}`);
  console.log(`web-ext lint: ${errors.length} errors, ${warnings.length} warnings (${warnings.length - unexplained.length} explained).`);
  if (errors.length > 0 || unexplained.length > 0) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
