// Zod schemas for everything under data/: official meeting records and the entity gazetteer.
// Every record and gazetteer entry is parsed through these before the engine sees it.
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const clockTime = z.string().regex(/^\d{2}:\d{2}$/, 'expected a time as HH:MM');
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166 country code');

export const ParticipantSchema = z.object({
  name: z.string().min(1),
  /** Gazetteer id of the person when known, e.g. "person/hegseth". */
  entity: z.string().nullable(),
  role: z.string().min(1),
  country: countryCode,
  /** The opening's words naming this participant, verbatim: "Defense Minister Koizumi". */
  phrase: z.string().min(1).optional(),
});

export const PlaceSchema = z.object({
  /** The place phrase exactly as the summary words it. */
  text: z.string().min(1),
  venue: z.string().nullable(),
  city: z.string().nullable(),
  country: countryCode.nullable(),
  /** Gazetteer id of the most specific place or body named, e.g. "body/us-dow". */
  entity: z.string().nullable(),
});

export const ParagraphSchema = z.object({
  /** Follows the document's own numbering: "intro", "1", "2(3)", "3(2)a", "2-p2". */
  id: z.string().min(1),
  section: z.string().nullable(),
  text: z.string().min(1),
  /** True where the source copy is incomplete and this paragraph marks the gap. */
  gap: z.boolean().default(false),
});

/** The opening's own words for each fact ingest read from it, verbatim, for quoting. */
export const FactPhrasesSchema = z.object({
  date: z.string().min(1).nullable(),
  start: z.string().min(1).nullable(),
  duration: z.string().min(1).nullable(),
});

export const MeetingSchema = z.object({
  date: isoDate,
  format: z.enum(['in-person', 'telephone', 'video']),
  start: clockTime.nullable(),
  /** IANA zone of the start time. */
  timeZone: z.string().nullable(),
  durationMinutes: z.number().int().positive().nullable(),
  place: PlaceSchema.nullable(),
  participants: z.array(ParticipantSchema).min(1),
  /** Absent only in records made before ingest kept its phrases. */
  phrases: FactPhrasesSchema.optional(),
  /**
   * Where the date came from: the text states it ('stated'); the year or the day came from the
   * document's date line ('document-date'), a U.S. release's date under "today" ('release-date'),
   * the one year both ministers held office ('office-terms'); or a person supplied it ('supplied').
   */
  dateBasis: z.enum(['stated', 'document-date', 'release-date', 'office-terms', 'supplied']).optional(),
});

/** Whose account a record is: the Japan Ministry of Defense's or the U.S. Department of Defense's. */
export const AccountSchema = z.enum(['japan-mod', 'us-dod']);

export const OfficialRecordSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected a lowercase id'),
  language: z.enum(['en', 'ja']),
  title: z.string().min(1),
  /** http(s) only: pages link to it, so a javascript: or data: address must never validate. */
  sourceUrl: z.url({ protocol: /^https?$/ }).nullable(),
  /** Name of the source file under data/sources the record was generated from. */
  sourceFile: z.string().nullable(),
  published: isoDate.nullable(),
  meeting: MeetingSchema,
  /** The opening sentence that carries who/when/where, verbatim. */
  opening: z.string().min(1),
  paragraphs: z.array(ParagraphSchema).min(1),
  /** True when the source copy is known to be incomplete. */
  partial: z.boolean().default(false),
  /** Who published the text, as the source names it ("U.S. Department of Defense (reposted by …)"). */
  publisher: z.string().min(1).nullable().optional(),
  /** Absent in records made before ingest read both governments' texts: the Japan MoD's. */
  account: AccountSchema.optional(),
  /** The part of a longer document (visit report, multi-meeting readout) the record holds, or null. */
  excerpt: z.string().min(1).nullable().optional(),
});

export type Participant = z.infer<typeof ParticipantSchema>;
export type FactPhrases = z.infer<typeof FactPhrasesSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type Paragraph = z.infer<typeof ParagraphSchema>;
export type Meeting = z.infer<typeof MeetingSchema>;
export type OfficialRecord = z.infer<typeof OfficialRecordSchema>;
export type Account = z.infer<typeof AccountSchema>;

/** Kinds of post an office is; "defense-chief" is either side's defence minister. */
export const OfficeRoleSchema = z.enum([
  'defense-chief', 'foreign-minister', 'head-of-government', 'head-of-state', 'vice-president',
  'chief-cabinet-secretary', 'military-commander',
]);
export type OfficeRole = z.infer<typeof OfficeRoleSchema>;

export const EntityKindSchema = z.enum([
  'person', 'office', 'body', 'framework', 'system', 'place', 'document', 'event',
]);

export const TitleTermSchema = z.object({
  /** Canonical title, e.g. "Secretary of Defense". */
  title: z.string().min(1),
  titleJa: z.string().nullable(),
  /** Office entity id, e.g. "office/us-secdef". */
  office: z.string().min(1),
  from: isoDate,
  /** Null while still held. */
  to: isoDate.nullable(),
});

export const EntitySchema = z.object({
  id: z.string().regex(/^(person|office|body|framework|system|place|document|event)\/[a-z0-9-]+$/),
  kind: EntityKindSchema,
  name: z.string().min(1),
  nameJa: z.string().nullable(),
  description: z.string().min(1),
  /** The description in Japanese, for the Japanese interface (people and places have one). */
  descriptionJa: z.string().min(1).optional(),
  aliases: z.object({ en: z.array(z.string().min(1)), ja: z.array(z.string().min(1)) }),
  /** People: country they serve. Places: country they are in. */
  country: countryCode.nullable().default(null),
  /** People: offices held, with dates. */
  titles: z.array(TitleTermSchema).default([]),
  /** Places and bodies: the place that contains this one (venue → city → country). */
  within: z.string().nullable().default(null),
  /** Bodies: the place where they sit ("body/us-dow" sits in "place/pentagon"). */
  seat: z.string().nullable().default(null),
  /** Places: how big a place it is; the record's city is the first 'city' up the chain. */
  level: z.enum(['venue', 'district', 'city', 'region', 'country']).nullable().default(null),
  /** Places: IANA time zone. */
  timeZone: z.string().nullable().default(null),
  /** Offices: what kind of post this is, for participant checks ("defense-chief"). */
  role: OfficeRoleSchema.nullable().default(null),
});

export const GazetteerSchema = z.array(EntitySchema).superRefine((entities, ctx) => {
  const ids = new Set<string>();
  for (const [i, e] of entities.entries()) {
    if (ids.has(e.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id ${e.id}` });
    ids.add(e.id);
  }
  for (const [i, e] of entities.entries()) {
    for (const ref of [e.within, e.seat, ...e.titles.map((t) => t.office)]) {
      if (ref && !ids.has(ref)) ctx.addIssue({ code: 'custom', path: [i], message: `${e.id} refers to unknown ${ref}` });
    }
  }
});

export type EntityKind = z.infer<typeof EntityKindSchema>;
export type TitleTerm = z.infer<typeof TitleTermSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type EntityInput = z.input<typeof EntitySchema>;
