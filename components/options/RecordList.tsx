// The official records the extension checks against, bundled ones and the user's imports
// together, grouped by meeting (engine/meeting-groups.ts: the Japan MoD's English and Japanese
// texts and the U.S. DoD's readout of one meeting are one entry), each document with whose
// account it is, its publisher and whether the copy is complete.
import type { OfficialRecord } from '../../data/schema';
import { MeetingGroups } from '../../engine/meeting-groups';
import { useT } from '../i18n';

export interface RecordListProps {
  bundled: readonly OfficialRecord[];
  imported: readonly OfficialRecord[];
  onRemove(id: string): void;
}

type Origin = 'bundled' | 'imported';

function RecordItem({ record, origin, onRemove }: { record: OfficialRecord; origin: Origin; onRemove?(): void }) {
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
    <li class="record" data-record-id={record.id} data-origin={origin} data-complete={String(!record.partial)}>
      <div class="record-head">
        <h4 class="record-title">{record.title}</h4>
        <span class={`badge badge-${origin}`}>{t(origin === 'bundled' ? 'options.bundled' : 'options.imported')}</span>
        {record.partial ? <span class="badge badge-partial" title={t('options.partialHint')}>{t('options.partial')}</span> : null}
      </div>
      <p class="record-when">{when}</p>
      <p class="record-who">{meeting.participants.map((p) => `${p.role} ${p.name} (${p.country})`).join(', ')}</p>
      <p class="record-where">{meeting.place ? meeting.place.text : t('options.noPlace')}</p>
      <p class="record-publisher">
        {t(`account.${record.account ?? 'japan-mod'}`)}
        {' · '}
        {record.publisher ? t('options.publisher', { publisher: record.publisher }) : t('options.publisherUnknown')}
        {' · '}
        <span class="record-completeness">{t(record.partial ? 'options.partialCopy' : 'options.completeCopy')}</span>
      </p>
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

export interface MeetingEntry {
  /** The meeting's documents: the Japan MoD's first, then by language and id. */
  records: OfficialRecord[];
  /** The days the documents give, oldest first (two when the accounts date it differently). */
  days: string[];
}

/** Every record grouped by meeting, newest meeting first. */
export function meetingEntries(records: readonly OfficialRecord[]): MeetingEntry[] {
  const groups = new MeetingGroups(records);
  const seen = new Set<OfficialRecord>();
  const out: MeetingEntry[] = [];
  const rank = (r: OfficialRecord) => `${(r.account ?? 'japan-mod') === 'japan-mod' ? 0 : 1}${r.language}${r.id}`;
  for (const record of records) {
    if (seen.has(record)) continue;
    const members = groups.of(record).filter((r) => records.includes(r));
    for (const m of members) seen.add(m);
    out.push({ records: [...members].sort((a, b) => rank(a).localeCompare(rank(b))), days: [...new Set(members.map((m) => m.meeting.date))].sort() });
  }
  return out.sort((a, b) => b.days[0]!.localeCompare(a.days[0]!));
}

function MeetingItem({ entry, origin, onRemove }: { entry: MeetingEntry; origin(r: OfficialRecord): Origin; onRemove(id: string): void }) {
  const { t, plural, day, list } = useT();
  const first = entry.records[0]!;
  const format = first.meeting.format === 'in-person' ? '' : ` · ${t(`format.${first.meeting.format}`)}`;
  const people = list(first.meeting.participants.map((p) => p.name));
  const zones = new Set(entry.records.map((r) => r.meeting.timeZone ?? null));
  return (
    <li class="meeting-group" data-days={entry.days.join(' ')} data-documents={entry.records.length}>
      <h3 class="meeting-group-head">
        {entry.days.map((d) => day(d)).join(' / ')}
        {format} · {people}
        <span class="meeting-group-count"> · {plural('options.documents', entry.records.length)}</span>
      </h3>
      {entry.days.length > 1 ? (
        <p class="meeting-group-note">{t(zones.size > 1 ? 'options.daysDifferZones' : 'options.daysDiffer')}</p>
      ) : null}
      <ul class="records">
        {entry.records.map((r) => {
          const o = origin(r);
          return <RecordItem key={r.id} record={r} origin={o} onRemove={o === 'imported' ? () => onRemove(r.id) : undefined} />;
        })}
      </ul>
    </li>
  );
}

export function RecordList({ bundled, imported, onRemove }: RecordListProps) {
  const { t, plural, list } = useT();
  const counts = [plural('options.recordsBundled', bundled.length), ...(imported.length > 0 ? [plural('options.recordsImported', imported.length)] : [])];
  const importedSet = new Set(imported);
  const entries = meetingEntries([...bundled, ...imported]);
  return (
    <section aria-labelledby="records-h">
      <h2 id="records-h">{t('options.records')}</h2>
      <p class="hint">{t('options.recordsHint', { counts: list(counts) })}</p>
      <p class="hint">{plural('options.meetings', entries.length)}</p>
      <ul class="meeting-groups" id="record-list">
        {entries.map((e) => (
          <MeetingItem key={e.records[0]!.id} entry={e} origin={(r) => (importedSet.has(r) ? 'imported' : 'bundled')} onRemove={onRemove} />
        ))}
      </ul>
    </section>
  );
}
