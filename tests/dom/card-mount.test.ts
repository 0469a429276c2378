// @vitest-environment happy-dom
// The card is drawn as DOM nodes and drawn again only when what it says changes: moving or
// refreshing an unchanged card keeps its nodes (a keyboard user's focus inside it stays put),
// a changed card shows the new words with focus on its dialog, and closing empties the host.
import { beforeEach, describe, expect, test } from 'vitest';
import { mountCard } from '../../entrypoints/news.content/card-mount';
import type { CardContent } from '../../entrypoints/news.content/card-content';
import { translator } from '../../utils/locale';

const entity = (name: string): CardContent => ({
  kind: 'entity',
  props: { name, nameJa: null, kind: 'person', role: null, roleDate: null, roleDateIsMeeting: false, description: `${name} is a minister.` },
});

beforeEach(() => document.body.replaceChildren());

function setUp() {
  const anchor = document.createElement('mark');
  anchor.textContent = 'Koizumi';
  document.body.append(anchor);
  let content = entity('Shinjiro Koizumi');
  let locale: 'en' | 'ja' = 'en';
  const card = mountCard({
    doc: document,
    content: () => content,
    anchors: () => [anchor],
    translator: () => translator(locale),
    shadowMode: 'open',
  });
  const shadow = () => document.querySelector('[data-rl="ui"]')!.shadowRoot!;
  return {
    card,
    shadow,
    dialog: () => shadow().querySelector<HTMLElement>('#rl-card')!,
    say: (next: CardContent) => void (content = next),
    speak: (next: 'en' | 'ja') => void (locale = next),
  };
}

describe('the card mount', () => {
  test('an unchanged card keeps its nodes and the focus inside it when it is placed again', () => {
    const { card, shadow, dialog } = setUp();
    card.open('m0');
    const first = dialog();
    expect(first.style.visibility).toBe('');
    const close = first.querySelector<HTMLElement>('.rl-close')!;
    close.focus();
    expect(shadow().activeElement).toBe(close);
    card.refresh();
    card.refresh();
    expect(dialog()).toBe(first);
    expect(shadow().activeElement).toBe(close);
    expect(first.className).toMatch(/^rl-card rl-(below|above)$/);
    card.destroy();
  });

  test('a card whose words change is drawn again, focus on its dialog when it was inside', () => {
    const { card, shadow, dialog, say, speak } = setUp();
    card.open('m0');
    const first = dialog();
    first.querySelector<HTMLElement>('.rl-close')!.focus();
    say(entity('Pete Hegseth'));
    card.refresh();
    expect(dialog()).not.toBe(first);
    expect(dialog().querySelector('.rl-entity-name')?.textContent).toBe('Pete Hegseth');
    expect(shadow().activeElement).toBe(dialog());
    const second = dialog();
    speak('ja');
    card.refresh();
    expect(dialog()).not.toBe(second);
    expect(dialog().getAttribute('lang')).toBe('ja');
    expect(dialog().querySelector('.rl-entity-kind')?.textContent).toBe('人物');
    card.destroy();
  });

  test('closing takes the card out of the host', () => {
    const { card, shadow, dialog } = setUp();
    card.open('m0');
    expect(dialog()).not.toBeNull();
    card.close();
    expect(card.openId).toBeNull();
    expect(shadow().querySelector('#rl-card')).toBeNull();
    card.open('m0');
    expect(dialog().querySelector('.rl-entity-name')?.textContent).toBe('Shinjiro Koizumi');
    card.destroy();
  });
});
