// The popup's offer to add the official page the reader is on to their records: what record the
// page gives (title, day, whose account, completeness) and a button to add it; that it is in the
// records already; or why this official page gives no record. Nothing shows on other pages.
import type { PageRecordOutcome } from '../../engine/ingest/page-record';
import { useT } from '../i18n';
import { expectedText } from '../options/import-message';

export type AddState = { kind: 'idle' } | { kind: 'adding' } | { kind: 'added' } | { kind: 'failed'; error: string };

export interface PageRecordOfferProps {
  outcome: PageRecordOutcome | null;
  add: AddState;
  onAdd(): void;
}

export function PageRecordOffer({ outcome, add, onAdd }: PageRecordOfferProps) {
  const { t, day } = useT();
  if (!outcome || outcome.kind === 'not-official') return null;
  if (outcome.kind === 'refused') {
    return (
      <section class="page-record page-record-refused" data-page-record="refused" data-reason={outcome.reason} aria-label={t('pageRecord.label')}>
        <h2>{t('pageRecord.refusedTitle')}</h2>
        <p class="page-record-why">{t(`pageRecord.refused.${outcome.reason}`)}</p>
        <p class="page-record-detail">
          {outcome.line !== null ? t('pageRecord.line', { line: outcome.line }) : t('pageRecord.expected')}{' '}
          {expectedText(outcome.expected, t) ?? <span lang="en">{outcome.expected}</span>}
        </p>
        <p class="page-record-note">{t('pageRecord.nothingStored')}</p>
      </section>
    );
  }
  const { record, known } = outcome;
  const account = record.account ? t(`account.${record.account}`) : null;
  const state = add.kind === 'added' ? 'added' : known ? `known-${known}` : 'offer';
  return (
    <section class="page-record" data-page-record={state} aria-label={t('pageRecord.label')}>
      <h2>{t('pageRecord.offerTitle')}</h2>
      <p class="page-record-title">{record.title}</p>
      <p class="page-record-when">
        {day(record.meeting.date)}
        {account ? ` · ${account}` : ''}
        {record.partial ? ` · ${t('options.partial')}` : ''}
      </p>
      {record.partial ? <p class="page-record-note">{t('pageRecord.partial')}</p> : null}
      {add.kind === 'added' ? (
        <p class="page-record-done" role="status">{t('pageRecord.added')}</p>
      ) : known ? (
        <p class="page-record-done">{t(known === 'bundled' ? 'pageRecord.knownBundled' : 'pageRecord.knownImported')}</p>
      ) : (
        <button type="button" class="primary" id="add-page-record" disabled={add.kind === 'adding'} onClick={onAdd}>
          {add.kind === 'adding' ? t('pageRecord.adding') : t('pageRecord.add')}
        </button>
      )}
      {add.kind === 'failed' ? <p class="page-record-error" role="alert">{t('pageRecord.addFailed', { error: add.error })}</p> : null}
    </section>
  );
}
