// Reading a user's import (pasted text or a chosen file) into official records, in the browser:
// MoD summaries as text or saved HTML go through the same ingest code as `npm run ingest`;
// record JSON is checked against OfficialRecordSchema. Pure: nothing is stored here.
import { z } from 'zod';
import { OfficialRecordSchema, type Entity, type OfficialRecord } from '../data/schema';
import { parseOfficialSummary } from '../engine/ingest/parse-summary';
import { htmlToText, looksLikeHtml } from '../engine/ingest/html-to-text';
import { IngestError } from '../engine/ingest/errors';
import { jsonErrorLine, jsonValueLines, lineOf } from './json-lines';

export interface ImportSource {
  /** File name, or null for pasted text. */
  name: string | null;
  content: string;
}

export type ImportKind = 'text' | 'html' | 'json';

export interface ImportProblem {
  /** 1-based line of the input (for HTML: of the text read from the page), when known. */
  line: number | null;
  /** What was expected there, in words. */
  expected: string;
  /** One sentence for the user: where, what was expected, what was found. */
  message: string;
  /** The offending line as it reads (shortened), when the line is known. */
  excerpt?: string;
  /** A record file failing the schema: the issue itself, so the interface can word it in its language. */
  schema?: SchemaProblem;
  /** A problem this module finds itself (not the parser's, not the schema's), for the interface to word. */
  check?: ImportCheck;
}

/**
 * The problems readImport words itself. `detail` is what the browser or the parser said, in its
 * own (English) words: an interface shows it as written, beside its own sentence.
 */
export type ImportCheck =
  | { code: 'empty' }
  | { code: 'too-long'; chars: number; max: number }
  | { code: 'file-too-big'; bytes: number; max: number }
  /** The summary parser failed in a way it states no expectation for. */
  | { code: 'unreadable'; detail: string }
  | { code: 'invalid-json'; detail: string }
  | { code: 'empty-list' };

export interface SchemaProblem {
  /** Which record and field ("record 2, meeting.date"), when it says. */
  field: string | null;
  /** The schema's issue, its input kept only as a type sample (never the user's data). */
  issue: z.core.$ZodIssue & { input?: unknown };
}

export type ImportOutcome =
  | { ok: true; kind: ImportKind; records: OfficialRecord[] }
  | { ok: false; kind: ImportKind | null; problem: ImportProblem };

/** Largest input accepted (MoD summaries are a few kilobytes; saved pages a few hundred). */
export const MAX_IMPORT_CHARS = 5_000_000;
/**
 * Largest file read at all: any text of MAX_IMPORT_CHARS fits in three bytes a character of
 * UTF-8, so a bigger file is refused before it is read into memory.
 */
export const MAX_IMPORT_BYTES = 3 * MAX_IMPORT_CHARS;

