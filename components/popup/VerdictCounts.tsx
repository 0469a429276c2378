// Claims counted by verdict, each with its symbol so colour is never the only cue.
import type { Verdict } from '../../engine/report';
import type { VerdictCounts as Counts } from '../../utils/verdict-counts';
import { VERDICT_ICON } from '../ClaimCard';
import { useT } from '../i18n';

const ORDER: readonly Verdict[] = ['conflict', 'supported', 'unverified'];

/** The label with its number in a span of its own (wherever the language puts it). */
function CountLabel({ text, n }: { text: string; n: string }) {
  const [before = '', after = ''] = text.split('\u0000');
  return (
    <span class="count-label">
      {before}<span class="count-n">{n}</span>{after}
    </span>
  );
}

export function VerdictCounts({ counts }: { counts: Counts }) {
  const { t, plural, number } = useT();
  return (
    <ul class="counts" aria-label={t('counts.label')}>
      {ORDER.map((verdict) => (
        <li key={verdict} class={`count verdict-${verdict}`} data-verdict={verdict} data-count={counts[verdict]}>
          <span class="symbol" aria-hidden="true">{VERDICT_ICON[verdict]}</span>
          <CountLabel text={plural(`counts.${verdict}`, counts[verdict], { n: '\u0000' })} n={number(counts[verdict])} />
        </li>
      ))}
    </ul>
  );
}
