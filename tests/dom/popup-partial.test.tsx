// @vitest-environment happy-dom
// The popup's meeting summary says when the matched record is a partial copy, so that a reader
// knows the claims left unverified may be covered by its missing part; a complete record says nothing.
import { render } from 'preact';
import { afterEach, describe, expect, test } from 'vitest';
import { MeetingSummary } from '../../components/popup/MeetingSummary';
import { I18nProvider } from '../../components/i18n';
import { bundledRecords } from '../../data/records';

let host: HTMLElement | null = null;
afterEach(() => {
  if (host) render(null, host);
  host?.remove();
  host = null;
});

function summary(recordId: string, locale: 'en' | 'ja' = 'en'): HTMLElement {
  const record = bundledRecords.find((r) => r.id === recordId)!;
  host = document.createElement('div');
  document.body.append(host);
  const meeting = { recordId, date: record.meeting.date, confidence: 0.9, reasons: ['explicit date'] };
  render(<I18nProvider locale={locale}><MeetingSummary meeting={meeting} record={record} /></I18nProvider>, host);
  return host;
}

describe('the popup on a partial record', () => {
  test('a partial copy says claims left unverified may be covered by its missing part, in both languages', () => {
    expect(bundledRecords.find((r) => r.id === 'mod-ja-2025-03-30')!.partial).toBe(true);
    expect(summary('mod-ja-2025-03-30').querySelector('.meeting-partial')?.textContent).toMatch(/partial copy: claims left unverified may be covered/);
    render(null, host!);
    host!.remove();
    expect(summary('mod-ja-2025-03-30', 'ja').querySelector('.meeting-partial')?.textContent).toMatch(/一部のみの写し/);
  });

  test('a complete record says nothing of the kind', () => {
    expect(bundledRecords.find((r) => r.id === 'mod-en-2026-01-15')!.partial).toBe(false);
    expect(summary('mod-en-2026-01-15').querySelector('.meeting-partial')).toBeNull();
  });
});
