// Settings page: wiring only. Settings come from storage, records from the background, the
// report to export from the chosen tab's content script; OptionsView shows them.
import '@/utils/zod-setup';
import '@/components/options/options.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18nProvider } from '@/components/i18n';
import { browserLanguages, resolveLocale, translator } from '@/utils/locale';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { gazetteer } from '@/data/gazetteer';
import type { OfficialRecord } from '@/data/schema';
import type { Report } from '@/engine/report';
import { OptionsView } from '@/components/options/OptionsView';
import type { ExportState } from '@/components/options/ExportSection';
import type { ImportStatus } from '@/components/options/ImportSection';
import { downloadText } from '@/utils/download';
import type { ReportedTab } from '@/utils/messages';
import { askPage } from '@/utils/page-link';
import { importFileProblem, readImport, type ImportSource } from '@/utils/record-import';
import { addRecords, fetchRecords, fetchReportedTabs, removeRecord } from '@/utils/records-client';
import { exportFileName, reportToJson, reportToMarkdown } from '@/utils/report-export';
import { readSettings, settingsItem, type Settings } from '@/utils/settings';

type Records = { bundled: OfficialRecord[]; imported: OfficialRecord[] };

function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [records, setRecords] = useState<Records | null>(null);
  const [recordsError, setRecordsError] = useState<string | null>(null);
  const [importStatus, setImportStatus] = useState<ImportStatus>({ kind: 'idle' });
  const [tabs, setTabs] = useState<ReportedTab[]>([]);
  const [exportTab, setExportTab] = useState<number | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [exportState, setExportState] = useState<ExportState>({ kind: 'no-tabs' });

  const loadRecords = useCallback(async () => setRecords(await fetchRecords()), []);
  const locale = settings ? resolveLocale(settings.language, browserLanguages(browser.i18n.getUILanguage())) : null;
  const { t } = translator(locale ?? 'en');
  useEffect(() => {
    if (locale) document.documentElement.lang = locale;
  }, [locale]);

  useEffect(() => {
    void readSettings().then(setSettings);
    void loadRecords();
    const unwatch = settingsItem.watch(() => void readSettings().then(setSettings));
    // The export list: tabs with a report; the one this page was opened for comes first.
    void fetchReportedTabs().then((found) => {
      setTabs(found);
      const asked = Number(new URLSearchParams(location.search).get('tab'));
      const first = found.find((t) => t.tabId === asked) ?? found[0];
      setExportTab(first ? first.tabId : null);
    });
    return unwatch;
  }, [loadRecords]);

  useEffect(() => {
    if (exportTab === null) return;
    let current = true;
    setExportState({ kind: 'loading' });
    void askPage(exportTab).then((answer) => {
      if (!current) return;
      setReport(answer?.report ?? null);
      if (!answer) setExportState({ kind: 'unavailable', reason: 'gone' });
      else if (!answer.report) setExportState({ kind: 'unavailable', reason: 'no-report' });
    });
    return () => {
      current = false;
    };
  }, [exportTab]);

  const recordFor = (r: Report | null): OfficialRecord | null =>
    (r?.meeting && [...(records?.bundled ?? []), ...(records?.imported ?? [])].find((x) => x.id === r.meeting!.recordId)) || null;

  useEffect(() => {
    if (!report) return;
    const markdown = reportToMarkdown(report, { record: recordFor(report), minorFlags: settings?.showMinorFlags ?? true });
    setExportState({ kind: 'ready', markdown, claims: report.claims.length });
  }, [report, records, settings?.showMinorFlags]);

  const importSource = async (source: ImportSource, label: string) => {
    setImportStatus({ kind: 'working' });
    const outcome = readImport(source, { gazetteer });
    if (!outcome.ok) {
      setImportStatus({ kind: 'refused', problem: outcome.problem, source: label });
      return;
    }
    const stored = await addRecords(outcome.records);
    if (!stored.ok) {
      setImportStatus({ kind: 'refused', problem: { line: null, expected: 'a record not stored yet', message: stored.error }, source: label });
      return;
    }
    setImportStatus({ kind: 'done', titles: outcome.records.map((r) => `${r.title} (${r.meeting.date})`) });
    await loadRecords();
  };

  const onImportFile = async (file: File) => {
    const label = `"${file.name}"`;
    const tooBig = importFileProblem(file); // refused unread
    if (tooBig) {
      setImportStatus({ kind: 'refused', source: label, problem: { ...tooBig, message: t('import.tooBig', { size: `${Math.round(file.size / 1e6)} MB` }) } });
      return;
    }
    await importSource({ name: file.name, content: await file.text() }, label);
  };

  const onRemoveRecord = async (id: string) => {
    const result = await removeRecord(id);
    setRecordsError(result.ok ? null : result.error);
    await loadRecords();
  };

  const onDownload = (format: 'json' | 'md') => {
    if (!report) return;
    if (format === 'json') downloadText(exportFileName(report, 'json'), reportToJson(report), 'application/json');
    else downloadText(exportFileName(report, 'md'), exportState.kind === 'ready' ? exportState.markdown : reportToMarkdown(report), 'text/markdown');
  };

  // Nothing until the settings (and so the language) are known: no flash of the wrong language.
  if (!locale) return null;
  return (
    <I18nProvider locale={locale}>
    <OptionsView
      settings={settings}
      records={records}
      importStatus={importStatus}
      recordsError={recordsError}
      exportTabs={tabs}
      exportTab={exportTab}
      exportState={tabs.length === 0 ? { kind: 'no-tabs' } : exportState}
      onSettings={(next) => void settingsItem.setValue(next)}
      onRemoveRecord={(id) => void onRemoveRecord(id)}
      onImportText={(text) => void importSource({ name: null, content: text }, t('import.pasted'))}
      onImportFile={(file) => void onImportFile(file)}
      onSelectExportTab={setExportTab}
      onDownload={onDownload}
    />
    </I18nProvider>
  );
}

render(<App />, document.getElementById('app')!);
