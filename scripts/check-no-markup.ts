// `npm run check:markup [-- FILE…]`: fails when the extension's source (engine, entrypoints, components,
// utils, data, public and the build config) turns a string into markup or code anywhere —
// innerHTML/outerHTML/srcdoc assignment, insertAdjacentHTML, document.write,
// dangerouslySetInnerHTML, DOMParser, eval, the Function constructor, timers given a string,
// javascript: URLs, inline scripts and handlers in HTML pages — unless the sink is in
// scripts/lib/markup-allow-list.ts with its reason. Part of `npm test`.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findHtmlSinks, findSinks, unexplained, type Sink } from './lib/markup-sinks';
import { MARKUP_ALLOW_LIST } from './lib/markup-allow-list';

const ROOT = resolve(import.meta.dirname, '..');
/** What ends up in (or builds) the extension packages. */
export const EXTENSION_SOURCES = /^(?:(?:engine|entrypoints|components|utils|data|public)\/.*\.(?:tsx?|jsx?|mjs|html?)|wxt\.config\.ts)$/;

export function extensionFiles(root = ROOT): string[] {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((f) => EXTENSION_SOURCES.test(f) && existsSync(join(root, f)));
}

export function scan(files: readonly string[], root = ROOT): Sink[] {
  return files.flatMap((f) => {
    const text = readFileSync(join(root, f), 'utf8');
    return /\.html?$/.test(f) ? findHtmlSinks(text, f) : findSinks(text, f);
  });
}

/** With file arguments (relative to the working directory) only those are checked. */
function main(args: string[]): void {
  const files = args.length > 0 ? args : extensionFiles();
  const bad = unexplained(scan(files, args.length > 0 ? process.cwd() : ROOT), MARKUP_ALLOW_LIST);
  if (bad.length === 0) {
    console.log(`check:markup: no string-to-markup or string-to-code sink in ${files.length} extension source files.`);
    return;
  }
  for (const s of bad) console.error(`${s.file}:${s.line}: ${s.name} (${s.kind}): ${s.excerpt}`);
  console.error(`\ncheck:markup: ${bad.length} sink(s). Build DOM nodes (document.createElement, textContent, Preact)`
    + ' instead, or justify the sink in scripts/lib/markup-allow-list.ts.');
  process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main(process.argv.slice(2));
