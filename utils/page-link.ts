// The extension pages' link to a news tab: which tab they are about, and its content script's
// answer to get-report (null when no content script answers: browser pages, stores, PDFs).
import { browser } from 'wxt/browser';
import { GetReportResponseSchema, type GetReportResponse, MutationResultSchema, type MutationResult } from './messages';
import type { ContentMessage } from './page-messages';

export interface TargetTab {
  id: number;
  /** Known when the browser lets us see it (activeTab in the popup, or the test build). */
  url: string | null;
}

/** `?tab=ID` when the page was opened for a tab (tests, the popup's settings link), else the active tab. */
export async function targetTab(search = location.search): Promise<TargetTab | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null && /^\d+$/.test(param)) {
    const id = Number(param);
    const tab = await browser.tabs.get(id).catch(() => null);
    return tab ? { id, url: tab.url ?? null } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? null };
}

/** True when the page was opened in a tab of its own for a given tab (not as the toolbar popup). */
export function openedForTab(search = location.search): boolean {
  return new URLSearchParams(search).has('tab');
}

export async function askPage(tabId: number): Promise<GetReportResponse | null> {
  const message: ContentMessage = { type: 'get-report' };
  try {
    const parsed = GetReportResponseSchema.safeParse(await browser.tabs.sendMessage(tabId, message));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // no content script in that tab
  }
}

export async function tellPage(tabId: number, message: ContentMessage): Promise<MutationResult> {
  try {
    const parsed = MutationResultSchema.safeParse(await browser.tabs.sendMessage(tabId, message));
    return parsed.success ? parsed.data : { ok: false, error: 'The page gave no answer.' };
  } catch {
    return { ok: false, error: 'Readout Lens is not running on this page.' };
  }
}
