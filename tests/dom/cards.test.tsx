// @vitest-environment happy-dom
// What the cards say: verdict, official text verbatim with its source, flags article-versus-
// record, the plain unverified wording, and an entity's role on the meeting's date.
/** @jsxImportSource @/components/dom */
import { afterEach, describe, expect, test } from 'vitest';
import { ClaimCard, type ClaimCardProps } from '../../components/ClaimCard';
import { paragraphLabel } from '../../components/OfficialQuote';
import { translator } from '../../utils/locale';
import { EntityCard } from '../../components/EntityCard';
import { FlagList } from '../../components/FlagList';
import { drawCard, removeCards } from './draw-card';
import { claimCard, entityCard, roleOn } from '../../entrypoints/news.content/card-content';
import { placeCard } from '../../entrypoints/news.content/card-position';
import { claimOn, durationFlag, entities, fakeEngine, minorFlag, record, report } from './dom-helpers';

/** Draws a view in English unless told another language. */
const show = (view: () => Node | null, locale: 'en' | 'ja' = 'en') => drawCard(view, locale);
afterEach(removeCards);

const official = 'The two ministers held talks for approximately 50 minutes.';
const base: ClaimCardProps = {
  verdict: 'conflict',
  official,
  source: { title: 'Japan-U.S. Defense Ministerial Meeting', date: '2025-10-29', url: 'https://www.mod.go.jp/en/x.html', file: 'x.html', paragraph: '2' },
  flags: [durationFlag, minorFlag],
  showMinorFlags: true,
  meetingKnown: true,
};

describe('claim card', () => {
  test('a conflict shows the verdict, each flag article-versus-record, and the official paragraph verbatim', () => {
    const el = show(() => <ClaimCard {...base} />);
    expect(el.querySelector('.rl-verdict')!.textContent).toContain('Differs from the official summary');
    const flags = Array.from(el.querySelectorAll('.rl-flag-compare'), (p) => p.textContent);
    expect(flags).toEqual([
      'Article: two-hour talks · Official: approximately 50 minutes',
      'Article: Defense Secretary · Official: Secretary of War',
    ]);
    expect(el.querySelector('.rl-flag-why')!.textContent).toBe(durationFlag.explanation);
    expect(el.querySelector('blockquote')!.textContent).toBe(official);
    const source = el.querySelector('.rl-source')!;
    expect(source.textContent).toContain('Japan-U.S. Defense Ministerial Meeting');
    expect(source.textContent).toContain('29 October 2025');
    const link = source.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://www.mod.go.jp/en/x.html');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  test('in Japanese: verdict, field names and explanations are Japanese; both quotes stay as written', () => {
    const el = show(() => <ClaimCard {...base} />, 'ja');
    expect(el.querySelector('.rl-verdict')!.textContent).toContain('公式概要と食い違い');
    const flags = Array.from(el.querySelectorAll('.rl-flag-compare'), (p) => p.textContent);
    expect(flags[0]).toBe('記事： two-hour talks · 公式： approximately 50 minutes');
    expect(el.querySelector('.rl-flag-field')!.textContent).toBe('所要時間');
    expect(el.querySelector('.rl-flag-why')!.textContent).toMatch(/[\u3040-\u30ff]/);
    expect(el.querySelector('blockquote')!.textContent).toBe(official);
    expect(el.querySelector('.rl-source')!.textContent).toContain('2025年10月29日');
    expect(el.querySelector('.rl-source-para')!.textContent).toContain('第2項');
  });

  test.each([
    ['intro', 'opening paragraph', '冒頭の段落'],
    ['2(3)', 'para. 2(3)', '第2(3)項'],
    ['p3', 'paragraph 3', '第3段落'],
    ['1-p2', 'para. 1, paragraph 2', '第1項・第2段落'],
    ['2-b1', 'para. 2, point 1', '第2項・箇条1'],
  ])('the paragraph %s of a summary reads "%s" / "%s"', (id, english, japanese) => {
    expect(paragraphLabel(id, translator('en').t)).toBe(english);
    expect(paragraphLabel(id, translator('ja').t)).toBe(japanese);
  });

  test('minor flags are hidden when the setting says so, and the card says how many', () => {
    const el = show(() => <ClaimCard {...base} showMinorFlags={false} />);
    expect(el.querySelectorAll('.rl-flag')).toHaveLength(1);
    expect(el.querySelector('.rl-hidden-minor')!.textContent).toContain('1 minor difference hidden');
  });

  test('supported: the verdict and the official text, no flags', () => {
    const el = show(() => <ClaimCard {...base} verdict="supported" flags={[]} />);
    expect(el.querySelector('.rl-verdict')!.textContent).toContain('Matches the official summary');
    expect(el.querySelector('.rl-flags')).toBeNull();
    expect(el.querySelector('blockquote')!.textContent).toBe(official);
  });

  test('without a URL the source file is named', () => {
    const el = show(() => <ClaimCard {...base} source={{ ...base.source!, url: null }} />);
    expect(el.querySelector('.rl-source a')).toBeNull();
    expect(el.querySelector('.rl-source')!.textContent).toContain('Source file: x.html');
  });

  test('unverified says plainly that no official summary covers it', () => {
    const el = show(() => <ClaimCard {...base} verdict="unverified" official={null} source={null} flags={[]} />);
    expect(el.querySelector('.rl-verdict')!.textContent).toContain('Not in any official summary');
    expect(el.textContent).toContain('No official summary covers this claim.');
    expect(el.textContent).not.toContain('no official record in the data');
  });

  test('unverified on a page whose meeting has no record says that too', () => {
    const el = show(() => <ClaimCard {...base} verdict="unverified" official={null} source={null} flags={[]} meetingKnown={false} />);
    expect(el.textContent).toContain('No official summary covers this claim.');
    expect(el.textContent).toContain('The meeting this page is about has no official record in the data.');
  });

  test('FlagList renders nothing for no flags', () => {
    const el = show(() => <FlagList flags={[]} />);
    expect(el.innerHTML).toBe('');
  });
});

