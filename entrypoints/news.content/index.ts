// Content script on every http(s) page: wiring only. The session (session.ts) does the work;
// this file hands it the browser: storage, messages, navigation events and timers.
import '@/utils/zod-setup';
import './style.css';
import { browser } from 'wxt/browser';
import { gazetteer } from '@/data/gazetteer';
import { ContentMessageSchema, RecordsResponseSchema, type BackgroundMessage } from '@/utils/messages';
import { readSettings, settingsItem } from '@/utils/settings';
import { browserLanguages } from '@/utils/locale';
import { watchNavigation } from './navigation';
import { slicedScheduler } from './scheduler';
import { startSession } from './session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const session = startSession({
      doc: document,
      href: () => location.href,
      gazetteer,
      async loadRecords() {
        const answer = RecordsResponseSchema.parse(await browser.runtime.sendMessage({ type: 'get-records' }));
        return [...answer.bundled, ...answer.imported];
      },
      readSettings,
      watchSettings: (onChange) => settingsItem.watch(onChange),
      sendReport(report) {
        const message: BackgroundMessage = { type: 'report-updated', report };
        browser.runtime.sendMessage(message).catch(() => {
          // The background may be restarting; the popup asks again with get-report.
        });
      },
      scheduler: slicedScheduler(),
      languages: () => browserLanguages(browser.i18n.getUILanguage()),
      onError: (err) => console.warn('[Readout Lens]', err),
    });

    const onMessage = (raw: unknown) => {
      const parsed = ContentMessageSchema.safeParse(raw);
      if (!parsed.success) return undefined; // not for us
      return session.handle(parsed.data);
    };
    browser.runtime.onMessage.addListener(onMessage);
    watchNavigation(ctx, window, () => session.navigated());
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      session.dispose();
    });
  },
});
