// The record of the official page a reader is on (its DOM as HTML, read by the content script):
// whether the page is an official summary or readout at all, and if so the record the ingest
// code reads from it, with the page's address as its source, or the reason it gives none. Pure:
// the background calls it and stores nothing; adding the record is a separate, validated step.
import { z } from 'zod';
import { OfficialRecordSchema, type Entity, type OfficialRecord } from '../../data/schema';
import { ACCOUNT_OF_PUBLISHER, READOUT_MARKERS_EN, SUMMARY_TITLE_LINE } from '../lang/official';
import { IngestError, IngestRefusal, type RefusalReason } from './errors';
import { readHtml } from './html-to-text';
import { parseOfficialSummary } from './parse-summary';
import { trimAll } from './text';

/** Largest page read (a saved official page is a few hundred kilobytes). */
export const MAX_PAGE_HTML = 5_000_000;

const REFUSAL_REASONS = ['no-date', 'no-day', 'ambiguous-year', 'no-year', 'no-minister-meeting', 'date-disagrees'] as const satisfies readonly RefusalReason[];

export const PageRecordOutcomeSchema = z.discriminatedUnion('kind', [
  /** A page that is no official summary or readout: the popup offers nothing. */
  z.object({ kind: z.literal('not-official') }),
  /** The record the page gives; `known` when a record of that id is already in the library. */
  z.object({ kind: z.literal('record'), record: OfficialRecordSchema, known: z.enum(['bundled', 'imported']).nullable() }),
  /** An official page that gives no record: why, in the ingest's words, and on which line of its text. */
  z.object({
    kind: z.literal('refused'),
    reason: z.enum([...REFUSAL_REASONS, 'unreadable', 'too-large']),
    line: z.number().int().positive().nullable(),
    expected: z.string(),
  }),
]);
export type PageRecordOutcome = z.infer<typeof PageRecordOutcomeSchema>;

export interface PageRecordContext {
  gazetteer: readonly Entity[];
  bundled: readonly OfficialRecord[];
  imported: readonly OfficialRecord[];
}

/** Lines of a page's text that may carry its title (the first screenful). */
const TITLE_SCAN_LINES = 40;

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/** A page published by one of the two ministries (by its host name). */
export function onMinistryHost(url: string): boolean {
  const host = hostOf(url);
  return host !== null && ACCOUNT_OF_PUBLISHER.some((a) => a.pattern.test(host));
}

/** An official page: published by one of the two ministries, or titled as a summary or readout. */
export function looksOfficial(url: string, title: string | null, text: string): boolean {
  if (hostOf(url) === null) return false;
  if (onMinistryHost(url)) return true;
  const lines = [title ?? '', ...text.split('\n').slice(0, TITLE_SCAN_LINES)].map(trimAll).filter((l) => l !== '' && l.length <= 200);
  return lines.some((l) => SUMMARY_TITLE_LINE.test(l) || READOUT_MARKERS_EN.some((re) => re.test(l)));
}

/** The page's address without its fragment (the part after #), as a record's source. */
function pageAddress(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}

export function readPageRecord(page: { url: string; html: string }, ctx: PageRecordContext): PageRecordOutcome {
  if (page.html.length > MAX_PAGE_HTML) {
    return { kind: 'refused', reason: 'too-large', line: null, expected: `a page of at most ${MAX_PAGE_HTML} characters` };
  }
  const doc = readHtml(page.html);
  if (!looksOfficial(page.url, doc.title, doc.text)) return { kind: 'not-official' };
  const source = pageAddress(page.url);
  try {
    const parsed = parseOfficialSummary(page.html, {
      sourceFile: null, sourceUrl: source, publisher: new URL(source).hostname, gazetteer: ctx.gazetteer,
    });
    // The page's address is the source, whatever address the document names for itself.
    const record = OfficialRecordSchema.parse({ ...parsed, sourceUrl: source });
    const known = ctx.bundled.some((r) => r.id === record.id) ? 'bundled' : ctx.imported.some((r) => r.id === record.id) ? 'imported' : null;
    return { kind: 'record', record, known };
  } catch (error) {
    if (error instanceof IngestRefusal) return { kind: 'refused', reason: error.reason, line: error.line, expected: error.expected };
    // Elsewhere a title alone does not make a page official: a news story headlined like a
    // summary that reads as none is just not one.
    if (!onMinistryHost(page.url)) return { kind: 'not-official' };
    if (error instanceof IngestError) return { kind: 'refused', reason: 'unreadable', line: error.line, expected: error.expected };
    return { kind: 'refused', reason: 'unreadable', line: null, expected: error instanceof Error ? error.message : String(error) };
  }
}
