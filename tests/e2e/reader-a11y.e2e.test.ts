// Accessibility in real Chromium: axe-core (pinned) finds no serious or critical violation on
// the popup, the settings page, the highlights and an open card, in both languages and in the
// light and dark schemes, and on the side panel; the card stays inside the viewport at 200 % zoom (a half-size
// viewport) and keeps its verdicts apart in forced-colors mode (screenshots of each).
import { describe, expect, test } from 'vitest';
import type { Page as PwPage } from 'playwright-core';
import { CARD, claimHeads, readerSuite, seriousViolations, waitForCard, writeSettings } from './reader-helpers';
import type { TestPage } from './harness';

const PAGE = '/meridian-pentagon-talks.html';
const raw = (page: TestPage) => page.raw as PwPage;

describe('accessibility in chromium', () => {
  const suite = readerSuite('chromium');

  const openCard = async (page: TestPage) => {
    const conflict = (await claimHeads(page)).find((h) => h.verdict === 'conflict')!;
    await page.focus(`mark[data-rl-id="${conflict.id}"][data-rl-head]`);
    await waitForCard(page);
  };

  test.each(['light', 'dark'] as const)('an open card and the highlights, %s scheme, both languages', async (scheme) => {
    for (const language of ['en', 'ja'] as const) {
      await writeSettings(suite.session, { language, showUnverified: true });
      const page = await suite.openArticle(PAGE);
      await raw(page).emulateMedia({ colorScheme: scheme });
      await openCard(page);
      expect(await seriousViolations(page, [['[data-rl="ui"]', '.rl-card']])).toEqual([]);
      expect(await seriousViolations(page, [['article']], { oursOnly: true })).toEqual([]);
      await page.screenshot(`reader-a11y-card-${scheme}-${language}`, { element: CARD });
    }
  });

  test('on a dark page the highlights keep their contrast', async () => {
    await writeSettings(suite.session, { showUnverified: true });
    const page = await suite.openArticle(PAGE);
    await page.evaluate(() => {
      const style = document.createElement('style');
      // The page's own colours, every element but our marks (which must hold up by themselves).
      style.textContent = 'html, body, body *:not(mark) { background: #15181e !important; color: #e6e8ee !important; }';
      document.head.append(style);
    });
    await openCard(page);
    expect(await seriousViolations(page, [['article']], { oursOnly: true })).toEqual([]);
    await page.screenshot('reader-dark-page');
  });

  test('the popup and the settings page, both languages', async () => {
    for (const language of ['en', 'ja'] as const) {
      await writeSettings(suite.session, { language });
      const page = await suite.openArticle(PAGE);
      const popup = suite.track(await suite.session.openPopup(page));
      await popup.waitForSelector('.report .claims .claim');
      expect(await seriousViolations(popup)).toEqual([]);
      // prefers-reduced-motion: the switch moves without a transition.
      await raw(popup).emulateMedia({ reducedMotion: 'reduce' });
      expect(await popup.evaluate(() => getComputedStyle(document.querySelector('.switch-thumb')!).transitionDuration)).toBe('0s');
      const options = suite.track(await suite.session.openOptions(page));
      await options.waitForSelector('#opt-language');
      await options.waitForSelector('#record-list .record');
      expect(await seriousViolations(options)).toEqual([]);
    }
  });

  test('the side panel shows the page report and passes axe', async () => {
    const page = await suite.openArticle(PAGE);
    const tab = await suite.session.tabIdOf(page);
    const panel = suite.track(await suite.session.newPage(`${suite.session.extensionOrigin}/sidepanel.html?tab=${tab}`));
    await panel.waitForSelector('.panel .report .claims .claim');
    expect(await panel.text('h1')).toBe('Readout Lens: page report');
    expect(await panel.count('.claim[data-verdict="conflict"]')).toBeGreaterThan(0);
    expect(await panel.count('#open-panel')).toBe(0);
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.screenshot('reader-side-panel');
  });

  test('200 % zoom: the card fits the viewport; forced colours keep the verdicts apart', async () => {
    const page = await suite.openArticle(PAGE);
    // 200 % zoom of a 1280 × 900 window is a 640 × 450 CSS-pixel viewport.
    await raw(page).setViewportSize({ width: 640, height: 450 });
    await openCard(page);
    const fits = await page.evaluate(() => {
      const r = document.querySelector('[data-rl="ui"]')!.shadowRoot!.querySelector('.rl-card')!.getBoundingClientRect();
      return r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
    });
    expect(fits).toBe(true);
    await page.screenshot('reader-zoom-200');

    await raw(page).emulateMedia({ forcedColors: 'active' });
    const styles = await page.evaluate(() => {
      const of = (sel: string) => {
        const el = document.querySelector(sel);
        return el ? getComputedStyle(el).textDecorationStyle : null;
      };
      return { conflict: of('mark.rl-claim.rl-conflict'), supported: of('mark.rl-claim.rl-supported') };
    });
    expect(styles.conflict).toBe('wavy');
    expect(styles.supported).toBe('solid');
    await page.screenshot('reader-forced-colors');
  });
});
