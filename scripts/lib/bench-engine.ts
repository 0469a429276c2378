// The engine half of `npm run bench`: how the engine's cost grows with the article and with the
// number of official records, and what `npm run check` costs on a 3,000-word page.
//
// Machines are noisy, so no bare time is a result: every figure is a ratio against a baseline
// measured in the same run, from interleaved, warmed-up, repeated samples (medians of per-round
// ratios, interquartile range in brackets), on CPU time rather than wall time (see
// bench-measure.ts). Absolute medians are printed for information only.
// Returns a Markdown table and writes the same results as JSON to .bench/engine.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseHTML } from 'linkedom';
import { createEngine, type Engine } from '../../engine';
import { bundledRecords } from '../../data/records';
import { gazetteer } from '../../data/gazetteer';
import { OfficialRecordSchema } from '../../data/schema';
import { extractArticle } from './article-text';
import { formatReport } from './report-text';
import { ARTICLE_MEETING, articleOfWords, generateRecords, type BenchArticle } from './bench-data';
import { fmtRatio, measure, ratioOf, type Measured, type Ratio } from './bench-measure';


export function runEngineBench({ quick, withProcess, log }: { quick: boolean; withProcess: boolean; log: (s: string) => void }): string {
  const ROUNDS = quick ? 7 : 15;
  const SIZES = [1_000, 3_000, 10_000, 30_000] as const;
  const GENERATED = 1_000;
  const ROOT = fileURLToPath(new URL('../..', import.meta.url));

  const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
  const pageOf = (a: BenchArticle) => ({ text: a.text, published: a.published, source: a.source, title: a.title });

  // ───────────────────────────── Data ─────────────────────────────
  log('generating data…');
  const generated = generateRecords(GENERATED);
  const manyRecords = [...bundledRecords, ...generated];
  const articles = new Map(SIZES.map((n) => [n, articleOfWords(n)]));
  const article3k = articles.get(3_000)!;
  const engines: Record<'few' | 'many', Engine> = {
    few: createEngine({ records: bundledRecords, gazetteer }),
    many: createEngine({ records: manyRecords, gazetteer }),
  };
  const recordCount = { few: bundledRecords.length, many: manyRecords.length };

  // Generated records an article published on this date could be about (the engine's own window).
  const publishedDay = article3k.published.slice(0, 10);
  const windowFrom = new Date(Date.parse(publishedDay) - 32 * 86_400_000).toISOString().slice(0, 10);
  const nearby = generated.filter((r) => r.meeting.date >= windowFrom && r.meeting.date <= publishedDay).length;

  // ─────────────────── (a) + (b): analysis by size and by records ───────────────────
  log(`(a, b) analyze: ${SIZES.length} sizes × 2 record sets, ${ROUNDS} interleaved rounds…`);
  const analysisVariants = SIZES.flatMap((n) => (['few', 'many'] as const).map((set) => ({
    id: `${set}:${n}`,
    run: () => engines[set].analyze(pageOf(articles.get(n)!)),
  })));
  const analysis = measure(analysisVariants, { rounds: ROUNDS, minSampleMs: 40 });
  const A = (set: 'few' | 'many', n: number): Measured => analysis.get(`${set}:${n}`)!;

  const sizeRows = SIZES.map((n) => {
    const a = articles.get(n)!;
    const base = articles.get(1_000)!;
    const few = engines.few.analyze(pageOf(a));
    const many = engines.many.analyze(pageOf(a));
    return {
      words: a.words,
      chars: a.text.length,
      claims: few.claims.length,
      perWordFew: ratioOf(A('few', n), A('few', 1_000), a.words, base.words),
      perWordMany: ratioOf(A('many', n), A('many', 1_000), a.words, base.words),
      manyVsFew: ratioOf(A('many', n), A('few', n)),
      meetingFew: few.meeting?.recordId ?? null,
      meetingMany: many.meeting?.recordId ?? null,
      sameAnswers: JSON.stringify(few.claims) === JSON.stringify(many.claims) && few.meeting?.recordId === many.meeting?.recordId,
      medianMsFew: A('few', n).median,
      medianMsMany: A('many', n).median,
    };
  });

  // Scaling must not change answers: every fixture article, read with 3 and with 1,003 records.
  const FIXTURES = `${ROOT}tests/fixtures/articles/`;
  const fixtureChanges = readdirSync(FIXTURES).filter((f) => /\.(html|txt)$/.test(f)).map((f) => {
    const raw = readFileSync(`${FIXTURES}${f}`, 'utf8');
    const page = f.endsWith('.html')
      ? extractArticle(parseHTML(raw).document as unknown as Document)
      : { text: raw, title: null, published: null };
    const a = engines.few.analyze({ ...page, source: f });
    const b = engines.many.analyze({ ...page, source: f });
    return { file: f, same: JSON.stringify(a) === JSON.stringify(b), meetingFew: a.meeting?.recordId ?? null, meetingMany: b.meeting?.recordId ?? null };
  });

  // ─────────────────── (c): the check path on a 3,000-word HTML page ───────────────────
  log('(c) check path on the 3,000-word HTML page…');
  const html = article3k.html;
  const check = () => {
    const page = extractArticle(parseHTML(html).document as unknown as Document);
    return formatReport(engines.few.analyze({ ...page, source: 'bench.html' }));
  };
  const extracted = extractArticle(parseHTML(html).document as unknown as Document);
  const checkVariants = [
    { id: 'check', run: check },
    { id: 'parse', run: () => parseHTML(html).document },
    { id: 'extract', run: () => extractArticle(parseHTML(html).document as unknown as Document) },
    { id: 'analyze', run: () => engines.few.analyze({ ...extracted, source: 'bench.html' }) },
    // The cheapest pass any text tool makes: a regex tokenisation of the article's words.
    { id: 'wordscan', run: () => extracted.text.toLowerCase().match(/[a-z0-9\u3040-\u30ff\u4e00-\u9fff]+/g)?.length },
  ];
  const checkM = measure(checkVariants, { rounds: ROUNDS, minSampleMs: 40 });
  const C = (id: string) => checkM.get(id)!;
  const checkReport = engines.few.analyze({ ...extracted, source: 'bench.html' });

  // ─────────────────── One-off costs: validating and indexing records ───────────────────
  log('one-off: record validation and engine creation…');
  const rawMany = JSON.parse(JSON.stringify(manyRecords)) as unknown[];
  const rawFew = JSON.parse(JSON.stringify(bundledRecords)) as unknown[];
  const oneOffRounds = quick ? 5 : 9;
  const oneOff = measure([
    { id: 'create:few', run: () => createEngine({ records: bundledRecords, gazetteer }) },
    { id: 'create:many', run: () => createEngine({ records: manyRecords, gazetteer }) },
    { id: 'validate:few', run: () => z.array(OfficialRecordSchema).parse(rawFew) },
    { id: 'validate:many', run: () => z.array(OfficialRecordSchema).parse(rawMany) },
    // A fresh engine's first article also derives, once, the details of the records it consults.
    { id: 'first:few', run: () => createEngine({ records: bundledRecords, gazetteer }).analyze(pageOf(article3k)) },
    { id: 'first:many', run: () => createEngine({ records: manyRecords, gazetteer }).analyze(pageOf(article3k)) },
  ], { rounds: oneOffRounds, warmupCalls: 3, minSampleMs: 40 });
  const O = (id: string) => oneOff.get(id)!;

  // ─────────────────── (d): `npm run check` as a process ───────────────────
  interface ProcessResult { tinyWords: number; ratio3kVsTiny: Ratio; ratio3kVsTsx: Ratio; ratio3kVsNode: Ratio; medianMs: Record<string, number>; runs: number }
  let processResult: ProcessResult | null = null;
  if (withProcess) {
    log('(d) npm run check as a process (cold start each time)…');
    mkdirSync(`${ROOT}.bench`, { recursive: true });
    const file = `${ROOT}.bench/article-3000.html`;
    writeFileSync(file, html);
    const tiny = `${ROOT}tests/fixtures/articles/wire-2026-01-15-planted.html`;
    const spawnTime = (cmd: string, argv: string[]) => () => {
      const t0 = performance.now();
      const r = spawnSync(cmd, argv, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
      if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed: ${r.stderr}`);
      return performance.now() - t0;
    };
    const tinyWords = extractArticle(parseHTML(readFileSync(tiny, 'utf8')).document as unknown as Document).text.split(/\s+/).filter(Boolean).length;
    const runs = quick ? 3 : 5;
    const variants = [
      { id: 'node', run: spawnTime(process.execPath, ['-e', '0']) },
      { id: 'tsx', run: spawnTime(process.execPath, ['--import', 'tsx', '-e', '0']) },
      { id: 'tiny', run: spawnTime('npm', ['run', '--silent', 'check', '--', tiny]) },
      { id: '3k', run: spawnTime('npm', ['run', '--silent', 'check', '--', file]) },
    ];
    const p = measure(variants, { rounds: runs, warmupCalls: 1, minSampleMs: 0, clock: 'wall' });
    processResult = {
      tinyWords,
      ratio3kVsTiny: ratioOf(p.get('3k')!, p.get('tiny')!),
      ratio3kVsTsx: ratioOf(p.get('3k')!, p.get('tsx')!),
      ratio3kVsNode: ratioOf(p.get('3k')!, p.get('node')!),
      medianMs: Object.fromEntries([...p].map(([id, m]) => [id, m.median])),
      runs,
    };
  }

  // ───────────────────────────── Report ─────────────────────────────
  const share = (id: string) => `${Math.round((C(id).median / C('check').median) * 100)}%`;
  const lines: string[] = [];
  lines.push(`### Engine benchmark (\`npm run bench\`)`);
  lines.push('');
  lines.push(`Node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(2)} at the end. `
    + `Costs are this process's CPU time (wall time is at the mercy of neighbours; process rows use wall time). `
    + `Ratios are medians of per-round ratios over ${ROUNDS} interleaved rounds after warm-up (interquartile range in brackets); `
    + `articles are fixture paragraphs about the ${ARTICLE_MEETING.date} meeting, repeated and reordered.`);
  lines.push('');
  lines.push('**Growth with the article** (time per word, relative to the 1,000-word article; 1.00 = linear) '
    + `**and with the records** (time per article with ${recordCount.many.toLocaleString('en')} records relative to ${recordCount.few}):`);
  lines.push('');
  lines.push(`| Article | Claims | Per-word cost vs 1k words, ${recordCount.few} records | Per-word cost vs 1k words, ${recordCount.many.toLocaleString('en')} records | ${recordCount.many.toLocaleString('en')} vs ${recordCount.few} records | Same answers |`);
  lines.push('|---|---:|---:|---:|---:|:---:|');
  for (const r of sizeRows) {
    lines.push(`| ${r.words.toLocaleString('en')} words | ${r.claims} | ${fmtRatio(r.perWordFew)} | ${fmtRatio(r.perWordMany)} | ${fmtRatio(r.manyVsFew)} | ${r.sameAnswers ? 'yes' : `**no** (${r.meetingFew} / ${r.meetingMany})`} |`);
  }
  lines.push('');
  lines.push(`${nearby} of the ${GENERATED.toLocaleString('en')} generated records fall in the month before the article's publication date (the engine's candidate window). `
    + `Fixture articles giving the same report with ${recordCount.many.toLocaleString('en')} records as with ${recordCount.few}: `
    + `${fixtureChanges.filter((c) => c.same).length} of ${fixtureChanges.length}`
    + `${fixtureChanges.some((c) => !c.same) ? ` (different: ${fixtureChanges.filter((c) => !c.same).map((c) => c.file).join(', ')})` : ''}.`);
  lines.push('');
  lines.push(`**\`check\` on a ${article3k.words.toLocaleString('en')}-word HTML page** (linkedom parse + article extraction + analysis with the ${recordCount.few} bundled records + text report), in process:`);
  lines.push('');
  lines.push('| Measure | Ratio | Median CPU time (information only) |');
  lines.push('|---|---:|---:|');
  lines.push(`| check vs parsing the same HTML with linkedom (what any reader of the page pays) | ${fmtRatio(ratioOf(C('check'), C('parse')), 1)} | ${ms(C('check').median)} ms vs ${ms(C('parse').median)} ms |`);
  lines.push(`| check vs a regex word scan of the article text (one cheap pass over the words) | ${fmtRatio(ratioOf(C('check'), C('wordscan')), 0)} | ${ms(C('wordscan').median)} ms |`);
  lines.push(`| parse+extract, and analyze, each timed alone, as shares of check | ${share('extract')} / ${share('analyze')} | ${ms(C('extract').median)} ms / ${ms(C('analyze').median)} ms |`);
  if (processResult) {
    const pm = processResult.medianMs;
    lines.push(`| \`npm run check\` process, 3,000-word page vs the ${processResult.tinyWords}-word wire fixture (cold start, ${processResult.runs} runs each) | ${fmtRatio(processResult.ratio3kVsTiny)} | ${ms(pm["3k"]!)} ms vs ${ms(pm.tiny!)} ms wall |`);
    lines.push(`| \`npm run check\` process, 3,000-word page vs \`node --import tsx -e 0\` (startup of node + tsx alone) | ${fmtRatio(processResult.ratio3kVsTsx, 1)} | ${ms(pm.tsx!)} ms wall |`);
    lines.push(`| \`npm run check\` process, 3,000-word page vs \`node -e 0\` | ${fmtRatio(processResult.ratio3kVsNode, 1)} | ${ms(pm.node!)} ms wall |`);
  }
  lines.push('');
  lines.push(`**One-off costs** (${oneOffRounds} interleaved rounds), ${recordCount.many.toLocaleString('en')} records relative to ${recordCount.few}:`);
  lines.push('');
  lines.push('| One-off | Ratio | Median CPU time (information only) |');
  lines.push('|---|---:|---:|');
  lines.push(`| \`createEngine\` (gazetteer trie + record index) | ${fmtRatio(ratioOf(O('create:many'), O('create:few')))} | ${ms(O('create:many').median)} ms vs ${ms(O('create:few').median)} ms |`);
  lines.push(`| zod validation of the records (\`OfficialRecordSchema\`) | ${fmtRatio(ratioOf(O('validate:many'), O('validate:few')), 0)} | ${ms(O('validate:many').median)} ms vs ${ms(O('validate:few').median)} ms |`);
  lines.push(`| fresh engine + first 3,000-word article (records' details derived lazily) | ${fmtRatio(ratioOf(O('first:many'), O('first:few')))} | ${ms(O('first:many').median)} ms vs ${ms(O('first:few').median)} ms |`);
  const markdown = lines.join('\n');

  const summaries = (m: Map<string, Measured>) => Object.fromEntries([...m].map(([id, x]) => [id, { medianMs: x.median, reps: x.reps, samplesMs: x.samples }]));
  mkdirSync(`${ROOT}.bench`, { recursive: true });
  writeFileSync(`${ROOT}.bench/engine.json`, `${JSON.stringify({
    date: new Date().toISOString(),
    node: process.version,
    cores: cpus().length,
    loadavg: loadavg(),
    rounds: ROUNDS,
    records: recordCount,
    generatedInWindow: nearby,
    article: { meeting: ARTICLE_MEETING, published: article3k.published },
    scaling: sizeRows,
    fixtures: fixtureChanges,
    check: {
      words: article3k.words,
      htmlBytes: html.length,
      meeting: checkReport.meeting?.recordId ?? null,
      vsParse: ratioOf(C('check'), C('parse')),
      vsWordScan: ratioOf(C('check'), C('wordscan')),
      process: processResult,
    },
    oneOff: {
      create: ratioOf(O('create:many'), O('create:few')),
      validate: ratioOf(O('validate:many'), O('validate:few')),
      firstArticle: ratioOf(O('first:many'), O('first:few')),
    },
    raw: { analysis: summaries(analysis), check: summaries(checkM), oneOff: summaries(oneOff) },
    markdown,
  }, null, 2)}\n`);
  log('wrote .bench/engine.json');
  return markdown;
}
