// The README documents the checker's JSON report: every reason code the engine can give in
// `meeting.why`, with its parameters, is in the README's table, so a reader of the JSON can
// tell what each one means.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MeetingReasonSchema } from '../../engine/report';

const README = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
const checker = README.slice(README.indexOf('## The command-line checker'), README.indexOf('\n## ', README.indexOf('## The command-line checker') + 1));

describe('README: the report format', () => {
  it('names meeting.why among the meeting fields', () => {
    expect(checker).toMatch(/^\| `why` \|/m);
  });

  it.each(MeetingReasonSchema.options.map((o) => [o.shape.code.value, Object.keys(o.shape).filter((k) => k !== 'code')] as const))(
    'documents the code %s with its parameters',
    (code, params) => {
      const row = checker.split('\n').find((line) => line.startsWith(`| \`${code}\` |`));
      expect(row, `a table row for ${code}`).toBeDefined();
      const cells = row!.split('|').map((c) => c.trim());
      const documented = cells[2] === '—' ? [] : [...cells[2]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
      expect(documented.sort()).toEqual([...params].sort());
    },
  );
});
