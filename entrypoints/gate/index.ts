// The content script in every http(s) page's top frame: a small gate, so that a page about
// nothing alliance-related pays for little more than one read of its text. It asks the
// background for the page's settings with that text (gate.ts); when the site is on and the page
// related, the background injects the lens (entrypoints/news.content, registered at runtime) into
// this tab, and the lens takes the answer from the hand-over instead of asking again.
//
// Built as a plain script that the manifest lists (wxt.config.ts), not as the framework's content
// script: its context (an id, an abort controller, a start event dispatched on the page's
// document and listened for) costs every page a millisecond and more, and its invalidation is one
// any page script can forge, which the gate never trusted anyway (extension-gone.ts).
//
// The browser's own API is used, not the polyfill (a fifth of the lens's size): in this build
// only, `wxt/browser` is WXT's native one (see gateNativeBrowser in wxt.config.ts): Firefox's
// `browser`, or Chrome MV3's `chrome`, whose sendMessage returns a promise too. Neither browser's
// native onMessage is sure to take a returned promise, so answers go through sendResponse.
//
// Teardown when the extension's runtime is gone, found when the gate next means to ask (content
// added, a navigation, the settings): unlike the lens (news.content/extension-gone.ts), no timer
// looks for it on every page.
import { browser } from 'wxt/browser';
import type { BackgroundMessage } from '../../utils/messages';
import { isSettingsChanged, parseContentMessage, parsePageSettings } from '../../utils/content-messages';
import { leaveHandOver } from '../../utils/lens-hand-over';
import { watchNavigation } from '../news.content/navigation';
import { listenForOfficialPage, type MessageEvents } from '../news.content/official-page';
import { startGate } from './gate';

const nextTask = () => new Promise<void>((next) => setTimeout(next, 0));

export default defineUnlistedScript({
  async main() {
    // Reading the page and asking run in a task after the script's evaluation, and the
    // listeners in another: each is a few ms, and the page should never see one long task.
    await nextTask();
    const send = (message: BackgroundMessage): Promise<unknown> => browser.runtime.sendMessage(message);
    const onMessage = browser.runtime.onMessage as unknown as MessageEvents;
    /** Aborted once the gate is torn down: the navigation watcher stops with it. */
    const ended = new AbortController();
    /** Told by the background (settings-changed), not read from storage: see SETTINGS_CHANGED. */
    let settingsChanged: (() => void) | null = null;
    let stopListening = () => {};
    const teardown = () => {
      if (ended.signal.aborted) return;
      ended.abort();
      try {
        stopListening();
      } catch {
        // The extension's context is already gone.
      }
      gate.dispose();
    };
    const gate = startGate({
      doc: document,
      async ask(text, joined) {
        const reading = text === null ? {} : { text, ...(joined ? { joined: true as const } : {}) };
        return parsePageSettings(await send({ type: 'page-settings', href: location.href, load: true, ...reading }));
      },
      handOver: (settings) => leaveHandOver(globalThis, { settings, started: () => gate.lensStarted() }),
      watchSettings(onChange) {
        settingsChanged = onChange;
        return () => (settingsChanged = null);
      },
      watchNavigation(onNewPage) {
        const stop = new AbortController();
        ended.signal.addEventListener('abort', () => stop.abort());
        // Events only, never a poll: a router's new content reaches the gate as added content.
        watchNavigation(window, onNewPage, stop.signal, null);
        return () => stop.abort();
      },
      onError: (err) => console.warn('[Readout Lens]', err),
      alive() {
        try {
          return !!browser.runtime?.id;
        } catch {
          return false;
        }
      },
      onGone: teardown,
    });

    await nextTask();
    if (ended.signal.aborted) return;
    // The popup's questions, until the lens answers them (then gate.handle says undefined).
    const onContentMessage = (raw: unknown, _sender: unknown, sendResponse: (answer: unknown) => void): undefined => {
      if (isSettingsChanged(raw)) return void settingsChanged?.();
      const message = parseContentMessage(raw);
      const answer = message ? gate.handle(message, location.href) : undefined;
      if (answer !== undefined) sendResponse(answer);
      return undefined;
    };
    onMessage.addListener(onContentMessage);
    const stopOfficialPage = listenForOfficialPage(document, () => location.href, send, onMessage);
    stopListening = () => {
      onMessage.removeListener(onContentMessage);
      stopOfficialPage();
    };
  },
});
