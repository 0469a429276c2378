// What the readers of an official text share: the gazetteer look-up, the caller's options, whose
// account the text is, and the canonical titles for texts that carry none.
import type { Account, Entity, Participant } from '../../data/schema';
import type { GazetteerLookup } from './gazetteer-lookup';
import type { MeetingFormat } from './opening';

export interface ParseOptions {
  /** File name under data/sources the record is generated from (recorded as sourceFile). */
  sourceFile: string | null;
  /** URL of the official page, used when the document does not name one itself. */
  sourceUrl?: string | null;
  /** Who published the text, as its source names it. */
  publisher?: string | null;
  /** The person knows the copy is incomplete even where no gap is marked in it. */
  partial?: boolean;
  /** YYYY-MM-DD a person supplies for a text that cannot give its date (recorded as supplied). */
  date?: string | null;
  gazetteer: readonly Entity[];
}

export const CANONICAL_TITLES: Record<Account, Record<'en' | 'ja', Record<MeetingFormat, string>>> = {
  'japan-mod': {
    en: {
      'in-person': 'Japan-U.S. Defense Ministerial Meeting (Summary)',
      telephone: 'Japan-U.S. Defense Ministerial Telephone Talk (Summary)',
      video: 'Japan-U.S. Defense Ministerial Video Teleconference (Summary)',
    },
    ja: {
      'in-person': '日米防衛相会談（概要）',
      telephone: '日米防衛相電話会談（概要）',
      video: '日米防衛相テレビ会談（概要）',
    },
  },
  'us-dod': {
    en: {
      'in-person': "Readout of the Secretary of Defense's Meeting with Japan's Minister of Defense",
      telephone: "Readout of the Secretary of Defense's Call with Japan's Minister of Defense",
      video: "Readout of the Secretary of Defense's Video Call with Japan's Minister of Defense",
    },
    ja: {
      'in-person': '米国防長官と日本の防衛大臣の会談（米国防省発表）',
      telephone: '米国防長官と日本の防衛大臣の電話会談（米国防省発表）',
      video: '米国防長官と日本の防衛大臣のテレビ会談（米国防省発表）',
    },
  },
};

/** The gazetteer people among the participants (for their terms of office). */
export function ministersOf(participants: readonly Participant[], gz: GazetteerLookup): Entity[] {
  return participants.map((p) => (p.entity ? gz.byId(p.entity) : undefined)).filter((e): e is Entity => !!e);
}

export interface ReadContext {
  gz: GazetteerLookup;
  opts: ParseOptions;
  account: Account;
  /** Source URL from the document itself (HTML canonical link), if any. */
  documentUrl: string | null;
}

