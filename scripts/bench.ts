// `npm run bench [-- --quick] [-- --no-process] [-- --no-browser | --browser-only] [-- --no-build]
// [-- --mark-array-300k] [-- --only=300000,3000] [-- --rounds=N]`:
// the engine in Node (lib/bench-engine.ts: growth with the article and the records, the check
// command), then the built extension in headless Chromium against mark.js and a bare TreeWalker
// on generated pages (lib/bench-browser-run.ts). Every figure is compared with baselines measured
// in the same run. Prints Markdown; writes .bench/engine.json, .bench/browser.json and the chart
// docs/bench-browser.svg.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runEngineBench } from './lib/bench-engine';
import { runBrowserBench } from './lib/bench-browser-run';
import { browserChart, browserMarkdown, checkTargets } from './lib/bench-browser-report';
import { barChartSvg } from './lib/bench-chart';

const args = new Set(process.argv.slice(2));
const valueOf = (name: string) => process.argv.slice(2).find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const only = valueOf('only')?.split(',').map(Number);
const rounds = valueOf('rounds') === undefined ? undefined : Number(valueOf('rounds'));
const quick = args.has('--quick');
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const log = (s: string) => process.stderr.write(`${s}\n`);

if (!args.has('--browser-only')) {
  process.stdout.write(`${runEngineBench({ quick, withProcess: !args.has('--no-process'), log })}\n\n`);
}
if (!args.has('--no-browser')) {
  const result = await runBrowserBench({ quick, build: !args.has('--no-build'), markArrayAt300k: args.has('--mark-array-300k'), log, only, rounds });
  const markdown = browserMarkdown(result);
  process.stdout.write(`${markdown}\n`);
  // A run of some sizes only is for looking into them: it leaves the recorded results alone.
  if (only) process.exit(0);
  mkdirSync(`${ROOT}.bench`, { recursive: true });
  writeFileSync(`${ROOT}.bench/browser.json`, `${JSON.stringify({ date: new Date().toISOString(), ...result, targets: checkTargets(result), markdown }, null, 2)}\n`);
  writeFileSync(`${ROOT}docs/bench-browser.svg`, barChartSvg('Main-thread time per page (log scale; shorter is better)', browserChart(result)));
  log('wrote .bench/browser.json and docs/bench-browser.svg');
}
