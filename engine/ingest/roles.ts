// Reading participants' titles: which country a title points to when the gazetteer does not know
// the person, and the offices of the two sides of a meeting. The title words themselves live in
// engine/lang/official.ts.
import { ROLE_COUNTRIES } from '../lang/official';

export {
  JP_DEFENSE_MINISTER_ROLE, ROLE_COUNTRIES, ROLE_HEADS_EN, ROLE_START_JA, ROLE_WORDS_EN, US_DEFENSE_SECRETARY_ROLE,
} from '../lang/official';

export function countryOfRole(role: string): string | null {
  for (const { pattern, country } of ROLE_COUNTRIES) if (pattern.test(role)) return country;
  return null;
}

/** Offices whose holders are the two sides of a Japan–U.S. defence ministers' meeting. */
export const JP_DEFENSE_OFFICE = 'office/jp-defmin';
export const US_DEFENSE_OFFICES: readonly string[] = ['office/us-secdef', 'office/us-secwar'];
