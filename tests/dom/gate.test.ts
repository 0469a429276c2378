// @vitest-environment happy-dom
// The always-injected gate (entrypoints/gate.content/gate.ts) with fakes for the browser: it asks
// once with the page's text; a page about nothing alliance-related is asked about again when
// related content arrives later, when the site is switched on and after a client-side
// navigation; the popup gets a report-less answer until the lens takes over; and once the lens
// runs the gate asks nothing more.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { startGate, type Gate } from '../../entrypoints/gate.content/gate';
import { leaveHandOver, takeHandOver } from '../../utils/lens-hand-over';
import type { PageSettings } from '../../utils/content-messages';
import { tick } from './dom-helpers';
import { onExtensionGone } from '../../entrypoints/news.content/extension-gone';

const BASE: PageSettings = { enabled: true, showMentions: true, showMinorFlags: true, showUnverified: false, language: 'auto' };
const related = (text: string | null) => text === null || /Hegseth|Nakatani/.test(text);

let gate: Gate | null = null;
beforeEach(() => document.body.replaceChildren());
afterEach(() => {
  gate?.dispose();
  gate = null;
});

function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

/** A gate over the fake background: `site` says whether the site is on; `asked` lists the texts sent. */
function begin(site = { on: true }) {
  const asked: Array<string | null> = [];
  /** The answers that would have injected the lens (the background's rule). */
  const loads: PageSettings[] = [];
  const handed: Array<Promise<PageSettings>> = [];
  let settingsChanged = () => {};
  let navigated = () => {};
  gate = startGate({
    doc: document,
    async ask(text) {
      asked.push(text);
      await tick(1);
      const answer = site.on ? { ...BASE, related: related(text) } : { ...BASE, enabled: false };
      if (answer.enabled && answer.related !== false) loads.push(answer);
      return answer;
    },
    handOver: (settings) => void handed.push(settings),
    watchSettings(onChange) {
      settingsChanged = onChange;
      return () => (settingsChanged = () => {});
    },
    watchNavigation(onNewPage) {
      navigated = onNewPage;
      return () => (navigated = () => {});
    },
    throttleMs: 10,
    navigationSettleMs: 10,
  });
  return { asked, loads, handed, settingsChanged: () => settingsChanged(), navigated: () => navigated() };
}

test('a related page is asked about once, and the answer is handed to the lens', async () => {
  document.body.append(paragraph('Defense Minister Nakatani met Secretary Hegseth.'));
  const g = begin();
  await tick(5);
  expect(g.asked).toEqual([expect.stringContaining('Nakatani')]);
  expect(g.loads).toHaveLength(1);
  expect(gate!.phase).toBe('loading');
  await expect(g.handed[0]).resolves.toMatchObject({ related: true, enabled: true });
});

test('an unrelated page: the popup is told "waiting", not an error, and nothing loads', async () => {
  document.body.append(paragraph('The city council approved a new bus timetable.'));
  const g = begin();
  await tick(5);
  expect(g.loads).toEqual([]);
  expect(gate!.handle({ type: 'get-report' }, 'https://news.example/a')).toEqual({ url: 'https://news.example/a', active: true, report: null, phase: 'waiting' });
  expect(gate!.handle({ type: 'step-claim', direction: 'next' }, 'https://news.example/a')).toEqual({ ok: false, error: 'no claims are highlighted on this page' });
});

test('related content added later is asked about (its text only) and loads the lens', async () => {
  document.body.append(paragraph('The city council approved a new bus timetable.'));
  const g = begin();
  await tick(5);
  document.body.append(paragraph('Weather: sunny.'));
  await tick(30);
  expect(g.loads).toEqual([]);
  document.body.append(paragraph('Later: Nakatani spoke with Hegseth by phone.'));
  await tick(30);
  expect(g.asked.at(-1)).toBe('Later: Nakatani spoke with Hegseth by phone.');
  expect(g.loads).toHaveLength(1);
  expect(gate!.phase).toBe('loading');
});

