// Typed messages between the content script, the background and the extension pages.
// Every message is parsed with zod on arrival; unknown or malformed messages are ignored.
import { z } from 'zod';
import { ReportSchema } from '../engine/report';
import { OfficialRecordSchema } from '../data/schema';

/** content → background: the page's report changed (badge count, popup). Older content scripts; now page-counts. */
export const ReportUpdatedSchema = z.object({
  type: z.literal('report-updated'),
  report: ReportSchema,
});

/**
 * content → popup/options: the answer to get-report. `report` is null while the page has not
 * been analysed (or highlights are off); `active` says whether highlights are on for the page.
 */
export const GetReportResponseSchema = z.object({
  url: z.string(),
  active: z.boolean(),
  report: ReportSchema.nullable(),
  /**
   * Optional detail for the popup: 'reading' (first pass under way), 'waiting' (nothing
   * alliance-related found; watching for more), 'active' (report drawn), 'off'.
   */
  phase: z.enum(['off', 'reading', 'waiting', 'active']).optional(),
});

/** pages/content → background: bundled and imported official records. */
export const GetRecordsSchema = z.object({ type: z.literal('get-records') });
export const RecordsResponseSchema = z.object({
  bundled: z.array(OfficialRecordSchema),
  imported: z.array(OfficialRecordSchema),
});

/** options → background: store imported records (all or nothing). */
export const AddRecordsSchema = z.object({
  type: z.literal('add-records'),
  records: z.array(OfficialRecordSchema).min(1),
});
/** options → background: forget one imported record. */
export const RemoveRecordSchema = z.object({ type: z.literal('remove-record'), id: z.string() });
export const MutationResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

/**
 * content → background: the page the reader is on, as its DOM serialises, for the record it may
 * give (engine/ingest/page-record.ts answers; nothing is stored until add-records).
 */
export const ReadPageRecordSchema = z.object({
  type: z.literal('read-page-record'),
  url: z.string().url(),
  html: z.string().max(20_000_000),
});

/** options → background: which tabs have a report (for exporting one). */
export const GetReportedTabsSchema = z.object({ type: z.literal('get-reported-tabs') });
export const ReportedTabSchema = z.object({
  tabId: z.number().int(),
  source: z.string(),
  title: z.string().nullable(),
  claims: z.number().int().nonnegative(),
  conflicts: z.number().int().nonnegative(),
});
export const ReportedTabsResponseSchema = z.array(ReportedTabSchema);

/** content → background: the user's settings as they apply to this page (also wakes the worker). */
export const PageSettingsRequestSchema = z.object({ type: z.literal('page-settings'), href: z.string() });
/**
 * content → background: does this text (a page's snapshot) mention anything alliance-related?
 * Texts are bounded so no page can make the background hold more than a giant page's worth.
 */
const PageTextSchema = z.string().max(20_000_000);
export const GateTextSchema = z.object({ type: z.literal('gate-text'), text: PageTextSchema });
/** content → background: the engine's report on a page's text (or one section of a giant page). */
export const AnalyzeTextSchema = z.object({
  type: z.literal('analyze-text'),
  text: PageTextSchema,
  published: z.string().nullable(),
  source: z.string(),
  title: z.string().nullable(),
  /** Answer { related: false } instead when the text mentions nothing alliance-related. */
  gate: z.boolean().optional(),
});
/** content → background: the page's verdict counts changed (badge, popup, export list). */
export const PageCountsSchema = z.object({
  type: z.literal('page-counts'),
  source: z.string(),
  title: z.string().nullable(),
  claims: z.number().int().nonnegative(),
  conflicts: z.number().int().nonnegative(),
});

export const BackgroundMessageSchema = z.discriminatedUnion('type', [
  ReportUpdatedSchema, GetRecordsSchema, AddRecordsSchema, RemoveRecordSchema, GetReportedTabsSchema,
  PageSettingsRequestSchema, GateTextSchema, AnalyzeTextSchema, PageCountsSchema, ReadPageRecordSchema,
]);

// Messages to the content script (popup → content) are zod/mini schemas in page-messages.ts,
// small enough for the bundle injected into every page.
export type BackgroundMessage = z.infer<typeof BackgroundMessageSchema>;
export type GetReportResponse = z.infer<typeof GetReportResponseSchema>;
export type RecordsResponse = z.infer<typeof RecordsResponseSchema>;
export type MutationResult = z.infer<typeof MutationResultSchema>;
export type ReportedTab = z.infer<typeof ReportedTabSchema>;
