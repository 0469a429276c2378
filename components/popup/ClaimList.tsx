// The page's claims in page order; choosing one shows it on the page with its card open.
import type { Claim, Flag } from '../../engine/report';
import { VERDICT_LABEL, VERDICT_SYMBOL } from '../../utils/report-export';

export interface ClaimListProps {
  claims: readonly Claim[];
  showMinorFlags: boolean;
  onChoose(index: number): void;
}

function flagLine(flag: Flag): string {
  return `Article: ${flag.article} · Official: ${flag.official}`;
}

export function ClaimList({ claims, showMinorFlags, onChoose }: ClaimListProps) {
  if (claims.length === 0) return <p class="empty">No claims about a meeting were found on this page.</p>;
  return (
    <ol class="claims" aria-label="Claims on this page">
      {claims.map((claim, index) => {
        const flags = claim.flags.filter((f) => showMinorFlags || f.severity === 'major');
        const first = flags.find((f) => f.severity === 'major') ?? flags[0];
        return (
          <li key={`${claim.start}-${claim.end}`}>
            <button
              type="button"
              class={`claim verdict-${claim.verdict}`}
              data-verdict={claim.verdict}
              data-index={index}
              onClick={() => onChoose(index)}
              title="Show this claim on the page"
            >
              <span class="symbol" aria-hidden="true">{VERDICT_SYMBOL[claim.verdict]}</span>
              <span class="claim-body">
                <span class="sr-only">{VERDICT_LABEL[claim.verdict]}: </span>
                <span class="claim-text">{claim.text}</span>
                {first ? <span class="claim-flag">{flagLine(first)}{flags.length > 1 ? ` (+${flags.length - 1} more)` : ''}</span> : null}
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
