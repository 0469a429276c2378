// @vitest-environment happy-dom
// The gazetteer in the Japanese interface: a person's office is the gazetteer's Japanese title,
// an office's description comes from the Japanese catalogue, every other entry's from its own
// descriptionJa; the English interface keeps the gazetteer's English. The catalogues describe
// every office the gazetteer has, in its own words.
/** @jsxImportSource @/components/dom */
import { afterEach, describe, expect, test } from 'vitest';
import { EntityCard, EntityLine } from '../../components/EntityCard';
import { drawCard, removeCards } from './draw-card';
import { entityCard } from '../../entrypoints/news.content/card-content';
import { gazetteer } from '../../data/gazetteer';
import { en } from '../../utils/strings-en';
import { ja } from '../../utils/strings-ja';

afterEach(removeCards);

const lookup = { entity: (id: string) => gazetteer.find((e) => e.id === id), record: () => undefined };
const meeting = { recordId: 'mod-en-2026-01-15', date: '2026-01-15', confidence: 1, reasons: [] };

function card(entity: string, locale: 'en' | 'ja', line = false): HTMLElement {
  const content = entityCard({ entity, text: 'x', start: 0, end: 1 }, { meeting, claims: [] }, lookup, '2026-01-15');
  if (content.kind !== 'entity') throw new Error('expected an entity card');
  const props = content.props;
  return drawCard(() => (line ? <EntityLine {...props} /> : <EntityCard {...props} />), locale);
}

describe('the gazetteer in the Japanese interface', () => {
  test("a person's office on the meeting day is the gazetteer's Japanese title, in the card and in a claim's line", () => {
    const koizumi = gazetteer.find((e) => e.id === 'person/koizumi')!;
    const term = koizumi.titles.find((t) => t.from <= '2026-01-15' && (t.to === null || t.to >= '2026-01-15'))!;
    expect(term.titleJa).toBeTruthy();
    const role = card('person/koizumi', 'ja').querySelector('.rl-entity-role span[lang]')!;
    expect(role.textContent).toBe(term.titleJa);
    expect(role.getAttribute('lang')).toBe('ja');
    removeCards();
    expect(card('person/koizumi', 'ja', true).querySelector('.rl-entity-role-inline span[lang="ja"]')?.textContent).toBe(term.titleJa);
    removeCards();
    expect(card('person/koizumi', 'en').querySelector('.rl-entity-role span[lang="en"]')?.textContent).toBe(term.title);
  });

  test("an office is described in Japanese, and in the gazetteer's English in the English interface", () => {
    const desc = card('office/us-secdef', 'ja').querySelector('.rl-entity-desc')!;
    expect(desc.textContent).toBe('米国防総省（戦争省）の長。');
    expect(desc.getAttribute('lang')).toBe('ja');
    removeCards();
    expect(card('office/us-secdef', 'en').querySelector('.rl-entity-desc')?.textContent).toBe(gazetteer.find((e) => e.id === 'office/us-secdef')!.description);
  });

  test('the catalogues describe every office of the gazetteer, the English in the gazetteer\'s own words', () => {
    const offices = gazetteer.filter((e) => e.kind === 'office');
    expect(offices.length).toBeGreaterThan(10);
    for (const o of offices) {
      const key = `officeDesc.${o.id.slice('office/'.length)}` as keyof typeof en;
      expect(en[key], o.id).toBe(o.description);
      expect(ja[key], o.id).toMatch(/[\u3040-\u30ff\u3400-\u9fff]/);
    }
    const described = Object.keys(en).filter((k) => k.startsWith('officeDesc.'));
    expect(described).toHaveLength(offices.length);
  });

  test('people, places, bodies, frameworks, systems, documents and events are described in the gazetteer\'s Japanese in the Japanese interface, in its English otherwise', () => {
    for (const id of ['person/hegseth', 'place/andersen-afb', 'body/usfj', 'framework/2plus2', 'system/sm-3-block-iia', 'document/security-treaty', 'event/shangri-la-dialogue']) {
      const entry = gazetteer.find((e) => e.id === id)!;
      const desc = card(id, 'ja').querySelector('.rl-entity-desc')!;
      expect(desc.textContent).toBe(entry.descriptionJa);
      expect(desc.getAttribute('lang')).toBe('ja');
      removeCards();
      const english = card(id, 'en').querySelector('.rl-entity-desc')!;
      expect(english.textContent).toBe(entry.description);
      expect(english.getAttribute('lang')).toBe('en');
      removeCards();
    }
  });

  test('every entry the gazetteer describes has a Japanese description, written in Japanese, keeping its years (offices: the catalogues)', () => {
    // Offices are described by the string catalogues (the test above); every other described entry
    // carries its own Japanese, so a new entry without one fails here.
    const described = gazetteer.filter((e) => e.kind !== 'office' && e.description);
    expect(described.length).toBeGreaterThan(200);
    expect(new Set(described.map((e) => e.kind))).toEqual(new Set(['person', 'place', 'body', 'framework', 'system', 'document', 'event']));
    for (const e of described) {
      expect(e.descriptionJa, e.id).toMatch(/[\u3040-\u30ff\u3400-\u9fff]/);
      // The years the English states are the years the Japanese states.
      const years = (s: string) => [...s.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)].map((m) => m[0]).sort();
      expect(years(e.descriptionJa!), e.id).toEqual(years(e.description!));
    }
  });
});

