// Which official meeting the page is about, and why; or plainly that no record fits.
import type { OfficialRecord } from '../../data/schema';
import type { MeetingMatch } from '../../engine/report';
import { formatDay } from './format';

export interface MeetingSummaryProps {
  meeting: MeetingMatch | null;
  /** The record the match points to, when the extension knows it. */
  record: OfficialRecord | null;
}

export function MeetingSummary({ meeting, record }: MeetingSummaryProps) {
  if (!meeting) {
    return (
      <section class="meeting meeting-none" aria-label="Meeting">
        <h2>No official record fits this page</h2>
        <p>None of the official meeting summaries matches what this article describes, so its claims are shown as unverified.</p>
      </section>
    );
  }
  const place = record?.meeting.place?.text ?? null;
  const people = record?.meeting.participants.map((p) => `${p.role} ${p.name}`).join(' and ') ?? null;
  return (
    <section class="meeting" aria-label="Meeting">
      <h2>{record?.title ?? meeting.recordId}</h2>
      <p class="meeting-when">
        {formatDay(meeting.date)}
        {record?.meeting.format && record.meeting.format !== 'in-person' ? ` · ${record.meeting.format}` : ''}
        {place ? ` · ${place}` : ''}
      </p>
      {people ? <p class="meeting-who">{people}</p> : null}
      <details class="meeting-why">
        <summary>
          Why this meeting <span class="confidence">({Math.round(meeting.confidence * 100)}% sure)</span>
        </summary>
        <ul>
          {meeting.reasons.map((reason) => <li key={reason}>{reason}</li>)}
        </ul>
      </details>
    </section>
  );
}
