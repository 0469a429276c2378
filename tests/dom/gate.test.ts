// @vitest-environment happy-dom
// The always-injected gate (entrypoints/gate/gate.ts) with fakes for the browser: it asks
// once with the page's text; a page about nothing alliance-related is asked about again when
// related content arrives later, when the site is switched on and after a client-side
// navigation; the popup gets a report-less answer until the lens takes over; and once the lens
// runs the gate asks nothing more.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { startGate, type Gate, type GateDeps } from '../../entrypoints/gate/gate';
import { leaveHandOver, takeHandOver } from '../../utils/lens-hand-over';
import type { PageSettings } from '../../utils/content-messages';
import { fixture, tick } from './dom-helpers';
import { createEngine } from '../../engine';
import { bundledRecords } from '../../data/records';
import { gazetteer } from '../../data/gazetteer';
import { gateAnswer } from '../../utils/analysis-service';
import { onExtensionGone } from '../../entrypoints/news.content/extension-gone';

/** The background's engine, for the tests of the quick reading's answer. */
const engine = createEngine({ records: bundledRecords, gazetteer });

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

/** The background's gate answer on a text (by default: the names above, anywhere). */
type Answer = (text: string | null, joined: boolean) => Pick<PageSettings, 'related' | 'recheck'>;
const byNames: Answer = (text) => ({ related: related(text) });

/**
 * A gate over the fake background: `site` says whether the site is on; `asked` lists the texts
 * sent, `joined` whether each was the quick reading.
 */
function begin(site = { on: true }, gateOf: Answer = byNames, more: Partial<GateDeps> = {}) {
  const asked: Array<string | null> = [];
  const joined: boolean[] = [];
  /** The answers that would have injected the lens (the background's rule). */
  const loads: PageSettings[] = [];
  const handed: Array<Promise<PageSettings>> = [];
  let settingsChanged = () => {};
  let navigated = () => {};
  gate = startGate({
    doc: document,
    async ask(text, quick) {
      asked.push(text);
      joined.push(quick);
      await tick(1);
      const answer = site.on ? { ...BASE, ...gateOf(text, quick) } : { ...BASE, enabled: false };
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
    ...more,
  });
  return { asked, joined, loads, handed, settingsChanged: () => settingsChanged(), navigated: () => navigated() };
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

test('the page is read quickly first; where blocks ran together over a name, exactly, and the exact reading decides', async () => {
  // Minified markup: no space between the blocks, so the quick reading runs "Markets" into "Hegseth".
  document.body.append(fixture('<nav><a href="/">Home</a><a href="/m">Markets</a></nav><h1>Hegseth visits Tokyo</h1>'));
  const g = begin({ on: true }, (text, quick) => gateAnswer(engine, text ?? '', quick));
  await vi.waitFor(() => expect(gate!.phase).toBe('loading'));
  expect(g.asked[0]).toContain('MarketsHegseth');
  expect(g.asked[1]).toMatch(/Markets\s+Hegseth/);
  expect(g.joined).toEqual([true, false]);
  expect(g.loads).toHaveLength(1);
  expect(gate!.phase).toBe('loading');
  await expect(g.handed.at(-1)).resolves.toMatchObject({ related: true });
});

test('an unrelated page whose quick reading hides nothing is asked about once', async () => {
  document.body.append(fixture('<nav><a href="/">Home</a><a href="/s">Sports</a></nav><h1>Bus timetable</h1><p>The council approved it.</p>'));
  const g = begin({ on: true }, (text, quick) => gateAnswer(engine, text ?? '', quick));
  await vi.waitFor(() => expect(gate!.phase).toBe('waiting'));
  await tick(10);
  expect(g.joined).toEqual([true]);
  expect(g.loads).toEqual([]);
  expect(gate!.phase).toBe('waiting');
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

test('once the extension is gone, the next content added stops the gate instead of asking', async () => {
  document.body.append(paragraph('The city council approved a new bus timetable.'));
  const extension = { there: true };
  let gone = 0;
  const g = begin({ on: true }, byNames, { alive: () => extension.there, onGone: () => void gone++ });
  await tick(5);
  expect(gate!.phase).toBe('waiting');
  extension.there = false; // reloaded or removed: nothing on the page is told
  document.body.append(paragraph('Later: Nakatani spoke with Hegseth by phone.'));
  await tick(30);
  expect(g.asked).toHaveLength(1);
  expect(g.loads).toEqual([]);
  expect(gone).toBe(1);
  expect(gate!.handle({ type: 'get-report' }, 'https://news.example/a')).toBeUndefined();
  // Stopped: more content, a navigation or a settings change asks nothing and tears down nothing twice.
  document.body.append(paragraph('More on Hegseth.'));
  g.navigated();
  g.settingsChanged();
  await tick(30);
  expect(g.asked).toHaveLength(1);
  expect(gone).toBe(1);
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
