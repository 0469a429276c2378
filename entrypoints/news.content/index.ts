// The lens: injected by the background into a tab whose page the gate (entrypoints/gate,
// the script in every page) found related, with the site on. Wiring only; the session
// (session.ts) does the work; this file hands it the browser: messages to the background (the
// engine), messages from the popup, navigation events and timers. No engine, gazetteer or
// records load here. The settings answer the gate already has comes through the hand-over
// (utils/lens-hand-over.ts), so the first pass starts without another round trip.
//
// The session ends only when the extension itself goes (reloaded, updated, removed), checked
// against the extension runtime, never the framework's forgeable invalidation (extension-gone.ts).
import { browser } from 'wxt/browser';
import type { BackgroundMessage } from '@/utils/messages';
import { isSettingsChanged, parseContentMessage, parsePageSettings } from '@/utils/page-messages';
import { takeHandOver } from '@/utils/lens-hand-over';
import { browserLanguages } from '@/utils/translate';
import { remoteAnalyzer } from './analyzer';
import { gateText } from './gate-text';
import { watchNavigation } from './navigation';
import { slicedScheduler } from './scheduler';
import { startSession } from './session';
import { onExtensionGone } from './extension-gone';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Not in the manifest: the background injects it (and WXT grants the host permissions for it).
  registration: 'runtime',
  runAt: 'document_idle',
  // The framework's start message would tell every page script the event's name.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const taken = takeHandOver(globalThis);
    if (taken.running) return; // injected twice: the first lens is at work
    // The rest runs in a task of its own: the script's evaluation (compiling it, setting up its
    // modules) is one task already, and a page should never see the two as one long task.
    await new Promise((next) => setTimeout(next, 0));
    const send = (message: BackgroundMessage): Promise<unknown> => browser.runtime.sendMessage(message);
    let handed = taken.handOver?.settings;
    let uiLanguage: string | undefined;
    let settingsChanged: (() => void) | null = null;
    const session = startSession({
      doc: document,
      href: () => location.href,
      analyzer: remoteAnalyzer(send),
      async pageSettings(withGate) {
        // The gate's answer, once (parsed here too: this script trusts nothing it is handed).
        const answer = withGate ? handed?.catch(() => undefined) : undefined;
        handed = undefined;
        const given = answer ? await answer : undefined;
        if (given !== undefined) return parsePageSettings(given);
        const text = withGate ? gateText(document.body ?? document.documentElement) : null;
        return parsePageSettings(await send({ type: 'page-settings', href: location.href, ...(text === null ? {} : { text }) }));
      },
      cardStrings: (locale) => send({ type: 'card-strings', locale }),
      // Told by the background (settings-changed), like the gate: the storage API's first use
      // would cost the page milliseconds more.
      watchSettings(onChange) {
        settingsChanged = onChange;
        return () => (settingsChanged = null);
      },
      sendCounts(counts) {
        send({ type: 'page-counts', ...counts }).catch(() => {
          // The background may be restarting; the popup asks again with get-report.
        });
      },
      scheduler: slicedScheduler(),
      // The interface language is the browser's for its whole session: asked once, not each time
      // the content languages are read again (the session reads them once, and after a change).
      languages: () => browserLanguages((uiLanguage ??= browser.i18n.getUILanguage())),
      onError: (err) => console.warn('[Readout Lens]', err),
      card: { shadowMode: import.meta.env.WXT_E2E === '1' ? 'open' : 'closed' },
    });

    const onMessage = (raw: unknown) => {
      if (isSettingsChanged(raw)) return void settingsChanged?.();
      const message = parseContentMessage(raw);
      return message ? session.handle(message) : undefined; // (undefined: not for us)
    };
    browser.runtime.onMessage.addListener(onMessage);
    // From now on the lens answers the popup; the gate stops watching the page.
    taken.handOver?.started();
    const alive = new AbortController();
    watchNavigation(window, () => session.navigated(), alive.signal);
    const teardown = () => {
      if (alive.signal.aborted) return;
      alive.abort();
      try {
        browser.runtime.onMessage.removeListener(onMessage);
      } catch {
        // The extension's context is already gone.
      }
      session.dispose();
      taken.release();
    };
    onExtensionGone(ctx, () => browser.runtime?.id, teardown);
  },
});
