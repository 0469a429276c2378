// Whose account a card quotes ("Japan MoD summary", "U.S. DoD readout"), the other government's
// account when it covers the claim too, and a notice when the quoted record is a partial copy:
// on an unverified claim that the missing part may cover it; on a claim the present text decides
// (supported or conflict) only that the copy is partial, since the missing part changes nothing.
// Where the two governments' accounts state a fact differently (a day apart by time zone, a place
// named differently) and the article follows one, it explains that instead of a flag.
/** @jsxImportSource @/components/dom */
import type { AccountDifference } from '../engine/report';
import { words } from './card-words';

export type AccountKind = 'japan-mod' | 'us-dod';

export interface AccountLineProps {
  account: AccountKind;
  /** The other accounts of the same meeting that also cover the claim. */
  also: readonly AccountKind[];
  /** The quoted record is a partial copy. */
  partial: boolean;
  /** The present text decided the claim (supported or conflict): the missing part cannot change that. */
  decided?: boolean;
  /** Facts the two governments' accounts state differently, where the article follows one of them. */
  differences?: readonly AccountDifference[];
}

/**
 * Why the article is not flagged where the accounts differ: both accounts' words, and which it
 * follows (a date in the interface's form; day() leaves a place's name as written).
 */
function DifferenceNote({ d }: { d: AccountDifference }) {
  const { t, day } = words();
  return (
    <p class="rl-account-difference" data-field={d.field}>
      {t(d.field === 'place' ? 'account.differPlace' : d.byZone ? 'account.differDateZone' : 'account.differDate', {
        account: t(`account.${d.account}`), official: day(d.official),
        agreedAccount: t(`account.${d.agreedAccount}`), agreed: day(d.agreed), article: d.article,
      })}
    </p>
  );
}

export function AccountLine({ account, also, partial, decided = false, differences = [] }: AccountLineProps) {
  const { t } = words();
  const others = [...new Set(also.filter((a) => a !== account))];
  return (
    <>
      <p class="rl-account">
        <span class="rl-account-quoted">{t(`account.${account}`)}</span>
        {others.length > 0 ? <span class="rl-account-also"> · {t('account.alsoCovers', { accounts: others.map((a) => t(`account.${a}`)).join(', ') })}</span> : null}
      </p>
      {differences.map((d) => <DifferenceNote key={d.field} d={d} />)}
      {partial ? (
        <p class={`rl-partial-notice${decided ? ' rl-partial-decided' : ''}`}>{t(decided ? 'card.partialCopy' : 'card.partialRecord')}</p>
      ) : null}
    </>
  );
}
