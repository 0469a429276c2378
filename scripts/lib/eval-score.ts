// Scores one checker report against its page's ground truth, and sums page scores by language.
// Pure functions over plain data, so the scoring itself is unit-tested on hand-made inputs.
import type { FlagField, Verdict } from '../../engine/report';
import type { Truth } from './eval-truth';

/** The parts of a report the evaluation reads (a full Report fits). */
export interface ScoredReport {
  meeting: { recordId: string; documents?: string[] } | null;
  claims: { text: string; verdict: Verdict; flags: { field: FlagField; severity: 'major' | 'minor' }[] }[];
}

export type FalseConflictReason = 'truth-supported' | 'truth-unverified' | 'wrong-field' | 'not-a-claim' | 'unlisted';
export type FalseSupportedReason = 'truth-conflict' | 'truth-unverified' | 'not-a-claim';

export interface PageScore {
  page: string;
  language: 'en' | 'ja';
  style: string;
  /** Written after the engine (see Truth.fresh). */
  fresh: boolean;
  meeting: { expected: string | null; got: string | null; right: boolean };
  truthClaims: number;
  /** Truth claims the checker did not read as a claim at all. */
  missing: string[];
  /** Planted contradictions, one per (claim, field): found when the claim carries a major flag on that field. */
  conflicts: { planted: number; found: number; missed: { quote: string; field: FlagField; got: Verdict | 'missing' }[] };
  falseConflicts: { text: string; field: FlagField; reason: FalseConflictReason }[];
  falseSupported: { text: string; reason: FalseSupportedReason }[];
  supported: { truth: number; shown: number; missed: { quote: string; got: Verdict | 'missing' }[] };
  /** Report claims on sentences the truth neither lists as a claim nor as a non-claim. */
  unlisted: { text: string; verdict: Verdict }[];
}

/** White space folded, so a page's line breaks do not decide a match. */
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

function meetingOf(report: ScoredReport): string[] {
  if (!report.meeting) return [];
  return [report.meeting.recordId, ...(report.meeting.documents ?? [])];
}

function majorFields(claim: ScoredReport['claims'][number]): FlagField[] {
  return [...new Set(claim.flags.filter((f) => f.severity === 'major').map((f) => f.field))];
}

export function scorePage(page: string, truth: Truth, report: ScoredReport): PageScore {
  const claims = report.claims.map((c) => ({ ...c, folded: fold(c.text) }));
  const find = (quote: string) => claims.find((c) => c.folded.includes(fold(quote)));
  const documents = meetingOf(report);
  const score: PageScore = {
    page, language: truth.language, style: truth.style, fresh: truth.fresh,
    meeting: {
      expected: truth.meeting, got: report.meeting?.recordId ?? null,
      right: truth.meeting === null ? report.meeting === null : documents.includes(truth.meeting),
    },
    truthClaims: truth.claims.length, missing: [],
    conflicts: { planted: 0, found: 0, missed: [] },
    falseConflicts: [], falseSupported: [],
    supported: { truth: 0, shown: 0, missed: [] },
    unlisted: [],
  };
  const judged = new Set<(typeof claims)[number]>();

  for (const t of truth.claims) {
    const got = find(t.quote);
    if (got) judged.add(got);
    else score.missing.push(t.quote);
    const fields = got ? majorFields(got) : [];
    if (t.verdict === 'conflict') {
      for (const field of t.fields) {
        score.conflicts.planted++;
        if (fields.includes(field)) score.conflicts.found++;
        else score.conflicts.missed.push({ quote: t.quote, field, got: got?.verdict ?? 'missing' });
      }
      for (const field of fields.filter((f) => !t.fields.includes(f))) score.falseConflicts.push({ text: got!.text, field, reason: 'wrong-field' });
    } else {
      const reason = t.verdict === 'supported' ? 'truth-supported' : 'truth-unverified';
      for (const field of fields) score.falseConflicts.push({ text: got!.text, field, reason });
    }
    if (t.verdict === 'supported') {
      score.supported.truth++;
      if (got?.verdict === 'supported') score.supported.shown++;
      else score.supported.missed.push({ quote: t.quote, got: got?.verdict ?? 'missing' });
    } else if (got?.verdict === 'supported') {
      score.falseSupported.push({ text: got.text, reason: t.verdict === 'conflict' ? 'truth-conflict' : 'truth-unverified' });
    }
  }

  for (const n of truth.notClaims) {
    const got = find(n.quote);
    if (!got || judged.has(got)) continue;
    judged.add(got);
    for (const field of majorFields(got)) score.falseConflicts.push({ text: got.text, field, reason: 'not-a-claim' });
    if (got.verdict === 'supported') score.falseSupported.push({ text: got.text, reason: 'not-a-claim' });
  }

  for (const a of truth.ambiguous) {
    const got = find(a.quote);
    if (got) judged.add(got);
  }

  for (const c of claims.filter((c) => !judged.has(c))) {
    score.unlisted.push({ text: c.text, verdict: c.verdict });
    // A conflict card on a sentence a reader would not check is a false conflict all the same.
    for (const field of majorFields(c)) score.falseConflicts.push({ text: c.text, field, reason: 'unlisted' });
  }
  return score;
}

export interface Totals {
  pages: number;
  meetingsRight: number;
  truthClaims: number;
  missing: number;
  conflictsPlanted: number;
  conflictsFound: number;
  falseConflicts: number;
  falseSupported: number;
  supportedTruth: number;
  supportedShown: number;
  unlisted: number;
}

export function totalOf(scores: PageScore[]): Totals {
  const t: Totals = {
    pages: 0, meetingsRight: 0, truthClaims: 0, missing: 0, conflictsPlanted: 0, conflictsFound: 0,
    falseConflicts: 0, falseSupported: 0, supportedTruth: 0, supportedShown: 0, unlisted: 0,
  };
  for (const s of scores) {
    t.pages++;
    if (s.meeting.right) t.meetingsRight++;
    t.truthClaims += s.truthClaims;
    t.missing += s.missing.length;
    t.conflictsPlanted += s.conflicts.planted;
    t.conflictsFound += s.conflicts.found;
    t.falseConflicts += s.falseConflicts.length;
    t.falseSupported += s.falseSupported.length;
    t.supportedTruth += s.supported.truth;
    t.supportedShown += s.supported.shown;
    t.unlisted += s.unlisted.length;
  }
  return t;
}

export type Group = 'en' | 'ja' | 'all' | 'fresh';

/**
 * Totals per language and overall, in a fixed order (en, ja, all), then the pages written after
 * the engine on their own: the figures closest to pages the rules have never seen.
 */
export function totalsByLanguage(scores: PageScore[]): { group: Group; totals: Totals }[] {
  return [
    { group: 'en', totals: totalOf(scores.filter((s) => s.language === 'en')) },
    { group: 'ja', totals: totalOf(scores.filter((s) => s.language === 'ja')) },
    { group: 'all', totals: totalOf(scores) },
    { group: 'fresh', totals: totalOf(scores.filter((s) => s.fresh)) },
  ];
}

/** Whether the figures break the product's promise: any false conflict or wrong meeting. */
export function strictFailures(scores: PageScore[]): string[] {
  const out: string[] = [];
  for (const s of scores) {
    if (!s.meeting.right) out.push(`${s.page}: meeting ${s.meeting.got ?? 'none'}, expected ${s.meeting.expected ?? 'none'}`);
    for (const f of s.falseConflicts) out.push(`${s.page}: false ${f.field} conflict (${f.reason}): ${fold(f.text).slice(0, 90)}`);
  }
  return out;
}
