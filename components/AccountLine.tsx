// Whose account a card quotes ("Japan MoD summary", "U.S. DoD readout"), the other government's
// account when it covers the claim too, and a notice when the quoted record is a partial copy:
// on an unverified claim that the missing part may cover it; on a claim the present text decides
// (supported or conflict) only that the copy is partial, since the missing part changes nothing.
import { useT } from './i18n';

export type AccountKind = 'japan-mod' | 'us-dod';

export interface AccountLineProps {
  account: AccountKind;
  /** The other accounts of the same meeting that also cover the claim. */
  also: readonly AccountKind[];
  /** The quoted record is a partial copy. */
  partial: boolean;
  /** The present text decided the claim (supported or conflict): the missing part cannot change that. */
  decided?: boolean;
}

export function AccountLine({ account, also, partial, decided = false }: AccountLineProps) {
  const { t } = useT();
  const others = [...new Set(also.filter((a) => a !== account))];
  return (
    <>
      <p class="rl-account">
        <span class="rl-account-quoted">{t(`account.${account}`)}</span>
        {others.length > 0 ? <span class="rl-account-also"> · {t('account.alsoCovers', { accounts: others.map((a) => t(`account.${a}`)).join(', ') })}</span> : null}
      </p>
      {partial ? (
        <p class={`rl-partial-notice${decided ? ' rl-partial-decided' : ''}`}>{t(decided ? 'card.partialCopy' : 'card.partialRecord')}</p>
      ) : null}
    </>
  );
}
