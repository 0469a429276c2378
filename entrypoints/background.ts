// Background: runs the engine on the text content scripts snapshot (so the engine never loads
// into a page), keeps the toolbar badge in step with each tab's report, relays keyboard commands
// to the active tab, and owns the official records (bundled + imported). Wiring only; the
// logic lives in utils/.
import '@/utils/zod-setup';
import { browser } from 'wxt/browser';
import { receiveBackgroundMessage } from '@/utils/messages';
import type { ContentMessage, PageSettings } from '@/utils/page-messages';
import { SETTINGS_CHANGED } from '@/utils/content-messages';
import { commandMessage } from '@/utils/commands';
import { buttonState } from '@/utils/badge-icon';
import { browserLanguages, cardStrings, resolveLocale } from '@/utils/locale';
import {
  forgetTab, hostnameOf, readTabStates, rememberTab, samePage, tabStateFromReport,
} from '@/utils/tab-state';
import { importedRecordsItem, isSiteEnabled, readImportedRecords, readSettings, settingsItem } from '@/utils/settings';
import { handleRecordsMessage } from '@/utils/record-store';
import { bundledRecords } from '@/utils/bundled-records';
import { answerAnalysis, gateAnswer, isRelated, mentionsAnswer } from '@/utils/analysis-service';
import { createEngine, type Engine } from '@/engine/analyze';
import { gazetteer } from '@/data/gazetteer';
import { e2eOpenRequest } from '@/utils/e2e-hooks';
import { readPageRecord } from '@/engine/ingest/page-record';

export default defineBackground(() => {
  // MV3 has `action`, Firefox MV2 `browserAction`; same badge calls.
  const action = browser.action ?? browser.browserAction;

  /** `conflicts` null: no report for the tab (plain button). */
  async function setBadge(tabId: number, conflicts: number | null): Promise<void> {
    try {
      const locale = resolveLocale((await readSettings()).language, browserLanguages(browser.i18n.getUILanguage()));
      const button = buttonState(conflicts, locale);
      await action.setBadgeText({ tabId, text: button.text });
      await action.setBadgeBackgroundColor({ tabId, color: button.color });
      await action.setTitle({ tabId, title: button.title });
      await action.setIcon({ tabId, path: button.icon });
    } catch {
      // The tab closed in the meantime.
    }
  }

  async function clearTab(tabId: number): Promise<void> {
    await setBadge(tabId, null);
    await forgetTab(tabId);
  }

  // One engine (gazetteer trie + record index) for gate and analysis, rebuilt when imports change.
  let engine: Promise<Engine> | null = null;
  const currentEngine = (): Promise<Engine> =>
    (engine ??= readImportedRecords().then((imported) => createEngine({ records: [...bundledRecords, ...imported], gazetteer })));
  importedRecordsItem.watch(() => {
    engine = null;
  });

  async function pageSettings(href: string): Promise<PageSettings> {
    const settings = await readSettings();
    const host = hostnameOf(href);
    return {
      enabled: host !== null && isSiteEnabled(settings, host),
      showMentions: settings.showMentions,
      showMinorFlags: settings.showMinorFlags,
      showUnverified: settings.showUnverified,
      language: settings.language,
    };
  }

  /**
   * The lens (entrypoints/news.content, registered at runtime) into a tab's top frame, after the
   * gate found its page related. MV3 has `scripting`; Firefox MV2 has tabs.executeScript.
   */
  async function loadLens(tabId: number, href: string): Promise<void> {
    const file = '/content-scripts/news.js';
    if (import.meta.env.MANIFEST_VERSION === 3) await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [file] });
    else await browser.tabs.executeScript(tabId, { file, frameId: 0, runAt: 'document_idle' });
    if (import.meta.env.WXT_E2E === '1') await recordLensLoad(href);
  }

  const nextTask = <T>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), 0));

  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    // Malformed, foreign, or a page-only request from a content script: rejected and logged.
    const message = receiveBackgroundMessage(raw, sender, self);
    if (!message) return undefined;
    switch (message.type) {
      case 'report-updated': {
        const tabId = sender.tab?.id;
        if (tabId === undefined || (sender.frameId ?? 0) !== 0) return undefined;
        const state = tabStateFromReport(tabId, message.report);
        return Promise.all([setBadge(tabId, state.conflicts), rememberTab(state)]).then(() => undefined);
      }
      case 'page-counts': {
        const tabId = sender.tab?.id;
        if (tabId === undefined || (sender.frameId ?? 0) !== 0) return undefined;
        const { source, title, claims, conflicts } = message;
        return Promise.all([setBadge(tabId, conflicts), rememberTab({ tabId, source, title, claims, conflicts })]).then(() => undefined);
      }
      case 'page-settings': {
        const { text, load, joined } = message;
        return pageSettings(message.href).then(async (s) => {
          const answer = s.enabled && text !== undefined ? { ...s, ...gateAnswer(await currentEngine(), text, joined ?? false) } : s;
          const tabId = sender.tab?.id;
          // Injected while the answer travels back: the lens finds it in the gate's hand-over.
          if (load && answer.enabled && answer.related !== false && tabId !== undefined && (sender.frameId ?? 0) === 0) {
            loadLens(tabId, message.href).catch((err) => console.warn('[Readout Lens] could not load the lens', err));
          }
          return answer;
        });
      }
      case 'card-strings':
        return Promise.resolve({ locale: message.locale, strings: cardStrings(message.locale) });
      case 'gate-text':
        return currentEngine().then((e) => ({ related: isRelated(e, message.text) }));
      case 'find-mentions':
        return currentEngine().then((e) => mentionsAnswer(e, message.text));
      case 'analyze-text': {
        const { text, published, source, title, gate } = message;
        // In a task of its own: the answers to the messages before it (a page's early mentions,
        // its card strings) leave first instead of waiting behind the analysis.
        return currentEngine().then(nextTask).then((e) => answerAnalysis(e, { text, published, source, title }, gate ?? false));
      }
      case 'get-reported-tabs':
        return readTabStates();
      case 'read-page-record':
        return readImportedRecords().then((imported) => readPageRecord(message, { gazetteer, bundled: bundledRecords, imported }));
      default:
        return handleRecordsMessage(message);
    }
  });

  // A new document in the tab: its old report no longer applies. (Both browsers also reset
  // tab-specific badges on navigation; this covers URL changes they do not treat as one.)
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    const url = change.url ?? (change.status === 'loading' ? tab.url : undefined);
    if (url === undefined) return;
    void readTabStates().then((states) => {
      const known = states.find((s) => s.tabId === tabId);
      if (known && !samePage(known.source, url)) void clearTab(tabId);
    });
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

  // Switched off for a site (or everywhere): its tabs lose their badge at once.
  settingsItem.watch(async () => {
    void tellGates();
    const settings = await readSettings();
    for (const state of await readTabStates()) {
      const host = hostnameOf(state.source);
      if (host !== null && !isSiteEnabled(settings, host)) await clearTab(state.tabId);
    }
  });

  /**
   * Every tab's gate (entrypoints/gate) asks about its page again (the site may have been
   * switched on), and its lens reads its settings again. Told from here, so no page pays for the
   * storage API in its content scripts.
   */
  async function tellGates(): Promise<void> {
    for (const tab of await browser.tabs.query({})) {
      if (tab.id === undefined) continue;
      browser.tabs.sendMessage(tab.id, { type: SETTINGS_CHANGED }, { frameId: 0 }).catch(() => {
        // No gate in that tab (a browser page, the store, a page opened before the install).
      });
    }
  }

  browser.commands.onCommand.addListener(async (command) => {
    const message: ContentMessage | null = commandMessage(command);
    if (!message) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    await browser.tabs.sendMessage(tab.id, message).catch(() => {
      // No content script on this page (browser pages, the store): nothing to do.
    });
  });

  if (import.meta.env.WXT_E2E === '1') installE2eHooks();
});

