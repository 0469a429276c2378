// Compares what was decided: how firm a commitment was (the ladder from "discussed" to "signed")
// and the numbers stated, against the official paragraph about the same item.
import type { Flag } from './report';
import type { ClaimFacts } from './claims';
import type { CompareContext } from './compare-meeting';
import type { IndexedParagraph } from './record-index';
import type { Paragraph } from '../data/schema';
import { findCommitmentCues, governingCommitment, isNegated, isSigning, levelName, type CommitmentCue, type CommitmentLevel } from './commitment';
import { stem as stemWord } from './text/stem';
import { cueRegex } from './text/patterns';
import { scanText } from './text/width';
import { en } from './lang/en';
import { ja } from './lang/ja';

const ANCHOR_KINDS = new Set(['system', 'framework', 'document']);
/**
 * Activities from the concept table that are items of their own: "co-producing missiles" is
 * co-production whatever the record calls it, so its rung is compared like a named system's.
 * Only a signing or a jump of two rungs counts on them (never a nuance).
 */
const ITEM_CONCEPTS: ReadonlySet<string> = new Set(['concept/co-production', 'concept/co-sustainment', 'concept/training']);

interface RecordCommitment {
  level: CommitmentLevel;
  quote: string;
  paragraph: Paragraph;
}

/** Each paragraph's activity concepts, found once. */
const conceptMemo = new WeakMap<IndexedParagraph, readonly { entity: string; start: number; end: number }[]>();

/** Each paragraph's commitment per entity, worked out once per record (the first claim asks). */
const commitmentMemo = new WeakMap<IndexedParagraph, Map<string, RecordCommitment | null>>();

type ConceptHits = (p: IndexedParagraph) => readonly { entity: string; start: number; end: number }[];

function recordCommitment(p: IndexedParagraph, entity: string, japanese: boolean, byParagraph: ReadonlyMap<Paragraph, IndexedParagraph>, concepts: ConceptHits): RecordCommitment | null {
  let memo = commitmentMemo.get(p);
  if (!memo) commitmentMemo.set(p, (memo = new Map()));
  if (!memo.has(entity)) memo.set(entity, readRecordCommitment(p, entity, japanese, byParagraph, concepts));
  return memo.get(entity)!;
}

/** The commitment the record attaches to an entity in one paragraph (or the paragraph above it). */
function readRecordCommitment(p: IndexedParagraph, entity: string, japanese: boolean, byParagraph: ReadonlyMap<Paragraph, IndexedParagraph>, concepts?: ConceptHits): RecordCommitment | null {
  const mention = (ITEM_CONCEPTS.has(entity) && concepts ? concepts(p) : p.mentions).find((m) => m.entity === entity);
  if (!mention) return null;
  const text = p.paragraph.text;
  const own = governingCommitment(scanText(text), mention.start, japanese);
  if (own) {
    const [from, to] = japanese ? [mention.start, own.end] : [own.start, mention.end];
    return { level: own.level, quote: text.slice(from, to), paragraph: p.paragraph };
  }
  for (const parent of p.parents) {
    const cues = byParagraph.get(parent)?.cues ?? findCommitmentCues(scanText(parent.text));
    const cue: CommitmentCue | undefined = japanese ? cues[0] : cues[cues.length - 1];
    if (cue) {
      const head = parent.text.slice(japanese ? 0 : cue.start, japanese ? cue.end : undefined).trim();
      return { level: cue.level, quote: `${head} … ${text.slice(0, mention.end).trim()}`, paragraph: p.paragraph };
    }
  }
  return null;
}

const DEADLINE = cueRegex(en.deadlineCues, ja.deadlineCues);
const TIME_LIMIT = cueRegex(en.timeLimitWords, ja.timeLimitWords);
const ACTION_STOP: ReadonlySet<string> = new Set(en.actionStopwords);
const GROWTH: ReadonlySet<string> = new Set(en.growthStems);

/** Content stems of an item phrase, with the entity's own words left out ("produ", "incre"). */
function actionStems(phrase: string, knowledge: CompareContext['knowledge'], entity: string): Set<string> {
  const out = new Set<string>();
  const own = new Set(knowledge.matcher.findAll(phrase).filter((h) => h.entity === entity)
    .flatMap((h) => phrase.slice(h.start, h.end).toLowerCase().split(/[^a-z]+/)));
  for (const w of phrase.toLowerCase().split(/[^a-z]+/)) {
    if (w.length < 3 || ACTION_STOP.has(w) || own.has(w)) continue;
    out.add(stemWord(w));
  }
  for (const [word, s] of Object.entries(ja.actionStems)) if (phrase.includes(word)) out.add(s);
  // "increase production" ~ "ramp up"/"expand" output: growth words count as one action.
  if ([...out].some((s) => GROWTH.has(s))) out.add('incre');
  return out;
}

