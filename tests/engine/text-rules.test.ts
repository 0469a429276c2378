// Text-level building blocks of the engine: alias matching, sentences, dates, times, durations,
// numbers and the commitment ladder, in English and Japanese.
import { describe, expect, it } from 'vitest';
import { AliasMatcher } from '../../engine/matcher';
import { splitSentences } from '../../engine/sentences';
import { findDateExpressions, resolveDate } from '../../engine/dates';
import { findClockTimes, findDurations, findQuantities } from '../../engine/quantities';
import { findCommitmentCues, governingCommitment } from '../../engine/commitment';
import { scanText } from '../../engine/text/width';

const matcher = new AliasMatcher([
  { alias: 'SM-3 Block IIA', entity: 'system/sm3' },
  { alias: 'SM-3', entity: 'system/sm3-any' },
  { alias: 'SM-3ブロックIIA', entity: 'system/sm3' },
  { alias: 'Shinjiro Koizumi', entity: 'person/koizumi' },
  { alias: 'Koizumi', entity: 'person/koizumi' },
  { alias: '小泉', entity: 'person/koizumi' },
  { alias: 'DICAS', entity: 'framework/dicas' },
  { alias: 'interceptor missile', entity: 'system/interceptor' },
]);

describe('alias matching', () => {
  it.each([
    ['SM-3 Block IIA interceptors', ['system/sm3'], 'longest alias wins over its prefix'],
    ['the sm3 block iia', [], 'a different spelling is only found if listed'],
    ['SM‑3 Block IIA', ['system/sm3'], 'non-breaking hyphen folds to the same key'],
    ['ＳＭ－３　Ｂｌｏｃｋ　ＩＩＡ', ['system/sm3'], 'full-width text matches'],
    ['Shinjirō Koizumi said', ['person/koizumi'], 'diacritics fold'],
    ['Koizumis and Koizumi’s', ['person/koizumi', 'person/koizumi'], 'plural and possessive'],
    ['DICASTERY meeting', [], 'no match inside a Latin word'],
    ['防衛相の小泉氏は', ['person/koizumi'], 'no word boundaries in Japanese'],
    ['SM-3ブロックIIAの生産', ['system/sm3'], 'Japanese alias with Latin parts'],
    ['interceptor missiles', ['system/interceptor'], 'plural of a multi-word alias'],
  ])('%s → %j (%s)', (text, expected) => {
    expect(matcher.findAll(text).map((h) => h.entity)).toEqual(expected);
  });

  it('gives offsets into the original text', () => {
    const text = 'Minister  Shinjirō Koizumi met';
    const [hit] = matcher.findAll(text);
    expect(text.slice(hit!.start, hit!.end)).toBe('Shinjirō Koizumi');
  });

  it('never crosses a line break', () => {
    expect(matcher.findAll('SM-3\nBlock IIA').map((h) => h.entity)).toEqual(['system/sm3-any']);
  });
});

