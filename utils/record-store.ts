// The background's side of the official records: bundled records plus the user's imported ones,
// stored through utils/settings.ts. Imports are all-or-nothing and validated again here, so no
// page can put an invalid record into storage.
import type { OfficialRecord } from '../data/schema';
import type { MutationResult, RecordsResponse } from './messages';
import { importedRecordsItem, readImportedRecords } from './settings';
import { mergeImportedRecords } from './record-merge';
import { bundledRecords } from './bundled-records';

type RecordsMessage =
  | { type: 'get-records' }
  | { type: 'add-records'; records: OfficialRecord[] }
  | { type: 'remove-record'; id: string };

// One write at a time: two imports in quick succession must not lose one another.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work);
  queue = next.catch(() => {});
  return next;
}

export async function handleRecordsMessage(
  message: RecordsMessage,
): Promise<RecordsResponse | MutationResult> {
  switch (message.type) {
    case 'get-records':
      return { bundled: [...bundledRecords], imported: await readImportedRecords() };
    case 'add-records':
      return serial(async () => {
        const merged = mergeImportedRecords(bundledRecords, await readImportedRecords(), message.records);
        if (!merged.ok) return merged;
        await importedRecordsItem.setValue(merged.records);
        return { ok: true } as const;
      });
    case 'remove-record':
      return serial(async () => {
        const imported = await readImportedRecords();
        if (!imported.some((r) => r.id === message.id)) {
          return { ok: false, error: `No imported record has the id "${message.id}".` } as const;
        }
        await importedRecordsItem.setValue(imported.filter((r) => r.id !== message.id));
        return { ok: true } as const;
      });
  }
}
