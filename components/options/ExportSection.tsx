// Exporting a page's report (JSON or Markdown) from the tabs that have one.
import type { ReportedTab } from '../../utils/messages';
import type { Translator } from '../../utils/locale';
import { useT } from '../i18n';

export type ExportState =
  | { kind: 'no-tabs' }
  | { kind: 'loading' }
  /** gone: the tab closed or has no content script; no-report: switched off or nothing to check. */
  | { kind: 'unavailable'; reason: 'gone' | 'no-report' }
  | { kind: 'ready'; markdown: string; claims: number };

export interface ExportSectionProps {
  tabs: readonly ReportedTab[];
  selected: number | null;
  state: ExportState;
  onSelect(tabId: number): void;
  onDownload(format: 'json' | 'md'): void;
}

function tabLabel(tab: ReportedTab, { t, plural }: Translator): string {
  let host = tab.source;
  try {
    host = new URL(tab.source).host;
  } catch {
    // keep the raw source
  }
  const counts = t('export.counts', { claims: plural('export.claims', tab.claims), conflicts: plural('export.conflicts', tab.conflicts) });
  return `${tab.title ?? tab.source} — ${host} (${counts})`;
}

export function ExportSection({ tabs, selected, state, onSelect, onDownload }: ExportSectionProps) {
  const tr = useT();
  const { t } = tr;
  return (
    <section aria-labelledby="export-h">
      <h2 id="export-h">{t('export.title')}</h2>
      {tabs.length === 0 ? (
        <p class="hint" id="export-none">{t('export.none')}</p>
      ) : (
        <>
          <label for="export-tab" class="field-label">{t('export.page')}</label>
          <select id="export-tab" value={selected ?? undefined} onChange={(e) => onSelect(Number((e.currentTarget as HTMLSelectElement).value))}>
            {tabs.map((tab) => (
              <option key={tab.tabId} value={tab.tabId}>{tabLabel(tab, tr)}</option>
            ))}
          </select>
          <div class="export-actions">
            <button type="button" id="export-json" disabled={state.kind !== 'ready'} onClick={() => onDownload('json')}>
              {t('export.json')}
            </button>
            <button type="button" id="export-md" disabled={state.kind !== 'ready'} onClick={() => onDownload('md')}>
              {t('export.markdown')}
            </button>
          </div>
          {state.kind === 'loading' ? <p class="hint">{t('export.asking')}</p> : null}
          {state.kind === 'unavailable' ? <p class="hint" id="export-unavailable">{t(state.reason === 'gone' ? 'export.gone' : 'export.noReport')}</p> : null}
          {state.kind === 'ready' ? (
            <details class="preview" open>
              <summary>{t('export.preview')}</summary>
              <pre id="export-preview" tabIndex={0}>{state.markdown}</pre>
            </details>
          ) : null}
        </>
      )}
    </section>
  );
}
