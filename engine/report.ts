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
});

export const MentionSchema = z.object({
  entity: z.string(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const MeetingMatchSchema = z.object({
  recordId: z.string(),
  date: z.string(),
  confidence: z.number().min(0).max(1),
  reasons: z.array(z.string()),
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
export type Report = z.infer<typeof ReportSchema>;
