// Evidence rules, each as a table of phrasings in English and Japanese: paragraphs ranked by the
// share of the claim's content weight they cover; the meeting's own setting is not content but a
// place an outcome is about is; attribution is not what a claim says; a two-outcome sentence may
// be covered by two paragraphs; rarity is over the whole record set and stable as it grows.
import { describe, expect, it } from 'vitest';
import { RecordIndex } from '../../engine/record-index';
import { claimTermsOf } from '../../engine/terms';
import { attributionSpans } from '../../engine/attribution';
import { isContentTerm, mayStateTwoOutcomes, termWeight, type Retrieved } from '../../engine/retrieve';
import { agreeingFacts } from '../../engine/verdict';
import type { ClaimFacts } from '../../engine/claims';
import type { OfficialRecord } from '../../data/schema';
import { scanText } from '../../engine/text/width';
import { gazetteer } from '../../data/gazetteer';
import { checkIn, knowledge, record, supports } from './evidence-harness';

const EN = record('test-en', 'en', [
  ['intro', 'On January 15, Minister Koizumi and Secretary Hegseth held a meeting at the Pentagon in Washington.'],
  ['1', 'The Ministers concurred to expand bilateral training and exercises in the southwestern region.'],
  ['2', 'The Ministers confirmed that the construction of the Futenma Replacement Facility at Henoko is the only solution.'],
  ['3', 'The Ministers concurred to accelerate co-production of AMRAAM and to strengthen maintenance of U.S. Navy vessels in Japan.'],
  ['4', 'Minister Koizumi explained the revision of the three strategic documents, and Secretary Hegseth expressed support.'],
  ['5', 'The Ministers confirmed that the Alliance will deepen cooperation with Australia and the Philippines.'],
]);
const JA = record('test-ja', 'ja', [
  ['intro', '令和8年1月15日、小泉防衛大臣とヘグセス戦争長官は、国防総省において会談を行った。'],
  ['1', '両閣僚は、南西地域における日米の共同訓練を拡充することで一致した。'],
  ['2', '両閣僚は、辺野古における普天間飛行場代替施設の建設が唯一の解決策であることを確認した。'],
  ['3', '両閣僚は、AMRAAMの共同生産を加速し、米海軍艦艇の整備を強化することで一致した。'],
  ['4', '小泉大臣から戦略三文書の見直しについて説明し、ヘグセス長官は支持を表明した。'],
  ['5', '両閣僚は、同盟として豪州及びフィリピンとの協力を深化させることを確認した。'],
]);
const index = new RecordIndex([EN, JA], knowledge);

const check = (claim: string, target: OfficialRecord): Retrieved | null => checkIn(index, claim, target);

describe('the paragraph that covers the claim, in either language', () => {
  it.each([
    ['The two agreed to expand joint drills in the southwest.', '1'],
    ['The allies will boost bilateral exercises around Nansei.', '1'],
    ['日米は南西地域での共同演習を拡大することで一致した。', '1'],
    ['They reaffirmed that Henoko is the only solution.', '2'],
    ['辺野古移設が唯一の解決策であることを改めて確認した。', '2'],
    ['They agreed to speed up joint production of AMRAAM missiles.', '3'],
    ['AMRAAMの共同生産を加速させることで合意した。', '3'],
    ['Koizumi briefed Hegseth on the review of the National Security Strategy.', '4'],
    ['小泉氏は国家安全保障戦略の改定を説明した。', '4'],
    ['They confirmed deeper cooperation with Australia and the Philippines.', '5'],
    ['豪州やフィリピンとの協力を深めることを確認した。', '5'],
  ])('%s → %s', (claim, paragraph) => {
    for (const target of [EN, JA]) {
      const found = check(claim, target);
      expect(found?.paragraph.paragraph.id, target.id).toBe(paragraph);
      expect(supports(found), target.id).toBe(true);
    }
  });

  it.each([
    // the meeting's own venue and the participants' countries say nothing about what was agreed
    ['Koizumi and Hegseth met at the Pentagon in Washington on Thursday.'],
    ['Japan and the United States held talks in Washington.'],
    ['小泉氏とヘグセス氏は15日、ワシントンの国防総省で会談した。'],
    // attribution and news register alone cover nothing
    ['The talks lasted roughly an hour, officials said.'],
    ['防衛省によると、会談は約1時間行われた。'],
    // a topic the records never mention
    ['They agreed to build a new submarine base in Guam.'],
    ['グアムに新たな潜水艦基地を建設することで合意した。'],
  ])('%s is covered by no paragraph', (claim) => {
    for (const target of [EN, JA]) expect(supports(check(claim, target)), target.id).toBe(false);
  });

  it('ranks by content coverage, not by the words every report shares', () => {
    // Paragraph 4 shares the names and "explained"; paragraph 1 shares the substance.
    const found = check('Koizumi explained to Hegseth that joint drills in the southwestern region would expand.', EN);
    expect(found?.paragraph.paragraph.id).toBe('1');
  });
});

