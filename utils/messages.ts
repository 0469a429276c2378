// Typed messages between the content script, the background and the extension pages.
// Every message is parsed with zod on arrival (receiveBackgroundMessage, receivePageChange):
// a malformed one is rejected and logged, with its type and what was wrong but never its text.
import { z } from 'zod';
import { ReportSchema } from '../engine/report';
import { OfficialRecordSchema } from '../data/schema';
import { GATE_TEXT_MAX } from './page-messages';

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

/** Most records one import may hold (the whole bundled library is a few dozen). */
export const MAX_RECORDS_PER_IMPORT = 1000;
/** options → background: store imported records (all or nothing). */
export const AddRecordsSchema = z.object({
  type: z.literal('add-records'),
  records: z.array(OfficialRecordSchema).min(1).max(MAX_RECORDS_PER_IMPORT),
});
/** options → background: forget one imported record. */
export const RemoveRecordSchema = z.object({ type: z.literal('remove-record'), id: z.string().min(1).max(200) });
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

/**
 * content → background: the user's settings as they apply to this page (also wakes the worker).
 * With `text` (the page's text, read cheaply, at most GATE_TEXT_MAX characters and a line per block),
 * the answer also says whether it is about the alliance at all: the gate in the same round trip.
 */
export const PageSettingsRequestSchema = z.object({
  type: z.literal('page-settings'),
  href: z.string(),
  text: z.string().max(GATE_TEXT_MAX).optional(),
  /**
   * From the always-injected gate: when the site is on and the text related (or not sent: too
   * long to gate there), inject the lens into the sender's tab (its top frame) at once.
   */
  load: z.literal(true).optional(),
  /**
   * The text was read in one call, without a line per block (gate-text.ts quickGateText): two
   * blocks' words may run together, and the answer may ask for an exact reading (`recheck`).
   */
  joined: z.literal(true).optional(),
});
/** content → background: the hover card's strings in a language (the card's part of its catalogue). */
export const CardStringsRequestSchema = z.object({ type: z.literal('card-strings'), locale: z.enum(['en', 'ja']) });
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
/**
 * content → background: the gazetteer's mentions in a text, alone (a matcher pass, answered
 * at once): the lens draws those in view while the full analysis of the same text is under way.
 */
export const FindMentionsSchema = z.object({ type: z.literal('find-mentions'), text: PageTextSchema });
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
  PageSettingsRequestSchema, GateTextSchema, AnalyzeTextSchema, FindMentionsSchema, PageCountsSchema, ReadPageRecordSchema,
  CardStringsRequestSchema,
]);

/** Messages only the extension's own pages send: they change stored data or list the user's tabs. */
const EXTENSION_PAGE_ONLY: ReadonlySet<BackgroundMessage['type']> = new Set(['add-records', 'remove-record', 'get-reported-tabs']);

/** What the receiver knows of a message's sender (runtime.MessageSender, the parts used here). */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** The extension itself: its id, and the origin of its pages (runtime.getURL(''), with or without the slash). */
export interface Self {
  id: string;
  origin: string;
}

export type Log = (line: string) => void;
const warn: Log = (line) => console.warn(line);

/** The message's type for a log line: a short string, or what it was instead. */
function typeForLog(raw: unknown): string {
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  if (typeof type !== 'string') return typeof raw === 'object' && raw !== null ? 'no type' : typeof raw;
  return JSON.stringify(type.length > 40 ? `${type.slice(0, 40)}…` : type);
}

function issueForLog(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.slice(0, 6).join('.');
  return `${path ? `${path}: ` : ''}${issue.message.slice(0, 120)}`;
}

function fromExtensionPage(sender: Sender, self: Self): boolean {
  const origin = self.origin.replace(/\/$/, '');
  return sender.url !== undefined && (sender.url === origin || sender.url.startsWith(`${origin}/`));
}

/**
 * The background's gate: the message parsed, or null (logged) when it is malformed, comes from
 * another extension, or asks a content script's sender for what only the extension's own pages
 * may do (store or remove records, list tabs).
 */
export function receiveBackgroundMessage(raw: unknown, sender: Sender, self: Self, log: Log = warn): BackgroundMessage | null {
  if (sender.id !== undefined && sender.id !== self.id) {
    log(`Readout Lens: rejected a message of type ${typeForLog(raw)} from another extension.`);
    return null;
  }
  const parsed = BackgroundMessageSchema.safeParse(raw);
  if (!parsed.success) {
    log(`Readout Lens: rejected a malformed message of type ${typeForLog(raw)} (${issueForLog(parsed.error)}).`);
    return null;
  }
  if (EXTENSION_PAGE_ONLY.has(parsed.data.type) && !fromExtensionPage(sender, self)) {
    log(`Readout Lens: rejected a ${JSON.stringify(parsed.data.type)} message that did not come from the extension's own pages.`);
    return null;
  }
  return parsed.data;
}

/** background/content → popup and side panel: a tab's report changed. */
export const PageChangeSchema = z.discriminatedUnion('type', [ReportUpdatedSchema, PageCountsSchema]);
export type PageChange = z.infer<typeof PageChangeSchema>;
const PAGE_CHANGE_TYPES: ReadonlySet<string> = new Set(PageChangeSchema.options.map((o) => o.shape.type.value));
const BACKGROUND_TYPES: ReadonlySet<string> = new Set(BackgroundMessageSchema.options.map((o) => o.shape.type.value));

/**
 * The popup's and side panel's gate. They hear every runtime message; those addressed to the
 * background (get-records, analyze-text…) are not theirs and pass silently, anything else not
 * well formed is rejected and logged.
 */
export function receivePageChange(raw: unknown, log: Log = warn): PageChange | null {
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  if (typeof type === 'string' && BACKGROUND_TYPES.has(type) && !PAGE_CHANGE_TYPES.has(type)) return null;
  const parsed = PageChangeSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  log(`Readout Lens: rejected a malformed message of type ${typeForLog(raw)} (${issueForLog(parsed.error)}).`);
  return null;
}

// Messages to the content script (popup → content) are zod/mini schemas in page-messages.ts,
// small enough for the bundle injected into every page.
export type BackgroundMessage = z.infer<typeof BackgroundMessageSchema>;
export type GetReportResponse = z.infer<typeof GetReportResponseSchema>;
export type RecordsResponse = z.infer<typeof RecordsResponseSchema>;
export type MutationResult = z.infer<typeof MutationResultSchema>;
export type ReportedTab = z.infer<typeof ReportedTabSchema>;
