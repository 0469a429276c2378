// Counting a report's claims by verdict, and the toolbar badge that follows from it.
import type { Report, Verdict } from '../engine/report';

export type VerdictCounts = Record<Verdict, number>;

export function countVerdicts(report: Pick<Report, 'claims'> | null): VerdictCounts {
  const counts: VerdictCounts = { supported: 0, conflict: 0, unverified: 0 };
  for (const claim of report?.claims ?? []) counts[claim.verdict] += 1;
  return counts;
}

/** The badge shows conflicts only; no conflicts, no badge. */
export function badgeText(conflicts: number): string {
  if (conflicts <= 0) return '';
  return conflicts > 99 ? '99+' : String(conflicts);
}

export const BADGE_COLOR = '#b3261e';
