// What the import parser expected, in the interface's language: the parser (engine/ingest) words
// each expectation from one table, so a known one is shown from the string catalogues; anything
// else (a record file's schema message) stays in the parser's English, marked as such.
import { expectationKey } from '../../engine/ingest/errors';
import type { StringKey } from '../../utils/strings-en';
import type { Translator } from '../../utils/locale';

/** The expectation in the interface's language, or null when it is none the catalogues know. */
export function expectedText(expected: string, t: Translator['t']): string | null {
  const key = expectationKey(expected);
  return key ? t(`ingest.${key}` as StringKey) : null;
}

/**
 * The problem sentence for the Japanese interface ({line}行目：…が必要です。), or null to show the
 * parser's English message as it is (always so in the English interface, which it already is).
 */
export function localizedProblem(problem: { line: number | null; expected: string }, tr: Pick<Translator, 't' | 'locale'>): string | null {
  if (tr.locale === 'en') return null;
  const expected = expectedText(problem.expected, tr.t);
  if (expected === null) return null;
  return problem.line === null ? tr.t('import.problem', { expected }) : tr.t('import.problemLine', { line: problem.line, expected });
}
