// One meeting, several documents: the Japan MoD's English and Japanese texts and the U.S. DoD's
// readout of the same meeting or call are grouped, so that a page resolves to the meeting once
// and each claim is checked against the document that covers it best, in its own language first.
import type { OfficialRecord } from '../data/schema';
import { daysBetween } from './text/calendar';

/** The two ministers (gazetteer ids) of a record, or null when either is not known. */
function pairOf(record: OfficialRecord): string | null {
  const ids = record.meeting.participants.map((p) => p.entity);
  if (ids.length < 2 || ids.some((id) => id === null)) return null;
  return [...new Set(ids as string[])].sort().join('+');
}

/**
 * Records are one meeting when they name the same two ministers, the same format, and dates at
 * most a day apart (the two sides date a call on either side of the date line).
 */
export class MeetingGroups {
  private readonly members = new Map<OfficialRecord, OfficialRecord[]>();

  constructor(records: readonly OfficialRecord[]) {
    const open = new Map<string, OfficialRecord[][]>();
    for (const r of [...records].sort((a, b) => (a.meeting.date < b.meeting.date ? -1 : a.meeting.date > b.meeting.date ? 1 : 0))) {
      const pair = pairOf(r);
      const key = pair && `${pair}|${r.meeting.format}`;
      const groups = key ? open.get(key) ?? [] : [];
      const group = groups.find((g) => g.some((m) => Math.abs(daysBetween(m.meeting.date, r.meeting.date)) <= 1));
      if (group) group.push(r);
      else {
        const fresh = [r];
        groups.push(fresh);
        if (key) open.set(key, groups);
        this.members.set(r, fresh);
      }
      if (group) this.members.set(r, group);
    }
  }

  /** Every record of the record's meeting (the record itself included). */
  of(record: OfficialRecord): readonly OfficialRecord[] {
    return this.members.get(record) ?? [record];
  }

  same(a: OfficialRecord, b: OfficialRecord): boolean {
    return a === b || this.of(a).includes(b);
  }

  /**
   * The meeting's documents in the order a claim is checked against them: the claim's language
   * first, then the Japan MoD's account (the fuller one), then complete copies before partial.
   */
  inOrder(record: OfficialRecord, language: 'en' | 'ja'): OfficialRecord[] {
    const rank = (r: OfficialRecord) => (r.language === language ? 0 : 4) + ((r.account ?? 'japan-mod') === 'japan-mod' ? 0 : 2) + (r.partial ? 1 : 0);
    return [...this.of(record)].sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : 1));
  }
}