describe('card content from a report', () => {
  const engine = fakeEngine({ aliases: {} });
  const text = 'Hegseth said the talks lasted two hours.';

  test('a claim card takes the official paragraph and the record’s title, date and link', () => {
    const claim = claimOn(text, 'two hours', 'conflict', { flags: [durationFlag] });
    const card = claimCard(claim, report(text), engine, true);
    expect(card.kind).toBe('claim');
    if (card.kind !== 'claim') return;
    expect(card.props.official).toBe(claim.evidence!.text);
    expect(card.props.source).toEqual({
      title: record.title, date: '2025-10-29', url: record.sourceUrl, file: record.sourceFile, paragraph: '2',
    });
    expect(card.props.meetingKnown).toBe(false);
  });

  test('an entity card gives the role held on the meeting’s date, else today', () => {
    const mention = { entity: 'person/hegseth', text: 'Hegseth', start: 0, end: 7 };
    const atMeeting = entityCard(mention, report(text, { meeting: { recordId: record.id, date: '2025-03-30', confidence: 0.9, reasons: [] } }), engine);
    expect(atMeeting.props).toMatchObject({ name: 'Pete Hegseth', role: 'Secretary of Defense', roleDate: '2025-03-30', roleDateIsMeeting: true });
    const later = entityCard(mention, report(text, { meeting: { recordId: record.id, date: '2025-10-29', confidence: 0.9, reasons: [] } }), engine);
    expect(later.props).toMatchObject({ role: 'Secretary of War' });
    const today = entityCard(mention, report(text), engine, '2026-02-01');
    expect(today.props).toMatchObject({ roleDate: '2026-02-01', roleDateIsMeeting: false });
  });

  test('roleOn: nothing before or after a term', () => {
    const nakatani = entities.find((e) => e.id === 'person/nakatani')!;
    expect(roleOn(nakatani, '2025-03-30')?.title).toBe('Minister of Defense');
    expect(roleOn(nakatani, '2025-10-29')).toBeNull();
    expect(roleOn(nakatani, '2024-09-30')).toBeNull();
  });
});

