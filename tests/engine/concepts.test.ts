// The concept table as data: every form belongs to one concept, every concept speaks both
// languages, no form takes an alias from the gazetteer, and the trie finds concepts and entities
// together (leftmost-longest), so a claim and a paragraph in different words meet on one id.
import { describe, expect, it } from 'vitest';
import { BROADER, CONCEPTS, PARTICIPANT_DEPARTMENTS, RECORD_SHORT_FORMS } from '../../engine/lang/concepts';
import { withBroader } from '../../engine/concepts';
import { Knowledge } from '../../engine/knowledge';
import { foldKey } from '../../engine/text/fold';
import { gazetteer } from '../../data/gazetteer';
import { hasJapanese } from '../../engine/text/script';

const knowledge = new Knowledge(gazetteer);
const conceptsIn = (text: string) => knowledge.termMatcher.findAll(text).map((h) => h.entity);

describe('concept table data', () => {
  it('gives every concept a unique id and forms in both languages', () => {
    expect(new Set(CONCEPTS.map((c) => c.id)).size).toBe(CONCEPTS.length);
    for (const c of CONCEPTS) {
      expect(c.id, c.id).toMatch(/^concept\/[a-z0-9-]+$/);
      expect(c.en.length, `${c.id} has English forms`).toBeGreaterThan(0);
      expect(c.ja.length, `${c.id} has Japanese forms`).toBeGreaterThan(0);
      for (const f of c.en) expect(hasJapanese(f), `${c.id}: ${f} is English`).toBe(false);
      for (const f of c.ja) expect(hasJapanese(f), `${c.id}: ${f} is Japanese`).toBe(true);
    }
  });

  it('lets no form name two concepts, nor take a gazetteer alias', () => {
    const owner = new Map<string, string>();
    for (const e of gazetteer) for (const a of [e.name, ...e.aliases.en, ...(e.nameJa ? [e.nameJa] : []), ...e.aliases.ja]) owner.set(foldKey(a), e.id);
    const seen = new Map<string, string>();
    const collisions: string[] = [];
    for (const c of CONCEPTS) {
      for (const f of [...c.en, ...c.ja]) {
        const key = foldKey(f);
        if (owner.has(key)) collisions.push(`${f} (${owner.get(key)})`);
        expect(seen.get(key) ?? c.id, `${f} in two concepts`).toBe(c.id);
        seen.set(key, c.id);
      }
    }
    expect(collisions).toEqual([]);
  });

  it('points every broader link, department and short form at a known id', () => {
    const known = new Set([...gazetteer.map((e) => e.id), ...CONCEPTS.map((c) => c.id)]);
    for (const [narrow, broad] of Object.entries(BROADER)) {
      expect(known.has(narrow), narrow).toBe(true);
      for (const b of broad) expect(known.has(b), b).toBe(true);
    }
    for (const d of PARTICIPANT_DEPARTMENTS) expect(known.has(d), d).toBe(true);
    for (const s of RECORD_SHORT_FORMS) expect(s.target === 'participants' || known.has(s.target), s.target).toBe(true);
  });
});

describe('concepts in the one-pass trie', () => {
  it.each([
    ['they will expand joint drills', ['concept/increase', 'concept/jointly', 'concept/training']],
    ['日米の共同訓練を拡充する', ['concept/jointly', 'concept/training', 'concept/increase']],
    ['bilateral exercises', ['concept/training']],
    ['the ministers agreed to co-produce missiles', ['concept/co-production', 'concept/missile']],
    ['ミサイルの共同生産', ['concept/missile', 'concept/co-production']],
    ['joint production of AMRAAM', ['concept/co-production', 'system/amraam']],
    ['they will review the strategy', ['concept/revise', 'concept/strategy']],
    ['国家安全保障戦略の改定', ['document/nss', 'concept/revise']],
    ['maintenance of U.S. Navy ships', ['concept/sustainment', 'body/us-navy', 'concept/vessels']],
    ['艦艇の整備', ['concept/vessels', 'concept/sustainment']],
    ['a joint workout at the Pentagon', ['concept/workout', 'place/pentagon']],
    ['合同トレーニングを行った', ['concept/workout']],
    ['ramp up production', ['concept/increase', 'concept/production']],
    ['防衛費の増額', ['concept/spending', 'concept/increase']],
  ])('%s', (text, ids) => {
    expect(conceptsIn(text)).toEqual(ids);
  });

  it('keeps a longer gazetteer alias over a concept form inside it', () => {
    expect(conceptsIn('the U.S.-Japan alliance')).toEqual(['framework/alliance']);
    expect(conceptsIn('日米同盟の抑止力')).toEqual(['framework/alliance', 'concept/deterrence']);
    expect(conceptsIn('the alliance')).toEqual(['concept/alliance']);
  });

  it('names the broader idea with the narrower one', () => {
    expect(withBroader('document/nss')).toEqual(['document/nss', 'document/three-strategic-documents', 'concept/strategy']);
    expect(withBroader('concept/co-production')).toContain('concept/production');
    expect(withBroader('concept/training')).toEqual(['concept/training']);
  });
});
