// @vitest-environment happy-dom
// The session as the user meets it: settings switch it off and on live (restoring the page
// exactly), the typed messages get answers, and the card opens on hover and focus and closes on
// Esc, inside a shadow root.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { startSession, type Session, type SessionDeps } from '../../entrypoints/news.content/session';
import { immediateScheduler } from '../../entrypoints/news.content/scheduler';
import { defaultSettings, isSiteEnabled, type Settings } from '../../utils/settings';
import { cardStrings } from '../../utils/locale';
import type { Report } from '../../engine/report';
import type { BackgroundMessage } from '../../utils/messages';
import { durationFlag, fakeAnalyzer, fakeEngine, fixture, minorFlag, record, tick } from './dom-helpers';

const page = `<article><h1>Ministers meet</h1>
  <p>Hegseth and Nakatani held talks for two hours in Tokyo.</p>
  <p>They agreed on SM-3 Block IIA co-production.</p>
  <p>A new squadron will deploy next year.</p></article>`;

const OPEN = 30;
const GRACE = 30;

interface Harness {
  session: Session;
  settings: Settings;
  /** What the session told the background: the page's verdict counts. */
  sent: Array<{ claims: number; conflicts: number; source: string }>;
  /** Every message to the background. */
  messages: BackgroundMessage[];
  change(next: Partial<Settings>): Promise<void>;
}

let current: Session | null = null;

async function begin(initial: Partial<Settings> = {}, href = 'https://news.example/a', more: Partial<SessionDeps> = {}): Promise<Harness> {
  const state = { settings: { ...defaultSettings, ...initial } as Settings };
  let notify: () => void = () => {};
  const sent: Harness['sent'] = [];
  const messages: BackgroundMessage[] = [];
  const engine = fakeEngine({
    aliases: { Hegseth: 'person/hegseth', Nakatani: 'person/nakatani', Tokyo: 'place/tokyo', 'SM-3 Block IIA': 'system/sm-3-block-iia' },
    claims: [
      { phrase: 'two hours', verdict: 'conflict', flags: [durationFlag, minorFlag] },
      { phrase: 'co-production', verdict: 'supported' },
      { phrase: 'squadron', verdict: 'unverified' },
    ],
    meeting: null,
  });
  const deps: SessionDeps = {
    doc: document,
    href: () => href,
    analyzer: fakeAnalyzer(engine, messages),
    // As the background answers page-settings: the settings as they apply to this page.
    pageSettings: async () => ({
      enabled: isSiteEnabled(state.settings, new URL(href).hostname),
      showMentions: state.settings.showMentions,
      showMinorFlags: state.settings.showMinorFlags,
      showUnverified: state.settings.showUnverified,
      language: state.settings.language,
    }),
    // As the background answers card-strings (through a structured clone, as messaging does).
    cardStrings: async (locale) => structuredClone({ locale, strings: cardStrings(locale) }),
    watchSettings: (cb) => {
      notify = cb;
      return () => (notify = () => {});
    },
    sendCounts: (c) => sent.push(c),
    scheduler: immediateScheduler,
    card: { openDelayMs: OPEN, graceMs: GRACE, shadowMode: 'open', acceptSyntheticEvents: true },
    navigationSettleMs: 10,
    ...more,
  };
  const session = startSession(deps);
  current = session;
  await session.ready;
  return {
    session,
    get settings() {
      return state.settings;
    },
    sent,
    messages,
    async change(next) {
      state.settings = { ...state.settings, ...next };
      notify();
      await tick(5);
      await session.lens.idle();
    },
  };
}

const shadow = () => document.querySelector('[data-rl="ui"]')?.shadowRoot ?? null;
const cardText = () => shadow()?.querySelector('.rl-card')?.textContent ?? '';
const claimHead = (verdict: string) => document.querySelector<HTMLElement>(`mark.rl-claim.rl-${verdict}[data-rl-head]`)!;

function pointer(type: 'pointerover' | 'pointerout', target: Element, relatedTarget: Element | null = null): void {
  const Ctor = (globalThis.PointerEvent ?? MouseEvent) as typeof MouseEvent;
  target.dispatchEvent(new Ctor(type, { bubbles: true, composed: true, relatedTarget }));
}

beforeEach(() => {
  document.body.replaceChildren();
  document.querySelectorAll('[data-rl="ui"]').forEach((el) => el.remove());
});
afterEach(() => {
  current?.dispose();
  current = null;
});

