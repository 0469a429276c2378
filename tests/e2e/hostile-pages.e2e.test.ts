// Hostile pages, part two: pages that are merely difficult (strict CSP and Trusted Types, forms,
// editable regions, code and SVG in the story, iframes and shadow roots, a page that never stops
// changing) and pages that attack from their own script world (overridden prototypes, forged
// messages and events). Each test checks that the page still works as it did, that no error of
// the extension reaches the console, and (where the page holds still) that switching off gives
// back the DOM exactly.
import { describe, expect, test } from 'vitest';
import { BROWSERS } from './harness';
import { GENUINE, cardBox, expectRestoredAfter, hostileSuite, lookOf, sleep, waitForGenuine } from './hostile-helpers';

describe.each(BROWSERS)('hostile pages in %s', (browserName) => {
  const suite = hostileSuite(browserName);

  test('strict CSP (no styles, no scripts) and enforced Trusted Types: highlighted, styled, card opens', async () => {
    await expectRestoredAfter(suite, '/csp.html', async (page) => {
      const head = `${GENUINE}.rl-mention[data-rl-head]`;
      expect((await lookOf(page, head))!.underline).toBe(true);
      const claim = `${GENUINE}.rl-claim[data-rl-head]:not([data-rl-quiet])`;
      if (await page.count(claim)) expect((await lookOf(page, claim))!.icon).toBe(true);
      await page.hover(head);
      await expect.poll(() => cardBox(page), { timeout: 5_000 }).not.toBeNull();
    });
    expect(suite.extensionErrors()).toEqual([]);
  });

  test('forms, editable regions, code and SVG are left untouched and keep working', async () => {
    await expectRestoredAfter(suite, '/furniture.html', async (page) => {
      expect(await page.count('#signup mark, #editor mark, #code mark, #chart mark, #chart [data-rl]')).toBe(0);
      await page.click('#go');
      expect(await page.evaluate(() => (window as unknown as { submitted?: number }).submitted)).toBe(1);
      expect(await page.evaluate(() => (document.getElementById('q') as HTMLInputElement).value)).toBe('Koizumi Hegseth DICAS');
      // Typing into the editable region changes only what the reader typed.
      await page.focus('#editor p');
      await page.press('End');
      await page.press('X');
      await sleep(page, 500);
      expect(await page.count('#editor mark')).toBe(0);
      expect(await page.text('#editor')).toContain('Koizumi and Hegseth met at the Ministry of Defense.');
      await page.press('Backspace');
      await sleep(page, 300);
    });
    expect(suite.extensionErrors()).toEqual([]);
  });

  test('iframes and shadow roots are not annotated (the story around them is)', async () => {
    const page = await suite.open('/embedded.html');
    await waitForGenuine(page);
    await sleep(page, 500);
    const inside = await page.evaluate(() => ({
      frame: (document.getElementById('frame') as HTMLIFrameElement).contentDocument?.querySelectorAll('mark').length ?? -1,
      open: document.getElementById('open-host')!.shadowRoot!.querySelectorAll('mark').length,
      closed: (window as unknown as { closedRoot: ShadowRoot }).closedRoot.querySelectorAll('mark').length,
    }));
    expect(inside).toEqual({ frame: 0, open: 0, closed: 0 });
    expect(suite.extensionErrors()).toEqual([]);
  });

  test('a page that never stops changing: bounded work, no loop, the page keeps its pace', async () => {
    const page = await suite.open('/endless.html');
    await waitForGenuine(page);
    const run = await page.evaluate(async () => {
      const w = window as unknown as { ticks(): number; markInsertions: number };
      const t0 = w.ticks();
      const m0 = w.markInsertions;
      const started = performance.now();
      await new Promise((ok) => setTimeout(ok, 3_000));
      return { ticks: w.ticks() - t0, marks: w.markInsertions - m0, ms: performance.now() - started };
    });
    console.log(`[hostile] ${browserName}: ${run.ticks} page updates and ${run.marks} marks re-inserted in ${Math.round(run.ms)} ms`);
    // The page's own 20 ms timer keeps most of its pace (heavily loaded machines run slow anyway).
    expect(run.ticks).toBeGreaterThan((run.ms / 20) * 0.5);
    // The ticker's block is read again at most every so often, never once per change.
    expect(run.marks).toBeLessThan(run.ticks);
    expect(await page.count(GENUINE)).toBeGreaterThan(0);
    expect(suite.extensionErrors()).toEqual([]);
  });

  test('overridden prototypes, forged messages and events change nothing', async () => {
    await expectRestoredAfter(suite, '/forged-api.html', async (page) => {
      await page.evaluate(() => (window as unknown as { forge(): void }).forge());
      await sleep(page, 800);
      // Still on; a synthetic pointerover or focusin opened no card.
      expect(await page.count(GENUINE)).toBeGreaterThan(0);
      const shown = () => page.evaluate(() => document.querySelector('[data-rl="ui"]')?.matches(':popover-open') ?? false);
      expect(await shown()).toBe(false);
      // A real focus does.
      await page.focus('#p1 mark[data-rl][data-rl-head]');
      await expect.poll(shown, { timeout: 5_000 }).toBe(true);
      await page.press('Escape');
      // The page's own overrides were never called by the extension (its world is its own).
      expect(await page.evaluate(() => (window as unknown as { overrides: number }).overrides)).toBeLessThan(50);
    });
    expect(suite.extensionErrors()).toEqual([]);
  });
});
