// The import parser's messages in the interface's language: every expectation the parser can
// state has its entry in both catalogues, a refused import reads in Japanese in the Japanese
// interface (with its line), and text the catalogues do not know stays in the parser's English.
import { describe, expect, test } from 'vitest';
import { INGEST_EXPECTED, IngestRefusal, expectationKey, type RefusalReason } from '../../engine/ingest/errors';
import { expectedText, localizedProblem } from '../../components/options/import-message';
import { readImport } from '../../utils/record-import';
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

  test('an expectation the catalogues do not know stays in English', () => {
    const outcome = readImport({ name: 'r.json', content: '{"id": 1' }, { gazetteer });
    if (outcome.ok) throw new Error('expected a refusal');
    expect(localizedProblem(outcome.problem, translator('ja'))).toBeNull();
  });
});
