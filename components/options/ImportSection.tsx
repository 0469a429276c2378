// Importing an official summary: paste it or choose a file (text, saved HTML or record JSON).
// What to do with the input is the caller's; this shows the form and the outcome.
import { useEffect, useState } from 'preact/hooks';
import type { ImportProblem } from '../../utils/record-import';
import { useT } from '../i18n';
import { localizedProblem, problemDetail } from './import-message';

export type ImportStatus =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; titles: string[] }
  | { kind: 'refused'; problem: ImportProblem; source: string };

export interface ImportSectionProps {
  status: ImportStatus;
  onImportText(text: string): void;
  onImportFile(file: File): void;
}

export function ImportSection({ status, onImportText, onImportFile }: ImportSectionProps) {
  const tr = useT();
  const { t } = tr;
  const localized = status.kind === 'refused' ? localizedProblem(status.problem, tr) : null;
  const detail = status.kind === 'refused' ? problemDetail(status.problem) : null;
  const [text, setText] = useState('');
  // A successful import empties the box; a refused one keeps the text so it can be fixed.
  useEffect(() => {
    if (status.kind === 'done') setText('');
  }, [status]);
  return (
    <section aria-labelledby="import-h">
      <h2 id="import-h">{t('import.title')}</h2>
      <p class="hint">{t('import.hint')}</p>
      <label for="import-text" class="field-label">{t('import.textLabel')}</label>
      <textarea
        id="import-text"
        rows={8}
        spellcheck={false}
        placeholder={'January 15, 2026\nMinistry of Defense\n\nJapan-U.S. Defense Ministerial Meeting (Summary)\n\nOn January 15, Defense Minister … held discussions …'}
        value={text}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <div class="import-actions">
        <button
          type="button"
          id="import-paste"
          class="primary"
          disabled={status.kind === 'working' || text.trim() === ''}
          onClick={() => onImportText(text)}
        >
          {t('import.paste')}
        </button>
        <span class="or">{t('import.or')}</span>
        <label class="file-button">
          <input
            type="file"
            id="import-file"
            accept=".txt,.text,.html,.htm,.json,text/plain,text/html,application/json"
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              if (file) onImportFile(file);
              input.value = ''; // choosing the same file again still triggers
            }}
          />
          {t('import.file')}
        </label>
      </div>
      {status.kind === 'done' ? (
        <p class="import-result ok" role="status" id="import-result">
          {t('import.done', { titles: status.titles.join('; ') })}
        </p>
      ) : null}
      {status.kind === 'refused' ? (
        <div class="import-result error" role="alert" id="import-error">
          <p>
            <strong>{t('import.refused')}</strong> {t('import.refusedFrom', { source: status.source })}{' '}
            {localized ? <span>{localized}</span> : <span lang="en">{status.problem.message}</span>}
            {localized && detail ? <> <span class="import-detail" lang="en">{detail}</span></> : null}
          </p>
          {status.problem.excerpt ? (
            <p class="excerpt">
              {t('import.lineReads', { line: status.problem.line ?? '?' })} <q>{status.problem.excerpt}</q>
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
