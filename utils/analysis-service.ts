// The background's side of page analysis: the content script sends the text it snapshotted and
// gets the engine's report back, so the engine (its code, its gazetteer trie and the records)
// never loads into the page. One engine serves both the cheap gate (findMentions) and the full
// analysis: a single built matcher. Pure apart from the engine it is given.
import type { Engine, PageInput } from '../engine/analyze';
import type { Report } from '../engine/report';
import { packMentions, type AnalysisAnswer, type CardEntity, type CardRecord, type MentionsAnswer } from './page-messages';

/** The gate reads a long text in pieces of about this many characters, overlapping by GATE_OVERLAP. */
const GATE_PIECE = 50_000;
const GATE_OVERLAP = 300;

/**
 * Whether a text mentions something alliance-related (a bare place name does not count). A long
 * text is read piece by piece (cut at line ends, overlapping so no name is cut in two) and the
 * answer comes with the first piece that has such a mention: a giant alliance page is not read
 * whole twice, once for the gate and once for its analysis.
 */
export function isRelated(engine: Pick<Engine, 'findMentions' | 'entity'>, text: string): boolean {
  const related = (piece: string) => engine.findMentions(piece).some((m) => engine.entity(m.entity)?.kind !== 'place');
  for (let start = 0; start < text.length; ) {
    const lineEnd = text.indexOf('\n', start + GATE_PIECE);
    const end = lineEnd < 0 ? text.length : lineEnd;
    if (related(text.slice(start, Math.min(text.length, end + GATE_OVERLAP)))) return true;
    start = end;
  }
  return false;
}

/**
 * Where the words of two blocks may have run together in a text read without line breaks between
 * blocks (the gate's quick reading, "…marketsHegseth visits…"): a lower-case letter or a digit
 * before a capital, a capital before a capitalised word, a letter beside a digit. Latin script
 * only: Japanese names need no boundary to be found.
 */
const JOIN = /(?<=[\p{Ll}\d])(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})|(?<=[\p{Script=Latin}])(?=\d)|(?<=\d)(?=[\p{Script=Latin}])/gu;

/** The gate's answer on a page's text: `recheck` when a quick reading may hide a mention. */
export interface GateAnswer {
  related: boolean;
  /** The text, read with blocks run together (`joined`), mentions something once split at the joins. */
  recheck?: true;
}

/**
 * The gate on a page's text. A text read `joined` (blocks not on lines of their own) that shows
 * nothing is read again split at every place two words may have run together; if that shows a
 * mention, the page is read exactly and asked about again (`recheck`) rather than called unrelated.
 * The split reading only ever asks for the exact one: it never makes a page related by itself.
 */
export function gateAnswer(engine: Pick<Engine, 'findMentions' | 'entity'>, text: string, joined: boolean): GateAnswer {
  if (isRelated(engine, text)) return { related: true };
  if (joined && isRelated(engine, text.replace(JOIN, ' '))) return { related: false, recheck: true };
  return { related: false };
}

/** The report on one text plus the gazetteer entries and records its cards will need. */
export function analysisAnswer(engine: Engine, input: PageInput): AnalysisAnswer {
  const report = engine.analyze(input);
  return {
    related: true,
    report: { ...report, mentions: packMentions(report.mentions) },
    entities: entitiesOf(engine, report.mentions),
    records: recordsOf(engine, report),
  };
}

/** The answer to analyze-text: with `gate`, nothing but { related: false } for an unrelated text. */
export function answerAnalysis(engine: Engine, input: PageInput, gate: boolean): AnalysisAnswer | { related: false } {
  return gate && !isRelated(engine, input.text) ? { related: false } : analysisAnswer(engine, input);
}

/** The answer to find-mentions: the gazetteer pass alone, and the entities it found. */
export function mentionsAnswer(engine: Engine, text: string): MentionsAnswer {
  const mentions = engine.findMentions(text);
  return { mentions: packMentions(mentions), entities: entitiesOf(engine, mentions) };
}

function entitiesOf(engine: Engine, mentions: Report['mentions']): CardEntity[] {
  const out: CardEntity[] = [];
  for (const id of new Set(mentions.map((m) => m.entity))) {
    const e = engine.entity(id);
    if (!e) continue;
    out.push({
      id: e.id, kind: e.kind, name: e.name, nameJa: e.nameJa, description: e.description, descriptionJa: e.descriptionJa,
      titles: e.titles.map((t) => ({ title: t.title, titleJa: t.titleJa, office: t.office, from: t.from, to: t.to })),
    });
  }
  return out;
}

function recordsOf(engine: Engine, report: Report): CardRecord[] {
  const out: CardRecord[] = [];
  const quoted = report.claims.flatMap((c) => [...(c.evidence ? [c.evidence.recordId] : []), ...(c.corroboration ?? []).map((e) => e.recordId), ...(c.translation ? [c.translation.recordId] : [])]);
  for (const id of new Set(quoted)) {
    const r = engine.record(id);
    if (!r) continue;
    out.push({
      id: r.id, title: r.title, published: r.published, sourceUrl: r.sourceUrl, sourceFile: r.sourceFile,
      meeting: { date: r.meeting.date }, account: r.account ?? 'japan-mod', partial: r.partial, language: r.language,
    });
  }
  return out;
}
