// Compares how firm an outcome is where the item has no gazetteer entity ("joint steps against
// China's coast guard", 「統合司令部を設ける」): against the official sentence that shares most of the
// claim's content, the verb governing the shared words on each side, and a deadline the article
// states that the record does not. Entity items are compared in compare-substance.ts.
import type { Flag } from './report';
import type { ClaimFacts } from './claims';
import type { CompareContext } from './compare-meeting';
import type { IndexedParagraph } from './record-index';
import type { Paragraph } from '../data/schema';
import { findCommitmentCues, governingCommitment, isNegated, isSigning, levelName, type CommitmentCue } from './commitment';
import { placedTermsOf, type PlacedTerm } from './terms';
import type { AliasHit } from './matcher';
import { isConceptId } from './concepts';
import { bestSentence, sentencesOf, type RecordSentence } from './paragraph-sentences';
import { scanText } from './text/width';
import { cueRegex } from './text/patterns';
import { BROAD_CONCEPTS } from './lang/concepts';
import { en } from './lang/en';
import { ja } from './lang/ja';

const DEADLINE = cueRegex(en.deadlineCues, ja.deadlineCues);
const TIME_LIMIT = cueRegex(en.timeLimitWords, ja.timeLimitWords);
export interface FirmnessInput {
  claim: ClaimFacts;
  ctx: CompareContext;
  /** The paragraph that covers the claim (the verdict would call it supported). */
  paragraph: IndexedParagraph;
  isContent: (term: string) => boolean;
}

/** An overstated commitment or an added deadline on the item the covering paragraph states. */
export function compareFirmness({ claim, ctx, paragraph, isContent }: FirmnessInput): { flags: Flag[]; paragraph: Paragraph | null } {
  const none = { flags: [], paragraph: null };
  const sentence = scanText(ctx.text.slice(claim.sentence.start, claim.sentence.end));
  if (isNegated(sentence)) return none;
  const hits = ctx.knowledge.termMatcher.findAll(claim.sentence.text);
  const claimTerms = placedTermsOf(sentence, hits).filter((t) => t.count > 0 && isContent(t.term));
  const shared = claimTerms.filter((t) => paragraph.terms.has(t.term));
  const words = nameWords(sentence, hits);
  if (sharedWords(shared.map((t) => t.term), words) < 2) return none;
  const claimCue = claimFirmness(sentence, anchorOf(shared, sentence), claim.japanese);
  if (!claimCue) return none;

  const sentences = sentencesOf(paragraph, ctx.knowledge);
  const wanted = new Set(shared.map((t) => t.term));
  const best = bestSentence(sentences, wanted);
  if (best < 0) return none;
  // The same item: the official sentence shares two of the claim's terms, one of them specific
  // (not a region or country, not a concept every outcome has: "steps to bolster deterrence in the
  // Indo-Pacific" is not "measures to enhance cooperation" in the Indo-Pacific).
  const common = [...new Set(sentences[best]!.terms.map((t) => t.term))].filter((t) => wanted.has(t));
  if (sharedWords(common, words) < 2 || !common.some((t) => isSpecific(t, ctx))) return none;
  const recordCue = recordCueFor(sentences, best, wanted, ctx.details.record.language === 'ja');
  if (!recordCue) return none;

  const gap = claimCue.level - recordCue.cue.level;
  const deadline = DEADLINE.exec(sentence);
  const addsDeadline = deadline !== null && claimCue.level >= 2 && recordCue.cue.level < 4 && !TIME_LIMIT.test(paragraph.paragraph.text);
  const overstated = gap >= 2 || (gap >= 1 && isSigning(claimCue.text));
  if (!overstated && !addsDeadline) return none;
  const official = recordCue.sentence.trim();
  const explanation = overstated
    ? `The article says "${levelName(claimCue.level)}" where the official summary only goes as far as "${levelName(recordCue.cue.level)}".`
    : `The article gives a deadline ("${deadline![0]}") that the official summary does not: it says "${levelName(recordCue.cue.level)}", with no time limit.`;
  return {
    flags: [{ field: 'commitment', severity: 'major', article: articleSpan(sentence, ctx.text.slice(claim.sentence.start, claim.sentence.end), claimCue, deadline, claim.japanese), official, explanation }],
    paragraph: paragraph.paragraph,
  };
}

const BROAD: ReadonlySet<string> = new Set(BROAD_CONCEPTS);

/**
 * How many Latin words each gazetteer name in the claim spans ("China's Coast Guard" 3): a name
 * of several words shared with the record is as much the same item as two shared words were
 * before the gazetteer named it. Concepts and Japanese names count one.
 */
