// @vitest-environment happy-dom
// Only the extension's own nodes are its own: a page's elements carrying the same attribute
// names are read like any other text and never taken out by the undo, and the highlight id and
// words the card relies on come from the registry, never from an attribute.
import { beforeEach, describe, expect, test } from 'vitest';
import { Highlighter } from '../../entrypoints/news.content/apply';
import { highlightOf, mountCard } from '../../entrypoints/news.content/card-mount';
import { Classifier } from '../../entrypoints/news.content/classify';
import { KEY_ATTR, idOf } from '../../entrypoints/news.content/ours';
import { PageText } from '../../entrypoints/news.content/page-text';
import { planHighlights } from '../../entrypoints/news.content/plan';
import { takeSnapshot } from '../../entrypoints/news.content/snapshot';
import { fixture, mentionsOf, report } from './dom-helpers';
import { translator } from '../../utils/locale';

function drawMentions(root: HTMLElement, name: string, entity: string): Highlighter {
  const classifier = new Classifier();
  const text = new PageText();
  text.append(takeSnapshot(root, classifier));
  const highlighter = new Highlighter(document, classifier, { describe: () => 'd' });
  const plan = planHighlights(report(text.value, { mentions: mentionsOf(text.value, name, entity) }), { showMentions: true });
  for (const hl of plan) highlighter.draw(highlighter.contextOf(hl, text)!, [hl], text);
  return highlighter;
}

beforeEach(() => document.body.replaceChildren());

describe('ownership', () => {
  test('text inside a page element that carries data-rl is read and highlighted', () => {
    const root = fixture('<div data-rl="claim" data-rl-id="c0"><p>Hegseth arrived.</p></div>');
    drawMentions(root, 'Hegseth', 'person/hegseth');
    const ours = root.querySelector(`mark[${KEY_ATTR}]`);
    expect(ours?.textContent).toBe('Hegseth');
  });

  test('the undo leaves the page\'s own <mark data-rl> in place', () => {
    const root = fixture('<p>The page marks <mark data-rl="mention" data-rl-id="m0" class="rl-mention">this</mark>; Hegseth arrived.</p>');
    const before = root.cloneNode(true);
    const highlighter = drawMentions(root, 'Hegseth', 'person/hegseth');
    expect(root.querySelectorAll('mark').length).toBe(2);
    highlighter.eraseAll();
    expect(root.isEqualNode(before)).toBe(true);
  });

  test('a copy of a highlight is no highlight; a highlight whose words changed opens nothing', () => {
    const root = fixture('<p>Hegseth arrived.</p>');
    drawMentions(root, 'Hegseth', 'person/hegseth');
    const real = root.querySelector<HTMLElement>(`mark[${KEY_ATTR}]`)!;
    expect(highlightOf(real.firstChild)).toBe(real);
    expect(idOf(real)).toBe(real.getAttribute('data-rl-id'));
    const copy = real.cloneNode(true) as HTMLElement;
    root.append(copy);
    expect(highlightOf(copy)).toBeNull();
    expect(idOf(copy)).toBeNull();
    real.setAttribute('data-rl-id', 'c-something-else');
    expect(idOf(real)).not.toBe('c-something-else'); // the id is the registry's
    real.firstChild!.textContent = 'Koizumi';
    expect(highlightOf(real)).toBeNull();
  });

  test('the card host is a plain div whose shadow root the page cannot reach', () => {
    const root = fixture('<p>Hegseth arrived.</p>');
    drawMentions(root, 'Hegseth', 'person/hegseth');
    const mark = root.querySelector<HTMLElement>(`mark[${KEY_ATTR}]`)!;
    const card = mountCard({
      doc: document,
      content: () => ({ kind: 'entity', props: { entity: { id: 'person/hegseth', kind: 'person', name: 'Pete Hegseth', nameJa: null } } }) as never,
      anchors: () => [mark],
      translator: () => translator('en'),
    });
    card.open(idOf(mark)!);
    const host = document.querySelector('[data-rl="ui"]')!;
    expect(host.tagName).toBe('DIV');
    expect(host.shadowRoot).toBeNull();
    card.destroy();
    expect(document.querySelector('[data-rl="ui"]')).toBeNull();
  });
});
