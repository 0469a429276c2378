// IngestError: the one error the ingest pipeline throws for input it cannot parse, with its line,
// and the table of what it can expect (so an interface can say each in its own language).
import { EXPECTED_EXAMPLES } from '../lang/official';

export class IngestError extends Error {
  /** 1-based line number in the text that was parsed (for HTML: in the text reduced from it). */
  readonly line: number;
  /** What the parser expected to find there, in words, e.g. `the opening sentence "On <date>, ... held ..."`. */
  readonly expected: string;

  constructor(line: number, expected: string, detail?: string) {
    super(`line ${line}: expected ${expected}${detail ? ` (${detail})` : ''}`);
    this.name = 'IngestError';
    this.line = line;
    this.expected = expected;
  }
}

/** Why a readable official text still gives no record. */
export type RefusalReason = 'no-date' | 'no-day' | 'ambiguous-year' | 'no-year' | 'no-minister-meeting' | 'date-disagrees';

/**
 * A refusal: the text was read, but it does not contain a meeting ingest can state without
 * guessing (no day, several possible years, no meeting with the Japanese defence minister).
 */
export class IngestRefusal extends IngestError {
  readonly reason: RefusalReason;

  constructor(line: number, reason: RefusalReason, why: string) {
    super(line, REFUSAL_EXPECTED[reason], why);
    this.name = 'IngestRefusal';
    this.reason = reason;
  }
}

const REFUSAL_EXPECTED: Record<RefusalReason, string> = {
  'no-date': 'the day of the meeting (the text says "today" under no release date; give it with --date YYYY-MM-DD)',
  'no-day': 'the day of the meeting (the text does not state it; give it with --date YYYY-MM-DD)',
  'ambiguous-year': 'one year for the meeting (several fit; give the date with --date YYYY-MM-DD)',
  'no-year': 'a year for the meeting (none fits the ministers\' terms; give the date with --date YYYY-MM-DD)',
  'no-minister-meeting': 'a meeting of the Japanese defence minister with the U.S. defence secretary',
  'date-disagrees': 'a supplied date that agrees with the day the text states',
};

/** Everything an IngestError can say was expected, by key: one table, so each can be translated. */
export const INGEST_EXPECTED = {
  ...EXPECTED_EXAMPLES,
  participants: 'the participants in the opening sentence, e.g. "Defense Minister Koizumi and War Secretary Hegseth"',
  titleLine: 'a title line such as "Japan-U.S. Defense Ministerial Meeting (Summary)" above the opening sentence',
} as const;
export type ExpectationKey = keyof typeof INGEST_EXPECTED | `refusal.${RefusalReason}`;

/** Which entry of the tables an error's `expected` text is, or null for text from elsewhere. */
export function expectationKey(expected: string): ExpectationKey | null {
  for (const [key, text] of Object.entries(INGEST_EXPECTED)) if (text === expected) return key as ExpectationKey;
  for (const [reason, text] of Object.entries(REFUSAL_EXPECTED)) if (text === expected) return `refusal.${reason as RefusalReason}`;
  return null;
}
