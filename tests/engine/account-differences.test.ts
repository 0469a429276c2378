// One meeting, two governments' accounts that state a fact differently: an article that follows
// one of them is not flagged; its claim carries a note quoting both accounts. Tested on the
// library's 2021 call (the U.S. readout dates it 23 January, U.S. time; the MoD 24 January,
// Japan time) and on records written for the rule (a place named differently, a major date
// conflict one account explains, and a difference that is not the accounts' at all).
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine';
import { followedAccount, withAccountNotes } from '../../engine/account-differences';
import { bundledRecords } from '../../data/records';
import { gazetteer } from '../../data/gazetteer';
import type { OfficialRecord } from '../../data/schema';
import type { Claim } from '../../engine/report';

const engine = createEngine({ records: bundledRecords, gazetteer });
const byId = (id: string) => bundledRecords.find((r) => r.id === id)!;

describe('an article that follows one government\'s account', () => {
  it('dating the 2021 call by the U.S. readout is not flagged, and says both accounts\' days', () => {
    const text = 'WASHINGTON — U.S. Defense Secretary Lloyd Austin spoke by phone with Japanese Defense Minister Nobuo Kishi on January 23, reaffirming the U.S. commitment to the defense of Japan.';
    const report = engine.analyze({ text, published: '2021-01-23T22:00:00-05:00', source: 'test', title: null });
    expect(report.meeting?.documents).toEqual(expect.arrayContaining(['mod-en-2021-01-24', 'dod-en-2021-01-23']));
    const claim = report.claims[0]!;
    expect(claim.flags.filter((f) => f.field === 'date')).toEqual([]);
    expect(claim.verdict).not.toBe('conflict');
    expect(claim.accountDifferences).toEqual([{
      field: 'date', article: 'January 23', account: 'japan-mod', official: 'January 24, 2021',
      agreedAccount: 'us-dod', agreed: '2021-01-23', byZone: true,
    }]);
  });
});

const base = byId('mod-en-2023-06-01');
const us = byId('dod-en-2023-06-01');
const claim = (over: Partial<Claim>): Claim => ({ text: 'x', start: 0, end: 1, verdict: 'supported', evidence: null, flags: [], ...over });
const placeFlag = { field: 'place' as const, severity: 'major' as const, article: 'in Tokyo', official: 'at Japan Ministry of Defense', explanation: 'differs' };

describe('followedAccount', () => {
  it('takes the claim as the other account gives it when every flag is a fact that account states differently', () => {
    const out = followedAccount([
      { record: base, claim: claim({ verdict: 'conflict', flags: [placeFlag] }) },
      { record: us, claim: claim({ verdict: 'supported', evidence: { recordId: us.id, paragraph: 'intro', text: us.opening } }) },
    ]);
    expect(out?.verdict).toBe('supported');
    expect(out?.evidence?.recordId).toBe(us.id);
    expect(out?.accountDifferences).toEqual([{ field: 'place', article: 'in Tokyo', account: 'japan-mod', official: 'at Japan Ministry of Defense', agreedAccount: 'us-dod', agreed: 'in Tokyo' }]);
  });

  it('keeps the conflict when another flag remains, when the other account flags it too, or when the accounts agree', () => {
    const duration = { field: 'duration' as const, severity: 'major' as const, article: 'two hours', official: 'approximately 75 minutes', explanation: 'differs' };
    const supported = { record: us, claim: claim({ verdict: 'supported' }) };
    expect(followedAccount([{ record: base, claim: claim({ verdict: 'conflict', flags: [placeFlag, duration] }) }, supported])).toBeNull();
    expect(followedAccount([{ record: base, claim: claim({ verdict: 'conflict', flags: [placeFlag] }) }, { record: us, claim: claim({ verdict: 'unverified', flags: [placeFlag] }) }])).toBeNull();
    const samePlace: OfficialRecord = { ...us, meeting: { ...us.meeting, place: base.meeting.place } };
    expect(followedAccount([{ record: base, claim: claim({ verdict: 'conflict', flags: [placeFlag] }) }, { record: samePlace, claim: claim({}) }])).toBeNull();
    // Two documents of one government are not two accounts.
    const ja = { ...base, id: 'mod-ja-2023-06-01', language: 'ja' as const, meeting: { ...base.meeting, place: us.meeting.place } };
    expect(followedAccount([{ record: base, claim: claim({ verdict: 'conflict', flags: [placeFlag] }) }, { record: ja, claim: claim({}) }])).toBeNull();
  });
});

describe('withAccountNotes', () => {
  it('notes a minor flag of the other account on a fact the chosen account states differently', () => {
    const mod = byId('mod-en-2021-01-24');
    const dod = byId('dod-en-2021-01-23');
    const zoneFlag = { field: 'date' as const, severity: 'minor' as const, article: 'January 23', official: 'January 24, 2021', explanation: 'other side of the date line' };
    const chosen = claim({ verdict: 'supported' });
    const out = withAccountNotes(chosen, dod, [{ record: mod, claim: claim({ flags: [zoneFlag] }) }, { record: dod, claim: chosen }]);
    expect(out.accountDifferences).toEqual([{ field: 'date', article: 'January 23', account: 'japan-mod', official: 'January 24, 2021', agreedAccount: 'us-dod', agreed: '2021-01-23', byZone: true }]);
    expect(withAccountNotes(chosen, dod, [{ record: dod, claim: chosen }])).toBe(chosen);
  });
});
