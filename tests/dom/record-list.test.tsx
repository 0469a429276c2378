// @vitest-environment happy-dom
// The settings' record list: bundled and imported records together, grouped by meeting (the
// Japan MoD's and the U.S. DoD's accounts of one meeting in one entry), each with whose account
// it is, its publisher and whether the copy is complete; days that differ between the accounts
// are explained.
import { render } from 'preact';
import { afterEach, describe, expect, test } from 'vitest';
import { RecordList, meetingEntries } from '../../components/options/RecordList';
import { I18nProvider } from '../../components/i18n';
import { bundledRecords } from '../../data/records';
import type { OfficialRecord } from '../../data/schema';

let host: HTMLElement | null = null;
afterEach(() => {
  if (host) render(null, host);
  host?.remove();
  host = null;
});

const jan = bundledRecords.find((r) => r.id === 'mod-en-2026-01-15')!;
// A U.S. readout of the 2026-01-15 meeting the reader added from its page.
const readout: OfficialRecord = { ...jan, id: 'dod-en-2026-01-15', account: 'us-dod', publisher: 'www.war.gov', partial: false, sourceFile: null, sourceUrl: 'https://www.war.gov/News/Releases/Release/Article/1/' };

function list(imported: OfficialRecord[], locale: 'en' | 'ja' = 'en'): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  render(<I18nProvider locale={locale}><RecordList bundled={bundledRecords} imported={imported} onRemove={() => {}} /></I18nProvider>, host);
  return host;
}
const groupOf = (el: HTMLElement, id: string) => el.querySelector(`.record[data-record-id="${id}"]`)!.closest<HTMLElement>('.meeting-group')!;
const idsIn = (group: HTMLElement) => [...group.querySelectorAll<HTMLElement>('.record')].map((r) => r.dataset.recordId);

describe('the record list in the settings', () => {
  test('lists every record once, grouped by meeting, newest meeting first', () => {
    const el = list([readout]);
    const ids = [...el.querySelectorAll<HTMLElement>('.record')].map((r) => r.dataset.recordId);
    expect(ids.sort()).toEqual([...bundledRecords.map((r) => r.id), readout.id].sort());
    const entries = meetingEntries([...bundledRecords, readout]);
    expect(el.querySelectorAll('.meeting-group')).toHaveLength(entries.length);
    expect(entries.length).toBeLessThan(bundledRecords.length + 1);
    const firstDays = entries.map((e) => e.days[0]!);
    expect(firstDays).toEqual([...firstDays].sort().reverse());
  });

  test("an imported record joins the bundled record of the same meeting, the Japan MoD's account first", () => {
    const el = list([readout]);
    const group = groupOf(el, 'dod-en-2026-01-15');
    expect(idsIn(group)).toEqual(['mod-en-2026-01-15', 'dod-en-2026-01-15']);
    const item = group.querySelector<HTMLElement>('.record[data-record-id="dod-en-2026-01-15"]')!;
    expect(item.dataset.origin).toBe('imported');
    expect(item.querySelector('.record-publisher')?.textContent).toBe('U.S. DoD readout · published by www.war.gov · complete copy');
    expect(item.querySelector('.remove-record')).not.toBeNull();
    expect(group.querySelector('.record[data-record-id="mod-en-2026-01-15"] .remove-record')).toBeNull();
  });

  test('the two accounts of a call dated a day apart are one meeting, and the entry says why the days differ', () => {
    const el = list([]);
    const group = groupOf(el, 'dod-en-2021-01-23');
    expect(idsIn(group).sort()).toEqual(['dod-en-2021-01-23', 'mod-en-2021-01-24']);
    expect(group.dataset.days).toBe('2021-01-23 2021-01-24');
    expect(group.querySelector('.meeting-group-note')?.textContent).toMatch(/each dates the meeting in its own time zone/);
    // A meeting whose accounts agree on the day has no such note.
    expect(groupOf(el, 'dod-en-2024-07-29').querySelector('.meeting-group-note')).toBeNull();
  });

  test('says which copies are partial, in Japanese too', () => {
    const el = list([], 'ja');
    const partial = el.querySelector<HTMLElement>('.record[data-record-id="mod-ja-2025-03-30"]')!;
    expect(partial.dataset.complete).toBe('false');
    expect(partial.querySelector('.record-completeness')?.textContent).toBe('一部のみの写し');
    expect(el.querySelector('.record[data-record-id="mod-en-2026-01-15"] .record-completeness')?.textContent).toBe('全文の写し');
  });
});
