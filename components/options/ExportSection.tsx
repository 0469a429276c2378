// Exporting a page's report (JSON or Markdown) from the tabs that have one.
import type { ReportedTab } from '../../utils/messages';

export type ExportState =
  | { kind: 'no-tabs' }
  | { kind: 'loading' }
  | { kind: 'unavailable'; reason: string }
  | { kind: 'ready'; markdown: string; claims: number };

export interface ExportSectionProps {
  tabs: readonly ReportedTab[];
  selected: number | null;
  state: ExportState;
  onSelect(tabId: number): void;
  onDownload(format: 'json' | 'md'): void;
}

function tabLabel(tab: ReportedTab): string {
  let host = tab.source;
  try {
    host = new URL(tab.source).host;
  } catch {
    // keep the raw source
  }
  const counts = `${tab.claims} claim${tab.claims === 1 ? '' : 's'}, ${tab.conflicts} conflict${tab.conflicts === 1 ? '' : 's'}`;
  return `${tab.title ?? tab.source} — ${host} (${counts})`;
}

export function ExportSection({ tabs, selected, state, onSelect, onDownload }: ExportSectionProps) {
  return (
    <section aria-labelledby="export-h">
      <h2 id="export-h">Export a page's report</h2>
      {tabs.length === 0 ? (
        <p class="hint" id="export-none">No open page has a report yet. Open a news article, then come back here.</p>
      ) : (
        <>
          <label for="export-tab" class="field-label">Page</label>
          <select id="export-tab" value={selected ?? undefined} onChange={(e) => onSelect(Number((e.currentTarget as HTMLSelectElement).value))}>
            {tabs.map((tab) => (
              <option key={tab.tabId} value={tab.tabId}>{tabLabel(tab)}</option>
            ))}
          </select>
          <div class="export-actions">
            <button type="button" id="export-json" disabled={state.kind !== 'ready'} onClick={() => onDownload('json')}>
              Download JSON
            </button>
            <button type="button" id="export-md" disabled={state.kind !== 'ready'} onClick={() => onDownload('md')}>
              Download Markdown
            </button>
          </div>
          {state.kind === 'loading' ? <p class="hint">Asking the page for its report…</p> : null}
          {state.kind === 'unavailable' ? <p class="hint" id="export-unavailable">{state.reason}</p> : null}
          {state.kind === 'ready' ? (
            <details class="preview" open>
              <summary>Markdown preview</summary>
              <pre id="export-preview">{state.markdown}</pre>
            </details>
          ) : null}
        </>
      )}
    </section>
  );
}
