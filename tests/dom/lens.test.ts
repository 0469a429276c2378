// @vitest-environment happy-dom
// The whole pipeline on a page: the cheap gate, drawing, keeping up with a page that changes
// (without reacting to our own changes), and stop() as the one-call undo.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Highlighter } from '../../entrypoints/news.content/apply';
import { Lens, type LensOptions, type PageCounts } from '../../entrypoints/news.content/lens';
import { PageText } from '../../entrypoints/news.content/page-text';
import { immediateScheduler, slicedScheduler } from '../../entrypoints/news.content/scheduler';
import type { Report } from '../../engine/report';
import { fakeAnalyzer, fakeEngine, fixture, fragment, installFakeIntersectionObserver, tick, type FakeEngineSpec } from './dom-helpers';

const spec: FakeEngineSpec = {
  aliases: { Hegseth: 'person/hegseth', Nakatani: 'person/nakatani', Tokyo: 'place/tokyo', 'SM-3 Block IIA': 'system/sm-3-block-iia' },
  claims: [
    { phrase: 'two hours', verdict: 'conflict' },
    { phrase: 'co-production', verdict: 'supported' },
    { phrase: 'new squadron', verdict: 'unverified' },
  ],
};

const THROTTLE = 20;

function makeLens(overrides: Partial<LensOptions> = {}) {
  const engine = fakeEngine(spec);
  const reports: Array<PageCounts | null> = [];
  const lens = new Lens({
    doc: document,
    analyzer: fakeAnalyzer(engine),
    scheduler: immediateScheduler,
    source: () => 'https://news.example/a',
    showMentions: () => true,
    describe: (hl) => hl.id,
    onChange: (r) => reports.push(r),
    minThrottleMs: THROTTLE,
    ...overrides,
  });
  return { lens, engine, reports };
}

/** Distinct highlights (a highlight split over inline tags has several wrappers). */
function highlightCount(root: Element, selector: string): number {
  return new Set(Array.from(root.querySelectorAll(selector), (m) => m.getAttribute('data-rl-id'))).size;
}

/** The whole text of the first highlight matching `selector`, over all its wrappers. */
function highlightText(root: Element, selector: string): string {
  const id = root.querySelector(selector)?.getAttribute('data-rl-id');
  return Array.from(root.querySelectorAll(`mark[data-rl-id="${id}"]`), (m) => m.textContent).join('');
}

/** Waits out the observer's throttle and the work it queues. */
async function settle(lens: Lens): Promise<void> {
  await tick(THROTTLE * 3);
  await lens.idle();
}

let active: Lens | null = null;
beforeEach(() => document.body.replaceChildren());
afterEach(() => {
  active?.stop();
  active = null;
});

describe('a page with no alliance content', () => {
  test('is read once, costs no analysis and changes nothing', async () => {
    const root = fixture('<h1>Harbour festival</h1><p>Boats and lanterns in Tokyo this weekend.</p>');
    const html = root.innerHTML;
    const { lens, engine, reports } = makeLens();
    active = lens;
    await lens.start();
    expect(lens.state).toBe('waiting');
    // Twice: its mentions, asked for first (only a place: none drawn), and the gate with the
    // analysis (in the extension the background's matcher answers the second from memory).
    expect(engine.calls.findMentions.length).toBe(2); // a bare place is not alliance content
    expect(engine.calls.analyze.length).toBe(0);
    expect(reports).toEqual([]);
    expect(root.innerHTML).toBe(html);
  });

  test('wakes up when alliance content arrives later', async () => {
    const root = fixture('<div id="feed"><p>Loading…</p></div>');
    const { lens, engine } = makeLens();
    active = lens;
    await lens.start();
    expect(lens.state).toBe('waiting');
    root.querySelector('#feed')!.append(fragment('<p>Hegseth and Nakatani held talks for two hours.</p>'));
    await settle(lens);
    expect(lens.state).toBe('active');
    expect(engine.calls.analyze.length).toBe(1);
    expect(root.querySelector('mark.rl-claim.rl-conflict')).not.toBeNull();
  });
});

describe('a page the settings answer already gated', () => {
  test('found unrelated: never snapshotted or analysed, yet wakes up for alliance content', async () => {
    const root = fixture('<div id="feed"><p>Boats and lanterns this weekend.</p></div>');
    const html = root.innerHTML;
    const { lens, engine } = makeLens();
    active = lens;
    const walkers = vi.spyOn(document, 'createTreeWalker');
    try {
      await lens.start(false);
      expect(walkers).not.toHaveBeenCalled(); // (the snapshot walks the page with one)
    } finally {
      walkers.mockRestore();
    }
    expect(lens.state).toBe('waiting');
    expect(engine.calls.findMentions.length + engine.calls.analyze.length).toBe(0);
    expect(root.innerHTML).toBe(html);
    root.querySelector('#feed')!.append(fragment('<p>Hegseth and Nakatani held talks for two hours.</p>'));
    await settle(lens);
    expect(lens.state).toBe('active');
    expect(root.querySelector('mark.rl-claim.rl-conflict')).not.toBeNull();
  });
});

