// The official records the extension checks against: bundled ones and the user's imports.
import type { OfficialRecord } from '../../data/schema';
import { formatDay } from '../popup/format';

export interface RecordListProps {
  bundled: readonly OfficialRecord[];
  imported: readonly OfficialRecord[];
  onRemove(id: string): void;
}

function RecordItem({ record, origin, onRemove }: { record: OfficialRecord; origin: 'bundled' | 'imported'; onRemove?(): void }) {
  const { meeting } = record;
  const when = [formatDay(meeting.date), meeting.start ? `from ${meeting.start}` : null, meeting.durationMinutes ? `about ${meeting.durationMinutes} min` : null, meeting.format === 'in-person' ? null : meeting.format]
    .filter(Boolean)
    .join(' · ');
  return (
    <li class="record" data-record-id={record.id} data-origin={origin}>
      <div class="record-head">
        <h3 class="record-title">{record.title}</h3>
        <span class={`badge badge-${origin}`}>{origin}</span>
        {record.partial ? <span class="badge badge-partial" title="The source copy is incomplete">partial</span> : null}
      </div>
      <p class="record-when">{when}</p>
      <p class="record-who">{meeting.participants.map((p) => `${p.role} ${p.name} (${p.country})`).join(', ')}</p>
      <p class="record-where">{meeting.place ? meeting.place.text : 'No place given (telephone or video talk)'}</p>
      <p class="record-source">
        <code>{record.id}</code> · {record.language === 'ja' ? 'Japanese' : 'English'} · {record.paragraphs.length} paragraphs
        {record.sourceUrl ? (
          <>
            {' · '}
            <a href={record.sourceUrl} target="_blank" rel="noopener noreferrer">official page</a>
          </>
        ) : record.sourceFile ? ` · from ${record.sourceFile}` : ''}
      </p>
      {onRemove ? (
        <button type="button" class="remove-record" onClick={onRemove} aria-label={`Remove imported record ${record.id}`}>
          Remove
        </button>
      ) : null}
    </li>
  );
}

export function RecordList({ bundled, imported, onRemove }: RecordListProps) {
  return (
    <section aria-labelledby="records-h">
      <h2 id="records-h">Official records</h2>
      <p class="hint">
        Claims are checked against these Japan Ministry of Defense meeting summaries: {bundled.length} bundled
        {imported.length > 0 ? `, ${imported.length} imported` : ''}.
      </p>
      <ul class="records" id="record-list">
        {bundled.map((r) => <RecordItem key={r.id} record={r} origin="bundled" />)}
        {imported.map((r) => <RecordItem key={r.id} record={r} origin="imported" onRemove={() => onRemove(r.id)} />)}
      </ul>
    </section>
  );
}
