// The lens's book of highlights by block: what each block should show, and which blocks to
// redraw, after highlights are added, replaced and removed.
import { expect, test } from 'vitest';
import { HighlightBook } from '../../entrypoints/news.content/highlight-book';
import { mentionId, type Highlight } from '../../entrypoints/news.content/plan';

const mention = (start: number, end: number, name = 'x'): Highlight =>
  ({ id: mentionId({ start, end }), kind: 'mention', start, end, signature: name, mention: { text: name } }) as unknown as Highlight;
const blockA = { name: 'A' } as unknown as Element;
const blockB = { name: 'B' } as unknown as Element;
const shown = (book: HighlightBook) => new Map(book.takeJobs().map((j) => [j.ctx, j.hls.map((h) => h.id)]));

test('each block to redraw, with what it should show, in the order added', () => {
  const book = new HighlightBook();
  book.add([mention(0, 5), mention(10, 15), mention(100, 105)], (hl) => (hl.start < 50 ? blockA : blockB));
  expect(shown(book)).toEqual(new Map([[blockA, ['m0-5', 'm10-15']], [blockB, ['m100-105']]]));
  expect(shown(book)).toEqual(new Map()); // nothing changed since
  expect(book.size).toBe(3);
  expect(book.contextOf('m10-15')).toBe(blockA);
});

test('a highlight replaced at the same start moves to its new block; both blocks are redrawn', () => {
  const book = new HighlightBook();
  book.add([mention(0, 5), mention(10, 15)], () => blockA);
  book.takeJobs();
  book.add([mention(10, 18, 'longer')], () => blockB);
  expect(shown(book)).toEqual(new Map([[blockA, ['m0-5']], [blockB, ['m10-18']]]));
  expect(book.get('m10-15')).toBeUndefined();
  expect(book.get('m10-18')?.signature).toBe('longer');
});

test('removing a block\'s last highlight redraws it empty; a span the book does not hold changes nothing', () => {
  const book = new HighlightBook();
  book.add([mention(0, 5), mention(10, 15)], () => blockA);
  book.takeJobs();
  book.remove('mention', [{ start: 0, end: 5 }, { start: 10, end: 99 }]);
  expect(shown(book)).toEqual(new Map([[blockA, ['m10-15']]]));
  book.remove('mention', [{ start: 10, end: 15 }]);
  expect(shown(book)).toEqual(new Map([[blockA, []]]));
  expect(book.size).toBe(0);
});

test('a block of 3,000 highlights keeps them all, and keeps the one left when the rest are removed', () => {
  const book = new HighlightBook();
  const many = Array.from({ length: 3_000 }, (_, i) => mention(i * 10, i * 10 + 5));
  book.add(many, () => blockA);
  expect(shown(book).get(blockA)).toHaveLength(3_000);
  book.remove('mention', many.slice(0, 2_999));
  expect(shown(book).get(blockA)).toEqual(['m29990-29995']);
});