describe('an alliance page', () => {
  const page = `<article><h1>Ministers meet</h1>
    <p>Hegseth and Nakatani held talks for two hours in Tokyo.</p>
    <p>They agreed on <em>SM-3 Block IIA</em> co-production.</p></article>`;

  test('gets highlights with verdict classes and a report', async () => {
    const root = fixture(page);
    const { lens, reports } = makeLens();
    active = lens;
    await lens.start();
    expect(lens.state).toBe('active');
    expect(reports).toEqual([{ claims: 2, conflicts: 1 }]);
    expect(lens.report!.claims.map((c) => c.verdict)).toEqual(['conflict', 'supported']);
    expect(highlightText(root, 'mark.rl-claim.rl-conflict')).toBe('Hegseth and Nakatani held talks for two hours in Tokyo.');
    expect(highlightText(root, 'mark.rl-claim.rl-supported')).toBe('They agreed on SM-3 Block IIA co-production.');
    expect(Array.from(root.querySelectorAll('mark.rl-mention[data-rl-head]'), (m) => m.textContent))
      .toEqual(['Hegseth', 'Nakatani', 'Tokyo', 'SM-3 Block IIA']);
    expect(lens.claimHead(0)!.textContent).toBe('Hegseth and Nakatani held talks for two hours in Tokyo.');
    expect(lens.claimHeads()).toHaveLength(2);
  });

  test('stop() removes every trace: the DOM is exactly what it was', async () => {
    const root = fixture(page);
    const before = root.cloneNode(true);
    const { lens, reports } = makeLens();
    active = lens;
    await lens.start();
    expect(root.isEqualNode(before)).toBe(false);
    lens.stop();
    expect(root.isEqualNode(before)).toBe(true);
    expect(lens.state).toBe('off');
    expect(reports.at(-1)).toBeNull();
    // and it can start again
    await lens.start();
    expect(highlightCount(root, 'mark.rl-claim')).toBe(2);
  });

  test('a paragraph added later is annotated; what was drawn stays as it is', async () => {
    const root = fixture(page);
    const { lens, engine, reports } = makeLens();
    active = lens;
    await lens.start();
    const firstClaim = root.querySelector('mark.rl-claim');
    const added = fragment('<p>A new squadron will deploy, <b>Hegseth</b> said.</p>');
    root.querySelector('article')!.append(added);
    await settle(lens);
    const last = root.querySelector('article > p:last-child')!;
    expect(last.querySelector('mark.rl-claim.rl-unverified')).not.toBeNull();
    expect(last.querySelector('b mark.rl-mention')!.textContent).toBe('Hegseth');
    expect(root.querySelector('mark.rl-claim')).toBe(firstClaim); // untouched, same element
    expect(engine.calls.analyze).toHaveLength(2);
    expect(lens.report!.claims.map((c) => c.verdict)).toEqual(['conflict', 'supported', 'unverified']);
    expect(reports.at(-1)).toEqual({ claims: 3, conflicts: 1 });
  });

  test('does not react to its own changes', async () => {
    fixture(page);
    const { lens, engine } = makeLens();
    active = lens;
    await lens.start();
    await settle(lens);
    await settle(lens);
    expect(engine.calls.analyze).toHaveLength(1);
    expect(engine.calls.findMentions).toHaveLength(2); // the early mentions and the gate, once each
    // A redraw (settings change) writes to the DOM too, and is not an update either.
    await lens.redraw();
    await settle(lens);
    expect(engine.calls.analyze).toHaveLength(1);
  });

  test('a paragraph whose text changes is read again; a removed one leaves the analysis', async () => {
    const root = fixture(page);
    const { lens, engine } = makeLens();
    active = lens;
    await lens.start();
    const [first, second] = Array.from(root.querySelectorAll('p'));
    // Text edited inside the claim (a live blog correcting itself).
    const walker = document.createTreeWalker(first!, 4);
    let text = walker.nextNode() as Text;
    while (!text.data.includes('held talks')) text = walker.nextNode() as Text;
    text.data = text.data.replace('held talks', 'held brief talks');
    await settle(lens);
    expect(highlightText(first!, 'mark.rl-claim')).toBe('Hegseth and Nakatani held brief talks for two hours in Tokyo.');
    second!.remove();
    await settle(lens);
    const lastText = engine.calls.analyze.at(-1)!.text;
    expect(lastText).not.toContain('co-production');
    expect(lens.report!.claims.map((c) => c.verdict)).toEqual(['conflict']);
    lens.stop();
    expect(first!.innerHTML).toBe('Hegseth and Nakatani held brief talks for two hours in Tokyo.');
  });

  test('mentions can be hidden and shown again without reading the page again', async () => {
    const root = fixture(page);
    let show = true;
    const { lens, engine } = makeLens({ showMentions: () => show });
    active = lens;
    await lens.start();
    show = false;
    await lens.redraw();
    expect(root.querySelector('mark.rl-mention')).toBeNull();
    expect(highlightCount(root, 'mark.rl-claim')).toBe(2);
    show = true;
    await lens.redraw();
    expect(highlightCount(root, 'mark.rl-mention')).toBe(4);
    expect(engine.calls.analyze).toHaveLength(1);
  });
});

