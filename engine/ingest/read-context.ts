// What the readers of an official text share: the gazetteer look-up, the caller's options, whose
// account the text is, and the canonical titles for texts that carry none.
import type { Account, Entity, Participant } from '../../data/schema';
import type { GazetteerLookup } from './gazetteer-lookup';

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

export { CANONICAL_TITLES } from '../lang/official';

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

