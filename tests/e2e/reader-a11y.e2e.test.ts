// Accessibility in both browsers: axe-core (pinned) finds no serious or critical violation on
// the popup, the settings page, the highlights and an open card, in both languages and in the
// light and dark schemes (and on Chrome's side panel), with the card's text contrast computed
// too (1.4.3); the card stays inside the viewport at
// 200 % zoom (a half-size viewport) and is hoverable, dismissible and persistent (WCAG 1.4.13);
// forced colours keep the verdicts apart; the popup honours prefers-reduced-motion.
// Chromium emulates a scheme, forced colours or reduced motion per page; Firefox reads them from
// its profile, so each of those looks gets a Firefox of its own (screenshots of each).
import { describe, expect, test } from 'vitest';
import type { Page as PwPage } from 'playwright-core';
import type { Page as PptrPage } from 'puppeteer-core';
import { CARD, claimHeads, lowContrastInCard, readerSuite, seriousViolations, waitForCard, waitForNoCard, writeSettings } from './reader-helpers';
import { BROWSERS, type BrowserName, type TestPage } from './harness';

const PAGE = '/meridian-pentagon-talks.html';

type Look = 'dark' | 'forced-colors' | 'reduced-motion';
/** What a Firefox profile sets for each look (Chromium emulates it on the page instead). */
const FIREFOX_PREFS: Record<Look, Record<string, unknown>> = {
  dark: { 'ui.systemUsesDarkTheme': 1 },
  'forced-colors': { 'browser.display.document_color_use': 2 },
  'reduced-motion': { 'ui.prefersReducedMotion': 1 },
};
const QUERY: Record<Look, string> = {
  dark: '(prefers-color-scheme: dark)',
  'forced-colors': '(forced-colors: active)',
  'reduced-motion': '(prefers-reduced-motion: reduce)',
};

/** Puts `page` in the look (Chromium) and checks the page sees it (both). */
async function inLook(page: TestPage, look: Look): Promise<void> {
  if (page.browserName === 'chromium') {
    const raw = page.raw as PwPage;
    if (look === 'dark') await raw.emulateMedia({ colorScheme: 'dark' });
    if (look === 'forced-colors') await raw.emulateMedia({ forcedColors: 'active' });
    if (look === 'reduced-motion') await raw.emulateMedia({ reducedMotion: 'reduce' });
  }
  expect(await page.evaluate((q) => matchMedia(q).matches, QUERY[look]), `${look} in effect`).toBe(true);
}

/** Sets the CSS viewport: 640 × 450 is what a 1280 × 900 window shows at 200 % zoom. */
async function viewport(page: TestPage, width: number, height: number): Promise<void> {
  if (page.browserName === 'chromium') await (page.raw as PwPage).setViewportSize({ width, height });
  else {
    // puppeteer sets the viewport, then the screen orientation, which some Firefox ESR builds
    // do not know (emulation.setScreenOrientationOverride): the viewport is what this test
    // needs, and the wait below checks it took.
    await (page.raw as PptrPage).setViewport({ width, height }).catch((err: unknown) => {
      if (!/setScreenOrientationOverride/.test(String(err))) throw err;
    });
  }
  await page.waitFor((w) => innerWidth === w, width);
}

const openCard = async (page: TestPage) => {
  const conflict = (await claimHeads(page)).find((h) => h.verdict === 'conflict')!;
  await page.focus(`mark[data-rl-id="${conflict.id}"][data-rl-head]`);
  await waitForCard(page);
};

/** The card and our highlights pass axe, in English and in Japanese. */
async function cardAndHighlightsPass(suite: ReturnType<typeof readerSuite>, scheme: 'light' | 'dark'): Promise<void> {
  for (const language of ['en', 'ja'] as const) {
    await writeSettings(suite.session, { language, showUnverified: true });
    const page = await suite.openArticle(PAGE);
    if (scheme === 'dark') await inLook(page, 'dark');
    else expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(false);
    await openCard(page);
    expect(await seriousViolations(page, [['[data-rl="ui"]', '.rl-card']])).toEqual([]);
    expect(await lowContrastInCard(page)).toEqual([]);
    expect(await seriousViolations(page, [['article']], { oursOnly: true })).toEqual([]);
    await page.screenshot(`reader-a11y-card-${scheme}-${language}`, { element: CARD });
  }
}

