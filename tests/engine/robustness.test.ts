// Untrusted page text: whatever a page holds, the engine returns a valid report and never throws,
// and pages with no alliance content produce nothing at all.
import { describe, expect, it } from 'vitest';
import { createEngine, ReportSchema } from '../../engine';
import { bundledRecords } from '../../data/records';
import { gazetteer } from '../../data/gazetteer';

const engine = createEngine({ records: bundledRecords, gazetteer });
const PIECES = ['Koizumi', 'Hegseth', ' met ', ' on ', 'January 15', '15日', '会談', '。', '. ', '\n', '(', ')', '「', '」',
  'two-hour', '午後3時', 'SM-3 Block IIA', ' agreed to ', 'signed', 'Pentagon', '\u0301', '\ud83d\ude00', '\u0000', '  ',
  'Ｔｏｋｙｏ', 'ヘグセス', '令和', '年', '月', '99', ':', '—', 'U.S.', 'in ', 'the two ', '約'];

function seededPieces(seed: number, n: number): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out += PIECES[x % PIECES.length];
  }
  return out;
}

describe('engine on hostile text', () => {
  it.each(Array.from({ length: 40 }, (_, i) => i))('random page %i gives a valid report', (seed) => {
    const text = seededPieces(seed + 1, 400);
    const report = engine.analyze({ text, published: seed % 2 ? '2026-01-16T00:00:00Z' : null, source: 'fuzz', title: null });
    expect(() => ReportSchema.parse(report)).not.toThrow();
    for (const m of report.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const c of report.claims) {
      expect(text.slice(c.start, c.end)).toBe(c.text);
      for (const f of c.flags) expect(text).toContain(f.article);
    }
  });

  it('finds nothing on a page with no alliance content', () => {
    const text = 'The city council met on Tuesday and agreed to repave Main Street. The mayor said the work would take two hours a night.';
    const report = engine.analyze({ text, published: '2026-01-16', source: 'x', title: null });
    expect(report.mentions).toEqual([]);
    expect(report.claims).toEqual([]);
    expect(report.meeting).toBeNull();
  });

  it('handles an empty page and a bad publication date', () => {
    expect(engine.analyze({ text: '', published: 'not a date', source: 'x', title: null }).claims).toEqual([]);
  });
});
