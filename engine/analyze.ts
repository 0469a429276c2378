// Top-level pipeline: page text in, report out. Finds mentions and claims, resolves which
// official meeting the page is about, retrieves evidence and compares each claim field by field.
import type { Entity, OfficialRecord, Paragraph } from '../data/schema';
import type { Claim, Flag, Mention, Report } from './report';
import { Knowledge } from './knowledge';
import type { AliasHit } from './matcher';
import { RecordIndex, type RecordDetails } from './record-index';
import { scanText } from './text/width';
import { splitSentences } from './sentences';
import { extractClaims, type ClaimFacts } from './claims';
import { resolveMeeting, type Resolution } from './resolve';
import { resolveDate } from './dates';
import { dateFit } from './meeting-dates';
import { placeRelation } from './places';
import { daysBetween, localDateTime } from './text/calendar';
import { termsOf } from './terms';
import { detectLanguage, hasJapanese } from './text/script';
import { isContentTerm, retrieve, type Retrieved } from './retrieve';
import { compareDate, compareDuration, comparePlace, compareTime, type CompareContext } from './compare-meeting';
import { compareParticipants, compareTitles } from './compare-people';
import { compareCommitment, compareNumbers } from './compare-substance';

export interface EngineData {
  records: readonly OfficialRecord[];
  gazetteer: readonly Entity[];
}

export interface PageInput {
  /** The page's main text; offsets in the report point into it. */
  text: string;
  /** ISO 8601 publication date-time of the page, or null when unknown. */
  published: string | null;
  source: string;
  title: string | null;
}

export interface Engine {
  analyze(page: PageInput): Report;
  /** Entity mentions only: cheap, used to decide whether a page needs the full analysis. */
  findMentions(text: string): Mention[];
  entity(id: string): Entity | undefined;
  record(id: string): OfficialRecord | undefined;
}

const SUPPORTED_COVERAGE = 0.4;
const HELPFUL_COVERAGE = 0.25;

export function createEngine(data: EngineData): Engine {
  const knowledge = new Knowledge(data.gazetteer);
  const index = new RecordIndex(data.records, knowledge);

  const findMentions = (text: string): Mention[] => toMentions(knowledge.matcher.findAll(text), text);

  const analyze = (page: PageInput): Report => {
    const { text } = page;
    const scan = scanText(text);
    const hits = knowledge.matcher.findAll(text);
    const language = detectLanguage(text);
    const publishedDate = localPublicationDate(page.published, language);
    const claims = extractClaims(scan, splitSentences(text), hits, knowledge);
    const resolution = resolveMeeting(claims, hits, publishedDate, index, knowledge);
    const pagePeople = new Set(hits.map((h) => h.entity).filter((id) => knowledge.get(id)?.kind === 'person'));
    return {
      source: page.source,
      title: page.title,
      language,
      published: page.published,
      meeting: resolution?.match ?? null,
      mentions: toMentions(hits, text),
      claims: claims.map((c) => checkClaim(c, text, resolution, publishedDate, pagePeople)),
    };
  };

  /** The record a claim is about: its own explicit date may point at another meeting. */
  const recordForClaim = (
    claim: ClaimFacts, resolution: Resolution | null, publishedDate: string | null, pagePeople: ReadonlySet<string>,
  ): OfficialRecord | null => {
    for (const d of claim.dates) {
      const date = resolveDate(d, publishedDate, claim.tense);
      if (!date || date === resolution?.record.meeting.date) continue;
      const other = index.onDate(date).find((r) => r.meeting.participants.some((p) => p.entity && pagePeople.has(p.entity)));
      if (other) return other;
    }
    if (!resolution || claim.elsewhere) return null;
    const record = resolution.record;
    // A date more than a month away is another event, not this meeting misdated.
    if (claim.dates.some((d) => {
      const date = resolveDate(d, publishedDate, claim.tense);
      return date !== null && Math.abs(daysBetween(date, record.meeting.date)) > 31;
    })) return null;
    const participants = new Set(record.meeting.participants.map((p) => p.entity));
    // Someone else's meeting ("Koizumi separately met Vice President Vance"), unless both ministers are named.
    const bothNamed = record.meeting.participants.every((p) => claim.people.some((m) => m.entity === p.entity));
    if (!bothNamed && claim.people.some((m) => !participants.has(m.entity) && knowledge.roleOf(m.entity) !== 'defense-chief')) return null;
    // "Last October" in a story about a January meeting is another event.
    const month = Number(record.meeting.date.slice(5, 7));
    const datedHere = claim.dates.some((d) => (d.day !== null || d.weekday !== null || d.relative !== null)
      && dateFit(d, record, publishedDate, claim.tense) !== 'different');
    if (!datedHere && claim.dates.some((d) => d.day === null && d.month !== null && d.month !== month)) return null;
    // A claim whose date and place both differ describes another meeting, not this one wrongly.
    const dateOff = claim.dates.length > 0 && claim.dates.every((d) => dateFit(d, record, publishedDate, claim.tense) === 'different');
    const placeOff = claim.places.length > 0 && record.meeting.place?.entity != null
      && claim.places.every((p) => placeRelation(p.entity, record.meeting.place!.entity!, knowledge) === 'elsewhere');
    return dateOff && placeOff ? null : record;
  };

  const checkClaim = (
    claim: ClaimFacts, text: string, resolution: Resolution | null, publishedDate: string | null, pagePeople: ReadonlySet<string>,
  ): Claim => {
    const base = { text: claim.sentence.text, start: claim.sentence.start, end: claim.sentence.end };
    const record = recordForClaim(claim, resolution, publishedDate, pagePeople);
    if (!record) return { ...base, verdict: 'unverified', evidence: null, flags: [] };
    const details = index.detailsOf(record);
    const ctx: CompareContext = { text, details, knowledge, publishedDate };
    const terms = termsOf(scanText(claim.sentence.text), claim.mentions, claim.sentence.start);
    // Across languages only entity ids and translated stems can match, so only they count.
    const crossLanguage = claim.japanese !== (record.language === 'ja');
    const isContent = (t: string) => (!crossLanguage || /^[@a-z]/.test(t)) && isContentTerm(t, (id) => knowledge.get(id)?.kind, (id) => knowledge.get(id)?.level);
    const found = retrieve(terms, details, isContent);
    const commitment = compareCommitment(claim, ctx);
    const numbers = compareNumbers(claim, ctx, found?.paragraph ?? null);
    const flags: Flag[] = [
      ...compareDate(claim, ctx), ...compareTime(claim, ctx), ...compareDuration(claim, ctx), ...comparePlace(claim, ctx),
      ...compareParticipants(claim, ctx), ...compareTitles(claim, ctx), ...commitment.flags, ...numbers,
    ];
    const contentTerms = [...terms.keys()].filter(isContent).length;
    const agreeing = agreeingFacts(claim, record, flags, publishedDate);
    const coverage = found?.coverage ?? 0;
    const evidenceParagraph = commitment.paragraph
      ?? pickEvidence(details, found, flags, claim.meeting && agreeing >= 2 && coverage < SUPPORTED_COVERAGE);
    const major = flags.some((f) => f.severity === 'major');
    // A who/when/where claim is covered by the opening sentence when its facts agree with it.
    const covered = (coverage >= SUPPORTED_COVERAGE && (found?.matched ?? 0) >= 2)
      || (claim.meeting && agreeing >= 2 && (contentTerms <= 2 || coverage >= HELPFUL_COVERAGE));
    const verdict = major ? 'conflict' : covered ? 'supported' : 'unverified';
    const helpful = verdict !== 'unverified' || (found?.coverage ?? 0) >= HELPFUL_COVERAGE;
    return {
      ...base, verdict, flags,
      evidence: evidenceParagraph && helpful
        ? { recordId: record.id, paragraph: evidenceParagraph.id, text: evidenceParagraph.text }
        : null,
    };
  };

  return {
    analyze,
    findMentions,
    entity: (id) => knowledge.get(id),
    record: (id) => index.byId.get(id),
  };
}

