// The claim card quotes every official paragraph that bears on a claim, in both browsers: where
// the U.S. DoD readout and the Japan MoD summary both cover a claim, both paragraphs, each under
// whose account it is and with its own source link; a sentence's second outcome, the second
// paragraph; a Japanese article, the English summary's paragraph as the other language's text.
// The articles are the checker's own fixtures (tests/fixtures/articles), served as pages.
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, ROOT, launchExtension, startFixtureServer, type ExtensionSession, type FixtureServer, type TestPage } from './harness';
import { drawn, waitForCard, writeSettings } from './reader-helpers';

interface Figure { caption: string; text: string; lang: string | null; link: string | null; source: string }

/** The id of the claim highlight whose whole text matches `source` (a RegExp source). */
function claimIdMatching(page: TestPage, source: string): Promise<string | null> {
  return page.evaluate((src) => {
    const texts = new Map<string, string>();
    for (const m of Array.from(document.querySelectorAll<HTMLElement>('mark.rl-claim[data-rl-id]'))) {
      const id = m.dataset.rlId!;
      texts.set(id, (texts.get(id) ?? '') + m.textContent);
    }
    return [...texts].find(([, t]) => new RegExp(src).test(t))?.[0] ?? null;
  }, source);
}

/** The official paragraphs the open card quotes, in order. */
function figures(page: TestPage): Promise<Figure[]> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-rl="ui"]')!.shadowRoot!;
    return Array.from(root.querySelectorAll('figure.rl-official')).map((f) => ({
      caption: f.querySelector('.rl-official-label')?.textContent ?? '',
      text: f.querySelector('.rl-official-text')?.textContent ?? '',
      lang: f.querySelector('.rl-official-text')?.getAttribute('lang') ?? null,
      link: f.querySelector('a.rl-source-link')?.getAttribute('href') ?? null,
      source: f.querySelector('.rl-source')?.textContent ?? '',
    }));
  });
}

describe.each(BROWSERS)('the card quotes each account in %s', (browserName) => {
  let server: FixtureServer;
  let session: ExtensionSession;
  const opened: TestPage[] = [];
  beforeAll(async () => {
    server = await startFixtureServer(join(ROOT, 'tests/fixtures/articles'));
    session = await launchExtension(browserName, { server });
  });
  afterEach(async () => {
    for (const page of opened.splice(0)) await page.close().catch(() => {});
    await writeSettings(session, {});
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function cardFor(path: string, claim: RegExp): Promise<Figure[]> {
    const page = await session.newPage(path);
    opened.push(page);
    await page.waitForSelector('mark.rl-claim[data-rl-head]', { timeout: 20_000 });
    await drawn(page);
    const id = await claimIdMatching(page, claim.source);
    expect(id, `a highlighted claim matching ${claim}`).not.toBeNull();
    await page.focus(`mark.rl-claim[data-rl-head][data-rl-id="${id}"]`);
    await waitForCard(page);
    return figures(page);
  }

  test('a claim both governments\' accounts cover: the U.S. readout and the Japan MoD summary, each with its source', async () => {
    const shown = await cardFor('/wire-2024-07-29-tokyo.html', /Security Consultative Committee/);
    expect(shown.map((f) => f.caption)).toEqual(['U.S. DoD readout says:', 'Japan MoD summary says:']);
    expect(shown[0]!.text).toMatch(/Security Consultative Committee|2\+2/);
    expect(shown[1]!.lang).toBe('ja');
    expect(shown[1]!.text).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    // Each under its own source: the readout's address; the summary's file (its copy has no address).
    expect(shown[0]!.link).toMatch(/^https:\/\//);
    expect(shown[1]!.source).toMatch(/2024-07-29_mod-ja_summary_ja\.txt/);
    expect(shown[0]!.source).not.toBe(shown[1]!.source);
  });

  test('a two-outcome sentence quotes the second paragraph too', async () => {
    const shown = await cardFor('/analysis-2023-06-01-tokyo.html', /unilateral attempt/);
    expect(shown).toHaveLength(2);
    expect(shown[1]!.caption).toBe('The Japan MoD summary also says:');
    expect(shown[1]!.text).not.toBe(shown[0]!.text);
  });

  test('in the Japanese interface, a Japanese article shows the English summary\'s paragraph as its other language', async () => {
    await writeSettings(session, { language: 'ja' });
    const shown = await cardFor('/ja-glossary-2024-05-02-hawaii.html', /約45分間会談/);
    expect(shown.map((f) => f.caption)).toEqual(['防衛省の概要の記述：', '防衛省の概要（英語版）：']);
    expect(shown[1]!.lang).toBe('en');
    expect(shown[1]!.link).toMatch(/^https?:\/\/www\.mod\.go\.jp\/en\//);
  });
});