describe('places', () => {
  it('counts a place an outcome is about, not the meeting venue', () => {
    const d = index.detailsOf(EN);
    const kind = (id: string) => knowledge.get(id)?.kind;
    expect(isContentTerm('@place/henoko', kind, d.setting)).toBe(true);
    expect(isContentTerm('@place/australia', kind, d.setting)).toBe(true);
    expect(isContentTerm('@place/pentagon', kind, d.setting)).toBe(false);
    expect(isContentTerm('@place/washington', kind, d.setting)).toBe(false);
    expect(isContentTerm('@place/japan', kind, d.setting)).toBe(false);
    expect(isContentTerm('@place/us', kind, d.setting)).toBe(false);
    expect(isContentTerm('@person/koizumi', kind, d.setting)).toBe(false);
  });
});

describe('attribution spans', () => {
  it.each([
    ['The two agreed to expand drills, according to a Defense Ministry statement.', 'according to a Defense Ministry statement'],
    ['According to Japanese officials, the two agreed to expand drills.', 'According to Japanese officials'],
    ['The two agreed to expand drills, officials said.', ', officials said'],
    ['The two agreed to expand drills, the Pentagon said in a statement.', ', the Pentagon said in a statement'],
    ['OHARA: They stressed the importance of peace.', 'OHARA:'],
    ['防衛省によると、両氏は共同訓練の拡充で一致した。', '防衛省によると、'],
    ['関係者によれば、両氏は共同訓練の拡充で一致した。', '関係者によれば、'],
  ])('%s', (text, span) => {
    const spans = attributionSpans(text).map((s) => text.slice(s.start, s.end));
    expect(spans).toContain(span);
  });

  it('drops the attribution\'s names and words from the claim terms', () => {
    const text = 'The two agreed to expand drills, according to a Japan Joint Staff statement.';
    const terms = claimTermsOf(scanText(text), knowledge.termMatcher.findAll(text));
    expect([...terms.keys()].some((t) => t.includes('joint-staff') || t === 'statement' || t === 'state')).toBe(false);
    expect(terms.has('@concept/training')).toBe(true);
    const ja = '統合幕僚監部によると、両氏は共同訓練の拡充で一致した。';
    const jaTerms = claimTermsOf(scanText(ja), knowledge.termMatcher.findAll(ja));
    expect([...jaTerms.keys()].some((t) => t.includes('joint-staff') || t === '幕僚')).toBe(false);
    expect(jaTerms.has('@concept/training')).toBe(true);
  });
});

describe('two outcomes, two paragraphs', () => {
  it.each([
    ['They agreed to expand joint drills in the southwestern region and reaffirmed that Henoko is the only solution.'],
    ['南西地域での共同訓練の拡充で一致し、辺野古移設が唯一の解決策であることも確認した。'],
  ])('%s', (claim) => {
    for (const target of [EN, JA]) {
      const found = check(claim, target);
      expect(supports(found), target.id).toBe(true);
      expect([found?.paragraph.paragraph.id, found?.also?.paragraph.id].sort(), target.id).toEqual(['1', '2']);
    }
  });

  it('does not join a paragraph that adds only one term', () => {
    const found = check('They agreed to expand joint drills in the southwestern region and to visit Henoko.', EN);
    expect(found?.also).toBeUndefined();
  });

  it('does not join paragraphs for a single-outcome sentence', () => {
    expect(mayStateTwoOutcomes('The two agreed to expand joint drills in the southwestern region.')).toBe(false);
    expect(mayStateTwoOutcomes('両氏は南西地域での共同訓練の拡充で一致した。')).toBe(false);
  });
});

