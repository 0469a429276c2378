// The official records the extension checks against: bundled ones and the user's imports.
import type { OfficialRecord } from '../../data/schema';
import { useT } from '../i18n';

export interface RecordListProps {
  bundled: readonly OfficialRecord[];
  imported: readonly OfficialRecord[];
  onRemove(id: string): void;
}

function RecordItem({ record, origin, onRemove }: { record: OfficialRecord; origin: 'bundled' | 'imported'; onRemove?(): void }) {
  const { t, plural, day, minutes } = useT();
  const { meeting } = record;
  const when = [
    day(meeting.date),
    meeting.start ? t('options.from', { time: meeting.start }) : null,
    meeting.durationMinutes ? t('options.about', { duration: minutes(meeting.durationMinutes) }) : null,
    meeting.format === 'in-person' ? null : t(`format.${meeting.format}`),
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <li class="record" data-record-id={record.id} data-origin={origin}>
      <div class="record-head">
        <h3 class="record-title">{record.title}</h3>
        <span class={`badge badge-${origin}`}>{t(origin === 'bundled' ? 'options.bundled' : 'options.imported')}</span>
        {record.partial ? <span class="badge badge-partial" title={t('options.partialHint')}>{t('options.partial')}</span> : null}
      </div>
      <p class="record-when">{when}</p>
      <p class="record-who">{meeting.participants.map((p) => `${p.role} ${p.name} (${p.country})`).join(', ')}</p>
      <p class="record-where">{meeting.place ? meeting.place.text : t('options.noPlace')}</p>
      <p class="record-source">
        <code>{record.id}</code> · {t(record.language === 'ja' ? 'options.langJa' : 'options.langEn')} · {plural('options.paragraphs', record.paragraphs.length)}
        {record.sourceUrl ? (
          <>
            {' · '}
            <a href={record.sourceUrl} target="_blank" rel="noopener noreferrer">{t('options.officialPage')}</a>
          </>
        ) : record.sourceFile ? ` · ${t('options.fromFile', { file: record.sourceFile })}` : ''}
      </p>
      {onRemove ? (
        <button type="button" class="remove-record" onClick={onRemove} aria-label={t('options.removeRecord', { id: record.id })}>
          {t('options.remove')}
        </button>
      ) : null}
    </li>
  );
}

export function RecordList({ bundled, imported, onRemove }: RecordListProps) {
  const { t, plural, list } = useT();
  const counts = [plural('options.recordsBundled', bundled.length), ...(imported.length > 0 ? [plural('options.recordsImported', imported.length)] : [])];
  return (
    <section aria-labelledby="records-h">
      <h2 id="records-h">{t('options.records')}</h2>
      <p class="hint">{t('options.recordsHint', { counts: list(counts) })}</p>
      <ul class="records" id="record-list">
        {bundled.map((r) => <RecordItem key={r.id} record={r} origin="bundled" />)}
        {imported.map((r) => <RecordItem key={r.id} record={r} origin="imported" onRemove={() => onRemove(r.id)} />)}
      </ul>
    </section>
  );
}
