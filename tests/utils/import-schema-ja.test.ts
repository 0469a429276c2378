// A record file that fails the schema is explained in Japanese in the Japanese interface: the
// record format's own messages from the catalogues, zod's other issues in its Japanese wording,
// with the line and the field (as written); the English interface keeps the parser's sentence.
import { describe, expect, test } from 'vitest';
import { localizedProblem } from '../../components/options/import-message';
import { readImport } from '../../utils/record-import';
import { translator } from '../../utils/locale';
import { en } from '../../utils/strings-en';
import { gazetteer } from '../../data/gazetteer';
import { bundledRecords } from '../../data/records';
import { OfficialRecordSchema } from '../../data/schema';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
const record = bundledRecords.find((r) => r.language === 'en')!;

function refusal(value: unknown) {
  const outcome = readImport({ name: 'records.json', content: JSON.stringify(value, null, 2) }, { gazetteer });
  if (outcome.ok) throw new Error('expected a refusal');
  return outcome.problem;
}

describe('schema problems of a record file in Japanese', () => {
  test('a date in the wrong form: the format\'s own message, with its line and field', () => {
    const problem = refusal({ ...record, meeting: { ...record.meeting, date: '2026/01/15' } });
    const ja = localizedProblem(problem, translator('ja'))!;
    expect(ja).toBe(`${problem.line}行目（meeting.date）：YYYY-MM-DD 形式の日付が必要です`);
    expect(problem.message).toMatch(/expected a date as YYYY-MM-DD/);
    expect(localizedProblem(problem, translator('en'))).toBeNull();
  });

  test('a wrong type in the second record of a list: zod\'s Japanese wording, naming the record', () => {
    const problem = refusal([record, { ...record, title: 42 }]);
    const ja = localizedProblem(problem, translator('ja'))!;
    expect(ja).toMatch(/^\d+行目（2件目の記録、title）：/);
    expect(ja).toMatch(JAPANESE);
    expect(ja).toMatch(/string/);
    expect(ja).toMatch(/数値/);
    expect(ja).not.toMatch(/expected|received/i);
  });

  test('a missing field and a value outside its set read in Japanese too', () => {
    const { title: _dropped, ...untitled } = record;
    for (const value of [untitled, { ...record, language: 'fr' }]) {
      const ja = localizedProblem(refusal(value), translator('ja'))!;
      expect(ja).toMatch(JAPANESE);
      expect(ja).not.toMatch(/expected|received|Invalid/);
    }
  });

  test('the user\'s data is not kept in the problem (only a sample of its type)', () => {
    const problem = refusal({ ...record, title: 'secret words', published: 12345678 });
    expect(JSON.stringify(problem.schema)).not.toContain('secret words');
  });

  test('every message the record format words itself has a catalogue entry', () => {
    const formats = [
      { ...record, meeting: { ...record.meeting, date: 'x' } },
      { ...record, id: 'Upper Case' },
    ];
    for (const value of formats) {
      const issue = OfficialRecordSchema.safeParse(value).error!.issues[0]!;
      expect(Object.values(en), issue.message).toContain(issue.message);
    }
  });
});
