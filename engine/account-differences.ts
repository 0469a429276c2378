// One meeting, two governments' accounts that state a fact differently: the U.S. readout dates
// a call on the U.S. evening before the Japanese morning the MoD gives; one names the city, the
// other the ministry. An article that follows one account is not in conflict with the meeting:
// its claim is taken as the account it follows states it, with a note quoting both accounts.
import type { OfficialRecord } from '../data/schema';
import type { AccountDifference, Claim, Flag } from './report';

export interface DocumentResult {
  record: OfficialRecord;
  claim: Claim;
}

type Field = AccountDifference['field'];
const FIELDS: readonly Field[] = ['date', 'place'];
const isAccountField = (f: Flag): f is Flag & { field: Field } => (FIELDS as readonly string[]).includes(f.field);

/** What the record states for the field, as a comparable key and as its own words; null when silent. */
function stated(record: OfficialRecord, field: Field): { key: string; words: string } | null {
  const { meeting } = record;
  if (field === 'date') return { key: meeting.date, words: meeting.phrases?.date ?? meeting.date };
  const place = meeting.place;
  return place ? { key: place.entity ?? place.text, words: place.text } : null;
}

const accountOf = (r: OfficialRecord) => r.account ?? 'japan-mod';

/** For a date: whether the two records date the meeting in different time zones. */
function byZone(field: Field, a: OfficialRecord, b: OfficialRecord): { byZone?: boolean } {
  if (field !== 'date') return {};
  const za = a.meeting.timeZone ?? null;
  const zb = b.meeting.timeZone ?? null;
  return { byZone: za !== null && zb !== null && za !== zb };
}

/**
 * Whether the article's fact says no more than the other account states: "in Tokyo" follows a
 * readout's "in Tokyo", but 「外務省で」 says more than it, and the MoD's 防衛省 contradicts that.
 */
export type StatesNoMore = (flag: Flag, other: OfficialRecord) => boolean;

/**
 * The claim as the account it follows gives it, when every flag one account raises is a fact
 * the other government's account states differently and that account raises no flag on it;
 * null otherwise (the ordinary choice of document stands).
 */
export function followedAccount(results: readonly DocumentResult[], states: StatesNoMore = () => true): Claim | null {
  const conflict = results.find((r) => r.claim.verdict === 'conflict');
  if (!conflict || conflict.claim.flags.length === 0 || !conflict.claim.flags.every(isAccountField)) return null;
  for (const other of results) {
    if (other === conflict || other.claim.verdict === 'conflict' || accountOf(other.record) === accountOf(conflict.record)) continue;
    const notes: AccountDifference[] = [];
    for (const flag of conflict.claim.flags as (Flag & { field: Field })[]) {
      const mine = stated(conflict.record, flag.field);
      const theirs = stated(other.record, flag.field);
      const differ = mine && theirs && mine.key !== theirs.key;
      if (!differ || other.claim.flags.some((f) => f.field === flag.field) || !states(flag, other.record)) break;
      notes.push({
        field: flag.field, article: flag.article,
        account: accountOf(conflict.record), official: flag.official,
        agreedAccount: accountOf(other.record), agreed: theirs.words, ...byZone(flag.field, conflict.record, other.record),
      });
    }
    if (notes.length === conflict.claim.flags.length) return { ...other.claim, accountDifferences: notes };
  }
  return null;
}

/**
 * The chosen claim with a note for each fact the other government's account states differently
 * and flags (even as minor: "the same moment on the other side of the date line") while the
 * chosen account, which the article follows, raises nothing on it.
 */
export function withAccountNotes(chosen: Claim, chosenRecord: OfficialRecord, results: readonly DocumentResult[]): Claim {
  const notes: AccountDifference[] = [...(chosen.accountDifferences ?? [])];
  for (const other of results) {
    if (accountOf(other.record) === accountOf(chosenRecord)) continue;
    for (const flag of other.claim.flags) {
      if (!isAccountField(flag) || chosen.flags.some((f) => f.field === flag.field) || notes.some((n) => n.field === flag.field)) continue;
      const mine = stated(chosenRecord, flag.field);
      const theirs = stated(other.record, flag.field);
      if (!mine || !theirs || mine.key === theirs.key) continue;
      notes.push({
        field: flag.field, article: flag.article,
        account: accountOf(other.record), official: flag.official,
        agreedAccount: accountOf(chosenRecord), agreed: mine.words, ...byZone(flag.field, other.record, chosenRecord),
      });
    }
  }
  return notes.length ? { ...chosen, accountDifferences: notes } : chosen;
}
