// Claims counted by verdict, each with its symbol so colour is never the only cue.
import type { Verdict } from '../../engine/report';
import type { VerdictCounts as Counts } from '../../utils/verdict-counts';
import { VERDICT_SYMBOL } from '../../utils/report-export';

const ORDER: readonly Verdict[] = ['conflict', 'supported', 'unverified'];

export function VerdictCounts({ counts }: { counts: Counts }) {
  return (
    <ul class="counts" aria-label="Claims by verdict">
      {ORDER.map((verdict) => (
        <li key={verdict} class={`count verdict-${verdict}`} data-verdict={verdict}>
          <span class="symbol" aria-hidden="true">{VERDICT_SYMBOL[verdict]}</span>
          <span class="count-n">{counts[verdict]}</span> {verdict}
        </li>
      ))}
    </ul>
  );
}