describe('hyphenated compounds', () => {
  const compounds = new AliasMatcher([
    { alias: 'hypersonic', entity: 'system/hypersonic' },
    { alias: 'co-production', entity: 'concept/co-production' },
    { alias: 'ship', entity: 'concept/vessels' },
    { alias: 'SM-3', entity: 'system/sm3-any' },
  ], { compoundPrefixes: ['counter', 'anti'] });
  const ids = (text: string) => compounds.findAll(text).map((h) => h.entity);
  it.each([
    ['cooperation in counter-hypersonic technology', ['system/hypersonic']],
    ['a counter hypersonic programme', ['system/hypersonic']],
    ['counterhypersonic interceptors', ['system/hypersonic']],
    ['Counter‐Hypersonic work', ['system/hypersonic']],
    ['anti-ship and antiship missiles', ['concept/vessels', 'concept/vessels']],
    ['co-production, co production and coproduction', ['concept/co-production', 'concept/co-production', 'concept/co-production']],
  ])('%s → %j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
  it.each([
    ['encounterhypersonic', 'a prefix counts only at the start of a word'],
    ['hypersonically', 'the alias must still end at a word end'],
    ['overship', 'only the listed prefixes open a word'],
    ['the sm3 launcher', 'a letter-digit hyphen is not a compound: "SM-3" is not "sm3"'],
  ])('%s finds nothing (%s)', (text) => {
    expect(ids(text)).toEqual([]);
  });
  it('reports the hit inside the compound, not the prefix', () => {
    const text = 'counterhypersonic';
    const [hit] = compounds.findAll(text);
    expect(text.slice(hit!.start, hit!.end)).toBe('hypersonic');
  });
});

describe('sentences', () => {
  it.each([
    ['U.S. Secretary of War Pete Hegseth met Koizumi. They agreed.', 2],
    ['Adm. Samuel Paparo spoke. Then J. D. Vance spoke.', 2],
    ['両閣僚は会談した。一致した。', 2],
    ['"We confirmed it." Koizumi said so.', 2],
    ['Line one\nLine two', 2],
    ['It cost 3.5 billion yen. Next.', 2],
  ])('%s → %i sentences', (text, n) => {
    expect(splitSentences(text)).toHaveLength(n);
  });
});

describe('dates', () => {
  const resolved = (text: string, ref: string | null, tense: 'past' | 'future' = 'past') =>
    findDateExpressions(scanText(text)).map((d) => resolveDate(d, ref, tense));
  it.each([
    ['On January 15, they met.', '2026-01-17', ['2026-01-15']],
    ['on Jan. 15', '2026-01-20', ['2026-01-15']],
    ['15 January 2026', null, ['2026-01-15']],
    ['On Thursday, Koizumi met Hegseth.', '2026-01-16', ['2026-01-15']],
    ['Thursday, January 15, 2026', null, ['2026-01-15']],
    ['令和7年3月30日', null, ['2025-03-30']],
    ['２０２６年１月１５日（木）', null, ['2026-01-15']],
    ['1月15日、会談した', '2026-01-16', ['2026-01-15']],
    ['15日に会談した', '2026-01-16', ['2026-01-15']],
    ['yesterday', '2026-01-16', ['2026-01-15']],
    ['On December 30 they met', '2026-01-02', ['2025-12-30']],
  ])('%s (published %s) → %j', (text, ref, expected) => {
    expect(resolved(text, ref)).toEqual(expected);
  });

  it('looks forward for the future tense', () => {
    expect(resolved('will meet on Friday', '2026-01-14', 'future')).toEqual(['2026-01-16']);
  });

  it('keeps a weekday next to a date as one expression', () => {
    const [d] = findDateExpressions('Thursday, January 15');
    expect(d).toMatchObject({ month: 1, day: 15, weekday: 4 });
  });
});

describe('clock times', () => {
  it.each([
    ['from 14:00 (local time)', 14 * 60, 'local'],
    ['at 2 p.m. Japan time', 14 * 60, 'japan'],
    ['at 10:25 a.m.', 10 * 60 + 25, null],
    ['午後2時から', 14 * 60, null],
    ['9時50分から（現地時間）', 9 * 60 + 50, 'local'],
  ])('%s → %i minutes, zone %s', (text, minutes, zone) => {
    expect(findClockTimes(scanText(text))[0]).toMatchObject({ minutes, zone });
  });
  it('does not read a duration in hours as a time', () => {
    expect(findClockTimes('約1時間')).toEqual([]);
  });
});

describe('durations', () => {
  it.each([
    ['for approximately 50 minutes', 50, 41, 59],
    ['about an hour', 60, 50, 70],
    ['two-hour talks', 120, 110, 130],
    ['an hour-long meeting', 60, 55, 65],
    ['90-minute session', 90, 83, 97],
    ['more than two hours', 120, 120, 180],
    ['約85分間', 85, 71, 99],
    ['1時間半にわたり', 90, 83, 97],
  ])('%s → %i minutes', (text, minutes, low, high) => {
    const [d] = findDurations(scanText(text));
    expect(d!.minutes).toBe(minutes);
    expect(Math.round(d!.low)).toBeCloseTo(low, -1);
    expect(Math.round(d!.high)).toBeCloseTo(high, -1);
  });
});

describe('counted quantities', () => {
  it('reads the number and what it counts', () => {
    const [q] = findQuantities('in four Defense Ministerial engagements over');
    expect(q).toMatchObject({ value: 4, unit: ['defen', 'minis', 'engag'] });
  });
  it('reads Japanese counters', () => {
    expect(findQuantities('4回の会談')[0]).toMatchObject({ value: 4, unit: ['回'] });
  });
});

describe('commitment ladder', () => {
  const level = (text: string, anchor: string, ja = false) =>
    governingCommitment(text, text.indexOf(anchor), ja)?.level ?? null;
  it.each([
    ['signed a deal to jointly produce SM-3 Block IIA', 'SM-3', 4],
    ['agreed to hold further talks on ramping up production of SM-3', 'SM-3', 1],
    ['advance discussion to substantially increase the production of SM-3', 'SM-3', 1],
    ['the Ministers welcomed the progress under DICAS', 'DICAS', 2],
    // "Agreed to promote X" is agreement to push X forward: at most "confirmed".
    ['concurred to promote initiatives such as DICAS', 'DICAS', 2],
    ['agreed to push ahead with joint production of SM-3', 'SM-3', 2],
    ['agreed to advance co-production of SM-3', 'SM-3', 2],
    ['agreed to co-produce SM-3', 'SM-3', 3],
    ['agreed to increase production of SM-3', 'SM-3', 3],
    ['exchanged views on DICAS', 'DICAS', 0],
  ])('%s (at %s) → level %i', (text, anchor, expected) => {
    expect(level(text, anchor)).toBe(expected);
  });
  it.each([
    ['SM-3ブロックIIAの共同生産契約に署名した', 'SM-3', 4],
    ['SM-3ブロックIIAの生産増加に向けた議論を進めることで一致した', 'SM-3', 1],
    ['DICASの進展を歓迎した', 'DICAS', 2],
    // What 一致 governs: 「〜の推進で一致」「〜を進めることで一致」 is agreeing to advance.
    ['AMRAAMの共同生産の推進で一致した', 'AMRAAM', 2],
    ['AMRAAMの共同生産を進めることで一致した', 'AMRAAM', 2],
    ['AMRAAMの共同生産を促進することで合意した', 'AMRAAM', 2],
    ['AMRAAMの共同生産で一致した', 'AMRAAM', 3],
    ['AMRAAMの共同生産で合意した', 'AMRAAM', 3],
    // 議論を深める / 議論を進展させる / 検討を進める are the exploring rung.
    ['AMRAAMの共同生産に向けて議論を深めることで一致した', 'AMRAAM', 1],
    ['AMRAAMの共同生産について議論を進展させることで一致した', 'AMRAAM', 1],
    ['AMRAAMの共同生産の検討を進めることで一致した', 'AMRAAM', 1],
    ['AMRAAMの共同生産について協議を深めることを確認した', 'AMRAAM', 1],
  ])('%s (at %s) → level %i (Japanese: the verb follows)', (text, anchor, expected) => {
    expect(level(text, anchor, true)).toBe(expected);
  });
  it('finds no cue in plain narration', () => {
    expect(findCommitmentCues('Koizumi arrived in Washington on a cold morning')).toEqual([]);
  });
});