describe('rarity across the record set', () => {
  it('weighs rare terms more and is computed once per index', () => {
    const r = index.rarity();
    expect(index.rarity()).toBe(r);
    expect(termWeight('@place/henoko', r)).toBeGreaterThan(termWeight('@concept/cooperation', r) / 2);
    expect(termWeight('never-used', r)).toBeGreaterThanOrEqual(termWeight('@concept/training', r) / 2);
  });

  it('counts a copied paragraph once, so copies do not make its words common', () => {
    const copy = record('test-en-copy', 'en', EN.paragraphs.map((p) => [p.id, p.text.replace('Koizumi', 'Nakatani')]));
    const bigger = new RecordIndex([EN, JA, copy], knowledge);
    expect(bigger.rarity().paragraphs).toBe(index.rarity().paragraphs);
  });

  it('links a record\'s "the Alliance" to the alliance it names', () => {
    const p5 = index.detailsOf(EN).paragraphs.find((p) => p.paragraph.id === '5')!;
    expect(p5.terms.has('@framework/alliance')).toBe(true);
    const ja5 = index.detailsOf(JA).paragraphs.find((p) => p.paragraph.id === '5')!;
    expect(ja5.terms.has('@framework/alliance')).toBe(true);
  });
});

describe('meeting facts agree only with a record that states them', () => {
  const fact = (over: Partial<ClaimFacts>): ClaimFacts => ({
    sentence: { text: '', start: 0, end: 0 }, japanese: false, mentions: [], people: [], offices: [], places: [], dates: [],
    times: [], durations: [], quantities: [], meeting: true, collective: true, tense: 'past', elsewhere: false, ...over,
  } as unknown as ClaimFacts);
  const duration = { minutes: 60 } as unknown as ClaimFacts['durations'][number];
  const time = { hour: 14 } as unknown as ClaimFacts['times'][number];
  const place = { entity: 'place/pentagon', start: 0, end: 0 };
  const silent = { ...EN, meeting: { ...EN.meeting, durationMinutes: null, start: null, place: null } };
  const stating = { ...EN, meeting: { ...EN.meeting, durationMinutes: 60, start: '14:00' } };

  it.each([
    ['a duration ("lasted about an hour", 「約1時間」)', { durations: [duration] }],
    ['a start time ("at 2 p.m.", 「午後2時から」)', { times: [time] }],
    ['a place ("at the Pentagon", 「国防総省で」)', { places: [place] }],
  ])('%s counts against a record that states it, not one that is silent', (_, over) => {
    const claim = fact(over as Partial<ClaimFacts>);
    // The pair as subject counts once either way; the fact itself only where the record has it.
    expect(agreeingFacts(claim, stating, [], null)).toBe(2);
    expect(agreeingFacts(claim, silent, [], null)).toBe(1);
  });
});

describe('both languages of one meeting', () => {
  it('quotes a Japanese claim from the Japanese text and carries the English paragraph too', async () => {
    const { createEngine } = await import('../../engine');
    const { bundledRecords } = await import('../../data/records');
    const engine = createEngine({ records: bundledRecords, gazetteer });
    const text = '木原稔防衛相は2日昼（日本時間3日朝）、米ハワイ州でオースティン米国防長官と約45分間会談した。';
    const report = engine.analyze({ text, published: '2024-05-03T09:00:00+09:00', source: 't', title: null });
    const claim = report.claims.find((c) => c.verdict === 'supported');
    expect(claim?.evidence?.recordId).toBe('mod-ja-2024-05-02');
    expect(claim?.translation?.recordId).toBe('mod-en-2024-05-02');
    expect(claim?.translation?.text).toMatch(/Kihara/);
  });
});