/**
 * Test builds only (WXT_E2E=1): the pages the lens was injected into, in storage (the tests
 * read them from an extension page, which in Firefox cannot see the background's globals).
 */
async function recordLensLoad(href: string): Promise<void> {
  const { e2eLensLoads } = await browser.storage.local.get('e2eLensLoads');
  await browser.storage.local.set({ e2eLensLoads: [...(Array.isArray(e2eLensLoads) ? e2eLensLoads : []), href] });
}

/**
 * Test builds only (WXT_E2E=1): a tab that loads http://127.0.0.1:PORT/__e2e__/open?page=popup
 * &target=URL is replaced by the extension page, told which tab to report on. Firefox's driver
 * refuses to navigate to moz-extension:// itself, so the harness asks the extension instead.
 */
function installE2eHooks(): void {
  browser.tabs.onUpdated.addListener(async (tabId, change) => {
    const request = change.url ? e2eOpenRequest(change.url) : null;
    if (!request) return;
    let target: number | undefined;
    if (request.target !== null) {
      // Several tabs may show the URL: the newest is meant (tab ids only grow).
      const tabs = await browser.tabs.query({});
      target = tabs
        .filter((t) => t.id !== undefined && t.url !== undefined && samePage(t.url, request.target!))
        .reduce<number | undefined>((newest, t) => Math.max(newest ?? -1, t.id!), undefined);
    }
    const query = target === undefined ? '' : `?tab=${target}`;
    // getURL is typed with the project's public paths; the page name is checked by e2eOpenRequest.
    const url = (browser.runtime.getURL as (path: string) => string)(`/${request.page}.html${query}`);
    await browser.tabs.create({ url, active: true });
    await browser.tabs.remove(tabId);
  });
}