describe('entity card', () => {
  test('shows name, role as of the date, and the one-line description', () => {
    const el = show(
      () => <EntityCard name="Pete Hegseth" nameJa="ピート・ヘグセス" kind="person" role="Secretary of Defense"
        roleDate="2025-03-30" roleDateIsMeeting description="U.S. Secretary of Defense since January 2025." />,
    );
    expect(el.querySelector('.rl-entity-name')!.textContent).toContain('Pete Hegseth');
    expect(el.querySelector('.rl-entity-role')!.textContent).toBe('Secretary of Defense (at the meeting, 30 March 2025)');
    expect(el.querySelector('.rl-entity-desc')!.textContent).toBe('U.S. Secretary of Defense since January 2025.');
  });

  test('a person without an office on that date says so', () => {
    const el = show(() => <EntityCard name="Gen Nakatani" nameJa={null} kind="person" role={null} roleDate="2025-12-01" roleDateIsMeeting={false} description="x" />);
    expect(el.querySelector('.rl-entity-role')!.textContent).toBe('No office on record (as of 1 December 2025).');
  });

  test('in Japanese: kind, role date and the no-office line; gazetteer names and offices as written', () => {
    const el = show(
      () => <EntityCard name="Pete Hegseth" nameJa="ピート・ヘグセス" kind="person" role="Secretary of Defense"
        roleDate="2025-03-30" roleDateIsMeeting description="U.S. Secretary of Defense since January 2025." />,
      'ja',
    );
    expect(el.querySelector('.rl-entity-kind')!.textContent).toBe('人物');
    expect(el.querySelector('.rl-entity-role')!.textContent).toBe('Secretary of Defense (会談時点（2025年3月30日）)');
    expect(el.querySelector('.rl-entity-name')!.textContent).toContain('ピート・ヘグセス');
  });
});

describe('card placement', () => {
  const viewport = { width: 1000, height: 800 };
  const card = { width: 360, height: 240 };
  const overlaps = (a: { top: number; bottom: number }, top: number, height: number) => top < a.bottom && a.top < top + height;

  test('below the highlight when there is room', () => {
    const anchor = { top: 100, bottom: 120, left: 50, right: 300 };
    const p = placeCard([anchor], card, viewport);
    expect(p.placement).toBe('below');
    expect(p.top).toBeGreaterThanOrEqual(120);
    expect(overlaps(anchor, p.top, Math.min(card.height, p.maxHeight))).toBe(false);
  });

  test('above when there is no room below', () => {
    const anchor = { top: 700, bottom: 720, left: 50, right: 300 };
    const p = placeCard([anchor], card, viewport);
    expect(p.placement).toBe('above');
    expect(p.top + card.height).toBeLessThanOrEqual(700);
    expect(p.top).toBeGreaterThanOrEqual(8);
  });

  test('never covers a multi-line highlight and stays inside the viewport horizontally', () => {
    const lines = [
      { top: 300, bottom: 320, left: 900, right: 990 },
      { top: 320, bottom: 340, left: 10, right: 600 },
    ];
    const p = placeCard(lines, card, viewport);
    expect(overlaps({ top: 300, bottom: 340 }, p.top, Math.min(card.height, p.maxHeight))).toBe(false);
    expect(p.left + card.width).toBeLessThanOrEqual(viewport.width - 8);
    expect(p.left).toBeGreaterThanOrEqual(8);
  });

  test('a tall card gets the larger side and scrolls inside it', () => {
    const anchor = { top: 350, bottom: 370, left: 50, right: 300 };
    const p = placeCard([anchor], { width: 360, height: 2000 }, viewport);
    expect(p.maxHeight).toBeLessThanOrEqual(800 - 370 - 6 - 8);
    expect(overlaps(anchor, p.top, p.maxHeight)).toBe(false);
    expect(p.top + p.maxHeight).toBeLessThanOrEqual(800 - 8);
  });
});
