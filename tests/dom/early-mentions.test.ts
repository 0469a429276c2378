// @vitest-environment happy-dom
// Reading a page for the first time, the lens asks for the first section's mentions before its
// analysis and draws those in view at once: the reader sees highlights while the background is
// still checking the claims. The full result then takes their place, and nothing is left over.
import { afterEach, describe, expect, test } from 'vitest';
import { Lens, type LensOptions } from '../../entrypoints/news.content/lens';
import { immediateScheduler, type Scheduler } from '../../entrypoints/news.content/scheduler';
import type { PageAnalyzer } from '../../entrypoints/news.content/analyzer';
import type { BackgroundMessage } from '../../utils/messages';
import { fakeAnalyzer, fakeEngine, fixture, holding, installFakeIntersectionObserver, tick, type FakeEngineSpec } from './dom-helpers';

const spec: FakeEngineSpec = {
  aliases: { Hegseth: 'person/hegseth', Nakatani: 'person/nakatani', Tokyo: 'place/tokyo' },
  claims: [{ phrase: 'two hours', verdict: 'conflict' }],
};

/** Forty paragraphs, 100 px apart, the viewport at the top: a screen and a margin hold 0–26. */
function page(sentence: string): HTMLElement {
  const root = fixture(Array.from({ length: 40 }, (_, i) => `<p id="p${i}">${sentence}</p>`).join(''));
  for (const p of Array.from(root.querySelectorAll('p'))) {
    const top = Number(p.id.slice(1)) * 100;
    p.getBoundingClientRect = () => ({ top, bottom: top + 90, left: 0, right: 800, width: 800, height: 90, x: 0, y: top, toJSON() {} });
  }
  return root;
}
const inView = (p: Element) => Number(p.id.slice(1)) * 100 <= 2 * window.innerHeight;

/** An analyzer whose analysis answers only when `release` is called. */
const heldAnalyzer = (sent: BackgroundMessage[]) => holding(fakeAnalyzer(fakeEngine(spec), sent), 'analyze');

function lensWith(analyzer: PageAnalyzer, overrides: Partial<LensOptions> = {}): Lens {
  return new Lens({
    doc: document, analyzer, scheduler: immediateScheduler, source: () => 'https://news.example/a',
    showMentions: () => true, describe: (hl) => hl.id, onChange: () => {}, observe: false, ...overrides,
  });
}

async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !done(); i++) await tick(5);
}

let restoreIO: (() => void) | null = null;
let active: Lens | null = null;
afterEach(async () => {
  await active?.stop();
  active = null;
  restoreIO?.();
  restoreIO = null;
});

describe('mentions in view before the analysis', () => {
  test('are drawn while the analysis is awaited, and the full result takes their place', async () => {
    restoreIO = installFakeIntersectionObserver();
    const root = page('Hegseth met Nakatani in Tokyo for two hours.');
    const original = root.innerHTML;
    const sent: BackgroundMessage[] = [];
    const { analyzer, release } = heldAnalyzer(sent);
    const lens = (active = lensWith(analyzer));
    const started = lens.start();
    await until(() => root.querySelector('mark.rl-mention') !== null);
    expect(sent.map((m) => m.type)).toEqual(['find-mentions', 'analyze-text']);
    // In view only, mentions only: the claims wait for their check.
    const withMarks = Array.from(root.querySelectorAll('p')).filter((p) => p.querySelector('mark.rl-mention'));
    expect(withMarks.length).toBeGreaterThan(5);
    expect(withMarks.every(inView)).toBe(true);
    expect(withMarks.length).toBeLessThan(40);
    expect(root.querySelectorAll('mark.rl-claim')).toHaveLength(0);
    expect(withMarks[0]!.querySelectorAll('mark.rl-mention')).toHaveLength(3);
    expect(lens.report?.claims ?? []).toHaveLength(0);

    release();
    await started;
    for (const p of Array.from(root.querySelectorAll('p'))) {
      expect(p.querySelectorAll('mark.rl-claim')).toHaveLength(1);
      // Each name once: the early marks were replaced, not drawn over.
      expect(new Set(Array.from(p.querySelectorAll('mark.rl-mention'), (m) => m.getAttribute('data-rl-id'))).size).toBe(3);
      expect(p.textContent).toBe('Hegseth met Nakatani in Tokyo for two hours.');
    }
    expect(lens.report!.claims).toHaveLength(40);
    await lens.stop();
    expect(root.innerHTML).toBe(original);
  });

  test('which blocks are in view is asked while the mentions are awaited, not after', async () => {
    restoreIO = installFakeIntersectionObserver();
    const root = page('Hegseth met Nakatani in Tokyo for two hours.');
    const Fake = window.IntersectionObserver;
    let observers = 0;
    window.IntersectionObserver = class extends Fake { constructor(...args: ConstructorParameters<typeof Fake>) { super(...args); observers++; } } as typeof Fake;
    const { analyzer, release } = holding(fakeAnalyzer(fakeEngine(spec)), 'mentions');
    const lens = (active = lensWith(analyzer));
    const started = lens.start();
    await tick(30);
    expect(observers).toBe(1); // asked, with the mentions still out
    expect(root.querySelector('mark')).toBeNull();
    release();
    await started;
    expect(observers).toBe(1); // and not asked again
    expect(root.querySelectorAll('mark.rl-claim')).toHaveLength(40);
  });

  test('a page naming only places shows nothing early (its analysis may find it unrelated)', async () => {
    restoreIO = installFakeIntersectionObserver();
    const root = page('Lanterns over Tokyo this weekend.');
    const original = root.innerHTML;
    const { analyzer, release } = heldAnalyzer([]);
    const lens = (active = lensWith(analyzer));
    const started = lens.start();
    await tick(50);
    expect(root.innerHTML).toBe(original);
    release();
    await started;
    expect(lens.state).toBe('waiting');
    expect(root.innerHTML).toBe(original);
  });

  test('with mentions switched off, none are asked for', async () => {
    restoreIO = installFakeIntersectionObserver();
    page('Hegseth met Nakatani for two hours.');
    const sent: BackgroundMessage[] = [];
    const { analyzer, release } = heldAnalyzer(sent);
    const lens = (active = lensWith(analyzer, { showMentions: () => false }));
    release();
    await lens.start();
    expect(sent.map((m) => m.type)).toEqual(['analyze-text']);
    expect(document.querySelectorAll('mark.rl-claim')).toHaveLength(40);
    expect(document.querySelectorAll('mark.rl-mention')).toHaveLength(0);
  });

  test('a lens stopped while the analysis is awaited leaves the page as it was', async () => {
    restoreIO = installFakeIntersectionObserver();
    const root = page('Hegseth met Nakatani for two hours.');
    const original = root.innerHTML;
    const { analyzer, release } = heldAnalyzer([]);
    const lens = lensWith(analyzer);
    void lens.start();
    await until(() => root.querySelector('mark.rl-mention') !== null);
    expect(root.querySelector('mark.rl-mention')).not.toBeNull();
    await lens.stop();
    release();
    await lens.idle();
    await tick(20);
    expect(root.innerHTML).toBe(original);
  });

  test('a page with no text to read asks for nothing and reports no error', async () => {
    fixture('<p> </p>');
    document.title = 'A page with a title';
    const sent: BackgroundMessage[] = [];
    const errors: unknown[] = [];
    const { analyzer, release } = heldAnalyzer(sent);
    release();
    const lens = (active = lensWith(analyzer, { onError: (err) => errors.push(err) }));
    await lens.start();
    expect(errors).toEqual([]);
    expect(sent.filter((m) => m.type === 'find-mentions')).toEqual([]);
  });
});

