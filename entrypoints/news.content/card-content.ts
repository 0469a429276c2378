// What a card shows, as plain props: built from the report, the highlight and the entries of the
// gazetteer and records the background sent along. Pure, so every wording decision is unit-testable.
import type { TitleTerm } from '../../data/schema';
import type { CardEntity, CardRecord } from '../../utils/page-messages';
import type { Claim, Mention, Report } from '../../engine/report';
import type { ClaimCardProps } from '../../components/ClaimCard';
import type { EntityCardProps } from '../../components/EntityCard';
import type { Translator } from '../../utils/translate';
import { claimId, type Highlight } from './plan';
import { officeOn } from '../../engine/offices';
import { furtherQuotes, sourceOf } from '../../components/official-quotes';

export interface Lookup {
  entity(id: string): CardEntity | undefined;
  record(id: string): CardRecord | undefined;
}

/** What a card needs of the page's report. */
type PageFacts = Pick<Report, 'meeting' | 'claims'>;

/** What a card shows (its words come from the translator the card is drawn with). */
export type CardContent =
  | { kind: 'claim'; props: ClaimCardProps }
  | { kind: 'entity'; props: EntityCardProps };

/** The office an entity held on a date (YYYY-MM-DD), if any. */
export function roleOn(entity: Pick<CardEntity, 'titles'>, date: string): Pick<TitleTerm, 'title' | 'titleJa' | 'from' | 'to'> | null {
  const terms = officeOn(entity, date);
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
    props: {
      verdict: claim.verdict,
      official: claim.evidence ? claim.evidence.text : null,
      source: claim.evidence ? sourceOf(claim.evidence, claim.evidence.paragraph, record) : null,
      officialLanguage: record?.language ?? null,
      further: furtherQuotes(claim, (id) => lookup.record(id)),
      flags: claim.flags,
      showMinorFlags,
      meetingKnown: report.meeting !== null,
      account: record ? accountOf(claim, record, lookup) : undefined,
    },
  };
}

/** Whose account a claim's evidence quotes, the other accounts that cover it, and a partial copy. */
function accountOf(claim: Claim, record: CardRecord, lookup: Lookup): NonNullable<ClaimCardProps['account']> {
  const also = (claim.corroboration ?? []).map((e) => lookup.record(e.recordId)?.account ?? 'japan-mod');
  return { account: record.account ?? 'japan-mod', also, partial: record.partial ?? false, differences: claim.accountDifferences ?? [] };
}

export function entityCard(mention: Mention, report: PageFacts, lookup: Lookup, today = todayIso()): CardContent {
  const entity = lookup.entity(mention.entity);
  const date = report.meeting?.date ?? today;
  const term = entity ? roleOn(entity, date) : null;
  const isPerson = entity?.kind === 'person';
  return {
    kind: 'entity',
    props: {
      name: entity?.name ?? mention.text,
      nameJa: entity?.nameJa ?? null,
      kind: entity?.kind ?? null,
      role: term?.title ?? null,
      roleJa: term?.titleJa ?? null,
      id: entity?.id,
      roleDate: isPerson ? date : null,
      roleDateIsMeeting: report.meeting !== null,
      description: entity?.description ?? null,
      descriptionJa: entity?.descriptionJa ?? null,
    },
  };
}

export interface CardOptions {
  showMinorFlags: boolean;
  /** The planned highlight with this id (to find the marked claim a mention sits in). */
  highlight(id: string): Highlight | undefined;
  today?: string;
}

/**
 * The marked claim around a mention, if any: a quiet (unmarked) claim does not count, since
 * the reader sees only the name there.
 */
export function claimAround(mention: Mention, report: PageFacts, highlight: CardOptions['highlight']): Claim | null {
  const claim = report.claims.find((c) => c.start <= mention.start && mention.end <= c.end);
  const hl = claim ? highlight(claimId(claim)) : undefined;
  return claim && hl?.kind === 'claim' && !hl.quiet ? claim : null;
}

/**
 * Which highlight a card stands beside: a name's card inside a marked claim is the claim's card,
 * so it is placed by the whole claim (never over the rest of the sentence it speaks of).
 */
export function cardAnchorId(id: string, report: PageFacts | null, highlight: CardOptions['highlight']): string {
  const hl = highlight(id);
  const around = hl?.kind === 'mention' && report ? claimAround(hl.mention, report, highlight) : null;
  return around ? claimId(around) : id;
}

/**
 * What the card for a highlight shows. Inside a marked claim the claim leads (its verdict and
 * flags), with the name under the pointer as one line in it: hovering a name never hides that
 * its sentence disagrees with the record. Names outside claims get their own card.
 */
export function cardFor(hl: Highlight, report: PageFacts, lookup: Lookup, opts: CardOptions): CardContent {
  if (hl.kind === 'claim') return claimCard(hl.claim, report, lookup, opts.showMinorFlags);
  const around = claimAround(hl.mention, report, opts.highlight);
  const entity = entityCard(hl.mention, report, lookup, opts.today);
  if (!around || entity.kind !== 'entity') return entity;
  const claim = claimCard(around, report, lookup, opts.showMinorFlags);
  return claim.kind === 'claim' ? { ...claim, props: { ...claim.props, entity: entity.props } } : claim;
}

/** The short accessible description a highlight carries (aria-description). */
/** The card's accessible name (aria-label of its dialog). */
export function cardLabel(content: CardContent, { t }: Pick<Translator, 't'>): string {
  return content.kind === 'claim' ? t('card.claimLabel') : t('card.entityLabel', { name: content.props.name });
}

export function describeClaim(claim: Pick<Claim, 'verdict' | 'flags'>, { t, plural }: Pick<Translator, 't' | 'plural'>): string {
  if (claim.verdict === 'supported') return t('aria.supported');
  if (claim.verdict === 'conflict') {
    const n = claim.flags.length;
    return n ? plural('aria.conflictN', n) : t('aria.conflict');
  }
  return t('aria.unverified');
}

export function describeMention(mention: Mention, lookup: Pick<Lookup, 'entity'>, { t }: Pick<Translator, 't'>): string {
  return t('aria.mention', { name: lookup.entity(mention.entity)?.name ?? mention.text });
}