/** How many of the claim's when/where/who facts agree with the record (flags count against). */
function agreeingFacts(claim: ClaimFacts, record: OfficialRecord, flags: readonly Flag[], publishedDate: string | null): number {
  const flagged = new Set(flags.filter((f) => f.severity === 'major').map((f) => f.field));
  let n = 0;
  if (claim.dates.length && !flagged.has('date')
    && claim.dates.some((d) => dateFit(d, record, publishedDate, claim.tense) !== 'different')) n++;
  if (claim.places.length && !flagged.has('place')) n++;
  if (claim.durations.length && !flagged.has('duration')) n++;
  if (claim.times.length && !flagged.has('time')) n++;
  const participants = new Set(record.meeting.participants.map((p) => p.entity));
  if ((claim.collective || claim.people.some((p) => participants.has(p.entity))) && !flagged.has('participant')) n++;
  return n;
}

/** The paragraph to quote: the opening for when/where/who claims, else the best retrieved one. */
function pickEvidence(details: RecordDetails, found: Retrieved | null, flags: readonly Flag[], factsOnly: boolean): Paragraph | null {
  const intro = details.record.paragraphs.find((p) => p.id === 'intro') ?? details.record.paragraphs[0]!;
  const factual = flags.some((f) => f.field !== 'commitment' && f.field !== 'number');
  const numeric = flags.some((f) => f.field === 'number');
  if (found && (numeric || (!factsOnly && !(factual && found.coverage < SUPPORTED_COVERAGE)))) return found.paragraph.paragraph;
  return intro;
}

function toMentions(hits: readonly AliasHit[], text: string): Mention[] {
  return hits.map((h) => ({ entity: h.entity, text: text.slice(h.start, h.end), start: h.start, end: h.end }));
}

/** The calendar date of publication in the outlet's likely zone (Tokyo for Japanese pages). */
function localPublicationDate(published: string | null, language: string): string | null {
  if (!published) return null;
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?/.exec(published);
  if (!m) return null;
  if (m[3] !== 'Z' || !m[2]) return m[1]!;
  const zone = language === 'ja' ? 'Asia/Tokyo' : 'America/New_York';
  return localDateTime(Date.parse(published), zone).date;
}
