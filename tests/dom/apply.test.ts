// @vitest-environment happy-dom
// Drawing highlights: one highlight per mention even across inline tags, nothing across a
// block, mentions nested in claims, verdict classes, and an undo that restores the page exactly.
import { beforeEach, describe, expect, test } from 'vitest';
import Mark from 'mark.js';
import { Highlighter, unwrap } from '../../entrypoints/news.content/apply';
import { Classifier } from '../../entrypoints/news.content/classify';
import { PageText } from '../../entrypoints/news.content/page-text';
import { planHighlights, type Highlight } from '../../entrypoints/news.content/plan';
import { takeSnapshot } from '../../entrypoints/news.content/snapshot';
import type { Report } from '../../engine/report';
import { claimOn, durationFlag, fixture, mentionsOf, report } from './dom-helpers';

interface Drawn {
  root: HTMLElement;
  text: string;
  highlighter: Highlighter;
  pageText: PageText;
}

/** Snapshot → plan → draw every context, as the lens does (without slicing). */
function draw(root: HTMLElement, makeReport: (text: string) => Report, opts: { showMentions?: boolean } = {}): Drawn {
  const classifier = new Classifier();
  const pageText = new PageText();
  pageText.append(takeSnapshot(root, classifier));
  const text = pageText.value;
  const highlighter = new Highlighter(document, classifier, {
    describe: (hl) => `about ${hl.id}`,
  });
  const plan = planHighlights(makeReport(text), { showMentions: opts.showMentions ?? true });
  const byCtx = new Map<Element, Highlight[]>();
  for (const hl of plan) {
    const ctx = highlighter.contextOf(hl, pageText)!;
    byCtx.set(ctx, [...(byCtx.get(ctx) ?? []), hl]);
  }
  for (const [ctx, hls] of byCtx) highlighter.draw(ctx, hls, pageText);
  return { root, text, highlighter, pageText };
}

const ids = (root: Element, sel = 'mark[data-rl]') => new Set(Array.from(root.querySelectorAll(sel), (m) => m.getAttribute('data-rl-id')));
const textOf = (root: Element, id: string) =>
  Array.from(root.querySelectorAll(`mark[data-rl-id="${id}"]`), (m) => m.textContent).join('');

beforeEach(() => document.body.replaceChildren());

