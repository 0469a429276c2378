// The interface in Japanese, in both browsers: on a browser set to Japanese the card, the
// highlight descriptions, the popup, the settings page and the toolbar tooltip speak Japanese,
// with the article's and the record's words quoted as written; the language setting overrides
// the browser's. Saves the Japanese card and popup screenshots the README shows.
import { describe, expect, test } from 'vitest';
import { BROWSERS, type TestPage } from './harness';
import { CARD, buttonTitle, cardText, claimHeads, readerSuite, waitForCard, writeSettings } from './reader-helpers';

const JAPANESE = /[\u3040-\u30ff]/;

describe.each(BROWSERS)('Japanese interface in %s', (browserName) => {
  const suite = readerSuite(browserName, { language: 'ja' });
  const track = <P extends TestPage>(page: P) => suite.track(page);

  test('the card of a conflicting claim is in Japanese; both sides are quoted as written', async () => {
    const page = track(await suite.session.newPage('/toto-shimbun-nichibei.html'));
    await page.waitForSelector('mark.rl-claim.rl-conflict[data-rl-head]', { timeout: 20_000 });
    const conflict = (await claimHeads(page)).find((h) => h.verdict === 'conflict')!;
    expect(conflict.description).toMatch(/^Readout Lens：公式概要と食い違い/);
    await page.focus(`mark[data-rl-id="${conflict.id}"][data-rl-head]`);
    await waitForCard(page);
    const text = await cardText(page);
    expect(text).toContain('公式概要と食い違い');
    expect(text).toContain('記事：');
    expect(text).toContain('公式：');
    expect(text).toContain('約3時間'); // the article's words
    expect(text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/); // the record's date, formatted for Japanese
    expect(text).not.toMatch(/Differs|Article:|Official summary says/);
    const lang = await page.evaluate(() => document.querySelector('[data-rl="ui"]')!.shadowRoot!.querySelector('.rl-card')!.getAttribute('lang'));
    expect(lang).toBe('ja');
    await page.screenshot('reader-card-ja', { element: CARD });
  });

  test('the popup, the toolbar tooltip and the settings page are in Japanese', async () => {
    const page = track(await suite.session.newPage('/toto-shimbun-nichibei.html'));
    await page.waitForSelector('mark.rl-claim.rl-conflict[data-rl-head]', { timeout: 20_000 });
    const popup = track(await suite.session.openPopup(page));
    await popup.waitForSelector('.report .claims .claim');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('ja');
    expect(await popup.text('.counts')).toContain('食い違い');
    expect(await popup.text('.meeting-when')).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    expect(await popup.text('#open-settings')).toBe('設定・公式記録・書き出し');
    await popup.screenshot('reader-popup-ja', { element: '.popup' });

    await page.waitFor(() => true);
    const title = await buttonTitle(suite.session, page);
    expect(title).toMatch(/^Readout Lens：/);
    expect(title).toMatch(JAPANESE);

    const options = track(await suite.session.openOptions());
    await options.waitForSelector('#opt-language');
    expect(await options.text('h1')).toBe('Readout Lens の設定');
    expect(await options.text('#switches-h')).toBe('スイッチ');
  });

  test('the language setting overrides the browser’s: English on a Japanese browser', async () => {
    await writeSettings(suite.session, { language: 'en' });
    const page = track(await suite.session.newPage('/toto-shimbun-nichibei.html'));
    await page.waitForSelector('mark.rl-claim.rl-conflict[data-rl-head]', { timeout: 20_000 });
    const conflict = (await claimHeads(page)).find((h) => h.verdict === 'conflict')!;
    expect(conflict.description).toMatch(/^Readout Lens: differs from the official summary/);
    await page.focus(`mark[data-rl-id="${conflict.id}"][data-rl-head]`);
    await waitForCard(page);
    const text = await cardText(page);
    expect(text).toContain('Differs from the official summary');
    expect(text).toContain('約3時間'); // the article is still quoted as written
    const popup = track(await suite.session.openPopup(page));
    await popup.waitForSelector('.report .claims .claim');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await popup.text('#open-settings')).toBe('Settings, records and export');
  });
});
