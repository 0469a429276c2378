// The card for an entity mention: who or what it is, and (for people) the office they held on
// the date that matters for the page: the meeting's date, or today when no meeting is known.
// Names, offices and descriptions come from the gazetteer as written (English, with the
// Japanese name beside it).
import type { EntityKind } from '../data/schema';
import { useT } from './i18n';

export interface EntityCardProps {
  name: string;
  nameJa: string | null;
  kind: EntityKind | null;
  /** The office held on `roleDate`, e.g. "Secretary of Defense"; null when none is on record. */
  role: string | null;
  /** YYYY-MM-DD the role is given for. */
  roleDate: string | null;
  /** Whether roleDate is the meeting's date (else it is today). */
  roleDateIsMeeting: boolean;
  description: string | null;
}

function useWhen({ roleDate, roleDateIsMeeting }: Pick<EntityCardProps, 'roleDate' | 'roleDateIsMeeting'>): string | null {
  const { t, day } = useT();
  if (!roleDate) return null;
  return roleDateIsMeeting ? t('entity.atMeeting', { date: day(roleDate) }) : t('entity.asOf', { date: day(roleDate) });
}

function Name({ name, nameJa }: Pick<EntityCardProps, 'name' | 'nameJa'>) {
  return (
    <>
      <span lang="en">{name}</span>
      {nameJa ? <span class="rl-entity-ja" lang="ja"> {nameJa}</span> : null}
    </>
  );
}

export function EntityCard(props: EntityCardProps) {
  const { t } = useT();
  const { kind, role, description } = props;
  const when = useWhen(props);
  return (
    <section class="rl-entity-card">
      <h2 class="rl-entity-name"><Name {...props} /></h2>
      {kind ? <p class="rl-entity-kind">{t(`kind.${kind}`)}</p> : null}
      {role ? (
        <p class="rl-entity-role">
          <span lang="en">{role}</span>
          {when ? <span class="rl-entity-when"> ({when})</span> : null}
        </p>
      ) : kind === 'person' && when ? (
        <p class="rl-entity-role rl-none">{t('entity.noOffice', { when })}</p>
      ) : null}
      {description ? <p class="rl-entity-desc" lang="en">{description}</p> : null}
    </section>
  );
}

/** The name under the pointer, as one line inside a claim's card. */
export function EntityLine(props: EntityCardProps) {
  const { t } = useT();
  const when = useWhen(props);
  return (
    <p class="rl-entity-line">
      <span class="rl-entity-line-label">{t('card.inThisSentence')} </span>
      <strong class="rl-entity-name"><Name {...props} /></strong>
      {props.kind ? <span class="rl-entity-kind-inline"> · {t(`kind.${props.kind}`)}</span> : null}
      {props.role ? (
        <span class="rl-entity-role-inline">
          {' · '}<span lang="en">{props.role}</span>{when ? ` (${when})` : ''}
        </span>
      ) : null}
    </p>
  );
}
