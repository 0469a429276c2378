// Top-level pipeline: page text in, report out. Finds mentions and claims, resolves which
// official meeting the page is about, retrieves evidence and compares each claim field by field.
import type { Entity, OfficialRecord } from '../data/schema';
import type { Claim, Flag, Mention, Report } from './report';
import { Knowledge } from './knowledge';
import type { AliasHit } from './matcher';
import { MeetingGroups } from './meeting-groups';
import { followedAccount, withAccountNotes } from './account-differences';
import { placeRelation } from './places';
import { RecordIndex } from './record-index';
import { scanText } from './text/width';
import { splitSentences } from './sentences';
import { extractClaims, type ClaimFacts } from './claims';
import { resolveMeeting, type Resolution } from './resolve';
import { recordForClaim } from './claim-record';
import { localDateTime } from './text/calendar';
import { claimTermsOf } from './terms';
import { detectLanguage } from './text/script';
import { isContentTerm, mayStateTwoOutcomes, retrieve } from './retrieve';
import { compareDate, compareDuration, comparePlace, compareTime, type CompareContext } from './compare-meeting';
import { compareParticipants, compareTitles } from './compare-people';
import { compareCommitment, compareNumbers } from './compare-substance';
import { compareFirmness } from './compare-firmness';
import { agreeingFacts, type EvidencePick, HELPFUL_COVERAGE, pickEvidence, SUPPORTED_COVERAGE, verdictOf } from './verdict';

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