describe('the reader\'s languages', () => {
  test('are read once for a page\'s highlights and cards, and again only after the browser says they changed', async () => {
    fixture(page);
    let asked = 0;
    const languages = () => (asked++, asked > 1 ? ['ja'] : ['en-GB']);
    await begin({}, 'https://news.example/a', { languages });
    expect(document.querySelectorAll('mark[data-rl]').length).toBeGreaterThan(3);
    expect(document.querySelector('mark.rl-claim')!.getAttribute('aria-description') ?? '').toMatch(/[a-z]/i);
    expect(asked).toBe(1);
    window.dispatchEvent(new Event('languagechange'));
    // The next card asks again, and speaks the new language once its strings are in.
    pointer('pointerover', claimHead('conflict'));
    await tick(OPEN + 20);
    expect(asked).toBe(2);
    pointer('pointerout', claimHead('conflict'));
    await tick(OPEN + GRACE + 20);
    pointer('pointerover', claimHead('conflict'));
    await vi.waitFor(() => expect(cardText()).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/));
    expect(asked).toBe(2);
  });
});

describe('settings', () => {
  test('a site switched off gets nothing', async () => {
    const root = fixture(page);
    const html = root.innerHTML;
    const h = await begin({ disabledSites: ['news.example'] });
    expect(root.innerHTML).toBe(html);
    expect(await h.session.handle({ type: 'get-report' })).toEqual({ url: 'https://news.example/a', active: false, report: null, phase: 'off' });
    expect(h.sent).toEqual([]);
  });

  test('switching the site off live restores the original DOM exactly; on again re-applies', async () => {
    const root = fixture(page);
    const before = root.cloneNode(true);
    const h = await begin();
    expect(root.querySelectorAll('mark.rl-claim[data-rl-head]').length).toBe(3);
    h.session.card.open(claimHead('conflict').dataset.rlId!);
    expect(shadow()).not.toBeNull();

    await h.change({ disabledSites: ['news.example'] });
    expect(root.isEqualNode(before)).toBe(true);
    expect(h.session.card.openId).toBeNull();
    expect(document.querySelector('[data-rl="ui"]')).toBeNull(); // the card's host is gone too

    await h.change({ disabledSites: [] });
    expect(root.querySelectorAll('mark.rl-claim[data-rl-head]').length).toBe(3);
    await h.change({ enabled: false });
    expect(root.isEqualNode(before)).toBe(true);
  });

  test('hiding mentions redraws without them', async () => {
    const root = fixture(page);
    const h = await begin();
    expect(root.querySelector('mark.rl-mention')).not.toBeNull();
    await h.change({ showMentions: false });
    expect(root.querySelector('mark.rl-mention')).toBeNull();
    expect(root.querySelectorAll('mark.rl-claim[data-rl-head]').length).toBe(3);
  });

  test('hiding minor flags updates the open card', async () => {
    fixture(page);
    const h = await begin();
    h.session.card.open(claimHead('conflict').dataset.rlId!);
    expect(shadow()!.querySelectorAll('.rl-flag')).toHaveLength(2);
    await h.change({ showMinorFlags: false });
    expect(shadow()!.querySelectorAll('.rl-flag')).toHaveLength(1);
  });
});