function nameWords(sentence: string, hits: readonly AliasHit[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const h of hits) {
    if (isConceptId(h.entity)) continue;
    const n = sentence.slice(h.start, h.end).split(/[^A-Za-z']+/).filter((w) => w.length >= 3).length;
    out.set(`@${h.entity}`, Math.max(out.get(`@${h.entity}`) ?? 1, n));
  }
  return out;
}

/** Shared terms counted as words: a shared multi-word name counts two. */
function sharedWords(terms: readonly string[], words: ReadonlyMap<string, number>): number {
  return terms.reduce((n, t) => n + Math.min(2, words.get(t) ?? 1), 0);
}

function isSpecific(term: string, ctx: CompareContext): boolean {
  if (!term.startsWith('@')) return true;
  const id = term.slice(1);
  const e = ctx.knowledge.get(id);
  // A facility or district (Henoko, the Futenma Replacement Facility) is an outcome's object; a region or country is its backdrop.
  if (e?.kind === 'place') return 'level' in e && (e.level === 'venue' || e.level === 'district');
  return !BROAD.has(id);
}

/**
 * Where the shared item starts, its first term outside the verbs themselves (「議論」 of 「議論を深める」
 * is the verb): the nearest verb before it governs in English, the nearest after it in Japanese.
 */
function anchorOf(terms: readonly PlacedTerm[], text: string): number {
  const cues = findCommitmentCues(text);
  const item = terms.filter((t) => !cues.some((c) => t.start >= c.start && t.start < c.end));
  return Math.min(...(item.length ? item : terms).map((t) => t.start));
}

/**
 * How firm the claim says the item is: its main verb (the first in English, the last in Japanese),
 * lowered by a weaker verb between it and the item ("welcomed Hegseth's pledge to …" is a welcome;
 * "agreed to continue discussions on …" is discussion).
 */
function claimFirmness(sentence: string, anchor: number, japanese: boolean): CommitmentCue | null {
  const cues = findCommitmentCues(sentence);
  const span = japanese ? cues.filter((c) => c.start >= anchor) : cues.filter((c) => c.end <= anchor);
  if (!span.length) return null;
  const main = japanese ? span[span.length - 1]! : span[0]!;
  const governed = governingCommitment(sentence, anchor, japanese) ?? main;
  const weakest = span.reduce((a, b) => (b.level < a.level ? b : a));
  return weakest.level < main.level ? weakest : governed.level < main.level ? governed : main;
}

/**
 * The record's verb for the item in its best sentence; an English sentence without one ("In
 * relation to this, …") takes the verb of the nearest earlier sentence that has one.
 */
function recordCueFor(sentences: readonly RecordSentence[], at: number, wanted: ReadonlySet<string>, japanese: boolean): { cue: CommitmentCue; sentence: string } | null {
  const s = sentences[at]!;
  const own = s.terms.filter((t) => wanted.has(t.term));
  const anchor = anchorOf(own, s.text);
  // "With regard to upgrading …, the Ministers welcomed …": the item may open the sentence before its verb.
  const cue = governingCommitment(s.text, anchor, japanese) ?? (japanese ? null : findCommitmentCues(s.text).find((c) => c.start >= anchor) ?? null);
  if (cue) return { cue, sentence: s.text };
  if (japanese) return null;
  for (let i = at - 1; i >= 0; i--) {
    const earlier = sentences[i]!;
    const last = governingCommitment(earlier.text, earlier.text.length, false);
    if (last) return { cue: last, sentence: `${earlier.text} ${s.text}` };
  }
  return null;
}

/** The article's words for the overstatement: from its verb to the deadline (English), or up to its verb (Japanese). */
// Offsets are found in the folded sentence and quoted from the page's own (same length), so the
// flag quotes the article as written ("HAGATNA — U.S.", not its folded "HAGATNA - U.S.").
function articleSpan(sentence: string, asWritten: string, cue: CommitmentCue, deadline: RegExpExecArray | null, japanese: boolean): string {
  if (japanese) {
    const from = Math.min(deadline?.index ?? cue.start, Math.max(0, sentence.lastIndexOf('、', cue.start) + 1));
    return asWritten.slice(from, cue.end).trim();
  }
  const clauseEnd = sentence.slice(cue.end).search(/[,.;]/);
  const end = Math.max(deadline ? deadline.index + deadline[0].length : 0, clauseEnd < 0 ? sentence.length : cue.end + clauseEnd);
  return asWritten.slice(cue.start, end).trim();
}
