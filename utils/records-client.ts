// Extension pages' calls to the background about official records (typed, answers zod-checked),
// and the popup's question to a tab: what official record does the page you show give?
import { browser } from 'wxt/browser';
import type { OfficialRecord } from '../data/schema';
import { PageRecordOutcomeSchema, type PageRecordOutcome } from '../engine/ingest/page-record';
import {
  MutationResultSchema, RecordsResponseSchema, ReportedTabsResponseSchema,
  type BackgroundMessage, type MutationResult, type RecordsResponse, type ReportedTab,
} from './messages';

async function ask(message: BackgroundMessage): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

export async function fetchRecords(): Promise<RecordsResponse | null> {
  const parsed = RecordsResponseSchema.safeParse(await ask({ type: 'get-records' }).catch(() => null));
  return parsed.success ? parsed.data : null;
}

export async function findRecord(id: string): Promise<OfficialRecord | null> {
  const records = await fetchRecords();
  return [...(records?.bundled ?? []), ...(records?.imported ?? [])].find((r) => r.id === id) ?? null;
}

async function mutate(message: BackgroundMessage): Promise<MutationResult> {
  try {
    const parsed = MutationResultSchema.safeParse(await ask(message));
    return parsed.success ? parsed.data : { ok: false, error: 'The extension gave no answer; try again.' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export const addRecords = (records: OfficialRecord[]) => mutate({ type: 'add-records', records });
export const removeRecord = (id: string) => mutate({ type: 'remove-record', id });

export async function fetchReportedTabs(): Promise<ReportedTab[]> {
  const parsed = ReportedTabsResponseSchema.safeParse(await ask({ type: 'get-reported-tabs' }).catch(() => null));
  return parsed.success ? parsed.data : [];
}

/**
 * The official record the page in tab `tabId` gives (its content script reads the DOM, the
 * background's ingest code parses it); null when no content script answers or the answer is malformed.
 */
export async function askPageRecord(tabId: number): Promise<PageRecordOutcome | null> {
  try {
    const parsed = PageRecordOutcomeSchema.safeParse(await browser.tabs.sendMessage(tabId, { type: 'read-official-page' }));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
