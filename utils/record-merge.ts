// Adding imported records to the ones already known, all or nothing.
import type { OfficialRecord } from '../data/schema';

export type MergeResult =
  | { ok: true; records: OfficialRecord[] }
  | { ok: false; error: string };

/**
 * The new imported list, or why the import is refused. A bundled record's id cannot be taken;
 * re-importing an id the user imported before replaces that record.
 */
export function mergeImportedRecords(
  bundled: readonly OfficialRecord[],
  imported: readonly OfficialRecord[],
  incoming: readonly OfficialRecord[],
): MergeResult {
  const seen = new Set<string>();
  for (const record of incoming) {
    if (seen.has(record.id)) {
      return { ok: false, error: `The import contains the record "${record.id}" twice.` };
    }
    seen.add(record.id);
    if (bundled.some((b) => b.id === record.id)) {
      return {
        ok: false,
        error: `"${record.id}" is a bundled record already; it cannot be imported again.`,
      };
    }
  }
  return { ok: true, records: [...imported.filter((r) => !seen.has(r.id)), ...incoming] };
}
