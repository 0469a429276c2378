// @vitest-environment happy-dom
// The gate that comes with the settings answer: a page found unrelated is never sent for
// analysis and never asks for the card's strings; a page found related asks for the strings at
// once, so they do not wait behind its analysis in the background.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { startSession, type Session, type SessionDeps } from '../../entrypoints/news.content/session';
import { immediateScheduler } from '../../entrypoints/news.content/scheduler';
import { cardStrings } from '../../utils/locale';
import type { BackgroundMessage } from '../../utils/messages';
import { fakeAnalyzer, fakeEngine, fixture, tick } from './dom-helpers';

const engine = fakeEngine({ aliases: { Hegseth: 'person/hegseth', Nakatani: 'person/nakatani' }, claims: [{ phrase: 'two hours', verdict: 'conflict' }] });

let session: Session | null = null;
beforeEach(() => document.body.replaceChildren());
afterEach(() => {
  session?.dispose();
  session = null;
});

/** A session whose settings answer says `related`; records the order of what it asks for. */
function begin(related: boolean) {
  const asked: string[] = [];
  const messages: BackgroundMessage[] = [];
  const inner = fakeAnalyzer(engine, messages);
  const deps: SessionDeps = {
    doc: document,
    href: () => 'https://news.example/a',
    analyzer: {
      ...inner,
      related: (text) => inner.related(text),
      async analyze(input, gate) {
        asked.push('analysis');
        await tick(5); // the background is busy with it a while
        const report = await inner.analyze(input, gate);
        asked.push('analysis answered');
        return report;
      },
    },
    pageSettings: async (withGate) => ({
      enabled: true, showMentions: true, showMinorFlags: true, showUnverified: false, language: 'en',
      ...(withGate ? { related } : {}),
    }),
    cardStrings: async (locale) => {
      asked.push('strings');
      return structuredClone({ locale, strings: cardStrings(locale) });
    },
    watchSettings: () => () => {},
    sendCounts: () => {},
    scheduler: immediateScheduler,
    card: { shadowMode: 'open' },
  };
  session = startSession(deps);
  return { session, asked, messages };
}

test('a page the settings answer found unrelated is not analysed and asks for no strings', async () => {
  const root = fixture('<p>Boats and lanterns this weekend.</p>');
  const html = root.innerHTML;
  const { session, asked, messages } = begin(false);
  await session.ready;
  expect(session.lens.state).toBe('waiting');
  expect(asked).toEqual([]);
  expect(messages).toEqual([]);
  expect(root.innerHTML).toBe(html);
});

test('a page the settings answer found related asks for the strings before its analysis is answered', async () => {
  fixture('<p>Hegseth and Nakatani held talks for two hours.</p>');
  const { session, asked } = begin(true);
  await session.ready;
  expect(asked.indexOf('strings')).toBeGreaterThanOrEqual(0);
  expect(asked.indexOf('strings')).toBeLessThan(asked.indexOf('analysis answered'));
  expect(document.querySelector('mark.rl-claim.rl-conflict')).not.toBeNull();
});
