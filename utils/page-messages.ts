// Messages the content script receives (answers from the background, commands from the popup),
// as the tiny checks of checks.ts: the always-injected script parses every message it gets, and
// a schema library would be a sixth of its size. The shapes mirror engine/report.ts and
// data/schema.ts; the type assertions at the bottom keep them in step at compile time.
import type { Report } from '../engine/report';
import type { Entity, OfficialRecord } from '../data/schema';
import type { StringKey } from './strings-en';
import type { Locale } from './translate';
// The settings answer and the popup's messages are the gate's too: they live in a module of
// their own (content-messages.ts), small enough for the script injected into every page.
export { AnswerError, GATE_TEXT_MAX, isSettingsChanged, parseContentMessage, parsePageSettings, type ContentMessage, type PageSettings } from './content-messages';
import { AnswerError, parseAnswer as parse } from './content-messages';
import {
  array, boolean, fraction, literal, nullable, number, object, offset, oneOf, optional, string, text,
  variants, type Check, type Checked,
} from './checks';

const Flag = object({
  field: oneOf(['date', 'time', 'duration', 'place', 'participant', 'title', 'commitment', 'number']),
  severity: oneOf(['major', 'minor']),
  article: text,
  official: text,
  explanation: text,
});

const Evidence = object({ recordId: string, paragraph: string, text: string });

const Claim = object({
  text: string,
  start: offset,
  end: offset,
  verdict: oneOf(['supported', 'conflict', 'unverified']),
  evidence: nullable(object({
    recordId: string, paragraph: string, text: string,
    also: optional(object({ paragraph: string, text: string })),
  })),
  flags: array(Flag),
  /** The other accounts of the meeting that cover the claim too, and facts the accounts state differently. */
  corroboration: optional(array(Evidence)),
  accountDifferences: optional(array(object({
    field: oneOf(['date', 'place']),
    article: text,
    account: oneOf(['japan-mod', 'us-dod']),
    official: text,
    agreedAccount: oneOf(['japan-mod', 'us-dod']),
    agreed: text,
    byZone: optional(boolean),
  }))),
  /** The same account's paragraph in the other language. */
  translation: optional(Evidence),
});

/** The engine's reasons for choosing a meeting, as codes and parameters (engine/report.ts MeetingReasonSchema). */
const Named = object({ id: nullable(string), name: text, nameJa: nullable(string) });
const MeetingReason = variants('code', {
  'date-fits': object({ code: literal('date-fits'), stated: text, weekday: boolean, zone: boolean, date: string }),
  'dates-differ': object({ code: literal('dates-differ'), date: string }),
  'date-days-off': object({ code: literal('date-days-off'), stated: text, days: offset, date: string }),
  participants: object({ code: literal('participants'), names: array(Named) }),
  'place-fits': object({ code: literal('place-fits'), place: Named, venue: text }),
  'place-differs': object({ code: literal('place-differs'), place: Named, venue: text }),
  preview: object({ code: literal('preview'), days: offset }),
  published: object({ code: literal('published'), days: offset }),
  'another-meeting': object({ code: literal('another-meeting') }),
  topics: object({ code: literal('topics'), names: array(Named) }),
});

/**
 * The engine's report on a text (a whole page or one section of a giant one), as sent: mentions
 * are packed (see packMentions), since a page can have thousands and every object costs the
 * page's main thread to check.
 */
const Mentions = object({
  /** Entity ids; spans refer to them by index. */
  entities: array(string),
  /** start, end, entity index: three numbers per mention. */
  spans: array(number),
});
const PageReport = object({
  source: string,
  title: nullable(string),
  language: oneOf(['en', 'ja']),
  published: nullable(string),
  meeting: nullable(object({ recordId: string, date: string, confidence: fraction, reasons: array(string), why: optional(array(MeetingReason)) })),
  mentions: Mentions,
  claims: array(Claim),
});

/** What a card says about an entity (a slice of the gazetteer's entry). */
const CardEntity = object({
  id: string,
  kind: oneOf(['person', 'office', 'body', 'framework', 'system', 'place', 'document', 'event']),
  name: text,
  nameJa: nullable(string),
  description: string,
  /** The description in Japanese, where the gazetteer has one. */
  descriptionJa: optional(nullable(string)),
  titles: array(object({ title: text, titleJa: nullable(string), office: string, from: string, to: nullable(string) })),
});

