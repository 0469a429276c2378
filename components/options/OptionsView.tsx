// The settings page: switches and sites, official records (list, import, remove) and report
// export. Props in, markup out; entrypoints/options wires it to storage and messages.
import type { OfficialRecord } from '../../data/schema';
import type { ReportedTab } from '../../utils/messages';
import type { Settings } from '../../utils/settings';
import { ExportSection, type ExportState } from './ExportSection';
import { ImportSection, type ImportStatus } from './ImportSection';
import { RecordList } from './RecordList';
import { SwitchesSection } from './SwitchesSection';
import { useT } from '../i18n';

export interface OptionsViewProps {
  settings: Settings | null;
  records: { bundled: readonly OfficialRecord[]; imported: readonly OfficialRecord[] } | null;
  importStatus: ImportStatus;
  /** Set when removing a record failed. */
  recordsError: string | null;
  exportTabs: readonly ReportedTab[];
  exportTab: number | null;
  exportState: ExportState;
  onSettings(next: Settings): void;
  onRemoveRecord(id: string): void;
  onImportText(text: string): void;
  onImportFile(file: File): void;
  onSelectExportTab(tabId: number): void;
  onDownload(format: 'json' | 'md'): void;
}

export function OptionsView(props: OptionsViewProps) {
  const { t } = useT();
  return (
    <main class="options">
      <header>
        <h1>{t('options.title')}</h1>
        <p class="hint">{t('options.intro')}</p>
      </header>
      {props.settings ? <SwitchesSection settings={props.settings} onChange={props.onSettings} /> : <p class="hint">{t('options.loadingSettings')}</p>}
      {props.records ? (
        <RecordList bundled={props.records.bundled} imported={props.records.imported} onRemove={props.onRemoveRecord} />
      ) : (
        <p class="hint">{t('options.loadingRecords')}</p>
      )}
      {props.recordsError ? <p class="import-result error" role="alert">{props.recordsError}</p> : null}
      <ImportSection status={props.importStatus} onImportText={props.onImportText} onImportFile={props.onImportFile} />
      <ExportSection
        tabs={props.exportTabs}
        selected={props.exportTab}
        state={props.exportState}
        onSelect={props.onSelectExportTab}
        onDownload={props.onDownload}
      />
    </main>
  );
}
