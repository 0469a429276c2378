// The offices a person held on a date, from the gazetteer's terms: the one rule for the engine's
// title checks and for ingest's reading of a participant's role.
import type { TitleTerm } from '../data/schema';

/** The terms of office `person` held on `date` (an ISO date; a term's last day counts). */
export function officeOn<T extends Pick<TitleTerm, 'from' | 'to'>>(
  person: { readonly titles: readonly T[] },
  date: string,
): T[] {
  return person.titles.filter((t) => t.from <= date && (t.to === null || date <= t.to));
}
