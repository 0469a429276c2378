// What a card shows, as plain props: built from the report, the highlight and the entries of the
// gazetteer and records the background sent along. Pure, so every wording decision is unit-testable.
import type { TitleTerm } from '../../data/schema';
import type { CardEntity, CardRecord } from '../../utils/page-messages';
import type { Claim, Mention, Report } from '../../engine/report';
import type { ClaimCardProps } from '../../components/ClaimCard';
import type { EntityCardProps } from '../../components/EntityCard';

export interface Lookup {
  entity(id: string): CardEntity | undefined;
  record(id: string): CardRecord | undefined;
}

/** What a card needs of the page's report. */
type PageFacts = Pick<Report, 'meeting'>;

export type CardContent =
  | { kind: 'claim'; label: string; props: ClaimCardProps }
  | { kind: 'entity'; label: string; props: EntityCardProps };

/** The office an entity held on a date (YYYY-MM-DD), if any. */
export function roleOn(entity: Pick<CardEntity, 'titles'>, date: string): Pick<TitleTerm, 'title' | 'from' | 'to'> | null {
  const terms = entity.titles.filter((t) => t.from <= date && (t.to === null || date <= t.to));
  // Several at once (acting posts): the most recently taken up.
  terms.sort((a, b) => b.from.localeCompare(a.from));
  return terms[0] ?? null;
}

export function todayIso(now = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function claimCard(claim: Claim, report: PageFacts, lookup: Lookup, showMinorFlags: boolean): CardContent {
  const record = claim.evidence ? lookup.record(claim.evidence.recordId) : undefined;
  return {
    kind: 'claim',
    label: 'Readout Lens: claim check',
    props: {
      verdict: claim.verdict,
      official: claim.evidence ? claim.evidence.text : null,
      source: record
        ? {
            title: record.title,
            date: record.meeting.date ?? record.published,
            url: record.sourceUrl,
            file: record.sourceFile,
            paragraph: claim.evidence?.paragraph ?? null,
          }
        : claim.evidence
          ? { title: claim.evidence.recordId, date: null, url: null, file: null, paragraph: claim.evidence.paragraph }
          : null,
      flags: claim.flags,
      showMinorFlags,
      meetingKnown: report.meeting !== null,
    },
  };
}

export function entityCard(mention: Mention, report: PageFacts, lookup: Lookup, today = todayIso()): CardContent {
  const entity = lookup.entity(mention.entity);
  const date = report.meeting?.date ?? today;
  const term = entity ? roleOn(entity, date) : null;
  const isPerson = entity?.kind === 'person';
  return {
    kind: 'entity',
    label: `Readout Lens: ${entity?.name ?? mention.text}`,
    props: {
      name: entity?.name ?? mention.text,
      nameJa: entity?.nameJa ?? null,
      kind: entity?.kind ?? null,
      role: term?.title ?? null,
      roleDate: isPerson ? date : null,
      roleDateIsMeeting: report.meeting !== null,
      description: entity?.description ?? null,
    },
  };
}

/** The short accessible description a highlight carries (aria-description). */
export function describeClaim(claim: Pick<Claim, 'verdict' | 'flags'>): string {
  if (claim.verdict === 'supported') return 'Readout Lens: matches the official summary';
  if (claim.verdict === 'conflict') {
    const n = claim.flags.length;
    return `Readout Lens: differs from the official summary${n ? ` (${n} difference${n === 1 ? '' : 's'})` : ''}`;
  }
  return 'Readout Lens: not in any official summary';
}

export function describeMention(mention: Mention, lookup: Pick<Lookup, 'entity'>): string {
  return `Readout Lens: ${lookup.entity(mention.entity)?.name ?? mention.text}`;
}
