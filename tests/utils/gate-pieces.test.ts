// The background's gate over a long text, read piece by piece: a mention anywhere counts, a bare
// place never, and a related text is not read to its end.
import { describe, expect, test } from 'vitest';
import { isRelated } from '../../utils/analysis-service';

/** Finds "Hegseth" (a person) and "Tokyo" (a place); records how much text it was given. */
function engine() {
  const read: number[] = [];
  return {
    read,
    findMentions(text: string) {
      read.push(text.length);
      return Array.from(text.matchAll(/Hegseth|Tokyo/g), (m) => ({ entity: m[0] === 'Tokyo' ? 'place/tokyo' : 'person/hegseth', start: m.index, end: m.index + m[0].length }));
    },
    entity(id: string) {
      return { kind: id.startsWith('place/') ? 'place' : 'person' };
    },
  } as unknown as Parameters<typeof isRelated>[0] & { read: number[] };
}

const filler = (chars: number) => 'Boats in the harbour.\n'.repeat(Math.ceil(chars / 22)).slice(0, chars);

describe('the gate over a long text', () => {
  test('a mention near the end of a giant text is found; a bare place is not enough', () => {
    expect(isRelated(engine(), `${filler(400_000)}\nTokyo.\n`)).toBe(false);
    expect(isRelated(engine(), `${filler(400_000)}\nHegseth arrived.\n`)).toBe(true);
  });

  test('a related text is not read to its end', () => {
    const e = engine();
    expect(isRelated(e, `Hegseth arrived.\n${filler(2_000_000)}`)).toBe(true);
    expect(e.read.reduce((a, b) => a + b, 0)).toBeLessThan(200_000);
  });
});
