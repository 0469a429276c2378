// The card for an entity mention: who or what it is, and (for people) the office they held on
// the date that matters for the page: the meeting's date, or today when no meeting is known.
import type { EntityKind } from '../data/schema';

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

const KIND_LABEL: Record<EntityKind, string> = {
  person: 'Person', office: 'Office', body: 'Organisation', framework: 'Framework',
  system: 'System', place: 'Place', document: 'Document', event: 'Event',
};

export function EntityCard(props: EntityCardProps) {
  const { name, nameJa, kind, role, roleDate, roleDateIsMeeting, description } = props;
  const when = roleDate ? (roleDateIsMeeting ? `at the meeting, ${roleDate}` : `as of ${roleDate}`) : null;
  return (
    <section class="rl-entity-card">
      <h2 class="rl-entity-name">
        {name}
        {nameJa ? <span class="rl-entity-ja" lang="ja"> {nameJa}</span> : null}
      </h2>
      {kind ? <p class="rl-entity-kind">{KIND_LABEL[kind]}</p> : null}
      {role ? (
        <p class="rl-entity-role">
          {role}
          {when ? <span class="rl-entity-when"> ({when})</span> : null}
        </p>
      ) : kind === 'person' && when ? (
        <p class="rl-entity-role rl-none">No office on record ({when}).</p>
      ) : null}
      {description ? <p class="rl-entity-desc">{description}</p> : null}
    </section>
  );
}
