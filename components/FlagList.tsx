// The differences between an article's claim and the official record, article-versus-record.
import type { Flag } from '../engine/report';

const FIELD_LABEL: Record<Flag['field'], string> = {
  date: 'Date', time: 'Time', duration: 'Duration', place: 'Place', participant: 'Participant',
  title: 'Title', commitment: 'Commitment', number: 'Number',
};

export interface FlagListProps {
  flags: readonly Flag[];
}

export function FlagList({ flags }: FlagListProps) {
  if (flags.length === 0) return null;
  return (
    <ul class="rl-flags">
      {flags.map((f, i) => (
        <li key={i} class={`rl-flag rl-flag-${f.severity}`}>
          <span class="rl-flag-field">
            {FIELD_LABEL[f.field]}
            {f.severity === 'minor' ? ' (minor)' : ''}
          </span>
          <p class="rl-flag-compare">
            <span class="rl-side">Article: </span>
            <span class="rl-article">{f.article}</span>
            <span class="rl-sep"> · </span>
            <span class="rl-side">Official: </span>
            <span class="rl-official">{f.official}</span>
          </p>
          <p class="rl-flag-why">{f.explanation}</p>
        </li>
      ))}
    </ul>
  );
}
