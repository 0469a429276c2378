// @vitest-environment happy-dom
// The page's text for the gate asked with the settings, read quickly (in one call) and exactly
// (blocks apart): inline tags read through, code left out, and no text at all (a full read
// instead) for a page over the limit.
import { beforeEach, describe, expect, test } from 'vitest';
import { gateText, quickGateText } from '../../entrypoints/news.content/gate-text';
import { GATE_TEXT_MAX } from '../../utils/page-messages';
import { fixture } from './dom-helpers';

beforeEach(() => document.body.replaceChildren());

test('blocks never run together; a name split across inline tags stays whole', () => {
  const root = fixture('<p>Talks in Japan</p><p><b>Koi</b>zumi met <a href="/h">Hegseth</a>.</p><ul><li>one</li><li>two</li></ul>');
  const text = gateText(root)!;
  expect(text).not.toMatch(/JapanKoizumi/);
  expect(text).toMatch(/Japan\s+Koizumi met Hegseth\./);
  expect(text).toMatch(/one\s+two/);
});

test('script and style text is not read as words', () => {
  const root = fixture('<p>Harbour news</p><script>var minister = "Nakatani";</script><style>.x{}</style>');
  expect(gateText(root)).not.toMatch(/Nakatani|\.x/);
  expect(gateText(root)).toMatch(/Harbour news/);
});

test('a page over the limit gets no gate text (it is read in full)', () => {
  const root = fixture('<p></p>');
  root.firstElementChild!.textContent = 'a'.repeat(GATE_TEXT_MAX - 10);
  expect(gateText(root)).not.toBeNull();
  root.firstElementChild!.append(document.createTextNode('b'.repeat(20)));
  expect(gateText(root)).toBeNull();
});

describe('the quick reading', () => {
  test('the words of the page in order, inline tags read through, without scripts, styles or noscript markup', () => {
    const root = fixture(
      '<h1>Koizumi meets <b>Heg</b>seth</h1><script>window.cfg = {"minister": "Nakatani"};</script>'
      + '<p>The ministers met.</p><style>p { color: red }</style><noscript><img src="/pixel"></noscript><p>Talks went on.</p>',
    );
    expect(quickGateText(root)).toBe('Koizumi meets HegsethThe ministers met.Talks went on.');
  });

  test('a script whose code is also words of the page: one copy goes per script, the words stay', () => {
    const root = fixture('<p>go()</p><script>go()</script><p>Hegseth</p><script>go()</script>');
    // Which copy is cut is not known without a walk (the first one found): the same words either way.
    expect(quickGateText(root)!.split('go()')).toHaveLength(2);
    expect(quickGateText(root)).toContain('Hegseth');
  });

  test('the same words as the exact reading, apart from the line breaks between blocks', () => {
    const root = fixture('<article><h2>Talks</h2><p>Kihara and <i>Austin</i> met.</p><ul><li>DICAS</li><li>SM-3</li></ul><template><p>hidden</p></template></article><script>x</script>');
    const words = (s: string | null) => s!.replace(/\s+/g, '');
    expect(words(quickGateText(root))).toBe(words(gateText(root)));
  });

  test('a page over the limit, or one whose scripts make it so, gets no gate text; one under it once its code is cut does', () => {
    const root = fixture('<p></p><script></script>');
    root.querySelector('script')!.textContent = 'x'.repeat(GATE_TEXT_MAX);
    root.querySelector('p')!.textContent = 'a'.repeat(GATE_TEXT_MAX - 10);
    expect(quickGateText(root)).toBe('a'.repeat(GATE_TEXT_MAX - 10));
    root.querySelector('p')!.append(document.createTextNode('b'.repeat(20)));
    expect(quickGateText(root)).toBeNull();
  });
});
