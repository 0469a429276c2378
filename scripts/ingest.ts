// CLI: npm run --silent ingest -- [--json] [--date YYYY-MM-DD] [--url URL] [--publisher TEXT] [--partial] FILE...
// Official texts (Japan MoD summaries, telephone talks and visit reports, U.S. DoD readouts,
// republications; text or saved HTML) → data/records/<id>.json + data/sources/<file> + the
// generated data/records/index.ts; with --json prints the record(s) and writes nothing.
// --date supplies the meeting day for a text that cannot give it (the record says so); --url and
// --publisher record where the text was published and by whom; --partial says the copy is known
// to be incomplete where it marks no gap. A text with no readable meeting
// is refused with the reason.
// Every input is parsed and validated before anything is written; a failure exits 2 with one
// line on stderr. The parsing itself lives in engine/ingest.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gazetteer } from '../data/gazetteer';
import { OfficialRecordSchema, type OfficialRecord } from '../data/schema';
import { IngestError, IngestRefusal } from '../engine/ingest/errors';
import { parseOfficialSummary } from '../engine/ingest/parse-summary';
import { uniqueRecordId } from '../engine/ingest/record-id';
import { recordsIndexSource } from '../engine/ingest/records-index';
import { canonicalRecord, serializeRecord } from '../engine/ingest/serialize';

const USAGE = 'usage: npm run --silent ingest -- [--json] [--date YYYY-MM-DD] [--url URL] [--publisher TEXT] [--partial] FILE...';

/** data/ of this repository; READOUT_LENS_DATA_DIR points elsewhere (tests write to a temp dir). */
const DATA_DIR = process.env.READOUT_LENS_DATA_DIR ?? resolve(dirname(fileURLToPath(import.meta.url)), '../data');
const RECORDS_DIR = join(DATA_DIR, 'records');
const SOURCES_DIR = join(DATA_DIR, 'sources');

class CliError extends Error {}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').trim();
}

interface InputOptions {
  date: string | null;
  url: string | null;
  publisher: string | null;
  partial: boolean;
}

function readInput(file: string, options: InputOptions): { content: string; record: OfficialRecord } {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  try {
    const parsed = parseOfficialSummary(content, {
      sourceFile: basename(file), gazetteer, date: options.date, sourceUrl: options.url, publisher: options.publisher, partial: options.partial,
    });
    const valid = OfficialRecordSchema.safeParse(parsed);
    if (!valid.success) {
      const issue = valid.error.issues[0]!;
      throw new CliError(`${file}: the record fails the schema at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    return { content, record: canonicalRecord(valid.data) };
  } catch (e) {
    if (e instanceof IngestRefusal) throw new CliError(`${file}: refused (${e.reason}): ${e.message}`);
    if (e instanceof IngestError) throw new CliError(`${file}: ${e.message}`);
    throw e;
  }
}

/** Records already in data/records, by id, with the source file they came from. */
function existingRecords(): Map<string, string | null> {
  const out = new Map<string, string | null>();
  if (!existsSync(RECORDS_DIR)) return out;
  for (const f of readdirSync(RECORDS_DIR).filter((n) => n.endsWith('.json'))) {
    const r = JSON.parse(readFileSync(join(RECORDS_DIR, f), 'utf8')) as { id: string; sourceFile: string | null };
    out.set(r.id, r.sourceFile);
  }
  return out;
}

interface Plan {
  file: string;
  content: string;
  record: OfficialRecord;
  /** Earlier records of the same source under another id, to be replaced. */
  stale: string[];
}

/** Ids (with "-2" … on collisions with other sources) and source copies, checked before writing. */
function plan(inputs: { file: string; content: string; record: OfficialRecord }[]): Plan[] {
  const existing = existingRecords();
  const taken = new Set<string>();
  const sources = new Map<string, string>();
  return inputs.map(({ file, content, record }) => {
    const source = record.sourceFile!;
    const prior = sources.get(source);
    if (prior !== undefined && prior !== content) throw new CliError(`${file}: another input is also named ${source}`);
    sources.set(source, content);
    const dest = join(SOURCES_DIR, source);
    if (existsSync(dest) && resolve(dest) !== resolve(file) && readFileSync(dest, 'utf8') !== content) {
      throw new CliError(`${file}: data/sources/${source} exists with different content; rename the file`);
    }
    const otherSources = [...existing].filter(([, s]) => s !== source).map(([id]) => id);
    const id = uniqueRecordId(record.id, new Set([...otherSources, ...taken]));
    taken.add(id);
    const stale = [...existing].filter(([other, s]) => s === source && other !== id).map(([other]) => other);
    return { file, content, record: { ...record, id }, stale };
  });
}

function write(plans: Plan[]): void {
  mkdirSync(RECORDS_DIR, { recursive: true });
  mkdirSync(SOURCES_DIR, { recursive: true });
  for (const p of plans) {
    const dest = join(SOURCES_DIR, p.record.sourceFile!);
    if (!existsSync(dest)) copyFileSync(p.file, dest);
    for (const id of p.stale) rmSync(join(RECORDS_DIR, `${id}.json`), { force: true });
    writeFileSync(join(RECORDS_DIR, `${p.record.id}.json`), serializeRecord(p.record));
    console.log(`${p.file} → data/records/${p.record.id}.json`);
  }
  const files = readdirSync(RECORDS_DIR).filter((n) => n.endsWith('.json'));
  writeFileSync(join(RECORDS_DIR, 'index.ts'), recordsIndexSource(files));
}

const VALUE_OPTIONS = new Set(['--date', '--url', '--publisher']);

function main(argv: string[]): number {
  let json = false;
  let partial = false;
  const values = new Map<string, string>();
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--partial') partial = true;
    else if (VALUE_OPTIONS.has(a)) {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) {
        console.error(`${a} needs a value; ${USAGE}`);
        return 2;
      }
      values.set(a, v);
    } else if (a.startsWith('--')) {
      console.error(`unknown option ${a}; ${USAGE}`);
      return 2;
    } else files.push(a);
  }
  if (files.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const date = values.get('--date') ?? null;
  if (date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    console.error(`--date ${date}: expected YYYY-MM-DD`);
    return 2;
  }
  const options: InputOptions = { date, url: values.get('--url') ?? null, publisher: values.get('--publisher') ?? null, partial };
  try {
    const inputs = files.map((file) => ({ file, ...readInput(file, options) }));
    if (json) {
      const records = inputs.map((i) => i.record);
      process.stdout.write(`${JSON.stringify(records.length === 1 ? records[0] : records, null, 2)}\n`);
      return 0;
    }
    write(plan(inputs));
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      console.error(oneLine(e.message));
      return 2;
    }
    console.error(oneLine(`ingest failed: ${e instanceof Error ? e.message : String(e)}`));
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
