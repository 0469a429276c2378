// The content script's link to the engine, which runs in the background on the text the
// content script snapshots: the gate (is this page about the alliance at all?) and the report on
// a text. Every answer is parsed (utils/page-messages.ts) before use; the gazetteer entries and records that
// answers bring along are kept for the cards.
import type { PageInput } from '../../engine/analyze';
import type { Report } from '../../engine/report';
import type { BackgroundMessage } from '../../utils/messages';
import { AnswerError, parseAnalysis, parseGate, parseMentions, unpackMentions, type CardEntity, type CardRecord } from '../../utils/page-messages';
import { StringPool } from '../../utils/string-pool';
import type { Lookup } from './card-content';

export interface PageAnalyzer {
  /** Whether the text mentions something alliance-related (a bare place does not count). */
  related(text: string): Promise<boolean>;
  /**
   * The engine's report on a text (offsets into that text). With `gate`, null when the text
   * mentions nothing alliance-related (one round trip for both questions).
   */
  analyze(input: PageInput, gate?: boolean): Promise<Report | null>;
  /** The gazetteer's mentions in a text alone (answered before a full analysis of it). */
  mentions(text: string): Promise<Report['mentions']>;
  /** Entities and records seen in the answers so far. */
  readonly lookup: Lookup;
}

/** Sends a message to the background and resolves with its (unparsed) answer. */
export type Send = (message: BackgroundMessage) => Promise<unknown>;


export function remoteAnalyzer(send: Send): PageAnalyzer {
  const entities = new Map<string, CardEntity>();
  const records = new Map<string, CardRecord>();
  // Reports are kept for the page's life: their strings are shared, and no mention holds on to
  // the section's input text it was cut from.
  const strings = new StringPool();
  return {
    async related(text) {
      return parseGate(await send({ type: 'gate-text', text })).related;
    },
    async analyze(input, gate = false) {
      const answer = parseAnalysis(await send({ type: 'analyze-text', ...input, gate }));
      if (!answer.related) return null;
      const mentions = unpackMentions(answer.report.mentions, input.text, (s) => strings.get(s));
      if (!mentions) throw new AnswerError('analysis', 'mention spans outside the text');
      strings.share(answer.report.claims);
      if (answer.report.meeting) strings.share(answer.report.meeting);
      for (const e of answer.entities) entities.set(e.id, e);
      for (const r of answer.records) records.set(r.id, r);
      return { ...answer.report, mentions };
    },
    async mentions(text) {
      const answer = parseMentions(await send({ type: 'find-mentions', text }));
      const mentions = unpackMentions(answer.mentions, text, (s) => strings.get(s));
      if (!mentions) throw new AnswerError('mentions', 'mention spans outside the text');
      for (const e of answer.entities) entities.set(e.id, e);
      return mentions;
    },
    lookup: {
      entity: (id) => entities.get(id),
      record: (id) => records.get(id),
    },
  };
}