describe('a giant page (read in sections, gated first)', () => {
  const limits = { sectionedFrom: 1_000, section: 600, lede: 100 };

  /** An analyzer whose gate answers (`related`, else the fake engine's answer) only when `release` is called. */
  function heldGate(sent: BackgroundMessage[], related?: boolean): { analyzer: PageAnalyzer; release(): void } {
    const inner = fakeAnalyzer(fakeEngine(spec), sent);
    return holding(related === undefined ? inner : { ...inner, related: async (text) => { await inner.related(text); return related; } }, 'related');
  }

  test('its first mentions are asked for before its gate and drawn while it is awaited; nothing is analysed before it answers', async () => {
    restoreIO = installFakeIntersectionObserver();
    const root = page('Hegseth met Nakatani in Tokyo for two hours.');
    const original = root.innerHTML;
    const sent: BackgroundMessage[] = [];
    const { analyzer, release } = heldGate(sent);
    const lens = (active = lensWith(analyzer, { limits }));
    const started = lens.start();
    await until(() => root.querySelector('mark.rl-mention') !== null);
    await tick(20);
    expect(sent.map((m) => m.type)).toEqual(['find-mentions', 'gate-text']);
    const withMarks = Array.from(root.querySelectorAll('p')).filter((p) => p.querySelector('mark.rl-mention'));
    expect(withMarks.length).toBeGreaterThan(0);
    expect(withMarks.every(inView)).toBe(true);
    expect(root.querySelectorAll('mark.rl-claim')).toHaveLength(0);
    release();
    await started;
    expect(sent.filter((m) => m.type === 'analyze-text').length).toBeGreaterThan(1);
    expect(root.querySelectorAll('mark.rl-claim')).toHaveLength(40);
    await lens.stop();
    expect(root.innerHTML).toBe(original);
  });

  test('one the gate finds unrelated is never analysed, and its early mentions are taken out', async () => {
    restoreIO = installFakeIntersectionObserver();
    const root = page('Hegseth met Nakatani in Tokyo for two hours.');
    const original = root.innerHTML;
    const sent: BackgroundMessage[] = [];
    const { analyzer, release } = heldGate(sent, false);
    const lens = (active = lensWith(analyzer, { limits }));
    const started = lens.start();
    await until(() => root.querySelector('mark.rl-mention') !== null);
    release();
    await started;
    expect(lens.state).toBe('waiting');
    expect(sent.map((m) => m.type)).toEqual(['find-mentions', 'gate-text']);
    expect(root.innerHTML).toBe(original);
  });

  test('its first analysis leaves at once, the others in sliced steps (sending them is serialising the whole text)', async () => {
    restoreIO = installFakeIntersectionObserver();
    page('Hegseth met Nakatani in Tokyo for two hours.');
    const sent: BackgroundMessage[] = [];
    const { analyzer, release } = heldGate(sent);
    const runs: Array<{ label: string; sentBefore: number; steps: number }> = [];
    const scheduler: Scheduler = {
      async run(steps, signal, label = 'work') {
        const run = { label, sentBefore: sent.filter((m) => m.type === 'analyze-text').length, steps: 0 };
        runs.push(run);
        const counted = { next: () => { const r = steps.next(); if (!r.done) run.steps++; return r; } } as Iterator<unknown>;
        return immediateScheduler.run(counted, signal, label);
      },
    };
    const lens = (active = lensWith(analyzer, { limits, scheduler }));
    release();
    await lens.start();
    const analyses = sent.filter((m) => m.type === 'analyze-text').length;
    expect(analyses).toBeGreaterThan(2);
    const send = runs.filter((r) => r.label === 'send');
    expect(send).toHaveLength(1);
    expect(send[0]).toMatchObject({ sentBefore: 1, steps: analyses - 1 });
  });
});