describe('messages', () => {
  test('get-report answers with the report; the background gets its counts', async () => {
    fixture(page);
    const h = await begin();
    const answer = await h.session.handle({ type: 'get-report' });
    expect(answer).toMatchObject({ url: 'https://news.example/a', active: true, phase: 'active' });
    const report = (answer as { report: Report }).report;
    expect(report.claims.map((c) => c.verdict)).toEqual(['conflict', 'supported', 'unverified']);
    expect(h.sent).toEqual([{ claims: 3, conflicts: 1, source: 'https://news.example/a', title: 'Ministers meet' }]);
    // The page's text went to the background for its mentions (those in view are drawn at once)
    // and for its analysis, gate and analysis in one round trip.
    expect(h.messages.map((m) => m.type)).toEqual(['find-mentions', 'analyze-text']);
  });

  test('focus-claim focuses the claim and opens its card', async () => {
    fixture(page);
    const h = await begin();
    expect(await h.session.handle({ type: 'focus-claim', index: 1 })).toEqual({ ok: true });
    expect(document.activeElement).toBe(claimHead('supported'));
    expect(cardText()).toContain('Matches the official summary');
    expect(cardText()).toContain(record.paragraphs[0]!.text);
    expect(await h.session.handle({ type: 'focus-claim', index: 9 })).toMatchObject({ ok: false });
  });

  test('step-claim goes through the claims in page order and wraps around', async () => {
    fixture(page);
    const h = await begin();
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      await h.session.handle({ type: 'step-claim', direction: 'next' });
      seen.push((document.activeElement as HTMLElement).className);
    }
    expect(seen).toEqual(['rl-claim rl-conflict', 'rl-claim rl-supported', 'rl-claim rl-unverified', 'rl-claim rl-conflict']);
    await h.session.handle({ type: 'step-claim', direction: 'previous' });
    expect((document.activeElement as HTMLElement).className).toBe('rl-claim rl-unverified');
  });

  test('toggle-highlights takes them all out and puts them back', async () => {
    const root = fixture(page);
    const before = root.cloneNode(true);
    const h = await begin();
    await h.session.handle({ type: 'toggle-highlights' });
    expect(root.isEqualNode(before)).toBe(true);
    expect(await h.session.handle({ type: 'get-report' })).toMatchObject({ active: false, report: null });
    await h.session.handle({ type: 'toggle-highlights' });
    expect(root.querySelectorAll('mark.rl-claim[data-rl-head]').length).toBe(3);
  });
});