describe('a giant page', () => {
  test('is analysed in sections, one task each, and only changed sections are analysed again', async () => {
    const filler = 'The harbour was busy with ferries and fishing boats as usual this season. ';
    const paragraphs = Array.from({ length: 2000 }, (_, i) =>
      i % 100 === 0 ? `<p id="p${i}">Hegseth met Nakatani for two hours.</p>` : `<p>${filler}${i}</p>`).join('');
    const root = fixture(paragraphs);
    const { lens, engine } = makeLens();
    active = lens;
    await lens.start();
    const sections = engine.calls.analyze.length;
    expect(sections).toBeGreaterThan(2);
    expect(Math.max(...engine.calls.analyze.map((p) => p.text.length))).toBeLessThan(22_000);
    // Every section after the first is read after the page's lede.
    expect(engine.calls.analyze.slice(1).every((p) => p.text.startsWith(engine.calls.analyze[0]!.text.slice(0, 200)))).toBe(true);
    // Every claim landed on its own paragraph, whatever section it was found in.
    for (let i = 0; i < 2000; i += 100) {
      expect(highlightText(root.querySelector(`#p${i}`)!, 'mark.rl-claim')).toBe('Hegseth met Nakatani for two hours.');
    }
    expect(lens.report!.claims).toHaveLength(20);
    root.append(fragment('<p id="late">Nakatani said the talks took two hours.</p>'));
    // (Slow pages get a longer throttle: wait for the update rather than a fixed time.)
    for (let i = 0; i < 100 && lens.report!.claims.length < 21; i++) await settle(lens);
    expect(engine.calls.analyze.length - sections).toBeLessThanOrEqual(2);
    expect(highlightText(root.querySelector('#late')!, 'mark.rl-claim')).toBe('Nakatani said the talks took two hours.');
    expect(lens.report!.claims).toHaveLength(21);
  });

  test('added paragraphs are read at their own cost; a block the page moves is read again, once', async () => {
    const filler = 'The harbour was busy with ferries and fishing boats as usual this season. ';
    const paragraphs = Array.from({ length: 2000 }, (_, i) =>
      i % 100 === 0 ? `<p id="p${i}">Hegseth met Nakatani for two hours.</p>` : `<p>${filler}${i}</p>`).join('');
    const root = fixture(paragraphs);
    const before = root.cloneNode(true);
    const { lens } = makeLens();
    active = lens;
    await lens.start();
    const moved = root.querySelector('#p100')!;
    const next = moved.nextSibling;
    const retire = vi.spyOn(PageText.prototype, 'retire');
    try {
      root.append(fragment('<p id="late1">Nakatani said the talks took two hours.</p><p id="late2">Hegseth spoke of co-production.</p>'));
      for (let i = 0; i < 100 && lens.report!.claims.length < 22; i++) await settle(lens);
      expect(lens.report!.claims).toHaveLength(22);
      expect(highlightText(root.querySelector('#late1')!, 'mark.rl-claim')).toBe('Nakatani said the talks took two hours.');
      expect(retire).not.toHaveBeenCalled(); // nothing read before was looked through
      // The page moves a paragraph it had (out and back in, at the end): read again, not twice.
      root.append(moved);
      await settle(lens);
      for (let i = 0; i < 100 && retire.mock.calls.length === 0; i++) await settle(lens);
      await settle(lens);
      expect(retire).toHaveBeenCalled();
      expect(root.lastElementChild).toBe(moved);
    } finally {
      retire.mockRestore();
    }
    expect(lens.report!.claims).toHaveLength(22);
    expect(root.querySelectorAll('#p100 mark.rl-claim')).toHaveLength(1);
    expect(highlightText(root.querySelector('#p100')!, 'mark.rl-claim')).toBe('Hegseth met Nakatani for two hours.');
    await lens.stop();
    for (const id of ['late1', 'late2']) root.querySelector(`#${id}`)!.remove();
    root.insertBefore(moved, next);
    expect(root.isEqualNode(before)).toBe(true);
  });

  test('a giant block is wrapped directly, in slices, and still undone exactly', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => (i % 10 === 0 ? `Hegseth met Nakatani for two hours, line ${i}.` : `Nothing here, line ${i}.`));
    const root = fixture(`<div id="flat">${lines.join('<br>')}</div>`);
    const before = root.cloneNode(true);
    const steps: number[] = [];
    const realSteps = Highlighter.prototype.drawSteps;
    Highlighter.prototype.drawSteps = function* (ctx, hls, text) {
      let n = 0;
      for (const _ of realSteps.call(this, ctx, hls, text)) {
        n++;
        yield;
      }
      steps.push(n);
    };
    try {
      const { lens } = makeLens();
      active = lens;
      await lens.start();
      expect(highlightCount(root, 'mark.rl-claim')).toBe(300);
      expect(Math.max(...steps)).toBeGreaterThan(1); // the one block took several steps
      lens.stop();
      expect(root.isEqualNode(before)).toBe(true);
    } finally {
      Highlighter.prototype.drawSteps = realSteps;
    }
  });
});

