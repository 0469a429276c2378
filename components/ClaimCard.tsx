// The card for a claim sentence: the verdict, the official paragraph it was checked against
// (verbatim, with where it comes from) and every difference found.
import type { Flag, Verdict } from '../engine/report';
import { FlagList } from './FlagList';

export interface OfficialSource {
  /** The official record's title, e.g. "Japan-U.S. Defense Ministerial Meeting". */
  title: string;
  /** Date of the meeting (or publication), YYYY-MM-DD. */
  date: string | null;
  url: string | null;
  /** The source file the record was built from, shown when there is no URL. */
  file: string | null;
  /** The paragraph's number in the summary, e.g. "2(3)". */
  paragraph: string | null;
}

export interface ClaimCardProps {
  verdict: Verdict;
  /** The official paragraph, verbatim; null when nothing official matched. */
  official: string | null;
  source: OfficialSource | null;
  flags: readonly Flag[];
  showMinorFlags: boolean;
  /** Whether the page's meeting was matched to an official record at all. */
  meetingKnown: boolean;
}

export const VERDICT_TEXT: Record<Verdict, { icon: string; label: string }> = {
  supported: { icon: '✓', label: 'Matches the official summary' },
  conflict: { icon: '✗', label: 'Differs from the official summary' },
  unverified: { icon: '?', label: 'Not in any official summary' },
};

function SourceLine({ source }: { source: OfficialSource }) {
  return (
    <p class="rl-source">
      <span class="rl-source-title">{source.title}</span>
      {source.date ? <span class="rl-source-date"> · {source.date}</span> : null}
      {source.paragraph ? <span class="rl-source-para"> · para. {source.paragraph}</span> : null}
      {' · '}
      {source.url ? (
        <a class="rl-source-link" href={source.url} target="_blank" rel="noopener noreferrer">
          Official source
        </a>
      ) : (
        <span class="rl-source-file">{source.file ? `Source file: ${source.file}` : 'Source not recorded'}</span>
      )}
    </p>
  );
}

export function ClaimCard(props: ClaimCardProps) {
  const { verdict, official, source, meetingKnown } = props;
  const shown = props.showMinorFlags ? props.flags : props.flags.filter((f) => f.severity !== 'minor');
  const hidden = props.flags.length - shown.length;
  const v = VERDICT_TEXT[verdict];
  return (
    <section class={`rl-claim-card rl-verdict-${verdict}`}>
      <h2 class="rl-verdict">
        <span class="rl-verdict-icon" aria-hidden="true">{v.icon}</span>
        {v.label}
      </h2>
      {verdict === 'unverified' ? (
        <div class="rl-unverified">
          <p>No official summary covers this claim.</p>
          {meetingKnown ? null : (
            <p>The meeting this page is about has no official record in the data.</p>
          )}
        </div>
      ) : null}
      {shown.length > 0 ? <FlagList flags={shown} /> : null}
      {hidden > 0 ? (
        <p class="rl-hidden-minor">
          {hidden === 1 ? '1 minor difference hidden' : `${hidden} minor differences hidden`} (see settings).
        </p>
      ) : null}
      {official !== null ? (
        <figure class="rl-official">
          <figcaption class="rl-official-label">
            {verdict === 'unverified' ? 'Closest official passage:' : 'Official summary says:'}
          </figcaption>
          <blockquote class="rl-official-text">{official}</blockquote>
          {source ? <SourceLine source={source} /> : null}
        </figure>
      ) : null}
    </section>
  );
}