describe('highlights', () => {
  test('a mention split across inline tags ("SM-3 <em>Block IIA</em>") is one highlight', () => {
    const root = fixture('<p>Japan will co-produce the SM-3 <em>Block IIA</em> interceptor.</p>');
    draw(root, (t) => report(t, { mentions: mentionsOf(t, 'SM-3 Block IIA', 'system/sm-3-block-iia') }));
    const marks = root.querySelectorAll('mark[data-rl="mention"]');
    expect(marks.length).toBe(2); // one wrapper per text node it covers…
    expect(ids(root).size).toBe(1); // …forming one highlight
    const [id] = ids(root);
    expect(textOf(root, id!)).toBe('SM-3 Block IIA');
    // One focusable head, the first piece.
    expect(root.querySelectorAll('[data-rl-head]').length).toBe(1);
    expect(marks[0]!.getAttribute('tabindex')).toBe('0');
    expect(marks[0]!.getAttribute('role')).toBe('button');
    expect(marks[0]!.getAttribute('aria-description')).toBe(`about ${id}`);
    expect(marks[1]!.hasAttribute('tabindex')).toBe(false);
    expect(marks[1]!.parentElement!.tagName).toBe('EM');
  });

  test('built off the page and put in later: where the page changed the head\'s text meanwhile, the first piece put in is the head', () => {
    const root = fixture('<p>Japan will co-produce the SM-3 <em>Block IIA</em> interceptor.</p>');
    const classifier = new Classifier();
    const pageText = new PageText();
    pageText.append(takeSnapshot(root, classifier));
    const t = pageText.value;
    const highlighter = new Highlighter(document, classifier, { describe: (hl) => `about ${hl.id}` });
    const [hl] = planHighlights(report(t, { mentions: mentionsOf(t, 'SM-3 Block IIA', 'system/sm-3-block-iia') }), { showMentions: true });
    const ctx = highlighter.contextOf(hl!, pageText)!;
    const block = highlighter.prepare(ctx, [hl!], pageText)!;
    // The page rewrites the text the head was to go in before the block is put in.
    (root.querySelector('p')!.firstChild as Text).data = 'Japan is to co-produce the SM-3 ';
    highlighter.commit(block);
    const marks = root.querySelectorAll('mark[data-rl="mention"]');
    expect(Array.from(marks, (m) => m.textContent)).toEqual(['Block IIA']);
    const head = marks[0]!;
    expect(head.hasAttribute('data-rl-head')).toBe(true);
    expect(head.getAttribute('tabindex')).toBe('0');
    expect(head.getAttribute('role')).toBe('button');
    expect(head.getAttribute('aria-description')).toBe(`about ${hl!.id}`);
  });

  test('every head, made from its look\'s template, has its own description; no other mark is a control', () => {
    const root = fixture('<p>Hegseth met Nakatani. Nakatani met Hegseth again.</p>');
    draw(root, (t) => report(t, { mentions: [...mentionsOf(t, 'Hegseth', 'person/hegseth'), ...mentionsOf(t, 'Nakatani', 'person/nakatani')] }));
    const heads = Array.from(root.querySelectorAll('mark[data-rl-head]'));
    expect(heads).toHaveLength(4);
    expect(new Set(heads.map((m) => m.getAttribute('aria-description'))).size).toBe(4);
    expect(heads.every((m) => m.getAttribute('aria-description') === `about ${m.getAttribute('data-rl-id')}`)).toBe(true);
    expect(heads.every((m) => m.getAttribute('role') === 'button' && m.getAttribute('aria-expanded') === 'false')).toBe(true);
  });

  test('nothing crosses a block boundary, even when a range does', () => {
    const root = fixture('<p>Hegseth met Nakatani</p><p>in Tokyo on Wednesday.</p>');
    draw(root, (t) => report(t, {
      claims: [{ ...claimOn(t, 'Hegseth', 'unverified'), start: 0, end: t.length, text: t }],
    }));
    const [first, second] = Array.from(root.querySelectorAll('p'));
    expect(first!.querySelectorAll('mark').length).toBe(1);
    expect(second!.querySelectorAll('mark').length).toBe(0);
    for (const mark of Array.from(root.querySelectorAll('mark'))) {
      expect(mark.closest('p')).not.toBeNull();
    }
  });

  test('mentions inside a claim nest in it; claims carry their verdict class', () => {
    const root = fixture('<p>Hegseth said the talks with Nakatani lasted two hours. Tokyo was sunny. Nakatani smiled.</p>');
    draw(root, (t) => report(t, {
      mentions: [...mentionsOf(t, 'Hegseth', 'person/hegseth'), ...mentionsOf(t, 'Nakatani', 'person/nakatani')],
      claims: [
        claimOn(t, 'two hours', 'conflict', { flags: [durationFlag] }),
        claimOn(t, 'sunny', 'supported'),
        claimOn(t, 'smiled', 'unverified'),
      ],
    }));
    const conflict = root.querySelector('mark.rl-claim.rl-conflict')!;
    expect(conflict.textContent).toBe('Hegseth said the talks with Nakatani lasted two hours.');
    expect(Array.from(conflict.querySelectorAll('mark.rl-mention'), (m) => m.textContent)).toEqual(['Hegseth', 'Nakatani']);
    expect(root.querySelector('mark.rl-claim.rl-supported')!.textContent).toBe('Tokyo was sunny.');
    const unverified = root.querySelector('mark.rl-claim.rl-unverified')!;
    expect(unverified.textContent).toBe('Nakatani smiled.');
    expect(unverified.querySelector('mark.rl-mention')!.textContent).toBe('Nakatani');
    // Every claim's head is a control; a name inside one is not a control of its own (no
    // control nested in another: the claim's card shows the name).
    expect(root.querySelectorAll('mark.rl-claim[data-rl-head][tabindex="0"][role="button"]').length).toBe(3);
    expect(root.querySelectorAll('mark.rl-mention[tabindex], mark.rl-mention[role]').length).toBe(0);
  });

  test('text the snapshot skipped inside a block is never wrapped, offsets still right', () => {
    const root = fixture('<p>Hegseth <code>Hegseth()</code> and <span hidden>Hegseth</span>Nakatani <script>"Nakatani"</script>agreed.</p>');
    draw(root, (t) => report(t, {
      mentions: [...mentionsOf(t, 'Hegseth', 'person/hegseth'), ...mentionsOf(t, 'Nakatani', 'person/nakatani')],
    }));
    expect(Array.from(root.querySelectorAll('mark'), (m) => m.textContent)).toEqual(['Hegseth', 'Nakatani']);
    expect(root.querySelector('code mark, span[hidden] mark, script mark')).toBeNull();
  });

  test('overlapping claims and mentions are resolved before wrapping (first, then longest)', () => {
    const root = fixture('<p>The SM-3 Block IIA deal. It was signed.</p>');
    draw(root, (t) => report(t, {
      mentions: [
        { entity: 'system/sm-3', text: 'SM-3', start: t.indexOf('SM-3'), end: t.indexOf('SM-3') + 4 },
        ...mentionsOf(t, 'SM-3 Block IIA', 'system/sm-3-block-iia'),
      ],
      claims: [
        { ...claimOn(t, 'deal', 'supported'), end: t.indexOf('It') + 2 },
        claimOn(t, 'signed', 'conflict'),
      ],
    }));
    expect(Array.from(root.querySelectorAll('mark.rl-mention'), (m) => m.textContent)).toEqual(['SM-3 Block IIA']);
    expect(Array.from(root.querySelectorAll('mark.rl-claim'), (m) => m.textContent)).toEqual(['The SM-3 Block IIA deal. It']);
  });

  test('mentions can be switched off', () => {
    const root = fixture('<p>Hegseth spoke.</p>');
    draw(root, (t) => report(t, { mentions: mentionsOf(t, 'Hegseth', 'person/hegseth') }), { showMentions: false });
    expect(root.querySelector('mark')).toBeNull();
  });
});

