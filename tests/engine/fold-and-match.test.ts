// The fold and the alias walk work on char codes and typed arrays for speed; these properties
// hold them to plain references (reference/plain-fold.ts: the per-character fold they replaced, a brute-force matcher): the same
// folded text and offset maps, and the same hits, on texts mixing everything the fold treats
// specially (case, dashes, spaces, line breaks, full-width forms, diacritics, Japanese,
// surrogate pairs, lone surrogates).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldText } from '../../engine/text/fold';
import { AliasMatcher, type AliasHit } from '../../engine/matcher';
import { ReferenceMatcher, referenceFoldText } from './reference/plain-fold';

const PIECES = [
  'a', 'b', 's', 'S', 'SM', 'Koizumi', 'koizumis', 'Hegseth', 'IIA', '3', '-', '‑', '—', '_', '/', ' ', '  ', '\n', '\t', '\r',
  '\u00a0', '\u3000', '\u200b', 'Ｓ', 'Ｍ', '－', '３', 'ō', 'é', 'ﬁ', '㍻', '’', '“', '小泉', '防衛', 'ブロック', 'ｶﾞ', '\uff65',
  '😀', '\ud83d', '\ude00', 'counter', 'anti', '.', ',', "'", 'İ', 'ß',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));
const ALIASES = ['SM-3', 'SM-3 Block IIA', 'Koizumi', 'Shinjiro Koizumi', 'Hegseth', '小泉', 'ブロック', 'co-production', 'a b', 'IIA', 'ｶﾞ', 'ﬁ', 'é s'];
const PREFIXES = ['counter', 'anti'];

describe('fold and alias walk on char codes', () => {
  it('folds every text exactly as the per-character version did', () => {
    fc.assert(fc.property(text, (t) => {
      const got = foldText(t);
      const want = referenceFoldText(t);
      expect(got.text).toBe(want.text);
      expect([...got.start]).toEqual([...want.start]);
      expect([...got.end]).toEqual([...want.end]);
    }), { numRuns: 2_000 });
  });

  it('folds a text longer than one chunk of units in one piece', () => {
    const long = 'Minister Koizumi — ＳＭ－３ ブロック\n'.repeat(2_000);
    const got = foldText(long);
    expect(got.text).toBe(referenceFoldText(long).text);
    expect(got.start.length).toBe(got.text.length);
  });

  it('finds the same hits as trying every alias at every position', () => {
    fc.assert(fc.property(fc.subarray(ALIASES, { minLength: 1 }), text, (aliases, t) => {
      const entries = aliases.map((alias, i) => ({ alias, entity: `e${i}` }));
      expect(new AliasMatcher(entries, { compoundPrefixes: PREFIXES }).findAll(t)).toEqual(new ReferenceMatcher(entries, PREFIXES).findAll(t));
    }), { numRuns: 2_000 });
  });

  it('answers a text asked again from memory with the same hits, which no caller can change', () => {
    const matcher = new AliasMatcher(ALIASES.map((alias, i) => ({ alias, entity: `e${i}` })));
    const sentence = 'Koizumi met Hegseth on SM-3 Block IIA co-production.';
    const long = `${sentence}\n`.repeat(400);
    for (const t of [sentence, long]) {
      const first = matcher.findAll(t);
      matcher.findAll('something else entirely, Koizumi');
      const again = matcher.findAll(t);
      expect(again).toEqual(first);
      expect(again.map((h) => t.slice(h.start, h.end))).toContain('Koizumi');
      expect(() => { (again as AliasHit[]).push({ entity: 'x', start: 0, end: 1 }); }).toThrow(TypeError);
      expect(() => { (again[0] as AliasHit).start = 5; }).toThrow(TypeError);
    }
  });
});
