// What the import parser expected, in the interface's language: the parser (engine/ingest) words
// each expectation from one table, so a known one is shown from the string catalogues. A record
// file failing the schema carries the schema's issue: the record format's own messages come from
// the catalogues, the rest are worded by zod's Japanese locale; the field names stay as written.
// The problems the import itself finds (empty, too long, not JSON, a parser failure it states no
// expectation for) are worded from the catalogues, with what the browser or the parser said
// shown beside them as written (problemDetail).
import { ja as zodJa } from 'zod/locales';
import { expectationKey } from '../../engine/ingest/errors';
import { en, type StringKey } from '../../utils/strings-en';
import type { Translator } from '../../utils/locale';
import type { ImportCheck, ImportProblem, SchemaProblem } from '../../utils/record-import';

/** The expectation in the interface's language, or null when it is none the catalogues know. */
export function expectedText(expected: string, t: Translator['t']): string | null {
  const key = expectationKey(expected);
  return key ? t(`ingest.${key}` as StringKey) : null;
}

/** The record format's own messages (data/schema.ts), by their English words: the catalogues' schema.* keys. */
const SCHEMA_MESSAGES = new Map(
  (Object.keys(en) as StringKey[]).filter((k) => k.startsWith('schema.')).map((k) => [en[k] as string, k]),
);

let japaneseErrors: ReturnType<typeof zodJa>['localeError'] | null = null;

/** The issue in Japanese: the format's own message from the catalogue, else zod's Japanese wording. */
function schemaMessage(issue: SchemaProblem['issue'], t: Translator['t']): string {
  const own = SCHEMA_MESSAGES.get(issue.message);
  if (own) return t(own);
  japaneseErrors ??= zodJa().localeError;
  const worded = japaneseErrors(issue as Parameters<typeof japaneseErrors>[0]);
  const text = typeof worded === 'string' ? worded : worded?.message;
  return text ?? issue.message;
}

/** "record 2, meeting.date" in the interface's language (the field path as written). */
function fieldIn(field: string, t: Translator['t']): string {
  return field.replace(/^record (\d+)(, )?/, (_, n: string, rest?: string) => t('import.schemaRecord', { n: Number(n) }) + (rest ? t('import.schemaFieldJoin') : ''));
}

/** The import's own problem in the interface's language. */
function checkMessage(check: ImportCheck, line: number | null, { t, number }: Pick<Translator, 't' | 'number'>): string {
  switch (check.code) {
    case 'empty':
      return t('import.check.empty');
    case 'too-long':
      return t('import.check.too-long', { chars: check.chars, max: check.max });
    case 'file-too-big':
      return t('import.tooBig', { size: `${number(Math.round(check.bytes / 1e6))} MB` });
    case 'unreadable':
      return t('import.check.unreadable');
    case 'invalid-json':
      return line === null ? t('import.check.invalid-json') : t('import.check.invalid-jsonLine', { line });
    case 'empty-list':
      return t('import.check.empty-list', { line: line ?? 1 });
  }
}

/** What the browser or the parser said about the problem, as written (English), when the sentence of localizedProblem leaves it out. */
export function problemDetail(problem: Pick<ImportProblem, 'check'>): string | null {
  return problem.check && 'detail' in problem.check ? problem.check.detail : null;
}

/**
 * The problem sentence for the Japanese interface ({line}行目：…が必要です。), or null to show the
 * parser's English message as it is (always so in the English interface, which it already is).
 */
export function localizedProblem(problem: Pick<ImportProblem, 'line' | 'expected' | 'schema' | 'check'>, tr: Pick<Translator, 't' | 'locale' | 'number'>): string | null {
  if (tr.locale === 'en') return null;
  if (problem.check) return checkMessage(problem.check, problem.line, tr);
  if (problem.schema) {
    const message = schemaMessage(problem.schema.issue, tr.t);
    const field = problem.schema.field ? fieldIn(problem.schema.field, tr.t) : null;
    if (problem.line !== null && field) return tr.t('import.schemaLineField', { line: problem.line, field, message });
    if (problem.line !== null) return tr.t('import.lineReads', { line: problem.line }) + message;
    return field ? tr.t('import.schemaField', { field, message }) : message;
  }
  const expected = expectedText(problem.expected, tr.t);
  if (expected === null) return null;
  return problem.line === null ? tr.t('import.problem', { expected }) : tr.t('import.problemLine', { line: problem.line, expected });
}
