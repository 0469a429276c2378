// The card for an entity mention: who or what it is, and (for people) the office they held on
// the date that matters for the page: the meeting's date, or today when no meeting is known.
// Names come from the gazetteer as written (English, with the Japanese name beside it); in the
// Japanese interface a person's office is the gazetteer's Japanese title, an office is
// described from the string catalogues, and people and places by the gazetteer's Japanese
// description (which the background sends with the entry; the content script carries none).
/** @jsxImportSource @/components/dom */
import type { EntityKind } from '../data/schema';
import type { Translator } from '../utils/translate';
import { words } from './card-words';

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
  /** The gazetteer's Japanese description, shown in the Japanese interface. */
  descriptionJa?: string | null;
  /** The gazetteer id, e.g. "office/us-secdef" (for the office's description in the catalogues). */
  id?: string;
  /** The office's Japanese title (the gazetteer's titleJa), shown in the Japanese interface. */
  roleJa?: string | null;
}

/** The role in the interface's language, with its language tag. */
function roleIn(props: Pick<EntityCardProps, 'role' | 'roleJa'>, locale: Translator['locale']): { text: string; lang: 'en' | 'ja' } | null {
  if (locale === 'ja' && props.roleJa) return { text: props.roleJa, lang: 'ja' };
  return props.role ? { text: props.role, lang: 'en' } : null;
}

/**
 * The description in the interface's language: an office's from the string catalogues, others
 * from the gazetteer's Japanese in the Japanese interface; else the gazetteer's English.
 */
function descriptionIn(props: Pick<EntityCardProps, 'id' | 'description' | 'descriptionJa'>, tr: Pick<Translator, 't' | 'has' | 'locale'>): { text: string; lang: 'en' | 'ja' } | null {
  const key = props.id?.startsWith('office/') ? `officeDesc.${props.id.slice('office/'.length)}` : null;
  if (key && tr.has(key)) return { text: tr.t(key), lang: tr.locale };
  if (tr.locale === 'ja' && props.descriptionJa) return { text: props.descriptionJa, lang: 'ja' };
  return props.description ? { text: props.description, lang: 'en' } : null;
}

function whenOf({ roleDate, roleDateIsMeeting }: Pick<EntityCardProps, 'roleDate' | 'roleDateIsMeeting'>): string | null {
  const { t, day } = words();
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
  const tr = words();
  const { t } = tr;
  const { kind } = props;
  const role = roleIn(props, tr.locale);
  const description = descriptionIn(props, tr);
  const when = whenOf(props);
  return (
    <section class="rl-entity-card">
      <h2 class="rl-entity-name"><Name {...props} /></h2>
      {kind ? <p class="rl-entity-kind">{t(`kind.${kind}`)}</p> : null}
      {role ? (
        <p class="rl-entity-role">
          <span lang={role.lang}>{role.text}</span>
          {when ? <span class="rl-entity-when"> ({when})</span> : null}
        </p>
      ) : kind === 'person' && when ? (
        <p class="rl-entity-role rl-none">{t('entity.noOffice', { when })}</p>
      ) : null}
      {description ? <p class="rl-entity-desc" lang={description.lang}>{description.text}</p> : null}
    </section>
  );
}

/** The name under the pointer, as one line inside a claim's card. */
export function EntityLine(props: EntityCardProps) {
  const { t, locale } = words();
  const when = whenOf(props);
  const role = roleIn(props, locale);
  return (
    <p class="rl-entity-line">
      <span class="rl-entity-line-label">{t('card.inThisSentence')} </span>
      <strong class="rl-entity-name"><Name {...props} /></strong>
      {props.kind ? <span class="rl-entity-kind-inline"> · {t(`kind.${props.kind}`)}</span> : null}
      {role ? (
        <span class="rl-entity-role-inline">
          {' · '}<span lang={role.lang}>{role.text}</span>{when ? ` (${when})` : ''}
        </span>
      ) : null}
    </p>
  );
}