/** The overstated commitment, if any, with the official paragraph it is read against. */
export function compareCommitment(claim: ClaimFacts, ctx: CompareContext): { flags: Flag[]; paragraph: Paragraph | null } {
  const sentence = scanText(ctx.text.slice(claim.sentence.start, claim.sentence.end));
  if (isNegated(sentence)) return { flags: [], paragraph: null };
  const recordJapanese = ctx.details.record.language === 'ja';
  let worst: Flag | null = null;
  let worstParagraph: Paragraph | null = null;
  let worstGap = 0;
  const conceptHits = ctx.knowledge.termMatcher.findAll(claim.sentence.text)
    .filter((h) => ITEM_CONCEPTS.has(h.entity))
    .map((h) => ({ ...h, start: h.start + claim.sentence.start, end: h.end + claim.sentence.start }));
  const paragraphConcepts: ConceptHits = (p) => {
    let hits = conceptMemo.get(p);
    if (!hits) conceptMemo.set(p, (hits = ctx.knowledge.termMatcher.findAll(p.paragraph.text).filter((h) => ITEM_CONCEPTS.has(h.entity))));
    return hits;
  };
  for (const anchor of [...claim.mentions, ...conceptHits]) {
    const concept = ITEM_CONCEPTS.has(anchor.entity);
    const kind = ctx.knowledge.get(anchor.entity)?.kind;
    if (!concept && (!kind || !ANCHOR_KINDS.has(kind))) continue;
    const cue = governingCommitment(sentence, anchor.start - claim.sentence.start, claim.japanese);
    if (!cue) continue;
    const found = ctx.details.paragraphs
      .map((p) => recordCommitment(p, anchor.entity, recordJapanese, ctx.details.byParagraph, paragraphConcepts))
      .filter((c): c is RecordCommitment => c !== null);
    if (!found.length) continue;
    // The same item: the article's words between cue and entity share an action with the record's.
    const base = claim.sentence.start;
    const [from, to] = claim.japanese ? [anchor.start, base + cue.end] : [base + cue.start, anchor.end];
    const actions = actionStems(ctx.text.slice(from, to), ctx.knowledge, anchor.entity);
    // An activity concept is its own action: co-producing is co-production.
    const sameItem = concept ? found : found.filter((c) => [...actionStems(c.quote, ctx.knowledge, anchor.entity)].some((a) => actions.has(a)));
    if (!sameItem.length) continue;
    const strongest = sameItem.reduce((a, b) => (b.level > a.level ? b : a));
    const gap = cue.level - strongest.level;
    // An activity agreed with a deadline the record does not set (「年内に倍増させることで合意」).
    const addsDeadline = concept && cue.level >= 3 && strongest.level < 4 && DEADLINE.test(sentence) && !TIME_LIMIT.test(strongest.paragraph.text);
    if ((gap < 1 && !addsDeadline) || Math.max(gap, 1) <= worstGap) continue;
    // Signing is an event of its own: "signed a deal" where the record agreed is not a nuance.
    const major = gap >= 2 || isSigning(cue.text) || addsDeadline;
    if (!major && (cue.level < 4 || concept)) continue;
    worstGap = Math.max(gap, 1);
    worstParagraph = strongest.paragraph;
    worst = {
      field: 'commitment', severity: major ? 'major' : 'minor',
      article: ctx.text.slice(from, to), official: strongest.quote,
      explanation: `The article says "${levelName(cue.level)}" where the official summary only goes as far as "${levelName(strongest.level)}" on ${concept ? 'this item' : ctx.knowledge.get(anchor.entity)?.name ?? 'this item'}.`,
    };
  }
  return { flags: worst ? [worst] : [], paragraph: worstParagraph };
}

export function compareNumbers(claim: ClaimFacts, ctx: CompareContext, evidence: IndexedParagraph | null): Flag[] {
  const busy = [...claim.dates, ...claim.times, ...claim.durations];
  const quantities = claim.quantities.filter((q) => !busy.some((b) => q.start < b.end && q.end > b.start));
  if (!quantities.length) return [];
  const sources = [
    ...(evidence ? [{ text: evidence.paragraph.text, quantities: evidence.quantities }] : []),
    { text: ctx.details.record.opening, quantities: ctx.details.openingQuantities },
  ];
  const flags: Flag[] = [];
  for (const q of quantities) {
    const head = q.unit[q.unit.length - 1]!;
    for (const { text: source, quantities: stated } of sources) {
      const match = stated.find((o) => o.unit[o.unit.length - 1] === head);
      if (!match) continue;
      if (match.value !== q.value) {
        flags.push({
          field: 'number', severity: 'major',
          article: ctx.text.slice(q.start, q.end), official: source.slice(match.start, match.end),
          explanation: `The official summary gives ${match.value}, not ${q.value}.`,
        });
      }
      break;
    }
  }
  return flags;
}
