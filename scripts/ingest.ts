// CLI: npm run --silent ingest -- [--json] FILE...
// Official MoD summaries (text or saved HTML) → data/records/<id>.json + data/sources/<file> +
// the generated data/records/index.ts; with --json prints the record(s) and writes nothing.
// Every input is parsed and validated before anything is written; a failure exits 2 with one
// line on stderr. The parsing itself lives in engine/ingest.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gazetteer } from '../data/gazetteer';
import { OfficialRecordSchema, type OfficialRecord } from '../data/schema';
import { IngestError } from '../engine/ingest/errors';
import { parseOfficialSummary } from '../engine/ingest/parse-summary';
import { uniqueRecordId } from '../engine/ingest/record-id';
import { recordsIndexSource } from '../engine/ingest/records-index';
import { canonicalRecord, serializeRecord } from '../engine/ingest/serialize';

const USAGE = 'usage: npm run --silent ingest -- [--json] FILE...';

/** data/ of this repository; READOUT_LENS_DATA_DIR points elsewhere (tests write to a temp dir). */
const DATA_DIR = process.env.READOUT_LENS_DATA_DIR ?? resolve(dirname(fileURLToPath(import.meta.url)), '../data');
const RECORDS_DIR = join(DATA_DIR, 'records');
const SOURCES_DIR = join(DATA_DIR, 'sources');

class CliError extends Error {}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').trim();
}

function readInput(file: string): { content: string; record: OfficialRecord } {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  try {
    const parsed = parseOfficialSummary(content, { sourceFile: basename(file), gazetteer });
    const valid = OfficialRecordSchema.safeParse(parsed);
    if (!valid.success) {
      const issue = valid.error.issues[0]!;
      throw new CliError(`${file}: the record fails the schema at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    return { content, record: canonicalRecord(valid.data) };
  } catch (e) {
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

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  const unknown = files.find((a) => a.startsWith('--'));
  if (unknown || files.length === 0) {
    console.error(unknown ? `unknown option ${unknown}; ${USAGE}` : USAGE);
    return 2;
  }
  try {
    const inputs = files.map((file) => ({ file, ...readInput(file) }));
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
