// The time zone of a meeting's date and start: a zone abbreviation after the time ("14:30
// (ChST)", "JST"), a written note ("(U.S. Eastern time)"), "(local time)" with the place's zone,
// the place's zone, or the publishing side's capital when the text names no place.
import type { Account } from '../../data/schema';
import { OCCASION_CUES, ZONE_ABBREVIATIONS, ZONE_NOTES } from '../lang/official';

const ABBREVIATION = new RegExp(`(?:\\(\\s*|\\b)(${Object.keys(ZONE_ABBREVIATIONS).join('|')})(?:\\s*\\)|\\b)`);

export interface ZoneClues {
  /** The meeting sentence. */
  sentence: string;
  /** Other text that may carry a zone note for the whole document (a visit report's intro). */
  context: string;
  localTime: boolean;
  placeCountry: string | null;
  placeZone: string | null;
  account: Account;
}

export function meetingTimeZone(c: ZoneClues): string | null {
  const abbreviation = ABBREVIATION.exec(c.sentence);
  if (abbreviation) return ZONE_ABBREVIATIONS[abbreviation[1]!]!;
  const note = ZONE_NOTES.find((z) => z.pattern.test(c.sentence)) ?? ZONE_NOTES.find((z) => z.pattern.test(c.context));
  if (note) return note.zone;
  if (c.localTime) return c.placeZone;
  if (c.placeZone !== null || c.placeCountry !== null) {
    if (c.placeCountry === 'JP') return 'Asia/Tokyo';
    return c.placeZone;
  }
  // U.S. readouts give U.S. (Washington) dates.
  if (c.account === 'us-dod') return 'America/New_York';
  // Held "on the occasion of" an event the sentence does not place: the zone is not known.
  if (OCCASION_CUES.some((re) => re.test(c.sentence))) return null;
  return 'Asia/Tokyo';
}
