// Turns a report into the highlights to draw: claims and mentions with stable ids, overlaps
// resolved within each kind (mark.js markRanges drops overlapping ranges silently, so we decide
// which one wins). Mentions may sit inside claims: they are wrapped in a second pass and nest.
import type { Claim, Mention, Report, Verdict } from '../../engine/report';

interface HighlightBase {
  /** Stable across re-analysis while the text stays: kind + offsets in the page text. */
  readonly id: string;
  readonly start: number;
  readonly end: number;
  /** Changes when the highlight must be redrawn (a verdict changed, another entity). */
  readonly signature: string;
}

export interface ClaimHighlight extends HighlightBase {
  readonly kind: 'claim';
  readonly claim: Claim;
  readonly verdict: Verdict;
  /** Drawn but unmarked (unverified claims by default): reachable by commands, not by Tab. */
  readonly quiet: boolean;
}

export interface MentionHighlight extends HighlightBase {
  readonly kind: 'mention';
  readonly mention: Mention;
}

export type Highlight = ClaimHighlight | MentionHighlight;

export function claimId(claim: Pick<Claim, 'start' | 'end'>): string {
  return `c${claim.start}-${claim.end}`;
}

export function mentionId(mention: Pick<Mention, 'start' | 'end'>): string {
  return `m${mention.start}-${mention.end}`;
}

// A giant page has tens of thousands of highlights, kept while it is shown: each holds only its
// claim or mention (and whether it is quiet); the rest, the id string too, is worked out on the
// prototype when asked.
class PlannedClaim implements ClaimHighlight {
  constructor(readonly claim: Claim, readonly quiet: boolean) {}
  get kind(): 'claim' { return 'claim'; }
  get id(): string { return claimId(this.claim); }
  get start(): number { return this.claim.start; }
  get end(): number { return this.claim.end; }
  get verdict(): Verdict { return this.claim.verdict; }
  get signature(): string { return this.quiet ? `${this.claim.verdict}/quiet` : this.claim.verdict; }
}

class PlannedMention implements MentionHighlight {
  constructor(readonly mention: Mention) {}
  get kind(): 'mention' { return 'mention'; }
  get id(): string { return mentionId(this.mention); }
  get start(): number { return this.mention.start; }
  get end(): number { return this.mention.end; }
  get signature(): string { return this.mention.entity; }
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
    out.push(new PlannedClaim(claim, quiet));
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
      out.push(new PlannedMention(mention));
    }
  }
  return out;
}
