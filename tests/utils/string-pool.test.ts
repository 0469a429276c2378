// The lens's string pool. What it is for (one flat copy, not a slice that keeps a long text
// alive) cannot be seen from JavaScript: scripts/heap-snapshot.ts measures that. These tests hold
// what a reader would notice if it went wrong: every string it hands back, or shares in place,
// is the one it was given, past its bound too.
import { describe, expect, it } from 'vitest';
import { StringPool, flat } from '../../utils/string-pool';

describe('StringPool', () => {
  it('gives back strings equal to what it was given, long or short, past its bound too', () => {
    const pool = new StringPool();
    const page = 'Defense Minister Koizumi met Secretary Hegseth at the Pentagon. '.repeat(400);
    for (let i = 0; i < 25_000; i++) {
      const s = page.slice(i % 500, (i % 500) + 5 + (i % 40));
      expect(pool.get(s)).toBe(s);
    }
    expect(flat(page.slice(3, 60))).toBe(page.slice(3, 60));
  });

  it('shares the strings of a parsed answer in place and leaves everything else as it was', () => {
    const claims = [
      { text: 'Koizumi and Hegseth agreed', start: 10, evidence: { recordId: 'mod-en-2026-01-15', paragraph: 'p3', also: null }, flags: [{ field: 'date', ok: true }] },
      { text: 'They met in Washington', start: 90, evidence: null, flags: [] },
    ];
    const before = structuredClone(claims);
    expect(new StringPool().share(claims)).toBe(claims);
    expect(claims).toEqual(before);
  });
});
