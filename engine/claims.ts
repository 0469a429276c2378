// Picks the sentences that make checkable claims about the ministers' meetings and reads the
// facts each one states: dates, times, durations, places, people, titles, numbers, commitments.
// A sentence is a claim by its subject (a participant, the pair, the meeting itself), whatever
// its verb; it is a meeting-fact claim (when, where, how long, who) or an outcome claim.
import type { Sentence } from './sentences';
import type { AliasHit } from './matcher';
import type { Knowledge } from './knowledge';
import { findDateExpressions, type DateExpression, type Tense } from './dates';
import { findClockTimes, findDurations, findQuantities, type ClockTime, type Duration, type Quantity } from './quantities';
import { findCommitmentCues } from './commitment';
import { hasJapanese } from './text/script';
import { anyOf, cueRegex } from './text/patterns';
import { overlaps, type Span } from './text/spans';
import { isMostlyQuote, quoteSpeaksOfMeeting, spokenByPrincipal } from './quotations';
import { en } from './lang/en';
import { ja, jaHeldClause } from './lang/ja';

export interface ClaimFacts {
  sentence: Sentence;
  japanese: boolean;
  /** Offsets below are absolute (into the page text). */
  mentions: AliasHit[];
  people: AliasHit[];
  offices: AliasHit[];
  /** In meeting sentences: places and bodies named as where it happened ("in Washington", 「防衛省で」). */
  places: AliasHit[];
  /**
   * Regions named as where it happened ("met in Hawaii", 「ハワイで会談」): they may agree with the
   * record's place but never contradict it, since a region is as often what was agreed (南西地域).
   */
  regions: AliasHit[];
  dates: DateExpression[];
  times: ClockTime[];
  durations: Duration[];
  quantities: Quantity[];
  /** Meeting-fact tier: the sentence says a meeting, talk or call took place (or captions one). */
  meeting: boolean;
  /** Its subject is the pair ("the two ministers", 両氏) or the meeting itself, rather than named people. */
  collective: boolean;
  /** A Japanese sentence without a subject of its own, which takes the previous claim's. */
  inherited: boolean;
  tense: Tense;
  /** The sentence points at an earlier or separate meeting ("last met", "separately"). */
  elsewhere: boolean;
  /** It reports a telling ("officials said", 「と述べた」): a place in it may be the telling's. */
  reported: boolean;
  /** A participant's own quoted words: only its meeting facts are held to the record (quotations.ts). */
  quoted: boolean;
}

const MEETING_EN = cueRegex(en.meetingWords, []);
const MEETING_JA = cueRegex([], ja.meetingWords);
const PAIR = cueRegex(en.pairSubjects, ja.pairSubjects);
// The meeting itself as subject: "The talks lasted …" anywhere, "The talks …" opening the
// sentence (after a leading phrase and its comma), 「会談では」 anywhere.
const MEETING_SUBJECT = new RegExp(
  `${anyOf(en.meetingSubjects)}\\s+${anyOf(en.meetingEventVerbs)}|^(?:[^,]{0,40},\\s*)?${anyOf(en.meetingSubjects)}\\b|${anyOf(ja.meetingSubjects)}`, 'i');
