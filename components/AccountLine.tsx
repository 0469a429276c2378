// Whose account a card quotes ("Japan MoD summary", "U.S. DoD readout"), the other government's
// account when it covers the claim too, and a notice when the quoted record is a partial copy.
import { useT } from './i18n';

export type AccountKind = 'japan-mod' | 'us-dod';

export interface AccountLineProps {
  account: AccountKind;
  /** The other accounts of the same meeting that also cover the claim. */
  also: readonly AccountKind[];
  /** The quoted record is a partial copy: the missing part may cover the claim. */
  partial: boolean;
}

export function AccountLine({ account, also, partial }: AccountLineProps) {
  const { t } = useT();
  const others = [...new Set(also.filter((a) => a !== account))];
  return (
    <>
      <p class="rl-account">
        <span class="rl-account-quoted">{t(`account.${account}`)}</span>
        {others.length > 0 ? <span class="rl-account-also"> · {t('account.alsoCovers', { accounts: others.map((a) => t(`account.${a}`)).join(', ') })}</span> : null}
      </p>
      {partial ? <p class="rl-partial-notice">{t('card.partialRecord')}</p> : null}
    </>
  );
}
