// Text inside a story that is not the story is not read as claims, in both browsers: an
// explainer (definition) box, a 「ことば」 glossary box, a "Read more" line and a list of other
// stories' headlines carry no claim marks and are not in the popup's list, even with unverified
// claims shown. The control page holds the same sentences as plain story paragraphs, where each
// is a conflicting claim, so the test fails if the side texts were merely unreadable.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BROWSERS, ROOT, type TestPage } from './harness';
import { claimHeads, readerSuite, writeSettings } from './reader-helpers';

const SIDE_TEXTS = ['#explainer', '#kotoba', '#read-more', '#headlines'];
/** A word of each side text's planted claim: four-hour, 約5時間, six-hour, seven-hour, eight-hour. */
const PLANTED = /four-hour|約5時間|six-hour|seven-hour|eight-hour/;

/** Per side text, the verdicts of the claims marked inside it. */
function verdictsInside(page: TestPage): Promise<Record<string, string[]>> {
  return page.evaluate((selectors) => Object.fromEntries(selectors.map((sel) => [sel,
    Array.from(document.querySelectorAll(`${sel} mark.rl-claim[data-rl-head]`))
      .map((m) => ['conflict', 'supported', 'unverified'].find((v) => m.classList.contains(`rl-${v}`)) ?? '?')])), SIDE_TEXTS);
}

async function popupClaims(suite: ReturnType<typeof readerSuite>, page: TestPage): Promise<string[]> {
  const popup = suite.track(await suite.session.openPopup(page));
  await popup.waitForSelector('.report .claims .claim');
  return popup.evaluate(() => Array.from(document.querySelectorAll('.report .claims .claim')).map((c) => c.textContent ?? ''));
}

describe.each(BROWSERS)('side texts in %s', (browserName) => {
  const suite = readerSuite(browserName, { pagesDir: join(ROOT, 'tests/fixtures/reader') });

  test('control: the same sentences as story paragraphs are conflicting claims', async () => {
    await writeSettings(suite.session, { showUnverified: true });
    const page = await suite.openArticle('/side-texts-as-story.html');
    const inside = await verdictsInside(page);
    for (const sel of SIDE_TEXTS) expect(inside[sel], sel).toContain('conflict');
    const listed = await popupClaims(suite, page);
    expect(listed.filter((c) => PLANTED.test(c)).length).toBe(5);
  });

  test('an explainer box, a glossary box, a "Read more" line and other stories’ headlines are not claims', async () => {
    await writeSettings(suite.session, { showUnverified: true });
    const page = await suite.openArticle('/side-texts.html');
    // The story itself is read: its two-hour sentence conflicts with the record.
    expect((await claimHeads(page)).some((h) => h.verdict === 'conflict')).toBe(true);
    expect(await verdictsInside(page)).toEqual(Object.fromEntries(SIDE_TEXTS.map((sel) => [sel, []])));
    const listed = await popupClaims(suite, page);
    expect(listed.some((c) => c.includes('two-hour'))).toBe(true);
    expect(listed.filter((c) => PLANTED.test(c))).toEqual([]);
    await page.screenshot('reader-side-texts');
  });
});