describe('slicing', () => {
  test('work is cut into tasks of at most the budget (plus one unit)', async () => {
    let clock = 0;
    const scheduler = slicedScheduler({ budgetMs: 10, handover: 'timeout', now: () => clock });
    const handovers: number[] = [];
    const original = globalThis.setTimeout;
    const spy = vi.spyOn(globalThis, 'setTimeout').mockImplementation(((fn: () => void) => {
      handovers.push(clock);
      return original(fn, 0);
    }) as typeof setTimeout);
    function* work() {
      for (let i = 0; i < 50; i++) {
        clock += 3; // each unit "takes" 3 ms
        yield;
      }
    }
    try {
      await scheduler.run(work());
    } finally {
      spy.mockRestore();
    }
    const bounds = [0, ...handovers, clock];
    const slices = bounds.slice(1).map((b, i) => b - bounds[i]!);
    expect(slices.length).toBeGreaterThan(10);
    expect(Math.max(...slices)).toBeLessThanOrEqual(13);
  });

  test('a long page is drawn across many tasks, blocks in view first', async () => {
    const paragraphs = Array.from({ length: 300 }, (_, i) => `<p id="p${i}">Paragraph ${i}: Hegseth met Nakatani for two hours.</p>`).join('');
    const root = fixture(paragraphs);
    // The reader has scrolled to paragraph 200: only 195–205 are in view.
    for (const p of Array.from(root.querySelectorAll('p'))) {
      const i = Number(p.id.slice(1));
      const top = (i - 200) * 100;
      p.getBoundingClientRect = () => ({ top, bottom: top + 90, left: 0, right: 800, width: 800, height: 90, x: 0, y: top, toJSON() {} });
    }
    const drawn: string[] = [];
    const h = window.innerHeight;
    const restoreIO = installFakeIntersectionObserver();
    const timeouts = vi.spyOn(globalThis, 'setTimeout');
    /** The task (counted by hand-overs so far) each block went into the page in. */
    const wentInAt: number[] = [];
    const realCommit = Highlighter.prototype.commit;
    Highlighter.prototype.commit = function (block) {
      drawn.push(block.ctx.id);
      wentInAt.push(timeouts.mock.calls.length);
      return realCommit.call(this, block);
    };
    try {
      const { lens } = makeLens({ scheduler: slicedScheduler({ budgetMs: 1, handover: 'timeout' }) });
      active = lens;
      await lens.start();
    } finally {
      Highlighter.prototype.commit = realCommit;
      restoreIO();
    }
    const tasks = timeouts.mock.calls.length;
    timeouts.mockRestore();
    expect(highlightCount(root, 'mark.rl-claim')).toBe(300);
    expect(tasks).toBeGreaterThan(5);
    // Blocks within a screen of the viewport come first, then the rest in document order.
    const near = (id: string) => {
      const top = (Number(id.slice(1)) - 200) * 100;
      return top + 90 >= -h && top <= 2 * h;
    };
    const nearCount = drawn.filter(near).length;
    expect(nearCount).toBeGreaterThan(5);
    expect(drawn.slice(0, nearCount).every(near)).toBe(true);
    expect(drawn.slice(0, nearCount)).toContain('p200');
    expect(drawn.slice(nearCount)).toEqual(drawn.slice(nearCount).slice().sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))));
    // Built over many tasks, but put in together: the blocks in view at once, the rest (about
    // 870 highlights, 300 to a batch on a page this small) in three batches after them.
    expect(new Set(wentInAt.slice(0, nearCount)).size).toBe(1);
    expect(drawn.length - nearCount).toBeGreaterThan(250);
    expect(new Set(wentInAt.slice(nearCount)).size).toBe(3);
    // Later tasks than the blocks in view (how many depends on the machine's speed: 1 ms slices).
    expect(wentInAt[nearCount]!).toBeGreaterThan(wentInAt[0]!);
  });
});
