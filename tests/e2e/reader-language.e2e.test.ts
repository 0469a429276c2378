// The interface in Japanese, in both browsers: on a browser set to Japanese the card, the
// highlight descriptions, people's and places' descriptions, the popup (its reasons for the
// meeting too), the settings page (its import errors too) and the toolbar tooltip speak Japanese,
// with the article's and the record's words quoted as written; the language setting overrides
// the browser's. Saves the Japanese card and popup screenshots the README shows.
import { describe, expect, test } from 'vitest';
import { BROWSERS, type TestPage } from './harness';
import { bundledRecords } from '../../data/records';
import { gazetteer } from '../../data/gazetteer';
import { CARD, buttonTitle, cardText, claimHeads, drawn, readerSuite, waitForCard, writeSettings } from './reader-helpers';

const JAPANESE = /[\u3040-\u30ff]/;
const JAPANESE_TEXT = /[\u3040-\u30ff\u3400-\u9fff]/;
const RECORD = bundledRecords.find((r) => r.language === 'en')!;

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
    // Why this meeting: the engine's reasons in Japanese, the gazetteer's Japanese names.
    await popup.click('.meeting-why summary');
    const why = await popup.evaluate(() => {
      const list = document.querySelector('.meeting-why ul')!;
      return { lang: list.getAttribute('lang'), items: [...list.querySelectorAll('li')].map((li) => li.textContent ?? '') };
    });
    expect(why.lang).toBeNull();
    expect(why.items.length).toBeGreaterThanOrEqual(2);
    for (const item of why.items) expect(item).toMatch(JAPANESE_TEXT);
    // The page's meeting (30 March 2025): its participants by the gazetteer's Japanese names.
    const meetingRecord = bundledRecords.find((r) => r.meeting.date === '2025-03-30')!;
    const namesJa = meetingRecord.meeting.participants.map((p) => gazetteer.find((e) => e.id === p.entity)?.nameJa).filter((n): n is string => !!n);
    expect(namesJa.length).toBeGreaterThan(0);
    for (const name of namesJa) expect(why.items.join(' ')).toContain(name);
    expect(why.items.join(' ')).not.toMatch(/\b(?:participants|fits|published)\b/);
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

  test('a person or a place is described in Japanese, from the gazetteer the background sends', async () => {
    // A name outside any marked claim opens its own card (inside one, the claim's card leads).
    const page = track(await suite.session.newPage('/meridian-pentagon-talks.html'));
    await page.waitForSelector('mark.rl-claim.rl-conflict[data-rl-head]', { timeout: 20_000 });
    await drawn(page);
    const ids = await page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('mark.rl-mention[data-rl-head]'))
      .filter((m) => !m.parentElement?.closest('mark.rl-claim:not([data-rl-quiet])'))
      .map((m) => m.dataset.rlId!));
    expect(ids.length).toBeGreaterThan(0);
    let described: { kind: string; text: string; lang: string | null } | null = null;
    for (const id of ids.slice(0, 12)) {
      await page.hover(`mark[data-rl-id="${id}"][data-rl-head]`);
      await page.waitFor(() => !!document.querySelector('[data-rl="ui"]')?.shadowRoot?.querySelector('.rl-entity-card'));
      const seen = await page.evaluate(() => {
        const card = document.querySelector('[data-rl="ui"]')!.shadowRoot!.querySelector('.rl-entity-card')!;
        const desc = card.querySelector('.rl-entity-desc');
        return { kind: card.querySelector('.rl-entity-kind')?.textContent ?? '', text: desc?.textContent ?? '', lang: desc?.getAttribute('lang') ?? null };
      });
      if (seen.kind === '人物' || seen.kind === '場所') {
        described = seen;
        break;
      }
      await page.press('Escape');
    }
    expect(described, 'an entity card for a person or a place').not.toBeNull();
    expect(described!.lang).toBe('ja');
    expect(described!.text).toMatch(JAPANESE_TEXT);
    expect(described!.text).not.toMatch(/\b(?:the|of|and|since|in)\b/); // not the English description
  });

  test('a record file failing the schema is explained in Japanese in the settings', async () => {
    const options = track(await suite.session.openOptions());
    await options.waitForSelector('#import-text');
    await options.fill('#import-text', JSON.stringify({ ...RECORD, meeting: { ...RECORD.meeting, date: '2026/01/15' } }, null, 2));
    await options.click('#import-paste');
    await options.waitForSelector('#import-error');
    const text = await options.text('#import-error');
    expect(text).toMatch(/\d+行目（meeting\.date）：YYYY-MM-DD 形式の日付が必要です/);
    expect(text).not.toMatch(/expected/);
    // A file that is not JSON at all: the Japanese sentence, the browser's own words beside it.
    await options.fill('#import-text', '{"id": 1');
    await options.click('#import-paste');
    await options.waitFor(() => document.getElementById('import-error')?.textContent?.includes('JSON'));
    expect(await options.text('#import-error')).toMatch(/1行目：JSONとして正しくありません。ブラウザーのメッセージ：/);
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