const ANALYSIS = cueRegex(en.analysisCues, ja.analysisCues);
// "In 2019" dates another event whatever the words around it.
const ELSEWHERE = new RegExp(`${cueRegex(en.elsewhereCues, ja.elsewhereCues).source}|\\bin\\s+(?:19|20)\\d\\d\\b`, 'i');
// "since Monday", 「29日以降」, 「29日に東京で行って以来」: a bound on something else, not an event's day.
const BOUND_BEFORE = new RegExp(`${anyOf(en.dateBoundariesBefore)}\\s+$`, 'i');
const BOUND_AFTER = new RegExp(`^${anyOf(ja.dateBoundariesAfter)}`);
const BOUND_AFTER_CLAUSE_JA = new RegExp(`^[^、。]{0,24}?(?:${anyOf(ja.dateBoundariesAfter)})`);
const TELLING_BEFORE = new RegExp(`(?:${anyOf(en.reportingCues)}|${anyOf(en.tellingWords)})(?![\\s\\S]*(?:${anyOf(en.reportingCues)}|${anyOf(en.tellingWords)}))([\\s\\S]{0,40})$`, 'i');
const TELLING_AFTER_JA = new RegExp(`^[\\s\\S]{0,6}?${anyOf(ja.tellingWords)}`);
const MEETING_ANY = cueRegex(en.meetingWords, ja.meetingWords);
const FISCAL_YEAR = cueRegex(en.fiscalYearWords, ja.fiscalYearWords, 'gi');
const FUTURE = cueRegex(en.futureCues, ja.futureCues);
// A Japanese headline's parts are spaced: 「小泉防衛相、15日に会談へ　就任後初の訪米」.
const FUTURE_END_JA = new RegExp(`${anyOf(ja.futureEndings)}(?:[。．」]*$|\\s)`);
const HELD_BEFORE = new RegExp(`${anyOf(en.heldEventMarkers)}\\s+(?:a|an|the|this|last|their)?\\s*(?:year's\\s+|week's\\s+)?$`, 'i');
// Active 「2プラス2を都内で開いた」, not passive 「会合が開かれたナポリで」 (where the talks were).
const HELD_AFTER_JA = new RegExp(`^[^、。]{0,14}?${anyOf(ja.heldEventMarkers)}`);
// The event is the subject of its own holding: "The 2+2 was held on Monday", or in Japanese the
// event, its particle and a held verb ending the clause; not a held verb opening a relative clause.
const { open: JA_OPEN, close: JA_CLOSE, subjectParticles: JA_SUBJ, clauseEnds: JA_ENDS } = jaHeldClause;
const EVENT_WAS_HELD = new RegExp(`^\\s*(?:[${JA_OPEN}(][^${JA_CLOSE})]{0,20}[${JA_CLOSE})]|[${JA_CLOSE})])?\\s*`
  + `(?:${anyOf(en.eventHeldPassive)}|[${JA_SUBJ}][^${JA_ENDS}]{0,30}?${anyOf(ja.eventHeldPassive)}(?:[${JA_ENDS}]|$))`, 'i');
const REPORTING = cueRegex(en.reportingCues, ja.reportingCues);
// "Kishi told reporters afterwards: …": the telling was afterwards; the words told may be the meeting's.
const TELLING_AFTERWARDS = new RegExp(`(?:${anyOf(en.reportingCues)}|${anyOf(en.tellingWords)})[^,.;:"“]{0,24}?\\b(?:${anyOf(en.tellingAfterwards)})\\b`, 'gi');
// A transcript's speaker label may stand first: "CORRESPONDENT: He was."
const PRONOUN_HEAD = new RegExp(`^(?:[A-Z][A-Z.' -]{1,30}:\\s*)?(?:[^,、]{0,30}[,、]\\s*)?(?:${anyOf(en.pronounSubjects)}|${anyOf(ja.pronounSubjects)})`, 'i');
const PRONOUN_SPEAKER = new RegExp(`(?:${anyOf(en.pronounSubjects)})\\s+(?:${anyOf(en.quoteSpeakerCues)})|(?:${anyOf(ja.pronounSubjects)})[^。]*(?:${anyOf(ja.quoteSpeakerCues)})`, 'i');
const OUTCOME_JA = cueRegex([], ja.outcomePredicates);
const AROUND_MEETING = cueRegex(en.aroundMeetingCues, ja.aroundMeetingCues);
// "by next year", 「来年3月までに」: a deadline on an outcome, not another event next year.
const DEADLINE_SPAN = new RegExp(`${anyOf(en.deadlineCues)}|[^、。\\s]{0,8}${anyOf(ja.deadlineCues)}`, 'gi');
const blankOut = (w: string) => ' '.repeat(w.length);
const CAPTION_CONNECTIVES: ReadonlySet<string> = new Set(en.captionConnectives);
const CAPTION_MARK = cueRegex(en.captionMarkers, ja.captionMarkers);
const LOCATIVE_BEFORE = new RegExp(`${anyOf(en.locativesBefore)}\\s+(?:the\\s+)?(?:${anyOf(en.nationalQualifiers)}\\s+)?$`, 'i');
// A parenthesis may stand between a Japanese place and its particle: 「防衛省（東京・市ヶ谷）で」.
const LOCATIVE_AFTER_JA = new RegExp(`^(?:[（(][^）)]{1,20}[）)])?${anyOf(ja.locativesAfter)}`);
const EVENT_LOCATIVE = new RegExp(`${anyOf(en.eventLocatives)}\\s+(?:the\\s+)?$`, 'i');
const TOPIC_AFTER_JA = new RegExp(`^(?:[（(][^）)]{1,20}[）)])?(?:${anyOf(ja.topicHeads)})?${anyOf(ja.topicMarkers)}`);
/** How many sentences back a Japanese zero subject may find the claim whose subject it takes. */
const ZERO_SUBJECT_REACH = 3;
/** The countries whose officials meet; a teller from elsewhere is a third party. */
const ALLIES = new Set(['JP', 'US']);

