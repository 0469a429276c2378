// The browser benchmark's report: the Markdown table (README shows it), the targets of the
// performance issue checked against this run's figures, and the chart's data.
import type { BrowserBenchResult, SizeResult } from './bench-browser-run';
import type { ChartGroup } from './bench-chart';

const ms = (x: number | null | undefined) => (x === null || x === undefined ? '—' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : x >= 10 ? `${x.toFixed(0)} ms` : x >= 0.1 ? `${x.toFixed(1)} ms` : `${x.toFixed(3)} ms`);
const ratio = (x: number | null) => (x === null || !Number.isFinite(x) ? '—' : x >= 100 ? `${x.toFixed(0)}×` : x >= 10 ? `${x.toFixed(1)}×` : `${x.toFixed(2)}×`);
const div = (a: number | null | undefined, b: number | null | undefined) => (a == null || b == null || b <= 0 ? null : a / b);

export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean;
}

export function checkTargets(r: BrowserBenchResult): TargetCheck[] {
  const s3 = r.sizes.find((s) => s.page === '3k');
  const s30 = r.sizes.find((s) => s.page === '30k');
  const s300 = r.sizes.find((s) => s.page === '300k');
  const out: TargetCheck[] = [];
  const add = (target: string, measured: string, met: boolean) => out.push({ target, measured, met });
  add('Page with no alliance content: ≤ 5 ms of main-thread time added', ms(r.none.busy), r.none.busy <= 5);
  add('Page with no alliance content: no task of ours over 10 ms', ms(r.none.longestOurs), r.none.longestOurs <= 10);
  for (const s of r.sizes) {
    const vsArray = div(s.markArray, s.lens.busy);
    const vsRegExp = div(s.markRegExp, s.lens.busy);
    add(`${s.page}: main-thread time ≥ 100× less than mark.js mark(array)`, ratio(vsArray), vsArray !== null && vsArray >= 100);
    add(`${s.page}: main-thread time ≥ 2× less than mark.js markRegExp`, ratio(vsRegExp), vsRegExp !== null && vsRegExp >= 2);
  }
  const vsFloor = s3 ? div(s3.lens.busy, s3.floor) : null;
  if (s3) add('3k: main-thread time ≤ 10× the TreeWalker floor', ratio(vsFloor), vsFloor !== null && vsFloor <= 10);
  for (const s of r.sizes) {
    add(`${s.page}: no task over 50 ms caused by the extension (rendering included)`,
      `${s.lens.over50} over 50 ms (without the extension: ${s.lens.baselineOver50}); longest of ours ${ms(s.lens.longestOurs)}`,
      s.lens.over50 <= s.lens.baselineOver50 && s.lens.longestOurs <= 50);
  }
  if (s3) add('3k: highlights in view within 100 ms of the content script starting', ms(s3.lens.firstInView), (s3.lens.firstInView ?? Infinity) <= 100);
  if (s300) add('300k: highlights in view within 300 ms', ms(s300.lens.firstInView), (s300.lens.firstInView ?? Infinity) <= 300);
  for (const s of r.sizes) {
    add(`${s.page}: 100 appended paragraphs annotated within 500 ms`, ms(s.lens.append?.latency), (s.lens.append?.latency ?? Infinity) <= 500);
  }
  const appendRatio = div(s300?.lens.append?.busy, s30?.lens.append?.busy);
  if (s30 && s300) add('100 appended paragraphs: cost at 300k within 1.5× the cost at 30k', ratio(appendRatio), appendRatio !== null && appendRatio <= 1.5);
  for (const s of r.sizes) {
    const off = s.lens.off;
    const offVsOn = div(off?.busy, s.lens.busy);
    add(`${s.page}: switching off costs no more than switching on, sliced the same way`,
      `${ratio(offVsOn)} of switching on; longest task ${ms(off?.longestAny)}`,
      offVsOn !== null && offVsOn <= 1 && (off?.longestOurs ?? Infinity) <= 50);
  }
  add('Content script ≤ 30 KB gzip (always injected / lens, injected on related pages)', `${(r.contentScriptGzip / 1024).toFixed(1)} KB / ${(r.lensScriptGzip / 1024).toFixed(1)} KB`, Math.max(r.contentScriptGzip, r.lensScriptGzip) <= 30 * 1024);
  if (s300) add('300k: JS heap added ≤ 5 MB', `${s300.lens.heapAddedMb.toFixed(1)} MB`, s300.lens.heapAddedMb <= 5);
  return out;
}

