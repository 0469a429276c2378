// The import parser's messages in the interface's language: every expectation the parser can
// state has its entry in both catalogues, a refused import reads in Japanese in the Japanese
// interface (with its line), and so do the problems the import finds itself (empty, too long,
// not JSON, an empty list, a parser failure it states no expectation for), with what the
// browser or the parser said beside them as written.
import { describe, expect, test } from 'vitest';
import { INGEST_EXPECTED, IngestRefusal, expectationKey, type RefusalReason } from '../../engine/ingest/errors';
import { expectedText, localizedProblem, problemDetail } from '../../components/options/import-message';
import { importFileProblem, readImport, MAX_IMPORT_CHARS, type ImportProblem } from '../../utils/record-import';
import { translator } from '../../utils/locale';
import { gazetteer } from '../../data/gazetteer';

const REASONS: RefusalReason[] = ['no-date', 'no-day', 'ambiguous-year', 'no-year', 'no-minister-meeting', 'date-disagrees'];
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

describe('import messages', () => {
  test('every expectation of the parser has a key and reads in both languages', () => {
    const texts = [...Object.values(INGEST_EXPECTED), ...REASONS.map((r) => new IngestRefusal(1, r, 'why').expected)];
    for (const text of texts) {
      expect(expectationKey(text), text).not.toBeNull();
      const ja = expectedText(text, translator('ja').t)!;
      const en = expectedText(text, translator('en').t)!;
      expect(ja).toMatch(JAPANESE);
      expect(en).not.toMatch(JAPANESE);
    }
  });

  test('a refused paste reads in Japanese in the Japanese interface, and as the parser wrote it in English', () => {
    const outcome = readImport({ name: null, content: 'Koizumi visits Washington\nThe minister arrived on Wednesday for talks.\n' }, { gazetteer });
    if (outcome.ok) throw new Error('expected a refusal');
    expect(localizedProblem(outcome.problem, translator('ja'))).toBe(`${outcome.problem.line}行目：「<日付>、…会談を行った」という冒頭の文（英語では "On <date>, ... held ..."）が必要です。`);
    expect(localizedProblem(outcome.problem, translator('en'))).toBeNull();
    expect(outcome.problem.message).toMatch(/^Line \d+: expected the opening sentence/);
  });

  const refusal = (name: string | null, content: string): ImportProblem => {
    const outcome = readImport({ name, content }, { gazetteer });
    if (outcome.ok) throw new Error('expected a refusal');
    return outcome.problem;
  };

  test.each<[string, () => ImportProblem, RegExp]>([
    ['an empty paste', () => refusal(null, '  \n '), /入力が空です/],
    ['an input too long', () => refusal(null, 'x'.repeat(MAX_IMPORT_CHARS + 1)), /5,000,000文字まで/],
    ['a file too big to read', () => importFileProblem({ size: 20_000_000 })!, /20 MB/],
    ['a record file that is not JSON', () => refusal('r.json', '{"id": 1'), /^1行目：JSONとして正しくありません/],
    ['a record list with nothing in it', () => refusal('r.json', '[]'), /^1行目：記録が1件もありません/],
    ['a summary the parser failed on without an expectation', () => ({ line: null, expected: 'an official MoD meeting summary', message: 'Expected an official MoD meeting summary (found boom).', check: { code: 'unreadable', detail: 'boom' } }), /会談概要として読み取れませんでした/],
  ])('%s reads in Japanese in the Japanese interface and in English in the English one', (_what, make, japanese) => {
    const problem = make();
    const ja = localizedProblem(problem, translator('ja'))!;
    expect(ja).toMatch(JAPANESE);
    expect(ja).toMatch(japanese);
    expect(ja).not.toMatch(/import\.|\{/);
    // The English interface shows the import's own English sentence.
    expect(localizedProblem(problem, translator('en'))).toBeNull();
    expect(problem.message).not.toMatch(JAPANESE);
  });

  test('what the browser said about bad JSON stays as written, beside the Japanese sentence', () => {
    const problem = refusal('r.json', '{"id": 1');
    const detail = problemDetail(problem)!;
    expect(detail).not.toMatch(JAPANESE);
    expect(problem.message).toContain(detail);
    expect(problemDetail(refusal(null, ''))).toBeNull();
  });
});
