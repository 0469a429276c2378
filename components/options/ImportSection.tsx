// Importing an official summary: paste it or choose a file (text, saved HTML or record JSON).
// What to do with the input is the caller's; this shows the form and the outcome.
import { useEffect, useState } from 'preact/hooks';
import type { ImportProblem } from '../../utils/record-import';

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
  const [text, setText] = useState('');
  // A successful import empties the box; a refused one keeps the text so it can be fixed.
  useEffect(() => {
    if (status.kind === 'done') setText('');
  }, [status]);
  return (
    <section aria-labelledby="import-h">
      <h2 id="import-h">Import a summary</h2>
      <p class="hint">
        Paste a "Japan-U.S. Defense Ministerial Meeting (Summary)" from the Ministry of Defense, in English or Japanese,
        or choose a saved copy: plain text, the saved web page (HTML) or a record exported as JSON. Nothing is stored
        unless the whole input reads correctly.
      </p>
      <label for="import-text" class="field-label">Summary text</label>
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
          Import pasted text
        </button>
        <span class="or">or</span>
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
          Choose a file…
        </label>
      </div>
      {status.kind === 'done' ? (
        <p class="import-result ok" role="status" id="import-result">
          Imported: {status.titles.join('; ')}.
        </p>
      ) : null}
      {status.kind === 'refused' ? (
        <div class="import-result error" role="alert" id="import-error">
          <p>
            <strong>Nothing was imported</strong> from {status.source}. {status.problem.message}
          </p>
          {status.problem.excerpt ? (
            <p class="excerpt">
              Line {status.problem.line} reads: <q>{status.problem.excerpt}</q>
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
