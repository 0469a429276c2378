// Tables for reading participants: the words official titles are made of, and which country a
// title points to when the gazetteer does not know the person. Data, not code paths.

/** Words that make up an English official title ("Defense Minister", "Secretary of War"). */
export const ROLE_WORDS_EN = new Set([
  'defense', 'defence', 'minister', 'secretary', 'of', 'war', 'u.s.', 'us', 'japanese', "japan's",
  'japan', 'state', 'foreign', 'affairs', 'deputy', 'vice', 'vice-minister', 'parliamentary',
  'senior', 'chief', 'staff', 'joint', 'chairman', 'chiefs', 'prime', 'president', 'ambassador',
  'general', 'admiral', 'commander', 'united', 'states', 'american', 'australian', 'philippine',
  'korean', 'british', 'french', 'indian', 'for', 'national', 'and', 'the', 'acting',
]);

/** At least one of these must be in a title. */
export const ROLE_HEADS_EN = new Set([
  'minister', 'secretary', 'president', 'ambassador', 'chief', 'chairman', 'commander', 'admiral',
  'general', 'vice-minister',
]);

/** Japanese title endings, longest first; the name is what precedes the title. */
export const ROLE_START_JA = /(?:米国?|豪州?|英国?|仏|比|韓国|印|独|加|新|NZ)?(?:内閣|副|総理|首相|大統領|国務|国防|戦争|防衛|外務|統合|司令|長官|大臣)/u;

/** Country a title points to, tried in order; the first pattern that matches decides. */
export const ROLE_COUNTRIES: readonly { pattern: RegExp; country: string }[] = [
  { pattern: /\bU\.?S\.?\b|United States|American|Secretary of (?:Defense|War)|(?:War|Defense) Secretary|^米|国防長官|戦争長官|国務長官/u, country: 'US' },
  { pattern: /Australian|^豪/u, country: 'AU' },
  { pattern: /Philippine|^比/u, country: 'PH' },
  { pattern: /Korean|ROK|^韓国/u, country: 'KR' },
  { pattern: /British|^英/u, country: 'GB' },
  { pattern: /French|^仏/u, country: 'FR' },
  { pattern: /Indian|^印/u, country: 'IN' },
  { pattern: /Japanese|Japan's|Minister|防衛大臣|防衛副大臣|防衛大臣政務官|外務大臣|総理大臣|首相/u, country: 'JP' },
];

export function countryOfRole(role: string): string | null {
  for (const { pattern, country } of ROLE_COUNTRIES) if (pattern.test(role)) return country;
  return null;
}

/** A written title of Japan's defence minister, and of the U.S. defence secretary (acting included). */
export const JP_DEFENSE_MINISTER_ROLE = /Defen[cs]e Minister|Minister of Defen[cs]e|^Minister$|防衛大臣|防衛相/u;
export const US_DEFENSE_SECRETARY_ROLE = /Secretary of (?:Defense|War)|(?:Defense|War) Secretary|^Secretary$|国防長官|戦争長官/u;
/** Offices whose holders are the two sides of a Japan–U.S. defence ministers' meeting. */
export const JP_DEFENSE_OFFICE = 'office/jp-defmin';
export const US_DEFENSE_OFFICES: readonly string[] = ['office/us-secdef', 'office/us-secwar'];