/** Reads the facts of every sentence that is a claim about the ministers' meetings. */
export function extractClaims(
  scan: string,
  sentences: readonly Sentence[],
  mentions: readonly AliasHit[],
  knowledge: Knowledge,
  /** The page's publication date: who held an office then decides who is a principal. */
  publishedDate: string | null = null,
): ClaimFacts[] {
  const claims: ClaimFacts[] = [];
  let m = 0;
  let lastClaimAt = -Infinity;
  /** The person the previous sentence led with: whom "He …" stands for. */
  let lastLead: AliasHit | null = null;
  sentences.forEach((sentence, i) => {
    while (m < mentions.length && mentions[m]!.start < sentence.start) m++;
    const inside: AliasHit[] = [];
    for (let k = m; k < mentions.length && mentions[k]!.start < sentence.end; k++) inside.push(mentions[k]!);
    const previousClaim = i - lastClaimAt <= ZERO_SUBJECT_REACH ? claims[claims.length - 1] ?? null : null;
    // "Dong Jun spoke. He met Austin on Friday": the pronoun is a third party, not a participant.
    const pronounForOther = lastLead !== null && PRONOUN_HEAD.test(scan.slice(sentence.start, sentence.end))
      && !isPrincipal(lastLead, knowledge, publishedDate);
    const text = scan.slice(sentence.start, sentence.end);
    // Whose quotation this is when no principal is named beside it: "he said" after a principal
    // led, or a quotation running on from a participant's quoted sentence just before.
    const quoteBefore = lastClaimAt === i - 1 && claims[claims.length - 1]!.quoted && /^\s*["“「]/.test(text);
    const speakerKnown = quoteBefore || (lastLead !== null && isPrincipal(lastLead, knowledge, publishedDate) && PRONOUN_SPEAKER.test(text));
    const facts = pronounForOther ? null : readClaim(scan, sentence, inside, knowledge, publishedDate, previousClaim, speakerKnown);
    if (facts) {
      claims.push(facts);
      lastClaimAt = i;
    }
    const lead = inside.find((h) => knowledge.get(h.entity)?.kind === 'person');
    if (lead || !PRONOUN_HEAD.test(scan.slice(sentence.start, sentence.end))) lastLead = lead ?? null;
  });
  return claims;
}

/** A defence chief of Japan or the United States around the date (China's defence minister is not one). */
function isPrincipal(hit: AliasHit, knowledge: Knowledge, date: string | null): boolean {
  const country = knowledge.get(hit.entity)?.country;
  return knowledge.roleOf(hit.entity, date) === 'defense-chief' && (country == null || ALLIES.has(country));
}

function readClaim(
  scan: string, sentence: Sentence, mentions: AliasHit[], knowledge: Knowledge, publishedDate: string | null, previous: ClaimFacts | null,
  speakerKnown = false,
): ClaimFacts | null {
  const text = scan.slice(sentence.start, sentence.end);
  const japanese = hasJapanese(text);
  const people = mentions.filter((h) => knowledge.get(h.entity)?.kind === 'person');
  const offices = mentions.filter((h) => knowledge.get(h.entity)?.kind === 'office');
  const principals = [...people, ...offices].filter((h) => isPrincipal(h, knowledge, publishedDate));
  const pair = PAIR.exec(text);
  const meetingSubject = MEETING_SUBJECT.exec(text);
  const meetingWord = (japanese ? MEETING_JA : MEETING_EN).test(text);
  const dates = findDateExpressions(text).map((d) => (isBound(text, d, japanese) || isTellingsMoment(text, d) || datesAnotherEvent(text, d, mentions, sentence.start, knowledge)
    ? { ...d, bound: true } : d));
  const caption = !meetingWord && isCaption(text, principals, mentions, dates, knowledge);
  const quotation = isMostlyQuote(text);
  if (quotation) return readQuotation(scan, sentence, mentions, principals, dates, knowledge, speakerKnown);
  const ownSubject = principals.length > 0 || pair !== null || meetingSubject !== null;
  const inherited = !ownSubject && japanese && previous !== null
    && OUTCOME_JA.test(text) && !hasSubjectOfItsOwn(scan, sentence, mentions);
  if (!ownSubject && !inherited) return null;
  if (isCredit(text, mentions, sentence.start)) return null;
  // "on May 10" is a date, not the hedge "may": dates are blanked before looking for hedges.
  if (ANALYSIS.test(blank(text, dates))) return null;
  const subjectAt = Math.min(...principals.map((h) => h.start - sentence.start), pair?.index ?? Infinity, meetingSubject?.index ?? Infinity);
  if (!inherited && toldByThirdParty(text, sentence.start, subjectAt, mentions, knowledge)) return null;
  // Without a meeting word, a claim is an outcome unless it says nothing else at all.
  if (!meetingWord && !caption && !inherited && findCommitmentCues(text).length === 0 && !principalsAsSubject(principals, pair, meetingSubject, sentence)) return null;
  const meeting = meetingWord || caption;
  return {
    sentence, japanese, mentions, people, offices,
    // A caption's place needs no locative word: 「握手する両氏＝30日、首相官邸」.
    places: meeting ? mentions.filter((h) => knowledge.isPlaceLike(h.entity) && !isDateline(scan, h, sentence)
      && (caption || CAPTION_MARK.test(text) || isLocative(scan, h, knowledge))) : [],
    regions: meeting ? mentions.filter((h) => isRegion(h, knowledge) && (caption || isLocative(scan, h, knowledge))) : [],
    dates: shift(dates, sentence.start),
    // "13:50 Austin-Kihara bilateral wraps up": a clock time opening a line stamps a live-blog post.
    // 「会談後、共同記者会見に臨む…＝30日午後」: the time of what came after, not the meeting's start.
    times: AROUND_MEETING.test(text) ? [] : shift(findClockTimes(text).filter((t) => t.start > 0), sentence.start),
    durations: shift(findDurations(text), sentence.start),
    quantities: shift(findQuantities(text), sentence.start).filter((q) => !overlapsAny(q, mentions)),
    meeting,
    collective: pair !== null || meetingSubject !== null || (inherited && (previous!.collective || previous!.people.length > 1)),
    inherited,
    tense: isFuture(text, japanese) ? 'future' : 'past',
    elsewhere: ELSEWHERE.test(text.replace(FISCAL_YEAR, blankOut).replace(DEADLINE_SPAN, blankOut).replace(TELLING_AFTERWARDS, blankOut)) || holdsAnotherEvent(scan, mentions, knowledge)
      || (meetingWord && meetsThirdCountry(principals, pair, mentions, knowledge)),
    reported: REPORTING.test(text),
    quoted: false,
  };
}

/**
 * A participant's quoted words are a claim when they state a meeting fact ("We talked for about
 * 50 minutes") or an outcome with something to check ("we agreed to accelerate co-production of
 * AMRAAM"); "That's a conversation between friends" states nothing.
 */
function readQuotation(
  scan: string, sentence: Sentence, mentions: AliasHit[], principals: AliasHit[], dates: DateExpression[], knowledge: Knowledge, speakerKnown: boolean,
): ClaimFacts | null {
  const text = scan.slice(sentence.start, sentence.end);
  const japanese = hasJapanese(text);
  if (!speakerKnown && !spokenByPrincipal(text, sentence.start, principals)) return null;
  if (ANALYSIS.test(blank(text, dates))) return null;
  const durations = findDurations(text);
  const times = findClockTimes(text).filter((t) => t.start > 0);
  const ownDates = dates.filter((d) => !d.bound);
  const meeting = (japanese ? MEETING_JA : MEETING_EN).test(text) && (durations.length + times.length + ownDates.length) > 0;
  const content = mentions.some((h) => QUOTED_CONTENT_KINDS.has(knowledge.get(h.entity)?.kind ?? ''));
  if (!meeting && !content && findCommitmentCues(text).length === 0) return null;
  return {
    sentence, japanese, mentions,
    people: mentions.filter((h) => knowledge.get(h.entity)?.kind === 'person'),
    offices: mentions.filter((h) => knowledge.get(h.entity)?.kind === 'office'),
    places: meeting ? mentions.filter((h) => knowledge.isPlaceLike(h.entity) && isLocative(scan, h, knowledge)) : [],
    regions: meeting ? mentions.filter((h) => isRegion(h, knowledge) && isLocative(scan, h, knowledge)) : [],
    dates: shift(dates, sentence.start),
    times: shift(times, sentence.start),
    durations: shift(durations, sentence.start),
    quantities: [],
    meeting,
    collective: quoteSpeaksOfMeeting(text, sentence.start, []),
    inherited: false,
    tense: isFuture(text, japanese) ? 'future' : 'past',
    elsewhere: ELSEWHERE.test(text.replace(FISCAL_YEAR, blankOut).replace(TELLING_AFTERWARDS, blankOut)),
    reported: true,
    quoted: true,
  };
}

/** What a quoted outcome must name to be checkable: a system, framework, document or event. */
const QUOTED_CONTENT_KINDS = new Set(['system', 'framework', 'document', 'event']);

/**
 * A date or time of the telling, not of what is told: right after a reporting word with no
 * meeting word between ("told reporters on Monday", "Speaking on Monday"), or before 「記者会見」.
 */
export function isTellingsMoment(text: string, span: { start: number; end: number }): boolean {
  const before = TELLING_BEFORE.exec(text.slice(Math.max(0, span.start - 120), span.start));
  if (before && !MEETING_ANY.test(before[1]!)) return true;
  return TELLING_AFTER_JA.test(text.slice(span.end, span.end + 16));
}

function isBound(text: string, d: DateExpression, japanese: boolean): boolean {
  if (BOUND_BEFORE.test(text.slice(Math.max(0, d.start - 12), d.start))) return true;
  const after = text.slice(d.end, d.end + 30);
  return BOUND_AFTER.test(after) || (japanese && BOUND_AFTER_CLAUSE_JA.test(after));
}

/** The gazetteer's name for the defence ministers' meeting itself: a date on it is the meeting's. */
const OWN_MEETING_EVENT = 'event/defense-ministerial';
// Between a date and the event it dates: nothing, a possessive or 「の」 ("the Oct. 28 Japan-U.S. summit").
const EVENT_DATE_LINK = new RegExp(`^\\s*(?:${anyOf([...en.eventDateLinks, ...ja.eventDateLinks])})?\\s*$`);

/**
 * A date that modifies another named event dates that event, not the meeting: 「28日の日米首脳会談
 * での合意を踏まえ」, "Monday's Japan-U.S. summit", "the Oct. 28 Japan-U.S. summit".
 */
function datesAnotherEvent(text: string, d: DateExpression, mentions: readonly AliasHit[], base: number, knowledge: Knowledge): boolean {
  return mentions.some((h) => {
    if (knowledge.get(h.entity)?.kind !== 'event' || h.entity === OWN_MEETING_EVENT) return false;
    const gap = h.start - base - d.end;
    return gap >= 0 && gap <= 4 && EVENT_DATE_LINK.test(text.slice(d.end, h.start - base));
  });
}

/** Events and forums (the 2+2, a DICAS plenary) are what can be held in a meeting's place. */
const HELD_KINDS = new Set(['event', 'framework']);

/** "Japan and the U.S. held a 2+2 on Monday", 「2プラス2を開いた」: the sentence's meeting is that event. */
function holdsAnotherEvent(scan: string, mentions: readonly AliasHit[], knowledge: Knowledge): boolean {
  return mentions.some((h) => HELD_KINDS.has(knowledge.get(h.entity)?.kind ?? '') && h.entity !== OWN_MEETING_EVENT
    && (HELD_BEFORE.test(scan.slice(Math.max(0, h.start - 30), h.start)) || HELD_AFTER_JA.test(scan.slice(h.end, h.end + 24))
      || EVENT_WAS_HELD.test(scan.slice(h.end, h.end + 60))));
}

/**
 * "Austin also spoke with South Korean Defense Minister Suh on Tuesday", 「韓国国防相と会談」: one
 * of ours meets another country's official, so the sentence is about that other meeting. With both
 * of our principals (or the pair) named, it is still ours, perhaps widened to three.
 */
function meetsThirdCountry(principals: readonly AliasHit[], pair: RegExpExecArray | null, mentions: readonly AliasHit[], knowledge: Knowledge): boolean {
  if (pair) return false;
  const ours = new Set(principals.map((h) => knowledge.get(h.entity)?.country));
  if (ours.has('JP') && ours.has('US')) return false;
  return mentions.some((h) => {
    const kind = knowledge.get(h.entity)?.kind;
    return (kind === 'person' || kind === 'office') && isForeign(h.entity, knowledge);
  });
}

/** The subject stands at the head of the sentence: "Koizumi told …", "The two hailed …", 「両氏は…」. */
function principalsAsSubject(principals: readonly AliasHit[], pair: RegExpExecArray | null, meetingSubject: RegExpExecArray | null, sentence: Sentence): boolean {
  const head = Math.min(60, Math.max(12, Math.floor(sentence.text.length / 3)));
  return (pair?.index ?? Infinity) < head || (meetingSubject?.index ?? Infinity) < head
    || principals.some((h) => h.start - sentence.start < head);
}

/**
 * A photo caption: both defence chiefs, a place and a date, and no outcome
 * ("Koizumi and Hegseth at the Pentagon, Jan. 15", 「小泉防衛相とヘグセス長官＝15日、国防総省」).
 */
function isCaption(text: string, principals: readonly AliasHit[], mentions: readonly AliasHit[], dates: readonly DateExpression[], knowledge: Knowledge): boolean {
  if (findCommitmentCues(text).length) return false;
  // A caption has no sentence end, or says who stands where ("(L)", 「（右）」, 「＝30日、防衛省」).
  if (/[.。!?！？]["”」]?$/.test(text.trim()) && !CAPTION_MARK.test(text) && !verbless(text)) return false;
  const countries = new Set(principals.map((h) => knowledge.get(h.entity)?.country).filter(Boolean));
  // Any place will do here, a region too ("in Hawaii"): a caption is where the photograph was taken.
  return countries.size >= 2 && dates.length > 0 && mentions.some((h) => knowledge.isPlaceLike(h.entity) || knowledge.get(h.entity)?.kind === 'place');
}

/** A photo credit or byline: "[Shinjiro Koizumi/X]", "(Photo: Koizumi)", a name and nothing else. */
function isCredit(text: string, mentions: readonly AliasHit[], base: number): boolean {
  if (/^\s*[\[(（［【][^\])）］】]*[\])）］】]\s*$/.test(text)) return true;
  // The text outside the mentions, built in one pass (mentions come sorted, may overlap).
  let rest = '';
  let at = 0;
  for (const h of mentions) {
    const from = h.start - base;
    if (from > at) rest += text.slice(at, from);
    at = Math.max(at, h.end - base);
  }
  rest += text.slice(at);
  return !/\p{L}{2,}/u.test(rest) && !hasJapanese(rest);
}

/** English with no lowercase word but connectives: a caption's "X and Y at Z, date." */
function verbless(text: string): boolean {
  if (hasJapanese(text)) return false;
  const words = text.match(/\b[a-z][a-z'-]*\b/g) ?? [];
  return words.every((w) => CAPTION_CONNECTIVES.has(w));
}

/** 「中国は」「中国外務省の報道官は」: a Japanese sentence whose own topic is not one of ours. */
function hasSubjectOfItsOwn(scan: string, sentence: Sentence, mentions: readonly AliasHit[]): boolean {
  return mentions.some((h) => TOPIC_AFTER_JA.test(scan.slice(h.end, h.end + 8)));
}

/** "China's foreign ministry said Koizumi's remarks …": the teller, before our subject, is from elsewhere. */
function toldByThirdParty(text: string, base: number, subjectAt: number, mentions: readonly AliasHit[], knowledge: Knowledge): boolean {
  if (!Number.isFinite(subjectAt) || subjectAt <= 0) return false;
  const before = text.slice(0, subjectAt);
  const foreign = mentions.some((h) => h.start - base < subjectAt && isForeign(h.entity, knowledge));
  if (!foreign) return false;
  return REPORTING.test(before) || (hasJapanese(text) && mentions.some((h) => h.start - base < subjectAt
    && isForeign(h.entity, knowledge) && TOPIC_AFTER_JA.test(text.slice(h.end - base, h.end - base + 8))));
}

function isForeign(id: string, knowledge: Knowledge): boolean {
  const country = knowledge.get(id)?.country;
  return country != null && !ALLIES.has(country);
}

/** Future tense: "will meet", 「会談する予定」, and a Japanese sentence or headline ending 「…する」「…へ」. */
function isFuture(text: string, japanese: boolean): boolean {
  return FUTURE.test(text) || (japanese && FUTURE_END_JA.test(text.trim()));
}

/** "TOKYO — …", "WASHINGTON, Jan 15 (Reuters) -": where the story was filed, not where anyone met. */
function isDateline(scan: string, hit: AliasHit, sentence: Sentence): boolean {
  return hit.start - sentence.start < 3 && /^[^\p{Ll}]{0,30}?\s*(?:[—–-]|\(|,\s*\p{Lu}\p{Ll}+\.?\s+\d)/u.test(scan.slice(hit.end, hit.end + 32));
}

function isRegion(hit: AliasHit, knowledge: Knowledge): boolean {
  const e = knowledge.get(hit.entity);
  return e?.kind === 'place' && !knowledge.isPlaceLike(hit.entity);
}

function isLocative(scan: string, hit: AliasHit, knowledge: Knowledge): boolean {
  const e = knowledge.get(hit.entity);
  const before = scan.slice(Math.max(0, hit.start - 24), hit.start);
  if (LOCATIVE_BEFORE.test(before)) return true;
  if (LOCATIVE_AFTER_JA.test(scan.slice(hit.end, hit.end + 26))) return true;
  // An event is also where it happened "during" or "on the sidelines of" it; a body ("the
  // Department of War said") is a place only with a locative word.
  return e?.kind === 'event' && EVENT_LOCATIVE.test(before);
}

/** The text with the spans replaced by spaces (offsets kept). */
function blank(text: string, spans: readonly Span[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + ' '.repeat(s.end - s.start);
    at = s.end;
  }
  return out + text.slice(at);
}

function overlapsAny(span: Span, hits: readonly AliasHit[]): boolean {
  return hits.some((h) => overlaps(span, h));
}

function shift<T extends { start: number; end: number }>(items: T[], by: number): T[] {
  return items.map((i) => ({ ...i, start: i.start + by, end: i.end + by }));
}
