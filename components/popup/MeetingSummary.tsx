// Which official meeting the page is about, and why; or plainly that no record fits. Titles,
// names and places are the record's, as written; the reasons are the engine's, worded in the
// interface's language (meeting-reasons.ts); a report without them (made before the engine gave
// them) shows its English reasons, marked as English.
// A partial record says so: claims left unverified may be covered by its missing part.
import type { OfficialRecord } from '../../data/schema';
import type { MeetingMatch } from '../../engine/report';
import { useT } from '../i18n';
import { reasonWords } from './meeting-reasons';

export interface MeetingSummaryProps {
  meeting: MeetingMatch | null;
  /** The record the match points to, when the extension knows it. */
  record: OfficialRecord | null;
}

export function MeetingSummary({ meeting, record }: MeetingSummaryProps) {
  const tr = useT();
  const { t, day, list, percent } = tr;
  if (!meeting) {
    return (
      <section class="meeting meeting-none" aria-label={t('meeting.label')}>
        <h2>{t('meeting.noneTitle')}</h2>
        <p>{t('meeting.noneText')}</p>
      </section>
    );
  }
  const place = record?.meeting.place?.text ?? null;
  const format = record?.meeting.format;
  const people = record ? list(record.meeting.participants.map((p) => `${p.role} ${p.name}`)) : null;
  return (
    <section class="meeting" aria-label={t('meeting.label')}>
      <h2>{record?.title ?? meeting.recordId}</h2>
      <p class="meeting-when">
        {day(meeting.date)}
        {format && format !== 'in-person' ? ` · ${t(`format.${format}`)}` : ''}
        {place ? ` · ${place}` : ''}
      </p>
      {people ? <p class="meeting-who">{people}</p> : null}
      {record?.partial ? <p class="meeting-partial" data-partial="true">{t('meeting.partial')}</p> : null}
      <details class="meeting-why">
        <summary>
          {t('meeting.why')} <span class="confidence">{t('meeting.confidence', { pct: percent(meeting.confidence) })}</span>
        </summary>
        {meeting.why ? (
          <ul>
            {meeting.why.map((reason, i) => <li key={i} data-reason={reason.code}>{reasonWords(reason, tr)}</li>)}
          </ul>
        ) : (
          <ul lang="en">
            {meeting.reasons.map((reason) => <li key={reason}>{reason}</li>)}
          </ul>
        )}
      </details>
    </section>
  );
}