/** What a card says about the official record it quotes. */
const CardRecord = object({
  id: string,
  title: string,
  published: nullable(string),
  sourceUrl: nullable(string),
  sourceFile: nullable(string),
  meeting: object({ date: nullable(string) }),
  /** Whose account the record is (the card names it) and whether the copy is partial. */
  account: optional(oneOf(['japan-mod', 'us-dod'])),
  partial: optional(boolean),
  /** The language the record is written in (the card tags its quotes with it). */
  language: optional(oneOf(['en', 'ja'])),
});

/**
 * background → content: answer to analyze-text. Asked with `gate`, a text about nothing
 * alliance-related gets only { related: false } (and costs the background one matcher pass).
 */
const AnalysisAnswer = object({
  related: literal(true),
  report: PageReport,
  /** The entities and records the report refers to, for the cards. */
  entities: array(CardEntity),
  records: array(CardRecord),
});
const Unrelated = object({ related: literal(false) });
/** Told apart by `related`, so an error names what was wrong in the answer it meant to be. */
const AnalysisOrUnrelated: Check<Checked<typeof AnalysisAnswer> | Checked<typeof Unrelated>> = (v, p) =>
  typeof v === 'object' && v !== null && (v as { related?: unknown }).related === false ? Unrelated(v, p) : AnalysisAnswer(v, p);

/** background → content: answer to find-mentions (the entities, for the cards). */
const MentionsAnswer = object({ mentions: Mentions, entities: array(CardEntity) });

/** background → content: answer to gate-text (whether the text is about the alliance at all). */
const GateAnswer = object({ related: boolean });

export type PageReport = Checked<typeof PageReport>;
type PackedMentions = PageReport['mentions'];
export type CardEntity = Checked<typeof CardEntity>;
export type CardRecord = Checked<typeof CardRecord>;
export type AnalysisAnswer = Checked<typeof AnalysisAnswer>;

export const parseAnalysis = (raw: unknown) => parse(AnalysisOrUnrelated, raw, 'analysis');
export const parseGate = (raw: unknown) => parse(GateAnswer, raw, 'gate');
export const parseMentions = (raw: unknown) => parse(MentionsAnswer, raw, 'mentions');
export type MentionsAnswer = Checked<typeof MentionsAnswer>;

/** Most strings a card-strings answer may hold (the card uses about 150). */
const MAX_CARD_STRINGS = 2_000;
const KEY = /^[\w.-]{1,100}$/;

/**
 * background → content: answer to card-strings, the card's part of `locale`'s catalogue. Keys
 * are checked for shape only (a key the card asks for and lacks reads as the key itself).
 */
export function parseCardStrings(raw: unknown, locale: Locale): Partial<Record<StringKey, string>> {
  const { strings } = parse(object({ locale: literal(locale), strings: (v: unknown) => v }), raw, 'card-strings');
  if (typeof strings !== 'object' || strings === null || Array.isArray(strings)) throw new AnswerError('card-strings', 'strings: expected an object');
  const entries = Object.entries(strings);
  if (entries.length > MAX_CARD_STRINGS) throw new AnswerError('card-strings', `more than ${MAX_CARD_STRINGS} strings`);
  const out: Record<string, string> = Object.create(null);
  for (const [key, value] of entries) {
    if (!KEY.test(key) || typeof value !== 'string') throw new AnswerError('card-strings', `strings.${key.slice(0, 100)}: expected a string`);
    out[key] = value;
  }
  return out;
}

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
 * outside the text, or naming no entity). Each mention's text is `own`'s copy of its words (by
 * default the substring itself, which keeps all of `text` alive: see string-pool.ts).
 */
export function unpackMentions(packed: PackedMentions, text: string, own: (s: string) => string = (s) => s): Report['mentions'] | null {
  const { entities, spans } = packed;
  if (spans.length % 3 !== 0) return null;
  const out: Report['mentions'] = [];
  for (let i = 0; i < spans.length; i += 3) {
    const start = spans[i]!;
    const end = spans[i + 1]!;
    const entity = entities[spans[i + 2]!];
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length || entity === undefined) return null;
    out.push({ entity, text: own(text.slice(start, end)), start, end });
  }
  return out;
}
// Compile-time agreement with the engine's and the data's own schemas.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree = <T extends true>(): T => true as T;
agree<Same<Omit<PageReport, 'mentions'>, Omit<Report, 'mentions'>>>();
agree<Entity extends CardEntity ? true : false>();
agree<Pick<OfficialRecord, 'id' | 'title' | 'published' | 'sourceUrl' | 'sourceFile'> extends Omit<CardRecord, 'meeting'> ? true : false>();
