// Typed messages between the content script, the background and the extension pages.
// Every message is parsed with zod on arrival; unknown or malformed messages are ignored.
import { z } from 'zod';
import { ReportSchema } from '../engine/report';
import { OfficialRecordSchema } from '../data/schema';

/** content → background: the page's report changed (badge count, popup). */
export const ReportUpdatedSchema = z.object({
  type: z.literal('report-updated'),
  report: ReportSchema,
});

/** popup → content: send me the page's current report. */
export const GetReportSchema = z.object({ type: z.literal('get-report') });

/** popup/commands → content: scroll to claim N of the report and open its card. */
export const FocusClaimSchema = z.object({
  type: z.literal('focus-claim'),
  index: z.number().int().nonnegative(),
});

/** commands → content: next / previous claim; toggle highlights. */
export const StepClaimSchema = z.object({ type: z.literal('step-claim'), direction: z.enum(['next', 'previous']) });
export const ToggleHighlightsSchema = z.object({ type: z.literal('toggle-highlights') });

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

export const ContentMessageSchema = z.discriminatedUnion('type', [
  GetReportSchema, FocusClaimSchema, StepClaimSchema, ToggleHighlightsSchema,
]);
export const BackgroundMessageSchema = z.discriminatedUnion('type', [
  ReportUpdatedSchema, GetRecordsSchema, AddRecordsSchema, RemoveRecordSchema, GetReportedTabsSchema,
]);

export type ContentMessage = z.infer<typeof ContentMessageSchema>;
export type BackgroundMessage = z.infer<typeof BackgroundMessageSchema>;
export type GetReportResponse = z.infer<typeof GetReportResponseSchema>;
export type RecordsResponse = z.infer<typeof RecordsResponseSchema>;
export type MutationResult = z.infer<typeof MutationResultSchema>;
export type ReportedTab = z.infer<typeof ReportedTabSchema>;
