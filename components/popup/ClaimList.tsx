// The page's claims in page order; choosing one shows it on the page with its card open.
// Claims left unmarked in the text (unverified, by default) are listed too, and say so.
import type { Claim, Flag } from '../../engine/report';
import { VERDICT_ICON } from '../ClaimCard';
import { useT } from '../i18n';

export interface ClaimListProps {
  claims: readonly Claim[];
  showMinorFlags: boolean;
  /** Whether unverified claims are marked in the text. */
  showUnverified?: boolean;
  onChoose(index: number): void;
}

export function ClaimList({ claims, showMinorFlags, showUnverified = true, onChoose }: ClaimListProps) {
  const { t } = useT();
  const flagLine = (flag: Flag) => t('claims.flagLine', { article: flag.article, official: flag.official });
  if (claims.length === 0) return <p class="empty">{t('claims.none')}</p>;
  return (
    <ol class="claims" aria-label={t('claims.label')}>
      {claims.map((claim, index) => {
        const flags = claim.flags.filter((f) => showMinorFlags || f.severity === 'major');
        const first = flags.find((f) => f.severity === 'major') ?? flags[0];
        const unmarked = !showUnverified && claim.verdict === 'unverified';
        return (
          <li key={`${claim.start}-${claim.end}`}>
            <button
              type="button"
              class={`claim verdict-${claim.verdict}`}
              data-verdict={claim.verdict}
              data-index={index}
              onClick={() => onChoose(index)}
              title={t('claims.show')}
            >
              <span class="symbol" aria-hidden="true">{VERDICT_ICON[claim.verdict]}</span>
              <span class="claim-body">
                <span class="sr-only">{t(`verdict.${claim.verdict}`)}: </span>
                <span class="claim-text">{claim.text}</span>
                {first ? <span class="claim-flag">{flagLine(first)}{flags.length > 1 ? ` ${t('claims.more', { n: flags.length - 1 })}` : ''}</span> : null}
                {unmarked ? <span class="claim-unmarked">{t('claims.unmarked')}</span> : null}
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
