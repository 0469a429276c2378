// @vitest-environment happy-dom
// The snapshot reads what a person reads, maps every offset back to its text node, and never
// lets a run of text cross a block.
import { beforeEach, describe, expect, test } from 'vitest';
import { Classifier } from '../../entrypoints/news.content/classify';
import { takeSnapshot, type Snapshot } from '../../entrypoints/news.content/snapshot';
import { adoptUi } from '../../entrypoints/news.content/ours';
import { readPublished, readTitle } from '../../entrypoints/news.content/page-meta';

function build(html: string): HTMLElement {
  document.body.replaceChildren();
  const root = document.createElement('div');
  root.id = 'root';
  // Test fixtures only: built from a literal through a template (never page content).
  const tpl = document.createElement('template');
  tpl.innerHTML = html;
  root.append(tpl.content);
  document.body.append(root);
  return root;
}

/** Every entry's text in the snapshot equals its node's data (whitespace folded to spaces). */
function expectConsistent(snap: Snapshot): void {
  for (const e of snap.entries) {
    expect(snap.text.slice(e.start, e.end)).toBe(e.node.data.replace(/[\t\n\r\f\v]/g, ' '));
  }
}

beforeEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

describe('snapshot', () => {
  test('reads paragraphs as lines and inline tags as one run', () => {
    const root = build('<p>Ministers met on <em>Tuesday</em> in Tokyo.</p><p>SM-3 <em>Block IIA</em> was discussed.</p>');
    const snap = takeSnapshot(root);
    expect(snap.text).toBe('Ministers met on Tuesday in Tokyo.\nSM-3 Block IIA was discussed.');
    expectConsistent(snap);
  });

  test.each([
    ['script', '<script>var x = "Hegseth";</script>'],
    ['style', '<style>.x{content:"Hegseth"}</style>'],
    ['noscript', '<noscript>Hegseth</noscript>'],
    ['textarea', '<textarea>Hegseth</textarea>'],
    ['select', '<select><option>Hegseth</option></select>'],
    ['code', '<code>Hegseth</code>'],
    ['pre', '<pre>Hegseth</pre>'],
    ['contenteditable', '<div contenteditable="true">Hegseth</div>'],
    ['hidden attribute', '<div hidden>Hegseth</div>'],
    ['aria-hidden', '<span aria-hidden="true">Hegseth</span>'],
    ['display:none', '<span style="display:none">Hegseth</span>'],
  ])('skips %s', (_name, html) => {
    const root = build(`<p>Before ${html} after</p>`);
    const snap = takeSnapshot(root);
    expect(snap.text).not.toContain('Hegseth');
    expect(snap.text).toContain('Before');
    expect(snap.text).toContain('after');
    expectConsistent(snap);
  });

  test('skips our own UI, known by the registry, and reads a page element that copies its attribute', () => {
    const root = build('<p>Before <div id="ours"><div>Hegseth</div></div> <div data-rl="ui">Koizumi</div> after</p>');
    adoptUi(root.querySelector('#ours')!);
    const snap = takeSnapshot(root);
    expect(snap.text).not.toContain('Hegseth');
    expect(snap.text).toContain('Koizumi');
    expectConsistent(snap);
  });

  test('reads contenteditable="false" regions and text inside our highlights', () => {
    const root = build('<div contenteditable="false">Nakatani</div><p><mark data-rl="mention">Hegseth</mark> spoke</p>');
    expect(takeSnapshot(root).text).toBe('Nakatani\nHegseth spoke');
  });

  test('block boundaries become a single newline, nested blocks included', () => {
    const root = build('<div>Intro<div><p>One</p><ul><li>Two</li><li>Three</li></ul></div>tail<br>after break</div><h2>Head</h2><table><tr><td>A</td><td>B</td></tr></table>');
    expect(takeSnapshot(root).text).toBe('Intro\nOne\nTwo\nThree\ntail\nafter break\nHead\nA\nB');
  });

  test('a span styled as a block separates like a div', () => {
    const root = build('<p><span style="display:block">First</span><span>second</span></p>');
    expect(takeSnapshot(root).text).toBe('First\nsecond');
  });

  test('maps offsets to text nodes, line breaks in the source becoming spaces of the same length', () => {
    const root = build('<p>The\n  talks <b>lasted</b>\tthree hours.</p>');
    const snap = takeSnapshot(root);
    expect(snap.text).toBe('The   talks lasted three hours.');
    expectConsistent(snap);
    const at = snap.text.indexOf('lasted');
    const entry = snap.entries.find((e) => e.start <= at && at < e.end)!;
    expect(entry.node.parentElement!.tagName).toBe('B');
    expect(entry.node.data.slice(at - entry.start, at - entry.start + 6)).toBe('lasted');
  });

  test('indentation between blocks is not read', () => {
    const root = build('\n  <p>One</p>\n  <p>Two</p>\n');
    const snap = takeSnapshot(root);
    expect(snap.text).toBe('One\nTwo');
    expect(snap.entries).toHaveLength(2);
  });

  test('a classifier decides each element once', () => {
    const root = build('<p>a <em>b</em> c</p>');
    const c = new Classifier();
    const em = root.querySelector('em')!;
    expect(c.kind(em)).toBe('inline');
    em.setAttribute('hidden', '');
    expect(c.kind(em)).toBe('inline'); // cached: one getComputedStyle per element per pass
    expect(new Classifier().kind(em)).toBe('skip');
  });
});

describe('page metadata', () => {
  test('reads the publication date from meta, JSON-LD or <time>, keeping the zone', () => {
    document.head.append(Object.assign(document.createElement('meta'), { content: '2025-03-30T18:00:00+09:00' }));
    document.head.lastElementChild!.setAttribute('property', 'article:published_time');
    expect(readPublished(document)).toBe('2025-03-30T18:00:00+09:00');

    document.head.replaceChildren();
    const ld = document.createElement('script');
    ld.type = 'application/ld+json';
    ld.textContent = JSON.stringify({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', datePublished: '2025-10-29', headline: 'Ministers meet' }] });
    document.head.append(ld);
    expect(readPublished(document)).toBe('2025-10-29');
    expect(readTitle(document)).toBe('Ministers meet');

    document.head.replaceChildren();
    build('<article><time datetime="2026-01-15T09:30:00Z">Jan 15</time><p>x</p></article>');
    expect(readPublished(document)).toBe('2026-01-15T09:30:00Z');
  });

  test('no date on the page is null; the title falls back to document.title', () => {
    build('<p>x</p>');
    document.title = 'Plain page';
    expect(readPublished(document)).toBeNull();
    expect(readTitle(document)).toBe('Plain page');
  });
});
