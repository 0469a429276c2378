// The card for a claim sentence: the verdict, every difference found, and the official
// paragraph it was checked against (verbatim, with where it comes from). When the pointer is on
// a name inside the sentence, that name is one line of this card: the verdict still leads.
/** @jsxImportSource @/components/dom */
import type { Flag, Verdict } from '../engine/report';
import { EntityLine, type EntityCardProps } from './EntityCard';
import { FlagList } from './FlagList';
import { AccountLine, type AccountLineProps } from './AccountLine';
import { words } from './card-words';
import { FurtherQuote, QuoteFigure, type OfficialSource } from './OfficialQuote';
import type { OfficialQuote } from './official-quotes';

export interface ClaimCardProps {
  verdict: Verdict;
  /** The official paragraph, verbatim; null when nothing official matched. */
  official: string | null;
  source: OfficialSource | null;
  flags: readonly Flag[];
  showMinorFlags: boolean;
  /** Whether the page's meeting was matched to an official record at all. */
  meetingKnown: boolean;
  /** The name under the pointer, when the card was opened from inside the claim. */
  entity?: EntityCardProps;
  /** Whose account the quote is, and whether the record is partial. */
  account?: AccountLineProps;
  /** The language the main paragraph is written in, when known. */
  officialLanguage?: 'en' | 'ja' | null;
  /** Further official paragraphs: another outcome, the other government's account, the other language. */
  further?: readonly OfficialQuote[];
}

export const VERDICT_ICON: Record<Verdict, string> = { supported: '✓', conflict: '✗', unverified: '?' };

export function ClaimCard(props: ClaimCardProps) {
  const { t, plural } = words();
  const { verdict, official, source, meetingKnown } = props;
  const shown = props.showMinorFlags ? props.flags : props.flags.filter((f) => f.severity !== 'minor');
  const hidden = props.flags.length - shown.length;
  return (
    <section class={`rl-claim-card rl-verdict-${verdict}`}>
      <h2 class="rl-verdict">
        <span class="rl-verdict-icon" aria-hidden="true">{VERDICT_ICON[verdict]}</span>
        {t(`verdict.${verdict}`)}
      </h2>
      {verdict === 'unverified' ? (
        <div class="rl-unverified">
          <p>{t('card.unverifiedNoSummary')}</p>
          {meetingKnown ? null : <p>{t('card.meetingUnknown')}</p>}
        </div>
      ) : null}
      {shown.length > 0 ? <FlagList flags={shown} /> : null}
      {hidden > 0 ? <p class="rl-hidden-minor">{plural('card.hiddenMinor', hidden)}</p> : null}
      {official !== null ? (
        <QuoteFigure
          caption={verdict === 'unverified' ? t('card.closestPassage') : props.account ? t('card.accountSays', { account: t(`account.${props.account.account}`) }) : t('card.officialSays')}
          text={official} language={props.officialLanguage ?? null} source={source}
        >
          {props.account ? <AccountLine {...props.account} decided={verdict !== 'unverified'} /> : null}
        </QuoteFigure>
      ) : null}
      {official !== null ? (props.further ?? []).map((q) => <FurtherQuote key={`${q.role}:${q.source.title}:${q.source.paragraph}`} quote={q} />) : null}
      {props.entity ? <EntityLine {...props.entity} /> : null}
    </section>
  );
}
