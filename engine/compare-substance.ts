// Compares what was decided: how firm a commitment was (the ladder from "discussed" to "signed")
// and the numbers stated, against the official paragraph about the same item.
import type { Flag } from './report';
import type { ClaimFacts } from './claims';
import type { CompareContext } from './compare-meeting';
import type { IndexedParagraph } from './record-index';
import { findCommitmentCues, governingCommitment, isNegated, levelName, type CommitmentCue } from './commitment';
import { findQuantities } from './quantities';
import { scanText } from './scan-text';

const ANCHOR_KINDS = new Set(['system', 'framework', 'document']);

interface RecordCommitment {
  level: number;
  quote: string;
}

/** The commitment the record attaches to an entity in one paragraph (or the paragraph above it). */
function recordCommitment(p: IndexedParagraph, entity: string, japanese: boolean): RecordCommitment | null {
  const mention = p.mentions.find((m) => m.entity === entity);
  if (!mention) return null;
  const text = p.paragraph.text;
  const own = governingCommitment(scanText(text), japanese ? mention.start : mention.start, japanese);
  if (own) {
    const [from, to] = japanese ? [mention.start, own.end] : [own.start, mention.end];
    return { level: own.level, quote: text.slice(from, to) };
  }
  for (const parent of p.parents) {
    const cues = findCommitmentCues(scanText(parent.text));
    const cue: CommitmentCue | undefined = japanese ? cues[0] : cues[cues.length - 1];
    if (cue) {
      const head = parent.text.slice(japanese ? 0 : cue.start, japanese ? cue.end : undefined).trim();
      return { level: cue.level, quote: `${head} … ${text.slice(0, mention.end).trim()}` };
    }
  }
  return null;
}

export function compareCommitment(claim: ClaimFacts, ctx: CompareContext): Flag[] {
  const sentence = scanText(ctx.text.slice(claim.sentence.start, claim.sentence.end));
  if (isNegated(sentence)) return [];
  const recordJapanese = ctx.details.record.language === 'ja';
  let worst: Flag | null = null;
  let worstGap = 0;
  for (const anchor of claim.mentions) {
    const kind = ctx.knowledge.get(anchor.entity)?.kind;
    if (!kind || !ANCHOR_KINDS.has(kind)) continue;
    const cue = governingCommitment(sentence, anchor.start - claim.sentence.start, claim.japanese);
    if (!cue) continue;
    const found = ctx.details.paragraphs
      .map((p) => recordCommitment(p, anchor.entity, recordJapanese))
      .filter((c): c is RecordCommitment => c !== null);
    if (!found.length) continue;
    const strongest = found.reduce((a, b) => (b.level > a.level ? b : a));
    const gap = cue.level - strongest.level;
    if (gap < 1 || gap <= worstGap) continue;
    const major = gap >= 2;
    if (!major && cue.level < 4) continue;
    worstGap = gap;
    const base = claim.sentence.start;
    const [from, to] = claim.japanese ? [anchor.start, base + cue.end] : [base + cue.start, anchor.end];
    worst = {
      field: 'commitment', severity: major ? 'major' : 'minor',
      article: ctx.text.slice(from, to), official: strongest.quote,
      explanation: `The article says "${levelName(cue.level as 0)}" where the official summary only goes as far as "${levelName(strongest.level as 0)}" on ${ctx.knowledge.get(anchor.entity)?.name ?? 'this item'}.`,
    };
  }
  return worst ? [worst] : [];
}

export function compareNumbers(claim: ClaimFacts, ctx: CompareContext, evidence: IndexedParagraph | null): Flag[] {
  const busy = [...claim.dates, ...claim.times, ...claim.durations];
  const quantities = claim.quantities.filter((q) => !busy.some((b) => q.start < b.end && q.end > b.start));
  if (!quantities.length) return [];
  const sources = [evidence?.paragraph.text, ctx.details.record.opening].filter((t): t is string => !!t);
  const flags: Flag[] = [];
  for (const q of quantities) {
    const head = q.unit[q.unit.length - 1]!;
    for (const source of sources) {
      const match = findQuantities(scanText(source)).find((o) => o.unit[o.unit.length - 1] === head);
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