test('a site switched off is asked about again when the settings change', async () => {
  document.body.append(paragraph('Defense Minister Nakatani met Secretary Hegseth.'));
  const site = { on: false };
  const g = begin(site);
  await tick(5);
  expect(g.loads).toEqual([]);
  expect(gate!.handle({ type: 'get-report' }, 'https://news.example/a')).toMatchObject({ active: false, phase: 'off' });
  // Switched off, the gate does not watch the page.
  document.body.append(paragraph('More on Hegseth.'));
  await tick(30);
  expect(g.asked).toHaveLength(1);
  site.on = true;
  g.settingsChanged();
  await tick(5);
  expect(g.loads).toHaveLength(1);
});

test('a client-side navigation to a related page loads the lens', async () => {
  document.body.append(paragraph('The city council approved a new bus timetable.'));
  const g = begin();
  await tick(5);
  // The router swaps the page's content without the observer's help (it stops seeing additions
  // here only to show that navigation alone re-reads the page).
  document.body.replaceChildren(paragraph('Nakatani and Hegseth held talks.'));
  g.navigated();
  await tick(40);
  expect(g.loads.length).toBeGreaterThanOrEqual(1);
  expect(g.asked.at(-1)).toContain('Nakatani');
});

test('once the lens has started, the gate neither asks nor answers', async () => {
  document.body.append(paragraph('The city council approved a new bus timetable.'));
  const g = begin();
  await tick(5);
  gate!.lensStarted();
  document.body.append(paragraph('Nakatani spoke with Hegseth.'));
  g.settingsChanged();
  g.navigated();
  await tick(40);
  expect(g.asked).toHaveLength(1);
  expect(gate!.handle({ type: 'get-report' }, 'https://news.example/a')).toBeUndefined();
});

test('toggle-highlights pauses the gate and asks again when toggled back', async () => {
  document.body.append(paragraph('The city council approved a new bus timetable.'));
  const g = begin();
  await tick(5);
  expect(gate!.handle({ type: 'toggle-highlights' }, 'https://news.example/a')).toEqual({ ok: true });
  expect(gate!.handle({ type: 'get-report' }, 'https://news.example/a')).toMatchObject({ active: false, phase: 'off' });
  document.body.append(paragraph('Nakatani spoke with Hegseth.'));
  await tick(30);
  expect(g.loads).toEqual([]);
  gate!.handle({ type: 'toggle-highlights' }, 'https://news.example/a');
  await tick(5);
  expect(g.loads).toHaveLength(1);
});

test('the hand-over is taken once, and a second lens in the same world finds one running', async () => {
  const world = {};
  let started = 0;
  leaveHandOver(world, { settings: Promise.resolve(BASE), started: () => void started++ });
  const first = takeHandOver(world);
  expect(first.running).toBe(false);
  await expect(first.handOver!.settings).resolves.toEqual(BASE);
  first.handOver!.started();
  expect(started).toBe(1);
  expect(takeHandOver(world)).toMatchObject({ running: true, handOver: null });
  first.release();
  expect(takeHandOver(world)).toMatchObject({ running: false, handOver: null });
  // Something else under the key (not a hand-over) is not taken for one.
  (world as Record<string, unknown>).__readoutLensHandOver = { settings: 'yes', started: 1 };
  expect(takeHandOver({ ...world }).handOver).toBeNull();
});

test('a forged invalidation tears nothing down; the runtime gone does, once', async () => {
  let invalidated = () => {};
  let id: string | undefined = 'ext';
  let torn = 0;
  onExtensionGone({ onInvalidated: (fn) => (invalidated = fn) }, () => id, () => void torn++, 10);
  invalidated(); // a page script's forged "content script started" event
  await tick(25);
  expect(torn).toBe(0);
  id = undefined; // reloaded: the runtime is gone
  await tick(25);
  invalidated();
  expect(torn).toBe(1);
});