describe('undo', () => {
  const page = `
    <article>
      <h1>Ministers meet in <em>Tokyo</em></h1>
      <p>Hegseth said the talks with <a href="#n">Nakatani</a> lasted two hours.</p>
      <p>The SM-3 <em>Block IIA</em> programme continues. Hegseth <b>agreed</b>.</p>
      <ul><li>Nakatani</li><li>Tokyo</li></ul>
    </article>`;
  const makeReport = (t: string) => report(t, {
    mentions: [
      ...mentionsOf(t, 'Hegseth', 'person/hegseth'), ...mentionsOf(t, 'Nakatani', 'person/nakatani'),
      ...mentionsOf(t, 'Tokyo', 'place/tokyo'), ...mentionsOf(t, 'SM-3 Block IIA', 'system/sm-3-block-iia'),
    ],
    claims: [claimOn(t, 'two hours', 'conflict'), claimOn(t, 'programme', 'supported'), claimOn(t, 'agreed', 'unverified')],
  });

  test('eraseAll restores the DOM exactly', () => {
    const root = fixture(page);
    const before = root.cloneNode(true) as HTMLElement;
    const htmlBefore = root.innerHTML;
    const textNodes: Node[] = [];
    const walker = document.createTreeWalker(root, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) textNodes.push(n);

    const { highlighter } = draw(root, makeReport);
    expect(root.querySelectorAll('mark[data-rl]').length).toBeGreaterThan(8);
    expect(root.isEqualNode(before)).toBe(false);

    highlighter.eraseAll();
    expect(root.innerHTML).toBe(htmlBefore);
    expect(root.isEqualNode(before)).toBe(true);
    // Even the original text nodes are back, not look-alikes.
    const after: Node[] = [];
    const w2 = document.createTreeWalker(root, 4);
    for (let n = w2.nextNode(); n; n = w2.nextNode()) after.push(n);
    expect(after).toEqual(textNodes);
    expect(after.every((n, i) => n === textNodes[i])).toBe(true);
  });

  test('the markup is what mark.js would make of the same ranges', () => {
    const ours = fixture(page);
    draw(ours, makeReport);
    const plain = (root: Element) => {
      for (const m of Array.from(root.querySelectorAll('mark'))) for (const a of m.getAttributeNames()) m.removeAttribute(a);
      return root.innerHTML;
    };
    const expected = plain(ours);
    // mark.js, block by block, over offsets in the block's own text: claims, then mentions.
    const viaMarkjs = fixture(page);
    const classifier = new Classifier();
    const pageText = new PageText();
    pageText.append(takeSnapshot(viaMarkjs, classifier));
    const offsetIn = (block: Element, node: Text) => {
      let at = 0;
      const walker = document.createTreeWalker(block, 4);
      for (let n = walker.nextNode(); n && n !== node; n = walker.nextNode()) at += (n as Text).data.length;
      return at;
    };
    const ranges = new Map<Element, { claim: Array<{ start: number; length: number }>; mention: Array<{ start: number; length: number }> }>();
    for (const hl of planHighlights(makeReport(pageText.value), { showMentions: true })) {
      for (const piece of pageText.locate(hl.start, hl.end)) {
        const block = classifier.blockOf(piece.node)!;
        if (!ranges.has(block)) ranges.set(block, { claim: [], mention: [] });
        ranges.get(block)![hl.kind].push({ start: offsetIn(block, piece.node) + piece.from, length: piece.to - piece.from });
      }
    }
    for (const [block, r] of ranges) {
      new Mark(block as HTMLElement).markRanges(r.claim, { element: 'mark' });
      new Mark(block as HTMLElement).markRanges(r.mention, { element: 'mark' });
    }
    expect(viaMarkjs.querySelectorAll('mark').length).toBeGreaterThan(8);
    expect(plain(viaMarkjs)).toBe(expected);
  });

  test('erasing one block leaves the others drawn, and restores that block', () => {
    const root = fixture(page);
    const { highlighter } = draw(root, makeReport);
    const p = root.querySelectorAll('p')[1]!;
    highlighter.erase(p);
    expect(p.querySelector('mark')).toBeNull();
    expect(p.innerHTML).toBe('The SM-3 <em>Block IIA</em> programme continues. Hegseth <b>agreed</b>.');
    expect(root.querySelectorAll('p')[0]!.querySelector('mark')).not.toBeNull();
  });

  test('what the page wrote into highlighted text survives the undo; everything else is restored', () => {
    const root = fixture(page);
    const { highlighter } = draw(root, makeReport);
    const mentions = Array.from(root.querySelectorAll<HTMLElement>('mark[data-rl="mention"]'));
    const first = mentions.find((m) => m.textContent === 'Hegseth');
    const second = mentions.find((m) => m.textContent === 'Tokyo');
    // The page edits one mark's words and puts an element of its own into another.
    (first!.firstChild as Text).data = 'HEGSETH';
    const own = document.createElement('i');
    own.textContent = '!';
    second!.append(own);
    highlighter.eraseAll();
    expect(root.querySelector('mark')).toBeNull();
    expect(root.textContent).toContain('HEGSETH said');
    expect(own.isConnected).toBe(true);
    expect(own.parentElement!.closest('p, h1, li')).not.toBeNull();
  });

  test('a giant undo reads runs in steps and writes them back in few batches', () => {
    const lines = Array.from({ length: 400 }, (_, i) => `<p>Hegseth met Nakatani, line ${i}.</p>`).join('');
    const root = fixture(lines);
    const htmlBefore = root.innerHTML;
    const { highlighter } = draw(root, (t) => report(t, {
      mentions: [...mentionsOf(t, 'Hegseth', 'person/hegseth'), ...mentionsOf(t, 'Nakatani', 'person/nakatani')],
    }));
    let writes = 0;
    const observer = new MutationObserver((records) => { writes += records.length; });
    const writeSteps: number[] = [];
    let step = 0;
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    for (const _ of highlighter.eraseSteps(300)) {
      step++;
      if (observer.takeRecords().length + writes > 0) writeSteps.push(step);
      writes = 0;
    }
    observer.disconnect();
    expect(root.innerHTML).toBe(htmlBefore);
    expect(step).toBeGreaterThan(4);
    // 800 marks, 300 to a batch: written in 2 steps (and the rest at the end), read in the others.
    expect(writeSteps.length).toBeLessThanOrEqual(3);
  });

  test('unwrap merges only across the wrapper edges', () => {
    const root = fixture('<p></p>');
    const p = root.firstElementChild!;
    // Two separate text nodes the page made itself must stay two.
    p.append(document.createTextNode('one '), document.createTextNode('two three'));
    const second = p.lastChild as Text;
    const middle = second.splitText(4);
    middle.splitText(5);
    const mark = document.createElement('mark');
    p.replaceChild(mark, middle);
    mark.append(middle);
    unwrap(mark);
    expect(Array.from(p.childNodes, (n) => n.textContent)).toEqual(['one ', 'two three']);
  });
});
