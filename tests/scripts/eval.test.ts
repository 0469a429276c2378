// The evaluation's scoring, on small hand-made truths and reports: each figure the README's table
// shows must count what it says (a wrong count here would make every before/after figure a lie).
import { describe, expect, it } from 'vitest';
import { scorePage, strictFailures, totalsByLanguage, type ScoredReport } from '../../scripts/lib/eval-score';
import { TruthSchema, type Truth, type TruthInput } from '../../scripts/lib/eval-truth';
import { formatTable } from '../../scripts/lib/eval-table';

type Claim = ScoredReport['claims'][number];
const claim = (text: string, verdict: Claim['verdict'], ...flags: string[]): Claim => ({
  text, verdict,
  flags: flags.map((f) => { const [field, severity] = f.split(':'); return { field, severity } as Claim['flags'][number]; }),
});
const truth = (t: Partial<TruthInput> & Pick<TruthInput, 'claims'>): Truth =>
  TruthSchema.parse({ language: 'en', style: 'test', meeting: 'rec-a', ...t });
const report = (claims: Claim[], meeting: ScoredReport['meeting'] = { recordId: 'rec-a' }): ScoredReport => ({ meeting, claims });

describe('scorePage', () => {
  it('counts a page read as the truth says: meeting, conflict with its field, supported', () => {
    const s = scorePage('p', truth({ claims: [
      { quote: 'met for two hours', verdict: 'conflict', fields: ['duration'], note: 'n' },
      { quote: 'agreed to work closely', verdict: 'supported', note: 'n' },
      { quote: 'spoke of the weather', verdict: 'unverified', note: 'n' },
    ] }), report([
      claim('They met for two hours at the ministry.', 'conflict', 'duration:major', 'place:minor'),
      claim('They agreed to work closely.', 'supported'),
      claim('They spoke of the weather.', 'unverified'),
    ]));
    expect(s.meeting.right).toBe(true);
    expect(s.missing).toEqual([]);
    expect(s.conflicts).toEqual({ planted: 1, found: 1, missed: [] });
    expect(s.falseConflicts).toEqual([]);
    expect(s.falseSupported).toEqual([]);
    expect(s.supported).toEqual({ truth: 1, shown: 1, missed: [] });
    expect(s.unlisted).toEqual([]);
  });

  it('a conflict on the wrong field is a missed conflict and a false one', () => {
    const s = scorePage('p', truth({ claims: [{ quote: 'met for two hours', verdict: 'conflict', fields: ['duration'], note: 'n' }] }),
      report([claim('They met for two hours on Monday.', 'conflict', 'date:major')]));
    expect(s.conflicts).toMatchObject({ planted: 1, found: 0, missed: [{ field: 'duration', got: 'conflict' }] });
    expect(s.falseConflicts).toEqual([{ text: 'They met for two hours on Monday.', field: 'date', reason: 'wrong-field' }]);
  });

  it('counts each planted field of a claim on its own', () => {
    const s = scorePage('p', truth({ claims: [{ quote: 'Nakatani agreed', verdict: 'conflict', fields: ['participant', 'commitment'], note: 'n' }] }),
      report([claim('Nakatani agreed to co-produce.', 'conflict', 'participant:major')]));
    expect(s.conflicts.planted).toBe(2);
    expect(s.conflicts.found).toBe(1);
    expect(s.conflicts.missed.map((m) => m.field)).toEqual(['commitment']);
  });

  it('a major flag on a supported or unverified claim is a false conflict; a minor flag is not', () => {
    const s = scorePage('p', truth({ claims: [
      { quote: 'met at the Pentagon', verdict: 'supported', note: 'n' },
      { quote: 'hosted a dinner', verdict: 'unverified', note: 'n' },
    ] }), report([
      claim('They met at the Pentagon.', 'supported', 'place:minor', 'title:minor'),
      claim('Hegseth hosted a dinner on Monday.', 'conflict', 'date:major'),
    ]));
    expect(s.falseConflicts).toEqual([{ text: 'Hegseth hosted a dinner on Monday.', field: 'date', reason: 'truth-unverified' }]);
    expect(s.supported.shown).toBe(1);
  });

  it('a conflict shown on a supported claim misses the supported claim too', () => {
    const s = scorePage('p', truth({ claims: [{ quote: 'met at the Pentagon', verdict: 'supported', note: 'n' }] }),
      report([claim('They met at the Pentagon.', 'conflict', 'place:major')]));
    expect(s.falseConflicts.map((f) => f.reason)).toEqual(['truth-supported']);
    expect(s.supported).toEqual({ truth: 1, shown: 0, missed: [{ quote: 'met at the Pentagon', got: 'conflict' }] });
  });

  it('"supported" on a contradicted or uncovered claim is a false supported', () => {
    const s = scorePage('p', truth({ claims: [
      { quote: 'signed a deal', verdict: 'conflict', fields: ['commitment'], note: 'n' },
      { quote: 'first visit', verdict: 'unverified', note: 'n' },
    ] }), report([claim('They signed a deal.', 'supported'), claim('It was his first visit.', 'supported')]));
    expect(s.falseSupported.map((f) => f.reason)).toEqual(['truth-conflict', 'truth-unverified']);
    expect(s.conflicts.missed).toEqual([{ quote: 'signed a deal', field: 'commitment', got: 'supported' }]);
  });

  it('a truth claim no report claim contains is missing, and folds white space to match', () => {
    const s = scorePage('p', truth({ claims: [
      { quote: 'agreed to  work\nclosely', verdict: 'supported', note: 'n' },
      { quote: 'held a call', verdict: 'supported', note: 'n' },
      { quote: 'met for two hours', verdict: 'conflict', fields: ['duration'], note: 'n' },
    ] }), report([claim('They agreed to work closely.', 'supported')]));
    expect(s.missing).toEqual(['held a call', 'met for two hours']);
    expect(s.supported).toMatchObject({ truth: 2, shown: 1, missed: [{ quote: 'held a call', got: 'missing' }] });
    expect(s.conflicts.missed).toEqual([{ quote: 'met for two hours', field: 'duration', got: 'missing' }]);
  });

  it('judges the meeting: any document of it, or none for none', () => {
    const t = truth({ claims: [] });
    expect(scorePage('p', t, report([], { recordId: 'rec-b', documents: ['rec-b', 'rec-a'] })).meeting.right).toBe(true);
    expect(scorePage('p', t, report([], { recordId: 'rec-b' })).meeting).toEqual({ expected: 'rec-a', got: 'rec-b', right: false });
    expect(scorePage('p', t, report([], null)).meeting.right).toBe(false);
    const none = truth({ meeting: null, claims: [] });
    expect(scorePage('p', none, report([], null)).meeting.right).toBe(true);
    expect(scorePage('p', none, report([], { recordId: 'rec-a' })).meeting.right).toBe(false);
  });

  it('non-claims may be read, but never flagged or shown supported; ambiguous sentences are not scored', () => {
    const s = scorePage('p', truth({
      claims: [],
      notClaims: [{ quote: 'analysts say', note: 'n' }, { quote: 'former host', note: 'n' }, { quote: 'keynote', note: 'n' }],
      ambiguous: [{ quote: 'pledge output', note: 'n' }],
    }), report([
      claim('Spending may rise, analysts say.', 'unverified'),
      claim('Hegseth, a former host, came.', 'supported'),
      claim('He gave a keynote on Tuesday.', 'conflict', 'date:major'),
      claim('Allies pledge output.', 'conflict', 'commitment:major'),
    ]));
    expect(s.falseConflicts).toEqual([{ text: 'He gave a keynote on Tuesday.', field: 'date', reason: 'not-a-claim' }]);
    expect(s.falseSupported).toEqual([{ text: 'Hegseth, a former host, came.', reason: 'not-a-claim' }]);
    expect(s.unlisted).toEqual([]);
  });

  it('a conflict on a sentence the truth does not list is a false conflict; other unlisted claims are only listed', () => {
    const s = scorePage('p', truth({ claims: [] }), report([
      claim('Stray sentence.', 'conflict', 'place:major', 'place:major'),
      claim('Another one.', 'supported'),
    ]));
    expect(s.falseConflicts).toEqual([{ text: 'Stray sentence.', field: 'place', reason: 'unlisted' }]);
    expect(s.falseSupported).toEqual([]);
    expect(s.unlisted.map((u) => u.verdict)).toEqual(['conflict', 'supported']);
  });
});

