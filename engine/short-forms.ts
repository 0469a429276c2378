// Links a record's short forms ("the Alliance", "the Ministers", 両閣僚) to the ids they stand for,
// for the terms of its paragraphs (engine/record-index.ts).
import type { OfficialRecord } from '../data/schema';
import { RECORD_SHORT_FORMS } from './lang/concepts';

/** Ids the paragraph names by the record's short forms. */
export function recordShortForms(scan: string, record: OfficialRecord): string[] {
  const out: string[] = [];
  for (const { pattern, target } of RECORD_SHORT_FORMS) {
    if (!pattern.test(scan)) continue;
    if (target === 'participants') for (const p of record.meeting.participants) { if (p.entity) out.push(p.entity); }
    else out.push(target);
  }
  return [...new Set(out)];
}
