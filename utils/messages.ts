// Typed messages between the content script, the background and the extension pages.
// Every message is parsed with zod on arrival; unknown or malformed messages are ignored.
import { z } from 'zod';
import { ReportSchema } from '../engine/report';

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

export const ContentMessageSchema = z.discriminatedUnion('type', [
  GetReportSchema, FocusClaimSchema, StepClaimSchema, ToggleHighlightsSchema,
]);
export const BackgroundMessageSchema = z.discriminatedUnion('type', [ReportUpdatedSchema]);

export type ContentMessage = z.infer<typeof ContentMessageSchema>;
export type BackgroundMessage = z.infer<typeof BackgroundMessageSchema>;