describe('totals', () => {
  const en = scorePage('en-page', truth({ claims: [
    { quote: 'met for two hours', verdict: 'conflict', fields: ['duration'], note: 'n' },
    { quote: 'agreed', verdict: 'supported', note: 'n' },
  ] }), report([claim('They met for two hours.', 'conflict', 'duration:major', 'place:major'), claim('They agreed.', 'unverified')]));
  const ja = scorePage('ja-page', truth({ language: 'ja', fresh: true, meeting: null, claims: [{ quote: '会談した', verdict: 'unverified', note: 'n' }] }),
    report([claim('両氏は会談した。', 'supported')]));

  it('sums pages by language and overall', () => {
    const groups = totalsByLanguage([en, ja]);
    expect(groups.map((g) => g.group)).toEqual(['en', 'ja', 'all', 'fresh']);
    expect(groups[0]!.totals).toEqual({
      pages: 1, meetingsRight: 1, truthClaims: 2, missing: 0, conflictsPlanted: 1, conflictsFound: 1,
      falseConflicts: 1, falseSupported: 0, supportedTruth: 1, supportedShown: 0, unlisted: 0,
    });
    expect(groups[1]!.totals).toMatchObject({ pages: 1, meetingsRight: 0, falseSupported: 1 });
    expect(groups[2]!.totals).toMatchObject({ pages: 2, meetingsRight: 1, truthClaims: 3, falseConflicts: 1, falseSupported: 1 });
    expect(groups[3]!.totals).toEqual(groups[1]!.totals);
  });

  it('prints ratios with their counts, and a dash where nothing was counted', () => {
    const table = formatTable(totalsByLanguage([en]));
    expect(table).toContain('| en | 1 | 1/1 (100 %) | 2 | 0/2 (0 %) | 1/1 (100 %) | 1 | 0 | 0/1 (0 %) |');
    expect(table).toContain('| ja | 0 | 0/0 (–) |');
    expect(table).toContain('| written after the engine | 0 |');
  });

  it('--strict fails on false conflicts and wrong meetings only', () => {
    expect(strictFailures([en, ja])).toEqual([
      'en-page: false place conflict (wrong-field): They met for two hours.',
      'ja-page: meeting rec-a, expected none',
    ]);
    const clean = scorePage('p', truth({ claims: [{ quote: 'agreed', verdict: 'supported', note: 'n' }] }), report([claim('They agreed.', 'unverified')]));
    expect(strictFailures([clean])).toEqual([]);
  });
});

describe('truth files', () => {
  it('refuse a conflict without its fields and fields on a claim that is no conflict', () => {
    expect(() => truth({ claims: [{ quote: 'met for two hours', verdict: 'conflict', note: 'n' }] })).toThrow(/conflict without fields/);
    expect(() => truth({ claims: [{ quote: 'agreed to work', verdict: 'supported', fields: ['date'], note: 'n' }] })).toThrow(/fields on a supported claim/);
  });
});
