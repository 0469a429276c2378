// Content script on every http(s) page: wiring only. The session (session.ts) does the work;
// this file hands it the browser: messages to the background (settings, the engine), messages
// from the popup, navigation events and timers. No engine, gazetteer or records load here.
//
// The session ends only when the extension itself goes (reloaded, updated, removed): the
// framework's context can also be invalidated by any page script, which can dispatch the
// "content script started" event it listens for on the page's document, so its invalidation is
// checked against the extension runtime before anything is torn down.
import { browser } from 'wxt/browser';
import type { BackgroundMessage } from '@/utils/messages';
import { parseContentMessage, parsePageSettings } from '@/utils/page-messages';
import { browserLanguages } from '@/utils/translate';
import { remoteAnalyzer } from './analyzer';
import { gateText } from './gate-text';
import { watchNavigation } from './navigation';
import { slicedScheduler } from './scheduler';
import { startSession } from './session';
import { listenForOfficialPage } from './official-page';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // The framework's start message would tell every page script the event's name.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // The rest runs in a task of its own: the script's evaluation (compiling it, setting up its
    // modules) is one task already, and a page should never see the two as one long task.
    await new Promise((next) => setTimeout(next, 0));
    const send = (message: BackgroundMessage): Promise<unknown> => browser.runtime.sendMessage(message);
    const session = startSession({
      doc: document,
      href: () => location.href,
      analyzer: remoteAnalyzer(send),
      async pageSettings(withGate) {
        const text = withGate ? gateText(document.body ?? document.documentElement) : null;
        return parsePageSettings(await send({ type: 'page-settings', href: location.href, ...(text === null ? {} : { text }) }));
      },
      cardStrings: (locale) => send({ type: 'card-strings', locale }),
      watchSettings(onChange) {
        const listener = (changes: Record<string, unknown>, area: string) => {
          if (area === 'local' && 'settings' in changes) onChange();
        };
        browser.storage.onChanged.addListener(listener);
        return () => browser.storage.onChanged.removeListener(listener);
      },
      sendCounts(counts) {
        send({ type: 'page-counts', ...counts }).catch(() => {
          // The background may be restarting; the popup asks again with get-report.
        });
      },
      scheduler: slicedScheduler(),
      languages: () => browserLanguages(browser.i18n.getUILanguage()),
      onError: (err) => console.warn('[Readout Lens]', err),
      card: { shadowMode: import.meta.env.WXT_E2E === '1' ? 'open' : 'closed' },
    });

    const onMessage = (raw: unknown) => {
      const message = parseContentMessage(raw);
      return message ? session.handle(message) : undefined; // (undefined: not for us)
    };
    browser.runtime.onMessage.addListener(onMessage);
    const stopOfficialPage = listenForOfficialPage(document, () => location.href, send);
    const alive = new AbortController();
    watchNavigation(window, () => session.navigated(), alive.signal);
    const teardown = () => {
      if (alive.signal.aborted) return;
      alive.abort();
      clearInterval(lifecycle);
      try {
        browser.runtime.onMessage.removeListener(onMessage);
        stopOfficialPage();
      } catch {
        // The extension's context is already gone.
      }
      session.dispose();
    };
    const extensionGone = (): boolean => {
      try {
        return !browser.runtime?.id;
      } catch {
        return true;
      }
    };
    ctx.onInvalidated(() => {
      if (extensionGone()) teardown();
    });
    // After a forged invalidation the framework no longer watches: look now and then ourselves.
    const lifecycle = setInterval(() => {
      if (extensionGone()) teardown();
    }, 5_000);
  },
});