export function createEngine(data: EngineData): Engine {
  const knowledge = new Knowledge(data.gazetteer);
  const index = new RecordIndex(data.records, knowledge);
  const groups = new MeetingGroups(data.records);

  const findMentions = (text: string): Mention[] => toMentions(knowledge.matcher.findAll(text), text);

  const analyze = (page: PageInput): Report => {
    const { text } = page;
    const scan = scanText(text);
    const hits = knowledge.matcher.findAll(text);
    const language = detectLanguage(text);
    const publishedDate = localPublicationDate(page.published, language);
    const claims = extractClaims(scan, splitSentences(text), hits, knowledge, publishedDate);
    const resolution = preferDocument(resolveMeeting(claims, hits, publishedDate, index, knowledge, (a, b) => groups.same(a, b)), language, groups);
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

  const checkClaim = (
    claim: ClaimFacts, text: string, resolution: Resolution | null, publishedDate: string | null, pagePeople: ReadonlySet<string>,
  ): Claim => {
    const base = { text: claim.sentence.text, start: claim.sentence.start, end: claim.sentence.end };
    const resolved = recordForClaim(claim, { resolution, publishedDate, pagePeople, index, knowledge });
    if (!resolved) return { ...base, verdict: 'unverified', evidence: null, flags: [] };
    // Each document of the meeting in turn, the claim's language first: the first that covers it.
    const documents = groups.inOrder(resolved, claim.japanese ? 'ja' : 'en');
    const results = documents.map((r) => checkAgainst(claim, text, r, publishedDate));
    // The article follows the other government's account where the two state a fact differently.
    const pairs = documents.map((record, i) => ({ record, claim: results[i]! }));
    const followed = followedAccount(pairs, (flag, other) => {
      const venue = other.meeting.place?.entity;
      if (flag.field !== 'place' || !venue) return true;
      const named = knowledge.matcher.findAll(flag.article)[0]?.entity;
      return named !== undefined && ['same', 'broader'].includes(placeRelation(named, venue, knowledge));
    });
    if (followed) return followed;
    // A conflict quotes a document that states the fact; a thinner account's silence does not outweigh it.
    // Among documents that cover it, one that raises nothing (not even a minor flag) comes first.
    // How firm an outcome was is one account's wording: where the other account says it as firmly
    // (supported, nothing flagged), a firmness conflict with the first does not stand.
    const plain = results.find((r) => r.verdict === 'supported' && r.flags.length === 0);
    const firmnessOnly = (r: Claim) => r.verdict === 'conflict' && r.flags.every((f) => f.field === 'commitment' || f.severity !== 'major');
    const chosen = results.find((r) => r.verdict === 'conflict' && !(plain && firmnessOnly(r)))
      ?? results.find((r) => r.verdict === 'supported' && r.flags.length === 0)
      ?? results.find((r) => r.verdict === 'supported') ?? results[0]!;
    const also = results.filter((r) => r !== chosen && r.verdict === 'supported' && r.evidence && r.evidence.recordId !== chosen.evidence?.recordId);
    const corroborated = chosen.verdict === 'supported' && also.length ? { ...chosen, corroboration: also.map((r) => r.evidence!) } : chosen;
    const claimed = withTranslation(corroborated, documents[results.indexOf(chosen)]!, pairs);
    return withAccountNotes(claimed, documents[results.indexOf(chosen)]!, pairs);
  };

  const checkAgainst = (claim: ClaimFacts, text: string, record: OfficialRecord, publishedDate: string | null): Claim => {
    const base = { text: claim.sentence.text, start: claim.sentence.start, end: claim.sentence.end };
    const details = index.detailsOf(record);
    const ctx: CompareContext = { text, details, knowledge, publishedDate };
    const terms = claimTermsOf(scanText(claim.sentence.text), knowledge.termMatcher.findAll(claim.sentence.text));
    // Across languages only entity and concept ids (and Latin words) can match, so only they count.
    const crossLanguage = claim.japanese !== (record.language === 'ja');
    const setting = new Set([...details.setting, ...claim.places.map((p) => p.entity)]);
    const isContent = (t: string) => (!crossLanguage || /^[@a-z]/.test(t)) && isContentTerm(t, (id) => knowledge.get(id)?.kind, setting);
    const found = retrieve(terms, details, index.rarity(), isContent, mayStateTwoOutcomes(claim.sentence.text));
    const named = compareCommitment(claim, ctx);
    // An item without a gazetteer entity is compared on the paragraph that covers it.
    const covering = found && found.coverage >= SUPPORTED_COVERAGE && found.matched >= 2 ? found.paragraph : null;
    const commitment = named.flags.length || !covering ? named : compareFirmness({ claim, ctx, paragraph: covering, isContent });
    const numbers = compareNumbers(claim, ctx, found?.paragraph ?? null);
    // Two tiers: when, where and how long are compared only where the meeting is the event; an
    // outcome ("they condemned Monday's launch") is compared on support, commitment and numbers,
    // and on who: the subject of an outcome is who agreed.
    const meetingFacts = claim.meeting
      ? [...compareDate(claim, ctx), ...compareTime(claim, ctx), ...compareDuration(claim, ctx), ...comparePlace(claim, ctx)]
      : [];
    // A participant's quoted words are held to the record on meeting facts only: how a minister
    // words an outcome, or names people, is his own.
    const substance = claim.quoted ? [] : [...compareParticipants(claim, ctx), ...compareTitles(claim, ctx), ...commitment.flags, ...numbers];
    const flags: Flag[] = [...meetingFacts, ...substance];
    const contentTerms = [...terms.keys()].filter(isContent).length;
    const agreeing = agreeingFacts(claim, record, flags, publishedDate, knowledge);
    const coverage = found?.coverage ?? 0;

    const evidence: EvidencePick | null = commitment.paragraph
      ? { paragraph: commitment.paragraph, ...(found?.also && commitment.paragraph === found.paragraph.paragraph ? { also: found.also.paragraph } : {}) }
      : pickEvidence(details, found, flags, claim.meeting && agreeing >= 2 && coverage < SUPPORTED_COVERAGE);
    const verdict = verdictOf({ flags, coverage, matched: found?.matched ?? 0, meetingClaim: claim.meeting, agreeing, contentTerms });
    const helpful = verdict !== 'unverified' || coverage >= HELPFUL_COVERAGE;
    return {
      ...base, verdict, flags,
      evidence: evidence && helpful
        ? {
          recordId: record.id, paragraph: evidence.paragraph.id, text: evidence.paragraph.text,
          ...(evidence.also ? { also: { paragraph: evidence.also.id, text: evidence.also.text } } : {}),
        }
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

/**
 * The same meeting's text in the other language, as secondary evidence: the paragraph it quotes
 * for the claim, when the claim is checked (supported or in conflict) against its own language's text.
 */
function withTranslation(claim: Claim, quoted: OfficialRecord, pairs: readonly { record: OfficialRecord; claim: Claim }[]): Claim {
  if (claim.verdict === 'unverified' || !claim.evidence) return claim;
  const other = pairs.find((p) => p.record.language !== quoted.language && (p.record.account ?? 'japan-mod') === (quoted.account ?? 'japan-mod') && p.claim.evidence);
  return other ? { ...claim, translation: other.claim.evidence! } : claim;
}

/** The resolved meeting as the document in the page's language (the Japan MoD's first), listing all its documents. */
function preferDocument(resolution: Resolution | null, language: string, groups: MeetingGroups): Resolution | null {
  if (!resolution) return null;
  const documents = groups.inOrder(resolution.record, language === 'ja' ? 'ja' : 'en');
  if (documents.length < 2) return resolution;
  const record = documents[0]!;
  return { ...resolution, record, match: { ...resolution.match, recordId: record.id, date: record.meeting.date, documents: documents.map((d) => d.id) } };
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
