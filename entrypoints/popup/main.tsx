// Toolbar popup: wiring only. Reads the tab's report from its content script, the settings from
// storage and the record from the background, and hands them to PopupView.
import '@/utils/zod-setup';
import '@/components/popup/popup.css';
import { render } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView, type PopupState } from '@/components/popup/PopupView';
import { askPage, openedForTab, targetTab, tellPage, type TargetTab } from '@/utils/page-link';
import { findRecord } from '@/utils/records-client';
import { readSettings, settingsItem } from '@/utils/settings';
import { withSite } from '@/utils/site-switch';
import { hostnameOf } from '@/utils/tab-state';
import { BackgroundMessageSchema } from '@/utils/messages';

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
  };
}

function App() {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const [notice, setNotice] = useState<string | null>(null);
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
    void targetTab().then((found) => {
      tab.current = found;
      if (!found) setState({ kind: 'unreachable', url: null });
      else void pollWhileReading();
    });
    const onMessage = (raw: unknown, sender: { tab?: { id?: number } }) => {
      const parsed = BackgroundMessageSchema.safeParse(raw);
      const changed = parsed.success && (parsed.data.type === 'report-updated' || parsed.data.type === 'page-counts');
      if (changed && sender.tab?.id === tab.current?.id) void refresh();
      return undefined; // never answer: the background does
    };
    browser.runtime.onMessage.addListener(onMessage);
    // Settings changed (here or elsewhere): the page follows them, so read it again shortly.
    const unwatch = settingsItem.watch(() => {
      void refresh();
      timer = setTimeout(pollWhileReading, 300);
    });
    return () => {
      clearTimeout(timer);
      browser.runtime.onMessage.removeListener(onMessage);
      unwatch();
    };
  }, [refresh]);

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
    if (!result.ok) setNotice(result.error);
    else if (!openedForTab()) window.close();
    else setNotice('Shown on the page.');
  };
  const onOpenSettings = async () => {
    const query = tab.current ? `?tab=${tab.current.id}` : '';
    await browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}${query}` });
    if (!openedForTab()) window.close();
  };

  return (
    <PopupView
      state={state}
      notice={notice}
      onToggleSite={(on) => void onToggleSite(on)}
      onTurnOnEverywhere={() => void onTurnOnEverywhere()}
      onChooseClaim={(i) => void onChooseClaim(i)}
      onOpenSettings={() => void onOpenSettings()}
    />
  );
}

render(<App />, document.getElementById('app')!);
