// @vitest-environment happy-dom
// A claim card quotes every official paragraph that bears on the claim, each labelled with whose
// account it is and linked to its source: the other government's account when both cover the
// claim, a second paragraph for a sentence's second outcome, and the same account in the other
// language. A record is never quoted twice.
import { afterEach, describe, expect, test } from 'vitest';
import { furtherQuotes } from '../../components/official-quotes';
import { bundledRecords } from '../../data/records';
import type { CardRecord } from '../../utils/page-messages';
import { fixtureReport, mountClaimCard, unmountClaimCards } from './claim-card-fixture';

afterEach(unmountClaimCards);

const recordOf = (id: string) => bundledRecords.find((r) => r.id === id)!;

function shown(file: string, pattern: RegExp, locale: 'en' | 'ja' = 'en') {
  const report = fixtureReport(file);
  const claim = report.claims.find((c) => pattern.test(c.text));
  if (!claim) throw new Error(`no claim matches ${pattern}`);
  const { el: host } = mountClaimCard(claim, report, locale);
  const figures = [...host.querySelectorAll('figure.rl-official')].map((f) => ({
    caption: f.querySelector('.rl-official-label')?.textContent ?? '',
    text: f.querySelector('.rl-official-text')?.textContent ?? '',
    lang: f.querySelector('.rl-official-text')?.getAttribute('lang') ?? null,
    link: f.querySelector('a.rl-source-link')?.getAttribute('href') ?? null,
  }));
  return { claim, figures };
}

describe('both governments\' accounts', () => {
  test('a claim the U.S. readout and the Japan MoD summary both cover quotes both, each with its source', () => {
    const { claim, figures } = shown('wire-2024-07-29-tokyo.html', /Security Consultative Committee/);
    const other = claim.corroboration!.find((e) => recordOf(e.recordId).account !== 'us-dod')!;
    expect(figures).toHaveLength(2);
    expect(figures[0]).toMatchObject({ caption: 'U.S. DoD readout says:', text: claim.evidence!.text, link: recordOf(claim.evidence!.recordId).sourceUrl });
    expect(figures[1]).toMatchObject({ caption: 'Japan MoD summary says:', text: other.text, link: recordOf(other.recordId).sourceUrl, lang: recordOf(other.recordId).language });
    expect(figures[0]!.link).not.toBe(figures[1]!.link);
  });

  test('in the Japanese interface the labels are Japanese and the quotes stay as written', () => {
    const { claim, figures } = shown('wire-2024-07-29-tokyo.html', /Security Consultative Committee/, 'ja');
    expect(figures.map((f) => f.caption)).toEqual(['米国防省の発表の記述：', '防衛省の概要の記述：']);
    expect(figures[0]!.text).toBe(claim.evidence!.text);
  });
});

describe('a second paragraph and the other language', () => {
  test('a two-outcome sentence covered by two paragraphs quotes the second as well', () => {
    const { claim, figures } = shown('analysis-2023-06-01-tokyo.html', /unilateral attempt/);
    expect(claim.evidence!.also).toBeDefined();
    expect(figures.map((f) => f.text)).toEqual([claim.evidence!.text, claim.evidence!.also!.text]);
    expect(figures[1]!.caption).toBe('The Japan MoD summary also says:');
  });

  test('a Japanese article checked against the Japanese summary shows the English summary\'s paragraph once, as the translation', () => {
    const { claim, figures } = shown('ja-glossary-2024-05-02-hawaii.html', /約45分間会談/, 'ja');
    expect(claim.translation).toBeDefined();
    expect(figures).toHaveLength(2);
    expect(figures[1]).toMatchObject({ caption: '防衛省の概要（英語版）：', text: claim.translation!.text, lang: 'en', link: recordOf(claim.translation!.recordId).sourceUrl });
  });
});

describe('furtherQuotes', () => {
  const rec = (id: string, account: 'japan-mod' | 'us-dod', language: 'en' | 'ja'): CardRecord => ({
    id, title: id, published: null, sourceUrl: `https://example.org/${id}`, sourceFile: null, meeting: { date: '2024-01-01' }, account, language,
  });
  const records = new Map([rec('jp-en', 'japan-mod', 'en'), rec('jp-ja', 'japan-mod', 'ja'), rec('us', 'us-dod', 'en')].map((r) => [r.id, r]));
  const lookup = (id: string) => records.get(id);
  const ev = (recordId: string, text: string) => ({ recordId, paragraph: '1', text });

  test('quotes each record once, never the quoted one, the other account before the other language', () => {
    const quotes = furtherQuotes({
      evidence: ev('jp-en', 'main'),
      corroboration: [ev('jp-en', 'main again'), ev('jp-ja', 'ja text'), ev('us', 'us text'), ev('us', 'us twice')],
      translation: ev('jp-ja', 'ja text'),
    }, lookup);
    expect(quotes.map((q) => [q.role, q.account, q.text])).toEqual([['other-account', 'us-dod', 'us text'], ['translation', 'japan-mod', 'ja text']]);
  });

  test('no evidence, nothing further; an `also` identical to the main paragraph is not repeated', () => {
    expect(furtherQuotes({ evidence: null, corroboration: [ev('us', 'x')] }, lookup)).toEqual([]);
    expect(furtherQuotes({ evidence: { ...ev('us', 'same'), also: { paragraph: '2', text: 'same' } } }, lookup)).toEqual([]);
  });
});
