// The verdict rule and the meeting signals as tables: each row one situation a reader meets.
import { describe, expect, it } from 'vitest';
import { verdictOf, type VerdictInput } from '../../engine/verdict';
import { peopleSignal, publicationSignal, type SignalInput } from '../../engine/meeting-signals';
import { reasonText } from '../../engine/meeting-reasons';
import { Knowledge } from '../../engine/knowledge';
import { bundledRecords } from '../../data/records';
import { gazetteer } from '../../data/gazetteer';
import type { Flag } from '../../engine/report';

const major: Flag = { field: 'duration', severity: 'major', article: 'two-hour', official: 'approximately 50 minutes', explanation: '' };
const minor: Flag = { ...major, severity: 'minor' };
const base: VerdictInput = { flags: [], coverage: 0, matched: 0, meetingClaim: false, agreeing: 0, contentTerms: 5 };

describe('verdict', () => {
  it.each<[string, Partial<VerdictInput>, string]>([
    ['a major flag is a conflict whatever covers it', { flags: [major], coverage: 0.9, matched: 5 }, 'conflict'],
    ['a passage covering 40% with two shared terms supports', { coverage: 0.4, matched: 2 }, 'supported'],
    ['one shared term is not enough, however much weight it has', { coverage: 0.8, matched: 1 }, 'unverified'],
    ['a minor flag does not stop support', { flags: [minor], coverage: 0.5, matched: 3 }, 'supported'],
    ['a short meeting claim whose two facts agree is supported by the opening', { meetingClaim: true, agreeing: 2, contentTerms: 2 }, 'supported'],
    ['a long meeting claim needs some coverage besides its agreeing facts', { meetingClaim: true, agreeing: 2, contentTerms: 6, coverage: 0.1 }, 'unverified'],
    ['one agreeing fact is not enough', { meetingClaim: true, agreeing: 1, contentTerms: 1 }, 'unverified'],
    ['an outcome claim is never supported by agreeing facts alone', { agreeing: 3, contentTerms: 1 }, 'unverified'],
  ])('%s', (_name, input, verdict) => {
    expect(verdictOf({ ...base, ...input })).toBe(verdict);
  });
});

const record = bundledRecords.find((r) => r.id === 'mod-en-2026-01-15')!;
const signalInput = (over: Partial<SignalInput>): SignalInput =>
  ({ record, claims: [], named: new Set(), publishedDate: null, index: null as never, knowledge: null as never, ...over });

describe('meeting signals', () => {
  it.each<[string | null, number, boolean]>([
    ['2026-01-15', 1.5, true],
    ['2026-01-14', 1.5, true],
    ['2026-01-22', 1.5, true],
    ['2026-02-01', 0.5, false],
    ['2026-01-10', -4, false],
    ['2026-03-30', -1.5, false],
    [null, 0, false],
  ])('published %s → %d, anchors %s', (publishedDate, score, anchors) => {
    expect(publicationSignal(signalInput({ publishedDate }))).toMatchObject({ score, anchors });
  });

  it('counts each participant named, and never anchors on people alone', () => {
    const knowledge = new Knowledge(gazetteer);
    const result = peopleSignal(signalInput({ named: new Set(['person/koizumi', 'person/hegseth']), knowledge }));
    expect(result).toMatchObject({ score: 2, anchors: false, reason: { code: 'participants' } });
    // The record's names for the English reason; the gazetteer's Japanese names beside them.
    expect(reasonText(result.reason!)).toBe('participants Koizumi, Hegseth');
    expect(result.reason).toMatchObject({ names: [{ id: 'person/koizumi', nameJa: knowledge.get('person/koizumi')!.nameJa }, { id: 'person/hegseth' }] });
    expect(peopleSignal(signalInput({ named: new Set(['person/nakatani']), knowledge })).score).toBe(0);
  });
});
