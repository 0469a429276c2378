// The page report app shared by the toolbar popup and the side panel: wiring only. Reads the
// tab's report from its content script, the settings from storage and the record from the
// background, and hands them to PopupView in the chosen language. In the side panel it follows
// whichever tab is active.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView, type PopupState } from '@/components/popup/PopupView';
import { I18nProvider } from '@/components/i18n';
import { browserLanguages, resolveLocale, translator, type Locale } from '@/utils/locale';
import { askPage, openedForTab, targetTab, tellPage, type TargetTab } from '@/utils/page-link';
import { addRecords, askPageRecord, findRecord } from '@/utils/records-client';
import type { PageRecordOutcome } from '@/engine/ingest/page-record';
import type { AddState } from '@/components/popup/PageRecordOffer';
import { readSettings, settingsItem } from '@/utils/settings';
import { withSite } from '@/utils/site-switch';
import { hostnameOf } from '@/utils/tab-state';
import { receivePageChange } from '@/utils/messages';

async function readState(tab: TargetTab): Promise<PopupState> {
  const [answer, settings] = await Promise.all([askPage(tab.id), readSettings()]);
  if (!answer) return { kind: 'unreachable', url: tab.url };
  const host = hostnameOf(answer.url) ?? (tab.url ? hostnameOf(tab.url) : null);
  const report = answer.report;
  const record = report?.meeting ? await findRecord(report.meeting.recordId) : null;
  return {
    kind: 'page',
    host,
    siteOn: host === null || !settings.disabledSites.includes(host),
    globalOn: settings.enabled,
    phase: answer.phase ?? (!answer.active ? 'off' : report ? 'active' : 'waiting'),
    report,
    record,
    showMinorFlags: settings.showMinorFlags,
    showUnverified: settings.showUnverified,
  };
}

async function readLocale(): Promise<Locale> {
  const settings = await readSettings();
  return resolveLocale(settings.language, browserLanguages(browser.i18n.getUILanguage()));
}

export function PopupApp({ panel = false }: { panel?: boolean }) {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const [locale, setLocale] = useState<Locale | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // The official record the page itself may give (asked once per page, not on every poll).
  const [pageRecord, setPageRecord] = useState<PageRecordOutcome | null>(null);
  const [adding, setAdding] = useState<AddState>({ kind: 'idle' });
  const tab = useRef<TargetTab | null>(null);

  const refresh = useCallback(async (): Promise<PopupState | null> => {
    if (!tab.current) return null;
    const next = await readState(tab.current);
    setState(next);
    return next;
  }, []);

  useEffect(() => {
    let polls = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // While the page is still on its first read, ask again now and then (finished reports also
    // arrive as page-counts messages, below).
    const pollWhileReading = async () => {
      const now = await refresh();
      if (now?.kind === 'page' && now.phase === 'reading' && ++polls < 40) timer = setTimeout(pollWhileReading, 500);
    };
    const retarget = () =>
      void targetTab().then((found) => {
        tab.current = found;
        polls = 0;
        clearTimeout(timer);
        setPageRecord(null);
        setAdding({ kind: 'idle' });
        if (!found) setState({ kind: 'unreachable', url: null });
        else {
          void pollWhileReading();
          void askPageRecord(found.id).then((outcome) => {
            if (tab.current?.id === found.id) setPageRecord(outcome);
          });
        }
      });
    retarget();
    void readLocale().then(setLocale);
    // The side panel stays open while the reader moves between tabs and pages.
    const onActivated = () => retarget();
    const onUpdated = (tabId: number, change: { status?: string }) => {
      if (tabId === tab.current?.id && change.status === 'complete') retarget();
    };
    if (panel) {
      browser.tabs.onActivated.addListener(onActivated);
      browser.tabs.onUpdated.addListener(onUpdated);
    }
    const onMessage = (raw: unknown, sender: { tab?: { id?: number } }) => {
      const changed = receivePageChange(raw) !== null;
      if (changed && sender.tab?.id === tab.current?.id) void refresh();
      return undefined; // never answer: the background does
    };
    browser.runtime.onMessage.addListener(onMessage);
    // Settings changed (here or elsewhere): the page follows them, so read it again shortly.
    const unwatch = settingsItem.watch(() => {
      void readLocale().then(setLocale);
      void refresh();
      timer = setTimeout(pollWhileReading, 300);
    });
    return () => {
      clearTimeout(timer);
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      unwatch();
    };
  }, [refresh, panel]);

  const onToggleSite = async (on: boolean) => {
    if (state.kind !== 'page' || !state.host) return;
    await settingsItem.setValue(withSite(await readSettings(), state.host, on));
  };
  const onTurnOnEverywhere = async () => {
    await settingsItem.setValue({ ...(await readSettings()), enabled: true });
  };
  const onChooseClaim = async (index: number) => {
    if (!tab.current) return;
    const result = await tellPage(tab.current.id, { type: 'focus-claim', index });
    const { t } = translator(locale ?? 'en');
    if (!result.ok) setNotice(t('popup.notShown'));
    else if (!openedForTab() && !panel) window.close();
    else setNotice(t('popup.shown'));
  };
  // Chrome's sidePanel and Firefox's sidebarAction both want a user gesture: called from a click.
  const sidePanel = (globalThis as { chrome?: { sidePanel?: { open(o: { windowId: number }): Promise<void> } } }).chrome?.sidePanel;
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  // Known before the click: awaiting anything first would lose the user gesture.
  const windowId = useRef<number | undefined>(undefined);
  useEffect(() => {
    void browser.windows.getCurrent().then((w) => (windowId.current = w.id));
  }, []);
  const onOpenPanel = sidePanel || sidebar
    ? async () => {
        if (sidebar) await sidebar.open();
        else if (windowId.current !== undefined) await sidePanel!.open({ windowId: windowId.current });
        if (!openedForTab()) window.close();
      }
    : undefined;
  const onAddPageRecord = async () => {
    if (pageRecord?.kind !== 'record') return;
    setAdding({ kind: 'adding' });
    const result = await addRecords([pageRecord.record]);
    setAdding(result.ok ? { kind: 'added' } : { kind: 'failed', error: result.error });
  };
  const onOpenSettings = async () => {
    const query = tab.current ? `?tab=${tab.current.id}` : '';
    await browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}${query}` });
    if (!openedForTab() && !panel) window.close();
  };

  useEffect(() => {
    if (locale) document.documentElement.lang = locale;
  }, [locale]);
  if (!locale) return null; // a moment, so that nothing shows in the wrong language first
  return (
    <I18nProvider locale={locale}>
    <PopupView
      panel={panel}
      state={state}
      notice={notice}
      onToggleSite={(on) => void onToggleSite(on)}
      onTurnOnEverywhere={() => void onTurnOnEverywhere()}
      onChooseClaim={(i) => void onChooseClaim(i)}
      onOpenSettings={() => void onOpenSettings()}
      onOpenPanel={onOpenPanel && (() => void onOpenPanel())}
      pageRecord={pageRecord}
      addState={adding}
      onAddPageRecord={() => void onAddPageRecord()}
    />
    </I18nProvider>
  );
}
