// The official paragraphs a claim card quotes beyond its main one, as plain props: a second
// paragraph of the same text covering another outcome of the sentence (`also`), the other
// government's account where it covers the claim too (corroboration), and the same account in
// the other language (translation). Each carries whose account it is and its own source, so the
// card never shows a paragraph without saying where it comes from. Pure, so it is unit-testable.
import type { Claim } from '../engine/report';
import type { CardRecord } from '../utils/page-messages';
import type { OfficialSource } from './OfficialQuote';
import type { AccountKind } from './AccountLine';

export type QuoteRole = 'also' | 'other-account' | 'translation';

export interface OfficialQuote {
  role: QuoteRole;
  account: AccountKind;
  /** The language the paragraph is written in, when the record says. */
  language: 'en' | 'ja' | null;
  text: string;
  source: OfficialSource;
}

type Evidence = NonNullable<Claim['evidence']>;
type RecordLookup = (id: string) => CardRecord | undefined;

/** Where a paragraph comes from: its record's title, date and address, or the record id alone. */
export function sourceOf(evidence: Pick<Evidence, 'recordId'>, paragraph: string, record: CardRecord | undefined): OfficialSource {
  return record
    ? { title: record.title, date: record.meeting.date ?? record.published, url: record.sourceUrl, file: record.sourceFile, paragraph }
    : { title: evidence.recordId, date: null, url: null, file: null, paragraph };
}

function accountOf(record: CardRecord | undefined): AccountKind {
  return record?.account ?? 'japan-mod';
}

/**
 * The further paragraphs, in the order the card shows them. A record is quoted once: the same
 * account's other-language text is a translation whether the engine sent it as `translation`
 * or among the corroborating documents. The quoted record itself is never repeated.
 */
export function furtherQuotes(claim: Pick<Claim, 'evidence' | 'corroboration' | 'translation'>, record: RecordLookup): OfficialQuote[] {
  const main = claim.evidence;
  if (!main) return [];
  const mainRecord = record(main.recordId);
  const quoted = accountOf(mainRecord);
  const out: OfficialQuote[] = [];
  const seen = new Set([main.recordId]);
  const quote = (role: QuoteRole, evidence: Pick<Evidence, 'recordId' | 'paragraph' | 'text'>) => {
    const r = record(evidence.recordId);
    out.push({ role, account: accountOf(r), language: r?.language ?? null, text: evidence.text, source: sourceOf(evidence, evidence.paragraph, r) });
  };
  if (main.also && main.also.text !== main.text) quote('also', { recordId: main.recordId, ...main.also });
  for (const e of claim.corroboration ?? []) {
    if (seen.has(e.recordId) || accountOf(record(e.recordId)) === quoted) continue;
    seen.add(e.recordId);
    quote('other-account', e);
  }
  const sameAccount = [...(claim.translation ? [claim.translation] : []), ...(claim.corroboration ?? [])]
    .find((e) => !seen.has(e.recordId) && accountOf(record(e.recordId)) === quoted);
  if (sameAccount) quote('translation', sameAccount);
  return out;
}
