// Adding imported records to the ones already known, all or nothing.
import type { OfficialRecord } from '../data/schema';

export type MergeResult =
  | { ok: true; records: OfficialRecord[] }
  | { ok: false; error: string };

/** Same record, whatever order its keys were written in. */
function sameRecord(a: OfficialRecord, b: OfficialRecord): boolean {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(canonical)
      : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, x]) => [k, canonical(x)]))
      : v;
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/**
 * The new imported list, or why the import is refused. A bundled record's id cannot be taken;
 * re-importing an id the user imported before replaces that record (a corrected copy), but an
 * import that changes nothing at all is refused as a duplicate, so the user hears of it.
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
  if (incoming.length > 0 && incoming.every((r) => imported.some((i) => i.id === r.id && sameRecord(i, r)))) {
    const ids = incoming.map((r) => `"${r.id}"`).join(', ');
    return { ok: false, error: `${ids} ${incoming.length === 1 ? 'is' : 'are'} imported already, exactly as given; nothing changed.` };
  }
  return { ok: true, records: [...imported.filter((r) => !seen.has(r.id)), ...incoming] };
}
