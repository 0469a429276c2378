// Messages the content script receives (answers from the background, commands from the popup),
// as zod/mini schemas: the always-injected script parses every message it gets, and zod/mini
// costs a fraction of the classic API's bundle. The shapes mirror engine/report.ts and
// data/schema.ts; the type assertions at the bottom keep them in step at compile time.
import * as z from 'zod/mini';
import type { Report } from '../engine/report';
import type { Entity, OfficialRecord } from '../data/schema';
import { LOCALES } from './locale';

const offset = z.number().check(z.int(), z.nonnegative());
const text = z.string().check(z.minLength(1));

const FlagSchema = z.object({
  field: z.enum(['date', 'time', 'duration', 'place', 'participant', 'title', 'commitment', 'number']),
  severity: z.enum(['major', 'minor']),
  article: text,
  official: text,
  explanation: text,
});

const ClaimSchema = z.object({
  text: z.string(),
  start: offset,
  end: offset,
  verdict: z.enum(['supported', 'conflict', 'unverified']),
  evidence: z.nullable(z.object({
    recordId: z.string(), paragraph: z.string(), text: z.string(),
    also: z.optional(z.object({ paragraph: z.string(), text: z.string() })),
  })),
  flags: z.array(FlagSchema),
  /** The other accounts of the meeting that cover the claim too, and facts the accounts state differently. */
  corroboration: z.optional(z.array(z.object({ recordId: z.string(), paragraph: z.string(), text: z.string() }))),
  accountDifferences: z.optional(z.array(z.object({
    field: z.enum(['date', 'place']),
    article: text,
    account: z.enum(['japan-mod', 'us-dod']),
    official: text,
    agreedAccount: z.enum(['japan-mod', 'us-dod']),
    agreed: text,
    byZone: z.optional(z.boolean()),
  }))),
  /** The same account's paragraph in the other language. */
  translation: z.optional(z.object({ recordId: z.string(), paragraph: z.string(), text: z.string() })),
});

/**
 * The engine's report on a text (a whole page or one section of a giant one), as sent: mentions
 * are packed (see packMentions), since a page can have thousands and every object costs the
 * page's main thread to check.
 */
export const PageReportSchema = z.object({
  source: z.string(),
  title: z.nullable(z.string()),
  language: z.enum(['en', 'ja']),
  published: z.nullable(z.string()),
  meeting: z.nullable(z.object({
    recordId: z.string(),
    date: z.string(),
    confidence: z.number().check(z.gte(0), z.lte(1)),
    reasons: z.array(z.string()),
  })),
  mentions: z.object({
    /** Entity ids; spans refer to them by index. */
    entities: z.array(z.string()),
    /** start, end, entity index: three numbers per mention. */
    spans: z.array(z.number()),
  }),
  claims: z.array(ClaimSchema),
});

/** What a card says about an entity (a slice of the gazetteer's entry). */
export const CardEntitySchema = z.object({
  id: z.string(),
  kind: z.enum(['person', 'office', 'body', 'framework', 'system', 'place', 'document', 'event']),
  name: text,
  nameJa: z.nullable(z.string()),
  description: z.string(),
  /** The description in Japanese, where the gazetteer has one. */
  descriptionJa: z.optional(z.nullable(z.string())),
  titles: z.array(z.object({
    title: text,
    titleJa: z.nullable(z.string()),
    office: z.string(),
    from: z.string(),
    to: z.nullable(z.string()),
  })),
});

/** What a card says about the official record it quotes. */
export const CardRecordSchema = z.object({
  id: z.string(),
  title: z.string(),
  published: z.nullable(z.string()),
  sourceUrl: z.nullable(z.string()),
  sourceFile: z.nullable(z.string()),
  meeting: z.object({ date: z.nullable(z.string()) }),
  /** Whose account the record is (the card names it) and whether the copy is partial. */
  account: z.optional(z.enum(['japan-mod', 'us-dod'])),
  partial: z.optional(z.boolean()),
  /** The language the record is written in (the card tags its quotes with it). */
  language: z.optional(z.enum(['en', 'ja'])),
});

/**
 * background → content: answer to analyze-text. Asked with `gate`, a text about nothing
 * alliance-related gets only { related: false } (and costs the background one matcher pass).
 */
export const AnalysisAnswerSchema = z.object({
  related: z.literal(true),
  report: PageReportSchema,
  /** The entities and records the report refers to, for the cards. */
  entities: z.array(CardEntitySchema),
  records: z.array(CardRecordSchema),
});

const UnrelatedSchema = z.object({ related: z.literal(false) });
export const AnalysisOrUnrelatedSchema = z.union([AnalysisAnswerSchema, UnrelatedSchema]);

/** background → content: answer to gate-text (whether the text is about the alliance at all). */
export const GateAnswerSchema = z.object({ related: z.boolean() });

/** background → content: answer to page-settings (the user's settings as they apply to a page). */
export const PageSettingsSchema = z.object({
  enabled: z.boolean(),
  showMentions: z.boolean(),
  showMinorFlags: z.boolean(),
  showUnverified: z.boolean(),
  language: z.enum(['auto', ...LOCALES]),
});

/** popup/commands → content. */
export const ContentMessageSchema = z.discriminatedUnion('type', [
  /** Send me the page's current report. */
  z.object({ type: z.literal('get-report') }),
  /** Scroll to claim N of the report and open its card. */
  z.object({ type: z.literal('focus-claim'), index: offset }),
  /** Next / previous claim. */
  z.object({ type: z.literal('step-claim'), direction: z.enum(['next', 'previous']) }),
  z.object({ type: z.literal('toggle-highlights') }),
]);

export type PageReport = z.infer<typeof PageReportSchema>;
type PackedMentions = PageReport['mentions'];

/** Packs a report's mentions for sending. */
export function packMentions(mentions: Report['mentions']): PackedMentions {
  const index = new Map<string, number>();
  const spans: number[] = [];
  for (const m of mentions) {
    let i = index.get(m.entity);
    if (i === undefined) index.set(m.entity, (i = index.size));
    spans.push(m.start, m.end, i);
  }
  return { entities: [...index.keys()], spans };
}

/**
 * Unpacks mentions of `text`; null when the spans are not well formed (not triples of integers,
 * outside the text, or naming no entity).
 */
export function unpackMentions(packed: PackedMentions, text: string): Report['mentions'] | null {
  const { entities, spans } = packed;
  if (spans.length % 3 !== 0) return null;
  const out: Report['mentions'] = [];
  for (let i = 0; i < spans.length; i += 3) {
    const start = spans[i]!;
    const end = spans[i + 1]!;
    const entity = entities[spans[i + 2]!];
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length || entity === undefined) return null;
    out.push({ entity, text: text.slice(start, end), start, end });
  }
  return out;
}
export type CardEntity = z.infer<typeof CardEntitySchema>;
export type CardRecord = z.infer<typeof CardRecordSchema>;
export type AnalysisAnswer = z.infer<typeof AnalysisAnswerSchema>;
export type PageSettings = z.infer<typeof PageSettingsSchema>;
export type ContentMessage = z.infer<typeof ContentMessageSchema>;

// Compile-time agreement with the engine's and the data's own schemas.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree = <T extends true>(): T => true as T;
agree<Same<Omit<PageReport, 'mentions'>, Omit<Report, 'mentions'>>>();
agree<Entity extends CardEntity ? true : false>();
agree<Pick<OfficialRecord, 'id' | 'title' | 'published' | 'sourceUrl' | 'sourceFile'> extends Omit<CardRecord, 'meeting'> ? true : false>();
