// What the background remembers about each tab's latest report: enough for the badge, for
// clearing it when the page goes away or is switched off, and for the options page's export
// list. Kept in session storage so a restarted service worker still knows it.
import { z } from 'zod';
import { storage } from '#imports';
import type { Report } from '../engine/report';
import { ReportedTabSchema, type ReportedTab } from './messages';
import { countVerdicts } from './verdict-counts';

const TabStatesSchema = z.record(z.string(), ReportedTabSchema);
type TabStates = z.infer<typeof TabStatesSchema>;

export const tabStatesItem = storage.defineItem<TabStates>('session:tabStates', {
  fallback: {},
  version: 1,
});

export function tabStateFromReport(tabId: number, report: Report): ReportedTab {
  const counts = countVerdicts(report);
  return {
    tabId,
    source: report.source,
    title: report.title,
    claims: report.claims.length,
    conflicts: counts.conflict,
  };
}

export async function readTabStates(): Promise<ReportedTab[]> {
  const parsed = TabStatesSchema.safeParse(await tabStatesItem.getValue());
  return parsed.success ? Object.values(parsed.data) : [];
}

// Writes are chained so that two quick updates cannot overwrite each other.
let pending: Promise<unknown> = Promise.resolve();
function update(change: (states: TabStates) => TabStates): Promise<void> {
  const next = pending.then(async () => {
    const parsed = TabStatesSchema.safeParse(await tabStatesItem.getValue());
    await tabStatesItem.setValue(change(parsed.success ? parsed.data : {}));
  });
  pending = next.catch(() => {});
  return next;
}

export function rememberTab(state: ReportedTab): Promise<void> {
  return update((states) => ({ ...states, [String(state.tabId)]: state }));
}

export function forgetTab(tabId: number): Promise<void> {
  return update((states) => {
    const { [String(tabId)]: _gone, ...rest } = states;
    return rest;
  });
}

/** Same document? Fragment changes do not count as leaving the page. */
export function samePage(a: string, b: string): boolean {
  return a.split('#')[0] === b.split('#')[0];
}

export function hostnameOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}