describe.each(BROWSERS)('accessibility in %s', (browserName) => {
  const suite = readerSuite(browserName);

  test('an open card and the highlights, light scheme, both languages', async () => {
    await cardAndHighlightsPass(suite, 'light');
  });

  test('axe does run here: a nameless button planted in the card is reported', async () => {
    const page = await suite.openArticle(PAGE);
    await openCard(page);
    await page.evaluate(() => {
      document.querySelector('[data-rl="ui"]')!.shadowRoot!.querySelector('.rl-card')!.append(document.createElement('button'));
    });
    const found = await seriousViolations(page, [['[data-rl="ui"]', '.rl-card']]);
    expect(found.map((v) => v.id)).toContain('button-name');
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
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe(language);
      expect(await seriousViolations(popup)).toEqual([]);
      const options = suite.track(await suite.session.openOptions(page));
      await options.waitForSelector('#opt-language');
      await options.waitForSelector('#record-list .record');
      expect(await seriousViolations(options)).toEqual([]);
    }
  });

  test('200 % zoom: the card fits the viewport', async () => {
    const page = await suite.openArticle(PAGE);
    await viewport(page, 640, 450);
    await openCard(page);
    const fits = await page.evaluate(() => {
      const r = document.querySelector('[data-rl="ui"]')!.shadowRoot!.querySelector('.rl-card')!.getBoundingClientRect();
      return r.width > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
    });
    expect(fits).toBe(true);
    await page.screenshot('reader-zoom-200');
  });

  test('WCAG 1.4.13: the hover card is hoverable, persistent and dismissible', async () => {
    const page = await suite.openArticle(PAGE);
    const conflict = (await claimHeads(page)).find((h) => h.verdict === 'conflict')!;
    const head = `mark[data-rl-id="${conflict.id}"][data-rl-head]`;
    await page.evaluate((sel) => document.querySelector(sel)!.scrollIntoView({ block: 'center' }), head);
    await page.hover(head);
    await waitForCard(page);
    // Hoverable: the pointer moves from the sentence onto the card, and the card stays.
    await page.hover(CARD);
    await new Promise((ok) => setTimeout(ok, 1_500));
    expect(await page.count(CARD)).toBe(1);
    // Persistent: no timeout takes it away while the pointer rests on it.
    await new Promise((ok) => setTimeout(ok, 3_000));
    expect(await page.count(CARD)).toBe(1);
    // Dismissible without moving the pointer or the focus: Esc closes it, and it stays closed.
    await page.hover(head);
    await page.press('Escape');
    await waitForNoCard(page);
    await new Promise((ok) => setTimeout(ok, 1_500));
    expect(await page.count(CARD)).toBe(0);
  });

  if (browserName === 'chromium') {
    // Chrome's side panel; Firefox's sidebar is the same page (side-panel.e2e.test.ts), but its
    // driver cannot open a moz-extension:// address in a tab.
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
  }
});

/** A browser in the look: Chromium as it comes (the test emulates), Firefox with the profile's prefs. */
const lookSuite = (browserName: BrowserName, look: Look) =>
  readerSuite(browserName, browserName === 'firefox' ? { firefoxPrefs: FIREFOX_PREFS[look] } : {});

describe.each(BROWSERS)('dark scheme in %s', (browserName) => {
  const suite = lookSuite(browserName, 'dark');
  test('an open card and the highlights pass axe, both languages', async () => {
    await cardAndHighlightsPass(suite, 'dark');
  });

  test('the popup and the settings page pass axe', async () => {
    const page = await suite.openArticle(PAGE);
    const popup = suite.track(await suite.session.openPopup(page));
    await popup.waitForSelector('.report .claims .claim');
    await inLook(popup, 'dark');
    expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)');
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.screenshot('reader-popup-dark', { element: '.popup' });
    const options = suite.track(await suite.session.openOptions(page));
    await options.waitForSelector('#record-list .record');
    await inLook(options, 'dark');
    expect(await seriousViolations(options)).toEqual([]);
  });
});

describe.each(BROWSERS)('forced colours in %s', (browserName) => {
  const suite = lookSuite(browserName, 'forced-colors');
  test('the verdicts stay apart by line style, colour and thickness', async () => {
    const page = await suite.openArticle(PAGE);
    const before = await page.evaluate(() => getComputedStyle(document.querySelector('mark.rl-claim.rl-conflict')!).textDecorationThickness);
    await inLook(page, 'forced-colors');
    const styles = await page.evaluate(() => {
      const of = (sel: string) => {
        const s = getComputedStyle(document.querySelector(sel)!);
        return { line: s.textDecorationStyle, color: s.textDecorationColor, thickness: s.textDecorationThickness };
      };
      return { conflict: of('mark.rl-claim.rl-conflict'), supported: of('mark.rl-claim.rl-supported') };
    });
    if (browserName === 'chromium') expect(before).not.toBe('3px'); // the forced-colours rule is what makes it 3px
    expect(styles.conflict.line).toBe('wavy');
    expect(styles.supported.line).toBe('solid');
    expect(styles.conflict.thickness).toBe('3px');
    expect(styles.conflict.color).not.toBe(styles.supported.color);
    await openCard(page);
    await page.screenshot('reader-forced-colors');
  });
});

describe.each(BROWSERS)('reduced motion in %s', (browserName) => {
  const suite = lookSuite(browserName, 'reduced-motion');
  test('the popup’s switch moves without a transition', async () => {
    const page = await suite.openArticle(PAGE);
    const popup = suite.track(await suite.session.openPopup(page));
    await popup.waitForSelector('.switch-thumb');
    if (browserName === 'chromium') {
      // Without the preference the switch slides; with it, it does not.
      expect(await popup.evaluate(() => getComputedStyle(document.querySelector('.switch-thumb')!).transitionDuration)).not.toBe('0s');
    }
    await inLook(popup, 'reduced-motion');
    expect(await popup.evaluate(() => getComputedStyle(document.querySelector('.switch-thumb')!).transitionDuration)).toBe('0s');
  });
});