export function browserMarkdown(r: BrowserBenchResult): string {
  const cols = r.sizes.map((s) => `${s.page} (${s.words.toLocaleString('en')} words)`);
  const row = (label: string, f: (s: SizeResult) => string) => `| ${label} | ${r.sizes.map(f).join(' | ')} |`;
  const lines = [
    `### Browser benchmark (\`npm run bench\`)`,
    '',
    `${r.chromium}, headless, the built extension loaded with --load-extension; mark.js and the floor in a second browser without it, same run. `
      + `Medians of ${r.sizes[0]!.rounds} interleaved rounds after a warm-up (mark(array): every round at 3k, once at 30k${r.sizes[2]?.markArrayScaled ? '; at 300k scaled from 30k unless run with --mark-array-300k' : ' and 300k'}). `
      + `Main-thread time is every task of the page's main thread from DOMContentLoaded (stamped by the page itself) or the content script's start, whichever is first, to the last highlight (rendering included), `
      + `minus the same window of the same page without the extension. ${r.aliases} aliases (those of the gazetteer that occur in the pages). `
      + `"All" mentions: the same expression over each article block's whole text; mark.js, used as usual (not across elements, which is quadratic in the page), misses the names the page splits across tags.`,
    '',
    `| | ${cols.join(' | ')} |`,
    `|---|${r.sizes.map(() => '---:').join('|')}|`,
    row('TreeWalker reading every text node (floor)', (s) => ms(s.floor)),
    row('mark.js `markRegExp` (one combined expression)', (s) => ms(s.markRegExp)),
    row('mark.js `mark(array)`', (s) => `${ms(s.markArray)}${s.markArrayScaled ? ' (30k × 10, not measured)' : ''}`),
    row('**Readout Lens: main-thread time**', (s) => `**${ms(s.lens.busy)}**`),
    row('… of which in its own script', (s) => ms(s.lens.scriptBusy)),
    row('mark(array) ÷ Readout Lens', (s) => ratio(div(s.markArray, s.lens.busy))),
    row('markRegExp ÷ Readout Lens', (s) => ratio(div(s.markRegExp, s.lens.busy))),
    row('Readout Lens ÷ floor', (s) => ratio(div(s.lens.busy, s.floor))),
    row('Longest task of its own', (s) => ms(s.lens.longestOurs)),
    row('Tasks over 50 ms, any kind (without the extension)', (s) => `${s.lens.over50} (${s.lens.baselineOver50})`),
    row('First highlight / first in view / last, after the script starts', (s) => `${ms(s.lens.firstHighlight)} / ${ms(s.lens.firstInView)} / ${ms(s.lens.lastHighlight)}`),
    row('JS heap added', (s) => `${s.lens.heapAddedMb.toFixed(1)} MB`),
    row('100 appended paragraphs: annotated after / main-thread time', (s) => `${ms(s.lens.append?.latency)} / ${ms(s.lens.append?.busy)}`),
    row('Switching off: main-thread time (÷ switching on) / longest task', (s) => `${ms(s.lens.off?.busy)} (${ratio(div(s.lens.off?.busy, s.lens.busy))}) / ${ms(s.lens.off?.longestAny)}`),
    row('Mentions in the article: all / Readout Lens / markRegExp / mark(array)', (s) => `${s.mentions.reference} / ${s.mentions.lens}${s.mentions.same ? ' (same)' : ' (**differ**)'} / ${s.mentions.markRegExp} / ${s.mentions.markArray ?? '—'}`),
    '',
    `Page with no alliance content (3,000 words): ${ms(r.none.busy)} of main-thread time added, ${ms(r.none.scriptBusy)} in the script, longest task of ours ${ms(r.none.longestOurs)}. `
      + `Content script: ${(r.contentScriptGzip / 1024).toFixed(1)} KB gzip (the lens it loads on related pages: ${(r.lensScriptGzip / 1024).toFixed(1)} KB).`,
    '',
    '| Target | This run | Met |',
    '|---|---|:---:|',
    ...checkTargets(r).map((t) => `| ${t.target} | ${t.measured} | ${t.met ? 'yes' : '**no**'} |`),
  ];
  const diffs = r.sizes.filter((s) => !s.mentions.same);
  if (diffs.length) lines.push('', `Where the mentions differ: ${diffs.map((s) => `${s.page} ${s.mentions.firstDifference}`).join('; ')}.`);
  return lines.join('\n');
}

export function browserChart(r: BrowserBenchResult): ChartGroup[] {
  return r.sizes.map((s) => ({
    label: `${s.words.toLocaleString('en')} words`,
    bars: [
      { label: 'TreeWalker floor', ms: s.floor },
      { label: 'mark.js markRegExp', ms: s.markRegExp },
      { label: 'mark.js mark(array)', ms: s.markArray },
      { label: 'Readout Lens (main thread)', ms: s.lens.busy },
    ],
  }));
}
