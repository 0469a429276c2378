// Documents of one meeting are grouped: same two ministers, same format, dates at most a day
// apart (the U.S. and Japanese dates of a call); other meetings of the same ministers are not.
import { describe, expect, it } from 'vitest';
import { bundledRecords } from '../../data/records';
import { MeetingGroups } from '../../engine/meeting-groups';

const groups = new MeetingGroups(bundledRecords);
const byId = (id: string) => bundledRecords.find((r) => r.id === id)!;
const ids = (id: string) => groups.of(byId(id)).map((r) => r.id).sort();

describe('meeting groups of the record library', () => {
  it('groups the Japan MoD\'s and the U.S. DoD\'s accounts of one meeting, in both languages', () => {
    expect(ids('mod-en-2019-01-16')).toEqual(['dod-en-2019-01-16', 'mod-en-2019-01-16']);
    expect(ids('mod-ja-2024-05-02')).toEqual(['mod-en-2024-05-02', 'mod-ja-2024-05-02']);
    expect(ids('mod-ja-2024-07-29')).toEqual(['dod-en-2024-07-29', 'mod-ja-2024-07-29']);
  });

  it('groups a call the U.S. dates a day before Japan does', () => {
    expect(ids('mod-en-2021-01-24')).toEqual(['dod-en-2021-01-23', 'mod-en-2021-01-24']);
  });

  it('keeps other meetings of the same ministers apart', () => {
    expect(groups.same(byId('mod-en-2024-05-02'), byId('mod-ja-2024-06-02'))).toBe(false);
    expect(groups.same(byId('mod-en-2021-01-24'), byId('mod-en-2021-03-16'))).toBe(false);
    expect(ids('mod-ja-2024-10-19')).toEqual(['mod-ja-2024-10-19']);
  });

  it('orders a meeting\'s documents for a claim: its language, then the Japan MoD\'s, then complete copies', () => {
    expect(groups.inOrder(byId('dod-en-2024-07-29'), 'en').map((r) => r.id)).toEqual(['dod-en-2024-07-29', 'mod-ja-2024-07-29']);
    expect(groups.inOrder(byId('dod-en-2024-07-29'), 'ja').map((r) => r.id)).toEqual(['mod-ja-2024-07-29', 'dod-en-2024-07-29']);
    expect(groups.inOrder(byId('dod-en-2019-01-16'), 'en').map((r) => r.id)).toEqual(['mod-en-2019-01-16', 'dod-en-2019-01-16']);
  });
});
