// @vitest-environment happy-dom
// A reader with keyboard focus on an early mention keeps their place when the full result
// replaces it: the focus moves to the claim around the name when it now sits inside one (or to
// the same highlight's new mark), and the open card follows; it is never dropped to the body.
// A card opened by hovering stays open through the redraw, anchored to the marks drawn now.
import { afterEach, describe, expect, test } from 'vitest';
import { startSession, type Session, type SessionDeps } from '../../entrypoints/news.content/session';
import { immediateScheduler } from '../../entrypoints/news.content/scheduler';
import { cardStrings } from '../../utils/locale';
import { durationFlag, fakeAnalyzer, fakeEngine, fixture, holding, installFakeIntersectionObserver, tick } from './dom-helpers';

const page = `<article><h1>Ministers meet</h1>
  <p>Hegseth and Nakatani held talks for two hours in Tokyo.</p>
  <p>A profile of Nakatani, a former minister.</p></article>`;

let session: Session | null = null;
let restoreIO: (() => void) | null = null;
afterEach(() => {
  session?.dispose();
  session = null;
  restoreIO?.();
  restoreIO = null;
});

/** A session whose analysis answers only when `release` is called (its early mentions are drawn before). */
async function begin(): Promise<{ session: Session; release(): void }> {
  restoreIO = installFakeIntersectionObserver();
  fixture(page);
  const engine = fakeEngine({
    aliases: { Hegseth: 'person/hegseth', Nakatani: 'person/nakatani', Tokyo: 'place/tokyo' },
    claims: [{ phrase: 'two hours', verdict: 'conflict', flags: [durationFlag] }],
    meeting: null,
  });
  const { analyzer, release } = holding(fakeAnalyzer(engine), 'analyze');
  const deps: SessionDeps = {
    doc: document,
    href: () => 'https://news.example/a',
    analyzer,
    pageSettings: async () => ({ enabled: true, showMentions: true, showMinorFlags: true, showUnverified: false, language: 'en' }),
    cardStrings: async (locale) => structuredClone({ locale, strings: cardStrings(locale) }),
    watchSettings: () => () => {},
    sendCounts: () => {},
    scheduler: immediateScheduler,
    card: { openDelayMs: 30, graceMs: 30, shadowMode: 'open', acceptSyntheticEvents: true },
    navigationSettleMs: 10,
  };
  session = startSession(deps);
  for (let i = 0; i < 100 && !document.querySelector('mark.rl-mention'); i++) await tick(5);
  return { session, release };
}

const nakatani = (where: string) => Array.from(document.querySelectorAll<HTMLElement>(`${where} mark.rl-mention[data-rl-head]`)).find((m) => m.textContent === 'Nakatani')!;
const cardText = () => document.querySelector('[data-rl="ui"]')?.shadowRoot?.querySelector('.rl-card')?.textContent ?? '';

describe('focus through the full result replacing the early mentions', () => {
  test('a name that ends up inside a claim: the focus moves to the claim, whose card opens', async () => {
    const { session, release } = await begin();
    expect(document.querySelector('mark.rl-claim')).toBeNull(); // early: mentions only
    const early = nakatani('p:first-of-type');
    early.focus();
    expect(session.card.openId).toBe(early.dataset.rlId);
    expect(cardText()).toContain('Gen Nakatani');
    release();
    await session.ready;
    await session.lens.idle();
    expect(early.isConnected).toBe(false);
    const claim = document.querySelector<HTMLElement>('mark.rl-claim.rl-conflict[data-rl-head]')!;
    expect(document.activeElement).toBe(claim);
    expect(session.card.openId).not.toBeNull();
    expect(cardText()).toContain('Differs from the official summary');
  });

  test('a name outside any claim: its block is left as drawn, the focus and card with it', async () => {
    const { session, release } = await begin();
    const early = nakatani('p:last-of-type');
    early.focus();
    release();
    await session.ready;
    await session.lens.idle();
    expect(early.isConnected).toBe(true); // the same highlight, so the block was not redrawn
    expect(document.activeElement).toBe(early);
    expect(session.card.openId).toBe(early.dataset.rlId);
  });

  test('a reader who moved the focus elsewhere meanwhile keeps it there', async () => {
    const { session, release } = await begin();
    const button = document.createElement('button');
    document.body.append(button);
    nakatani('p:last-of-type').focus();
    button.focus();
    release();
    await session.ready;
    await session.lens.idle();
    expect(document.activeElement).toBe(button);
  });

  test('a card opened by hovering an early mention stays open through the redraw, on the claim now around the name', async () => {
    const { session, release } = await begin();
    const early = nakatani('p:first-of-type');
    early.dispatchEvent(new ((globalThis.PointerEvent ?? MouseEvent) as typeof MouseEvent)('pointerover', { bubbles: true, composed: true }));
    await tick(60);
    expect(session.card.openId).toBe(early.dataset.rlId);
    expect(cardText()).toContain('Gen Nakatani');
    release();
    await session.ready;
    await session.lens.idle();
    await tick(10);
    expect(early.isConnected).toBe(false);
    const open = session.card.openId!;
    expect(open).not.toBeNull();
    expect(session.lens.wrappers(open).length).toBeGreaterThan(0);
    expect(session.lens.wrappers(open).every((el) => el.isConnected)).toBe(true);
    expect(cardText()).toContain('Differs from the official summary');
  });
});

