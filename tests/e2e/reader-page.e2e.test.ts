// The reader's page, in both browsers: a calm default (conflicts loudest, supported quiet,
// unverified unmarked yet reachable by command) and the setting that marks unverified claims
// again; the combined card when a name inside a conflicting claim is hovered; a claim used with
// the keyboard alone (Tab to it, its card opens, Tab into the card, Esc back); and the icons in
// the built packages, with the "conflicts" state on the toolbar button. Saves the English card
// and popup screenshots the README shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BROWSERS, EXTENSION_DIRS, type TestPage } from './harness';
import {
  CARD, buttonTitle, cardText, claimHeads, focusIsAt, readerSuite, waitForCard, waitForNoCard, writeSettings,
} from './reader-helpers';

const PAGE = '/meridian-pentagon-talks.html';

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// Evaluated in the extension: what the background sends the active tab on the next-claim command.
async function stepToNextClaim(tabId: number): Promise<void> {
  const g = globalThis as unknown as {
    browser?: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
    chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
  };
  await (g.browser ?? g.chrome).tabs.sendMessage(tabId, { type: 'step-claim', direction: 'next' });
}

/** The share of an extension image's opaque pixels that are red, as the browser decodes it. */
function redShare(extensionPage: TestPage, path: string): Promise<number> {
  return extensionPage.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let opaque = 0;
    let red = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3]! < 200) continue;
      opaque++;
      if (data[i]! > 150 && data[i + 1]! < 100 && data[i + 2]! < 100) red++;
    }
    return opaque ? red / opaque : 0;
  }, path);
}

