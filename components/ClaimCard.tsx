// The card for a claim sentence: the verdict, every difference found, and the official
// paragraph it was checked against (verbatim, with where it comes from). When the pointer is on
// a name inside the sentence, that name is one line of this card: the verdict still leads.
import type { Flag, Verdict } from '../engine/report';
import { EntityLine, type EntityCardProps } from './EntityCard';
import { FlagList } from './FlagList';
import { AccountLine, type AccountLineProps } from './AccountLine';
import { useT } from './i18n';
import type { Translator } from '../utils/locale';

export interface OfficialSource {
  /** The official record's title, e.g. "Japan-U.S. Defense Ministerial Meeting". */
  title: string;
  /** Date of the meeting (or publication), YYYY-MM-DD. */
  date: string | null;
  url: string | null;
  /** The source file the record was built from, shown when there is no URL. */
  file: string | null;
  /** The paragraph's number in the summary, e.g. "2(3)". */
  paragraph: string | null;
}

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
}

export const VERDICT_ICON: Record<Verdict, string> = { supported: '✓', conflict: '✗', unverified: '?' };

/**
 * A paragraph's place in the summary, from the record's paragraph id: "intro", numbered ones
 * ("2", "2(3)"), unnumbered ones ("p3") and those under a number ("1-p2", "2-b1").
 */
export function paragraphLabel(id: string, t: Translator['t']): string {
  if (id === 'intro') return t('source.intro');
  const nth = /^p(\d+)$/.exec(id);
  if (nth) return t('source.paragraphNth', { n: Number(nth[1]) });
  const under = /^(.+)-([pb])(\d+)$/.exec(id);
  if (under) return t(under[2] === 'p' ? 'source.paragraphIn' : 'source.pointIn', { section: under[1]!, n: Number(under[3]) });
  return t('source.paragraph', { n: id });
}

function SourceLine({ source }: { source: OfficialSource }) {
  const { t, day } = useT();
  return (
    <p class="rl-source">
      <span class="rl-source-title" lang="en">{source.title}</span>
      {source.date ? <span class="rl-source-date"> · {day(source.date)}</span> : null}
      {source.paragraph ? <span class="rl-source-para"> · {paragraphLabel(source.paragraph, t)}</span> : null}
      {' · '}
      {source.url ? (
        <a class="rl-source-link" href={source.url} target="_blank" rel="noopener noreferrer">
          {t('source.link')}
        </a>
      ) : (
        <span class="rl-source-file">{source.file ? t('source.file', { file: source.file }) : t('source.none')}</span>
      )}
    </p>
  );
}

export function ClaimCard(props: ClaimCardProps) {
  const { t, plural } = useT();
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
        <figure class="rl-official">
          <figcaption class="rl-official-label">
            {verdict === 'unverified' ? t('card.closestPassage') : t('card.officialSays')}
          </figcaption>
          <blockquote class="rl-official-text">{official}</blockquote>
          {source ? <SourceLine source={source} /> : null}
          {props.account ? <AccountLine {...props.account} decided={verdict !== 'unverified'} /> : null}
        </figure>
      ) : null}
      {props.entity ? <EntityLine {...props.entity} /> : null}
    </section>
  );
}
