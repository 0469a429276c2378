// Content script on every http(s) page: wiring only. The session (session.ts) does the work;
// this file hands it the browser: messages to the background (settings, the engine), messages
// from the popup, navigation events and timers. No engine, gazetteer or records load here.
import './style.css';
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import type { BackgroundMessage } from '@/utils/messages';
import { ContentMessageSchema, PageSettingsSchema } from '@/utils/page-messages';
import { browserLanguages } from '@/utils/locale';
import { remoteAnalyzer } from './analyzer';
import { watchNavigation } from './navigation';
import { slicedScheduler } from './scheduler';
import { startSession } from './session';
import { listenForOfficialPage } from './official-page';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    z.config({ jitless: true }); // extension CSP: no generated code
    const send = (message: BackgroundMessage): Promise<unknown> => browser.runtime.sendMessage(message);
    const session = startSession({
      doc: document,
      href: () => location.href,
      analyzer: remoteAnalyzer(send),
      async pageSettings() {
        return z.parse(PageSettingsSchema, await send({ type: 'page-settings', href: location.href }));
      },
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
    });

    const onMessage = (raw: unknown) => {
      const parsed = z.safeParse(ContentMessageSchema, raw);
      if (!parsed.success) return undefined; // not for us
      return session.handle(parsed.data);
    };
    browser.runtime.onMessage.addListener(onMessage);
    watchNavigation(ctx, window, () => session.navigated());
    ctx.onInvalidated(listenForOfficialPage(document, () => location.href, send));
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      session.dispose();
    });
  },
});
