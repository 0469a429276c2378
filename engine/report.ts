// The checker's output contract (docs: report format), as zod schemas so that every boundary
// that receives a report (CLI consumers, extension messages, imported files) can parse it.
import { z } from 'zod';

export const FlagFieldSchema = z.enum([
  'date', 'time', 'duration', 'place', 'participant', 'title', 'commitment', 'number',
]);

export const FlagSchema = z.object({
  field: FlagFieldSchema,
  severity: z.enum(['major', 'minor']),
  /** The article's words, verbatim. */
  article: z.string().min(1),
  /** The official record's words, verbatim. */
  official: z.string().min(1),
  explanation: z.string().min(1),
});

export const EvidenceSchema = z.object({
  recordId: z.string(),
  paragraph: z.string(),
  text: z.string(),
  /** A second paragraph of the same record, when the claim's two outcomes are covered by two. */
  also: z.object({ paragraph: z.string(), text: z.string() }).optional(),
});

export const VerdictSchema = z.enum(['supported', 'conflict', 'unverified']);

/**
 * Where the two governments' accounts of one meeting state a fact differently (the day, by time
 * zone; the place, named differently) and the article follows one of them: not a flag on the
 * article, but a note the card shows with both accounts' words.
 */
export const AccountDifferenceSchema = z.object({
  field: z.enum(['date', 'place']),
  /** The article's words. */
  article: z.string().min(1),
  /** The account the article does not follow, and its words. */
  account: z.enum(['japan-mod', 'us-dod']),
  official: z.string().min(1),
  /** The account the article follows, and its words. */
  agreedAccount: z.enum(['japan-mod', 'us-dod']),
  agreed: z.string().min(1),
  /** A day apart because the two accounts date the meeting in different time zones. */
  byZone: z.boolean().optional(),
});

export const ClaimSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  verdict: VerdictSchema,
  evidence: EvidenceSchema.nullable(),
  flags: z.array(FlagSchema),
  /** Other governments' accounts of the same meeting that also cover the claim. */
  corroboration: z.array(EvidenceSchema).optional(),
  /** Facts the two governments' accounts state differently, where the article follows one of them. */
  accountDifferences: z.array(AccountDifferenceSchema).optional(),
  /** The same account's official text in the other language: its paragraph for this claim. */
  translation: EvidenceSchema.optional(),
});

export const MentionSchema = z.object({
  entity: z.string(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

/**
 * A name a reason gives: the gazetteer id when known, the name as the English reason words it
 * (a participant as the record names them, else the gazetteer's name) and the gazetteer's
 * Japanese name, where it has one.
 */
export const ReasonNameSchema = z.object({ id: z.string().nullable(), name: z.string().min(1), nameJa: z.string().nullable() });

/**
 * One reason for choosing a meeting, as a code and its parameters, for an interface to word in
 * its own language (`reasons` holds the same in English). `stated` and `venue` are the article's
 * and the record's words, verbatim; `date` is the meeting's (YYYY-MM-DD); `days` a count of days.
 */
export const MeetingReasonSchema = z.discriminatedUnion('code', [
  /** A date (or a weekday alone) the page states fits the meeting's, maybe across time zones. */
  z.object({ code: z.literal('date-fits'), stated: z.string().min(1), weekday: z.boolean(), zone: z.boolean(), date: z.string() }),
  /** The dates the page states do not fit the meeting's. */
  z.object({ code: z.literal('dates-differ'), date: z.string() }),
  /** A date a few days off, in a claim whose people and place agree: this meeting misdated. */
  z.object({ code: z.literal('date-days-off'), stated: z.string().min(1), days: z.number().int().nonnegative(), date: z.string() }),
  /** The record's participants the page names. */
  z.object({ code: z.literal('participants'), names: z.array(ReasonNameSchema).min(1) }),
  /** A place the page gives for the meeting agrees with the record's venue. */
  z.object({ code: z.literal('place-fits'), place: ReasonNameSchema, venue: z.string().min(1) }),
  /** The place the page gives is not the record's. */
  z.object({ code: z.literal('place-differs'), place: ReasonNameSchema, venue: z.string().min(1) }),
  /** A preview published this many days before the meeting. */
  z.object({ code: z.literal('preview'), days: z.number().int().positive() }),
  /** Published this many days after the meeting (0: the same day). */
  z.object({ code: z.literal('published'), days: z.number().int().nonnegative() }),
  /** The page places a meeting on another day somewhere else. */
  z.object({ code: z.literal('another-meeting') }),
  /** Systems, frameworks and documents named both on the page and in the record (at most four). */
  z.object({ code: z.literal('topics'), names: z.array(ReasonNameSchema).min(1) }),
]);

export const MeetingMatchSchema = z.object({
  recordId: z.string(),
  date: z.string(),
  confidence: z.number().min(0).max(1),
  /** Why this meeting, in English (the report format's words). */
  reasons: z.array(z.string()),
  /** The same reasons as codes with their parameters, in the same order (absent in older reports). */
  why: z.array(MeetingReasonSchema).optional(),
  /** Every document of the meeting (the Japan MoD's and the U.S. DoD's), when there are several. */
  documents: z.array(z.string()).optional(),
});

export const ReportSchema = z.object({
  source: z.string(),
  title: z.string().nullable(),
  /** The article's language. */
  language: z.enum(['en', 'ja']),
  published: z.string().nullable(),
  meeting: MeetingMatchSchema.nullable(),
  mentions: z.array(MentionSchema),
  claims: z.array(ClaimSchema),
});

export type FlagField = z.infer<typeof FlagFieldSchema>;
export type Flag = z.infer<typeof FlagSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type Verdict = z.infer<typeof VerdictSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type AccountDifference = z.infer<typeof AccountDifferenceSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type MeetingMatch = z.infer<typeof MeetingMatchSchema>;
export type MeetingReason = z.infer<typeof MeetingReasonSchema>;
export type ReasonName = z.infer<typeof ReasonNameSchema>;
export type Report = z.infer<typeof ReportSchema>;