describe('hover card', () => {
  test('opens after a short hover, stays while the pointer is on it, closes after leaving', async () => {
    fixture(page);
    const h = await begin();
    const head = claimHead('conflict');
    pointer('pointerover', head);
    expect(h.session.card.openId).toBeNull(); // not at once
    await tick(OPEN + 20);
    expect(h.session.card.openId).toBe(head.dataset.rlId);
    expect(head.getAttribute('aria-expanded')).toBe('true');
    expect(cardText()).toContain('Differs from the official summary');
    expect(cardText()).toContain('Article: two-hour talks · Official: approximately 50 minutes');
    expect(cardText()).toContain(record.paragraphs[0]!.text);

    // Leaving the highlight for the card: the grace period lets the pointer get there.
    const card = shadow()!.querySelector('.rl-card')!;
    pointer('pointerout', head, document.querySelector('[data-rl="ui"]'));
    card.dispatchEvent(new Event('pointerenter'));
    await tick(GRACE + 20);
    expect(h.session.card.openId).toBe(head.dataset.rlId);
    card.dispatchEvent(new Event('pointerleave'));
    await tick(GRACE + 20);
    expect(h.session.card.openId).toBeNull();
    expect(head.getAttribute('aria-expanded')).toBe('false');
  });

  test('a quick pass over a highlight opens nothing', async () => {
    fixture(page);
    const h = await begin();
    const head = claimHead('supported');
    pointer('pointerover', head);
    pointer('pointerout', head, document.body);
    await tick(OPEN + 20);
    expect(h.session.card.openId).toBeNull();
  });

  test('keyboard focus opens it at once; Esc closes it', async () => {
    fixture(page);
    const h = await begin();
    const head = claimHead('unverified');
    head.focus();
    expect(h.session.card.openId).toBe(head.dataset.rlId);
    expect(cardText()).toContain('No official summary covers this claim.');
    expect(cardText()).toContain('The meeting this page is about has no official record in the data.');
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(h.session.card.openId).toBeNull();
  });

  test('a name inside a conflicting claim opens the claim’s card, verdict first, with the name as a line in it', async () => {
    fixture(page);
    const h = await begin();
    const mention = Array.from(document.querySelectorAll<HTMLElement>('mark.rl-mention[data-rl-head]')).find((m) => m.textContent === 'Nakatani')!;
    expect(mention.hasAttribute('tabindex') || mention.hasAttribute('role')).toBe(false); // no control inside the claim's
    pointer('pointerover', mention);
    await tick(OPEN + 20);
    expect(h.session.card.openId).toBe(mention.dataset.rlId);
    const text = cardText();
    expect(text).toContain('Differs from the official summary');
    expect(text).toContain('two-hour talks');
    expect(text.indexOf('Differs from the official summary')).toBeLessThan(text.indexOf('Gen Nakatani'));
    expect(document.querySelector('[data-rl="ui"]')!.shadowRoot!.querySelector('.rl-entity-line')!.textContent).toContain('Gen Nakatani');
  });

  test('keyboard: Tab on a claim moves into its card, Esc closes it and puts focus back on the claim', async () => {
    fixture(`${page}<p><a href="#after">after</a></p>`);
    const h = await begin();
    const head = claimHead('conflict');
    head.focus();
    expect(h.session.card.openId).toBe(head.dataset.rlId);
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true, cancelable: true });
    head.dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(true);
    const host = document.querySelector('[data-rl="ui"]')!;
    expect(document.activeElement).toBe(host);
    expect(host.shadowRoot!.activeElement?.getAttribute('role')).toBe('dialog');
    host.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(h.session.card.openId).toBeNull();
    expect(document.activeElement).toBe(head);
  });

  test('a name outside any claim keeps a card of its own', async () => {
    // Inside the story (furniture outside it is not read at all), in a sentence that is no claim.
    fixture(page.replace('</article>', '<p class="profile">Profile: Nakatani, a former minister.</p></article>'));
    const h = await begin();
    const mention = Array.from(document.querySelectorAll<HTMLElement>('p.profile mark.rl-mention[data-rl-head]'))[0]!;
    mention.focus();
    expect(h.session.card.openId).toBe(mention.dataset.rlId);
    expect(cardText()).toContain('Gen Nakatani');
    expect(cardText()).toContain('Japan’s Minister of Defense');
    expect(cardText()).not.toContain('official summary');
  });

  test('unverified claims are drawn unmarked by default (out of the Tab order) and marked once the setting asks', async () => {
    fixture(page);
    const h = await begin();
    const quiet = claimHead('unverified');
    expect(quiet.hasAttribute('data-rl-quiet')).toBe(true);
    expect(quiet.getAttribute('tabindex')).toBe('-1');
    expect(claimHead('conflict').hasAttribute('data-rl-quiet')).toBe(false);
    expect(claimHead('conflict').getAttribute('tabindex')).toBe('0');
    await h.change({ showUnverified: true });
    await h.session.lens.idle();
    const marked = claimHead('unverified');
    expect(marked.hasAttribute('data-rl-quiet')).toBe(false);
    expect(marked.getAttribute('tabindex')).toBe('0');
  });

  test('the card and the highlight descriptions speak the chosen language; quotes stay as written', async () => {
    fixture(page);
    const h = await begin({ language: 'ja' });
    const head = claimHead('conflict');
    expect(head.getAttribute('aria-description')).toBe('Readout Lens：公式概要と食い違い（相違2件）');
    head.focus();
    expect(h.session.card.openId).toBe(head.dataset.rlId);
    const text = cardText();
    expect(text).toContain('公式概要と食い違い');
    expect(text).toContain('所要時間');
    expect(text).toContain('two-hour talks');
    expect(text).toContain('The two ministers held talks for approximately 50 minutes.');
    expect(text).toContain('2025年10月29日');
    expect(text).not.toContain('Differs');
  });

  test('the card lives in a shadow root outside the page content', async () => {
    const root = fixture(page);
    const h = await begin();
    h.session.card.open(claimHead('conflict').dataset.rlId!);
    const host = document.querySelector('[data-rl="ui"]')!;
    expect(host.getAttribute('data-rl')).toBe('ui');
    expect(root.contains(host)).toBe(false);
    expect(host.shadowRoot!.querySelector('style')!.textContent).toContain('.rl-card');
    expect(document.querySelector('.rl-card')).toBeNull(); // not reachable from page CSS
  });
});

describe('navigation', () => {
  test('a client-side navigation reads the new page', async () => {
    const root = fixture(page);
    const h = await begin();
    h.session.navigated();
    // The highlights stay until the URL has settled (then the page is read again).
    expect(root.querySelector('mark')).not.toBeNull();
    root.replaceChildren();
    root.append(Object.assign(document.createElement('p'), { textContent: 'Nakatani met Hegseth for two hours.' }));
    await tick(40);
    await h.session.lens.idle();
    expect(root.querySelector('mark.rl-claim.rl-conflict')).not.toBeNull();
  });

  test('a page rewriting its URL all the time keeps its highlights', async () => {
    const root = fixture(page);
    const h = await begin();
    const marks = root.querySelectorAll('mark').length;
    for (let i = 0; i < 8; i++) {
      h.session.navigated();
      await tick(4); // well inside the settle time of 10 ms
      expect(root.querySelectorAll('mark').length).toBe(marks);
    }
  });
});