describe.each(BROWSERS)('reader page in %s', (browserName) => {
  const suite = readerSuite(browserName);
  const open = (path: string) => suite.openArticle(path);

  test('calm by default: conflicts loudest, supported quiet, unverified unmarked; the setting marks them again', async () => {
    const page = await open(PAGE);
    const heads = await claimHeads(page);
    const conflict = heads.find((h) => h.verdict === 'conflict')!;
    const supported = heads.find((h) => h.verdict === 'supported')!;
    const unverified = heads.filter((h) => h.verdict === 'unverified');
    expect(unverified.length).toBeGreaterThan(0);
    expect(conflict.decoration).toBe('underline wavy');
    expect(conflict.marker).toContain('✗');
    expect(supported.decoration).toBe('underline solid');
    for (const h of unverified) {
      expect(h).toMatchObject({ quiet: true, tabindex: '-1', marker: 'none' });
      expect(h.decoration).toMatch(/^none/);
    }
    await page.screenshot('reader-calm-default');

    // Unmarked, yet still reachable: the popup lists them and the command steps onto them.
    const popup = await suite.session.openPopup(page);
    suite.track(popup);
    await popup.waitForSelector('.claim[data-verdict="unverified"] .claim-unmarked');
    await popup.screenshot('reader-popup-en', { element: '.popup' });
    // Next claim (Alt+Shift+J becomes this message to the tab): each step focuses a claim, and
    // stepping through them all reaches every unmarked one.
    const tabId = await suite.session.tabIdOf(page);
    const stepped = new Set<string>();
    for (let i = 0; i < heads.length; i++) {
      await suite.session.extensionEval(stepToNextClaim, tabId);
      stepped.add(await focusIsAt(page));
    }
    expect(stepped.size).toBe(heads.length);
    for (const h of unverified) expect(stepped.has(h.id), `unverified claim ${h.id} reached`).toBe(true);

    await writeSettings(suite.session, { showUnverified: true });
    await page.waitFor(() => document.querySelectorAll('mark.rl-claim[data-rl-quiet]').length === 0);
    const shown = (await claimHeads(page)).filter((h) => h.verdict === 'unverified');
    expect(shown.length).toBe(unverified.length);
    for (const h of shown) {
      expect(h).toMatchObject({ quiet: false, tabindex: '0' });
      expect(h.decoration).toBe('underline dashed');
      expect(h.marker).toContain('?');
    }
    await page.screenshot('reader-unverified-shown');
  });

  test('hovering a name inside a conflicting claim opens the claim’s card, verdict first, the name as a line', async () => {
    const page = await open(PAGE);
    // A name in the story's opening paragraph (the README's picture of the card).
    const name = 'article > p mark.rl-claim.rl-conflict mark.rl-mention[data-rl-head]';
    await page.waitForSelector(name);
    await page.hover(name);
    await waitForCard(page);
    const text = await cardText(page);
    expect(text.startsWith('×') ? text.slice(1).trimStart() : text).toMatch(/^✗\s*Differs from the official summary/);
    const line = await page.evaluate(() =>
      (document.querySelector('[data-rl="ui"]')!.shadowRoot!.querySelector('.rl-entity-line') as HTMLElement | null)?.innerText ?? null);
    expect(line).toMatch(/^In this sentence:/);
    // Placed beside the whole sentence, never over the rest of it.
    const overlaps = await page.evaluate((sel) => {
      const claim = document.querySelector(sel)!.parentElement!.closest('mark.rl-claim')!;
      const id = claim.getAttribute('data-rl-id');
      const c = document.querySelector('[data-rl="ui"]')!.shadowRoot!.querySelector('.rl-card')!.getBoundingClientRect();
      return Array.from(document.querySelectorAll(`mark[data-rl-id="${id}"]`)).flatMap((m) => Array.from(m.getClientRects()))
        .some((r) => r.left < c.right && c.left < r.right && r.top < c.bottom && c.top < r.bottom);
    }, name);
    expect(overlaps).toBe(false);
    await page.screenshot('reader-card-en', { element: CARD });
    await page.screenshot('reader-page-card');
  });

  test('keyboard only: Tab reaches a claim and opens its card, Tab moves into it, Esc closes it and returns focus', async () => {
    const page = await open(PAGE);
    const heads = await claimHeads(page);
    const conflicts = new Set(heads.filter((h) => h.verdict === 'conflict').map((h) => h.id));
    const quiet = new Set(heads.filter((h) => h.quiet).map((h) => h.id));
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let at = 'none';
    for (let i = 0; i < 80 && !conflicts.has(at); i++) {
      await page.press('Tab');
      at = await focusIsAt(page);
      expect(quiet.has(at)).toBe(false); // unmarked claims are not Tab stops
    }
    expect(conflicts.has(at)).toBe(true);
    // What a screen reader hears of it: a button whose description says its verdict.
    const heard = await page.evaluate((id) => {
      const el = document.querySelector(`mark[data-rl-id="${id}"][data-rl-head]`)!;
      return { role: el.getAttribute('role'), description: el.getAttribute('aria-description') };
    }, at);
    expect(heard.role).toBe('button');
    expect(heard.description).toMatch(/^Readout Lens: differs from the official summary/);
    await waitForCard(page);
    const dialog = await page.evaluate((id) => {
      const card = document.querySelector('[data-rl="ui"]')!.shadowRoot!.querySelector('.rl-card')!;
      const head = document.querySelector(`mark[data-rl-id="${id}"][data-rl-head]`)!;
      return { role: card.getAttribute('role'), label: card.getAttribute('aria-label'), expanded: head.getAttribute('aria-expanded') };
    }, at);
    expect(dialog).toMatchObject({ role: 'dialog', expanded: 'true' });
    expect(dialog.label).toBeTruthy();
    await page.press('Tab');
    expect(await focusIsAt(page)).toBe('card');
    await page.press('Tab'); // on to the card's own controls, still inside it
    expect(await focusIsAt(page)).toBe('card');
    await page.press('Escape');
    await waitForNoCard(page);
    expect(await focusIsAt(page)).toBe(at);
    expect(await page.evaluate((id) => document.querySelector(`mark[data-rl-id="${id}"][data-rl-head]`)!.getAttribute('aria-expanded'), at)).toBe('false');
  });

  test('the built package carries the icons, and the toolbar button shows the conflicts state', async () => {
    const dir = EXTENSION_DIRS[browserName];
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
      icons: Record<string, string>;
      action?: { default_icon: Record<string, string> };
      browser_action?: { default_icon: Record<string, string> };
      default_locale: string;
    };
    expect(Object.keys(manifest.icons).sort()).toEqual(['128', '16', '32', '48']);
    for (const [size, path] of Object.entries(manifest.icons)) {
      expect(pngSize(join(dir, path))).toEqual({ width: Number(size), height: Number(size) });
      expect(pngSize(join(dir, path.replace('lens-', 'lens-conflict-')))).toEqual({ width: Number(size), height: Number(size) });
    }
    expect((manifest.action ?? manifest.browser_action)!.default_icon['16']).toBe('/icons/lens-16.png');
    expect(manifest.default_locale).toBe('en');
    // The side panel: Chrome's side_panel, Firefox's sidebar_action, both the same page.
    const panel = browserName === 'chromium'
      ? (manifest as { side_panel?: { default_path: string } }).side_panel?.default_path
      : (manifest as { sidebar_action?: { default_panel: string } }).sidebar_action?.default_panel;
    expect(panel).toBe('sidepanel.html');
    expect(readFileSync(join(dir, panel!), 'utf8')).toContain('id="app"');

    const page = await open(PAGE);
    await page.waitFor(() => true);
    const deadline = Date.now() + 10_000;
    while (!(await suite.session.badgeText(page)) && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 200));
    const count = Number(await suite.session.badgeText(page));
    expect(count).toBeGreaterThan(0);
    // The two states as drawn by the browser from the package: the conflicts icon is red, the
    // plain one is not (each size, read back from a canvas in an extension page).
    const popup = suite.track(await suite.session.openPopup(page));
    for (const path of Object.values(manifest.icons)) {
      const plain = await redShare(popup, path);
      const conflict = await redShare(popup, path.replace('lens-', 'lens-conflict-'));
      expect(plain, path).toBeLessThan(0.02);
      expect(conflict, path).toBeGreaterThan(0.2);
    }
    expect(await buttonTitle(suite.session, page)).toBe(
      count === 1 ? 'Readout Lens: 1 claim on this page differs from the official record' : `Readout Lens: ${count} claims on this page differ from the official record`,
    );
  });
});