/** Why a chosen file is refused unread (too big), or null. */
export function importFileProblem(file: { size: number }): ImportProblem | null {
  if (file.size <= MAX_IMPORT_BYTES) return null;
  const mb = (n: number) => `${(n / 1e6).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
  return { ...problem(null, `a file of at most ${mb(MAX_IMPORT_BYTES)}`, `a file of ${mb(file.size)}`), check: { code: 'file-too-big', bytes: file.size, max: MAX_IMPORT_BYTES } };
}

export function importKind(source: ImportSource): ImportKind {
  const name = source.name?.toLowerCase() ?? '';
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.html') || name.endsWith('.htm')) return 'html';
  const head = source.content.replace(/^\ufeff/, '').trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  return looksLikeHtml(source.content) ? 'html' : 'text';
}

function problem(line: number | null, expected: string, found?: string, field?: string): ImportProblem {
  const where = line === null ? (field ? `${field}: ` : '') : `Line ${line}${field ? ` (${field})` : ''}: `;
  const tail = found ? ` (found ${found})` : '';
  return { line, expected, message: `${where}expected ${expected}${tail}.` };
}

export function readImport(source: ImportSource, opts: { gazetteer: readonly Entity[] }): ImportOutcome {
  if (source.content.trim() === '') {
    return { ok: false, kind: null, problem: { ...problem(null, 'an MoD meeting summary (text or HTML) or a record JSON file', 'the input is empty'), check: { code: 'empty' } } };
  }
  if (source.content.length > MAX_IMPORT_CHARS) {
    const check: ImportCheck = { code: 'too-long', chars: source.content.length, max: MAX_IMPORT_CHARS };
    return { ok: false, kind: null, problem: { ...problem(null, `at most ${MAX_IMPORT_CHARS.toLocaleString('en')} characters`, source.content.length.toLocaleString('en')), check } };
  }
  const kind = importKind(source);
  const outcome = kind === 'json' ? readRecordJson(source.content) : readSummary(source, kind, opts.gazetteer);
  if (outcome.ok || outcome.problem.line === null) return outcome;
  // Quote the line the problem is on (for HTML: of the text read from it, which the line counts).
  const text = kind === 'html' ? htmlToText(source.content) : source.content;
  const line = text.split(/\r\n|\r|\n/)[outcome.problem.line - 1]?.trim();
  if (!line) return outcome;
  const excerpt = line.length > 140 ? `${line.slice(0, 139)}…` : line;
  return { ...outcome, problem: { ...outcome.problem, excerpt } };
}

function readSummary(source: ImportSource, kind: 'text' | 'html', gazetteer: readonly Entity[]): ImportOutcome {
  try {
    const record = parseOfficialSummary(source.content, {
      sourceFile: source.name,
      sourceUrl: null,
      gazetteer,
    });
    // The ingest output is trusted no more than a file would be.
    const checked = OfficialRecordSchema.safeParse(record);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      const schema = { field: issue.path.join('.') || null, issue: withoutInput(issue) };
      return { ok: false, kind, problem: { ...problem(null, `a summary the record format can hold (${issue.path.join('.')}: ${issue.message})`), schema } };
    }
    return { ok: true, kind, records: [checked.data] };
  } catch (error) {
    if (error instanceof IngestError) {
      const scope = kind === 'html' ? ' of the text read from the page' : '';
      const p = problem(error.line, error.expected);
      return { ok: false, kind, problem: { ...p, message: p.message.replace(/^Line (\d+):/, `Line $1${scope}:`) } };
    }
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, kind, problem: { ...problem(null, 'an official MoD meeting summary', detail), check: { code: 'unreadable', detail } } };
  }
}

function readRecordJson(text: string): ImportOutcome {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const p = problem(jsonErrorLine(text, message), 'valid JSON');
    return { ok: false, kind: 'json', problem: { ...p, message: `${p.message.slice(0, -1)}: ${message}`, check: { code: 'invalid-json', detail: message } } };
  }
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0) {
    return { ok: false, kind: 'json', problem: { ...problem(1, 'at least one record', 'the array is empty'), check: { code: 'empty-list' } } };
  }
  const parsed = z.array(OfficialRecordSchema).safeParse(list, { reportInput: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    // Paths are into the list; for a single object, drop the list index again.
    const path = (Array.isArray(value) ? issue.path : issue.path.slice(1)) as (string | number)[];
    const line = lineOf(jsonValueLines(text), path);
    const inRecord = issue.path.slice(1).join('.');
    const field = [Array.isArray(value) ? `record ${Number(issue.path[0]) + 1}` : '', inRecord].filter(Boolean).join(', ');
    const { expected, found } = describeIssue(issue);
    const schema = { field: field || null, issue: withoutInput(issue) };
    return { ok: false, kind: 'json', problem: { ...problem(line, expected, found, field || undefined), schema } };
  }
  return { ok: true, kind: 'json', records: parsed.data };
}

/** The issue with its input replaced by an empty value of the same type (the wording needs only the type). */
function withoutInput(issue: z.core.$ZodIssue & { input?: unknown }): SchemaProblem['issue'] {
  const { input, ...rest } = issue;
  if (!('input' in issue)) return rest as SchemaProblem['issue'];
  const sample = input === null || typeof input !== 'object' ? (typeof input === 'string' ? '' : input) : Array.isArray(input) ? [] : {};
  return { ...rest, input: sample } as SchemaProblem['issue'];
}

/** Zod's issue as "expected …" and, when it says, what was found instead. */
function describeIssue(issue: z.core.$ZodIssue): { expected: string; found?: string } {
  const text = issue.message.replace(/^Invalid [a-z ]+: /, '').replace(/^expected /, '');
  const received = /^(.*), received (.+)$/.exec(text);
  if (received) return { expected: received[1]!, found: received[2] === 'undefined' ? 'nothing' : received[2] };
  return { expected: text };
}
