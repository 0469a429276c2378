// Turns a report into the highlights to draw: claims and mentions with stable ids, overlaps
// resolved within each kind (mark.js markRanges drops overlapping ranges silently, so we decide
// which one wins). Mentions may sit inside claims: they are wrapped in a second pass and nest.
import type { Claim, Mention, Report, Verdict } from '../../engine/report';

interface HighlightBase {
  /** Stable across re-analysis while the text stays: kind + offsets in the page text. */
  id: string;
  start: number;
  end: number;
  /** Changes when the highlight must be redrawn (a verdict changed, another entity). */
  signature: string;
}

export interface ClaimHighlight extends HighlightBase {
  kind: 'claim';
  claim: Claim;
  verdict: Verdict;
  /** Drawn but unmarked (unverified claims by default): reachable by commands, not by Tab. */
  quiet: boolean;
}

export interface MentionHighlight extends HighlightBase {
  kind: 'mention';
  mention: Mention;
}

export type Highlight = ClaimHighlight | MentionHighlight;

export function claimId(claim: Pick<Claim, 'start' | 'end'>): string {
  return `c${claim.start}-${claim.end}`;
}

export function mentionId(mention: Pick<Mention, 'start' | 'end'>): string {
  return `m${mention.start}-${mention.end}`;
}

/**
 * Claims first by position; a claim overlapping one already kept is dropped. Mentions likewise,
 * the longer one winning at the same start ("SM-3 Block IIA" over "SM-3").
 */
export function planHighlights(report: Pick<Report, 'claims' | 'mentions'>, opts: { showMentions: boolean; showUnverified?: boolean }): Highlight[] {
  const out: Highlight[] = [];
  const claims = report.claims
    .filter((claim) => claim.end > claim.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let reach = -1;
  for (const claim of claims) {
    if (claim.start < reach) continue;
    reach = claim.end;
    const quiet = claim.verdict === 'unverified' && opts.showUnverified === false;
    out.push({
      kind: 'claim', id: claimId(claim), start: claim.start, end: claim.end,
      signature: quiet ? `${claim.verdict}/quiet` : claim.verdict, claim, verdict: claim.verdict, quiet,
    });
  }
  if (opts.showMentions) {
    const mentions = report.mentions
      .filter((m) => m.end > m.start)
      .slice()
      .sort((a, b) => a.start - b.start || b.end - a.end);
    reach = -1;
    for (const mention of mentions) {
      if (mention.start < reach) continue;
      reach = mention.end;
      out.push({
        kind: 'mention', id: mentionId(mention), start: mention.start, end: mention.end,
        signature: mention.entity, mention,
      });
    }
  }
  return out;
}
