// @vitest-environment happy-dom
// The page's text for the gate asked with the settings: blocks apart, inline tags read through,
// code left out, and no text at all (a full read instead) for a page over the limit.
import { beforeEach, expect, test } from 'vitest';
import { gateText } from '../../entrypoints/news.content/gate-text';
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
