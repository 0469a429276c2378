// Ground truth for the evaluation: what a careful reader, reading the official record, says about
// one fixture page (its meeting, and the verdict each checkable claim deserves). Written by hand
// next to the page as `<page>.truth.json`; never generated from the engine's output.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { FlagFieldSchema, VerdictSchema } from '../../engine/report';

export const TruthClaimSchema = z.object({
  /** A distinctive substring of the claim sentence, as the page's article text writes it. */
  quote: z.string().min(4),
  verdict: VerdictSchema,
  /** For a conflict: every field on which the article contradicts the record (major flags). */
  fields: z.array(FlagFieldSchema).default([]),
  /** Why, in a reader's words: the official words compared, or why nothing covers it. */
  note: z.string().min(1),
}).superRefine((c, ctx) => {
  if (c.verdict === 'conflict' && c.fields.length === 0) ctx.addIssue({ code: 'custom', message: `conflict without fields: ${c.quote}` });
  if (c.verdict !== 'conflict' && c.fields.length > 0) ctx.addIssue({ code: 'custom', message: `fields on a ${c.verdict} claim: ${c.quote}` });
});

export const NotClaimSchema = z.object({
  /** A distinctive substring of a sentence that must never be read as a claim about the meeting. */
  quote: z.string().min(4),
  note: z.string().min(1),
});

export const TruthSchema = z.object({
  language: z.enum(['en', 'ja']),
  /** How the page is written (wire copy, TV transcript, live blog, …), for the report's page list. */
  style: z.string().min(1),
  /** Written for the evaluation, after the engine's rules (not a page the rules were made on). */
  fresh: z.boolean().default(false),
  /** The record id of the meeting the page is about (any document of it), or null for none in the library. */
  meeting: z.string().nullable(),
  claims: z.array(TruthClaimSchema),
  notClaims: z.array(NotClaimSchema).default([]),
  /** Sentences a careful reader could fairly judge either way: not scored at all. */
  ambiguous: z.array(NotClaimSchema).default([]),
});

export type TruthClaim = z.infer<typeof TruthClaimSchema>;
export type NotClaim = z.infer<typeof NotClaimSchema>;
export type Truth = z.infer<typeof TruthSchema>;
/** A truth file as written (fields and lists may be left out). */
export type TruthInput = z.input<typeof TruthSchema>;

/** Reads and validates one truth file; a bad file fails with its name and the first problem. */
export function readTruth(path: string): Truth {
  const parsed = TruthSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${path}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}
