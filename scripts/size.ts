// `npm run size`: builds the store packages with source maps (into .output/size-<browser>-mv<n>,
// leaving the ordinary build alone) and prints what the content scripts weigh, in gzip -9 bytes,
// per part of the product and per source file. `-- --no-build` reuses the last size build.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSize, sizeByGroup, sourcePath, type GroupSize, type SourceMapLike } from './size-map';

const ROOT = resolve(import.meta.dirname, '..');
const OUTPUTS = [join(ROOT, '.output/size-chrome-mv3'), join(ROOT, '.output/size-firefox-mv2')];

/** The part of the product a source file belongs to. */
function partOf(path: string): string {
  const parts: Array<[RegExp, string]> = [
    [/^node_modules\/zod\//, 'zod'],
    [/^node_modules\/preact\//, 'Preact'],
    [/^node_modules\/(webextension-polyfill|@wxt-dev\/webextension-polyfill)\//, 'webextension-polyfill'],
    [/^node_modules\/wxt\//, 'WXT runtime'],
    [/^node_modules\//, 'other packages'],
    [/^utils\/strings-/, 'interface strings'],
    [/^(components\/|utils\/(locale|translate)|entrypoints\/news\.content\/card-)/, 'card'],
    [/^utils\/page-reader\/|^engine\/lang\/page-labels/, 'page reader (article, boxes)'],
    [/^entrypoints\/news\.content\/highlight-style/, 'highlight stylesheet'],
    [/^entrypoints\/news\.content\/ours/, 'registry of own nodes'],
    [/^utils\/((page-)?messages|checks)/, 'messages'],
    [/^engine\//, 'engine'],
    [/^entrypoints\/news\.content\//, 'pipeline'],
  ];
  return parts.find(([re]) => re.test(path))?.[1] ?? 'other';
}

/** The built script without the trailer pointing at its map (the store build has none). */
function readBuilt(file: string): { code: string; map: SourceMapLike } {
  const code = readFileSync(file, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
  return { code, map: JSON.parse(readFileSync(`${file}.map`, 'utf8')) as SourceMapLike };
}

/** 1 KB = 1,000 bytes, as the performance issue counts. */
const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;

/** The size `gzip -9 -c FILE | wc -c` gives (a little smaller than zlib's), or null without gzip. */
function gzipCommand(code: string): number | null {
  try {
    return execFileSync('gzip', ['-9', '-c'], { input: code, maxBuffer: 1 << 26 }).length;
  } catch {
    return null;
  }
}
function table(title: string, rows: GroupSize[]): void {
  console.log(`\n${title}`);
  console.log(`${'gzip'.padStart(9)} ${'minified'.padStart(10)}  part`);
  for (const r of rows) console.log(`${String(r.gzip).padStart(9)} ${String(r.raw).padStart(10)}  ${r.name}`);
}

const args = new Set(process.argv.slice(2));
if (!args.has('--no-build')) {
  const env = { ...process.env, WXT_SIZE: '1' };
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, env, stdio: 'ignore' });
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, env, stdio: 'ignore' });
}

for (const out of OUTPUTS) {
  const dir = join(out, 'content-scripts');
  if (!existsSync(dir)) {
    console.error(`${dir} is missing: run without --no-build`);
    process.exit(1);
  }
  // The gate the manifest lists (a plain script at the top) and the lens (content-scripts/).
  const files = ['gate.js', ...readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => `content-scripts/${f}`)];
  for (const name of files) {
    const { code, map } = readBuilt(join(out, name));
    const cli = gzipCommand(code);
    console.log(`\n== ${out.slice(ROOT.length + 1)}/${name}: ${cli === null ? '' : `${cli} bytes by \`gzip -9\` (${kb(cli)}), `}${gzipSize(code)} by zlib level 9 (the test's measure), ${code.length} characters minified`);
    if (!existsSync(join(out, `${name}.map`))) continue;
    const parts = sizeByGroup(code, map, (s) => partOf(sourcePath(s)));
    table('by part (gzip: bytes saved without it)', parts.groups);
    if (args.has('--files') || out === OUTPUTS[0]) table('by source file', sizeByGroup(code, map, sourcePath).groups);
  }
}
