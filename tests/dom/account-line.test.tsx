// @vitest-environment happy-dom
// The card says whose account it quotes ("Japan MoD summary", "U.S. DoD readout"), names the
// other government's account when it covers the claim too, and says when the record is partial
// (that the missing part may cover the claim only where the claim is left unverified).
/** @jsxImportSource @/components/dom */
import { afterEach, describe, expect, test } from 'vitest';
import { ClaimCard } from '../../components/ClaimCard';
import { drawCard } from './draw-card';
import { engine, fixtureReport, mountClaimCard, unmountClaimCards } from './claim-card-fixture';

afterEach(unmountClaimCards);

const report = fixtureReport('wire-2024-07-29-tokyo.html');

function cardOf(pattern: RegExp, locale: 'en' | 'ja' = 'en') {
  const claim = report.claims.find((c) => pattern.test(c.text))!;
  return { claim, ...mountClaimCard(claim, report, locale) };
}

describe('whose account a card quotes', () => {
  test('a claim both accounts cover names the U.S. readout it quotes and the Japan MoD summary', () => {
    const { card, el } = cardOf(/Security Consultative Committee/);
    expect(card.props.account).toEqual({ account: 'us-dod', also: ['japan-mod'], partial: false, differences: [] });
    expect(el.querySelector('.rl-account-quoted')?.textContent).toBe('U.S. DoD readout');
    expect(el.querySelector('.rl-account-also')?.textContent).toContain('Japan MoD summary');
    expect(el.querySelector('.rl-partial-notice')).toBeNull();
  });

  test('a conflict only the Japan MoD summary can show is labelled as its account, in Japanese too', () => {
    const { el } = cardOf(/two hours/, 'ja');
    expect(el.querySelector('.rl-account-quoted')?.textContent).toBe('防衛省の概要');
    expect(el.querySelector('.rl-account-also')).toBeNull();
  });

  test('a conflict against a partial record says the copy is partial, not that the missing part may cover it', () => {
    const r = fixtureReport('wire-2019-01-16-pentagon.html');
    const claim = r.claims.find((c) => c.verdict === 'conflict')!;
    const { card, el } = mountClaimCard(claim, r);
    expect(card.props.account?.partial).toBe(true);
    expect(el.querySelector('.rl-account-quoted')?.textContent).toBe('Japan MoD summary');
    expect(el.querySelector('.rl-partial-notice')?.textContent).toBe('This official record is a partial copy.');
    expect(el.textContent).not.toMatch(/may cover/);
  });

  test('an unverified claim whose closest passage is in a partial record says the missing part may cover it', () => {
    for (const [locale, words] of [['en', /missing part may cover this claim/], ['ja', /欠けた部分がこの記述に触れている可能性/]] as const) {
      const host = drawCard(() => (
        <ClaimCard
          verdict="unverified" official="The Ministers confirmed to …" flags={[]} showMinorFlags meetingKnown
          source={{ title: 'Japan-U.S. Defense Ministerial Meeting', date: '2019-01-16', url: null, file: null, paragraph: '2' }}
          account={{ account: 'japan-mod', also: [], partial: true }}
        />
      ), locale);
      expect(host.querySelector('.rl-partial-notice')?.textContent).toMatch(words);
    }
  });

  test('where the two accounts date the meeting differently, the card explains it instead of flagging', () => {
    const text = 'WASHINGTON — U.S. Defense Secretary Lloyd Austin spoke by phone with Japanese Defense Minister Nobuo Kishi on January 23, reaffirming the U.S. commitment to the defense of Japan.';
    const r = engine.analyze({ text, published: '2021-01-23T22:00:00-05:00', source: 'test', title: null });
    const claim = r.claims[0]!;
    for (const [locale, words] of [
      ['en', /the Japan MoD summary gives “January 24, 2021”, the U\.S\. DoD readout “23 January 2021”, each in its own time zone\. The article’s “January 23” follows the U\.S\. DoD readout, so it is not flagged\./],
      ['ja', /防衛省の概要は「January 24, 2021」.*「2021年1月23日」.*それぞれ自国の時間帯の日付です/],
    ] as const) {
      const { card, el } = mountClaimCard(claim, r, locale);
      expect(card.props.account?.differences).toHaveLength(1);
      expect(el.querySelector('.rl-flags, .rl-flag')).toBeNull();
      expect(el.querySelector('.rl-account-difference[data-field="date"]')?.textContent).toMatch(words);
    }
  });
});
