// @vitest-environment happy-dom
// The popup's "Why this meeting" in the reader's language: each of the engine's reasons worded
// in English and in Japanese, the meeting's date formatted for the language, the gazetteer's
// Japanese names in the Japanese interface, the article's and the record's words as written.
// A report without structured reasons (made before the engine gave them) shows its English ones.
import { render } from 'preact';
import { afterEach, describe, expect, test } from 'vitest';
import { MeetingSummary } from '../../components/popup/MeetingSummary';
import { I18nProvider } from '../../components/i18n';
import { bundledRecords } from '../../data/records';
import { gazetteer } from '../../data/gazetteer';
import { createEngine } from '../../engine';
import { MeetingReasonSchema, type MeetingMatch, type MeetingReason } from '../../engine/report';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
const record = bundledRecords.find((r) => r.id === 'mod-en-2026-01-15')!;
const koizumi = { id: 'person/koizumi', name: 'Koizumi', nameJa: '小泉進次郎' };
const hegseth = { id: 'person/hegseth', name: 'Hegseth', nameJa: 'ピート・ヘグセス' };
const nameless = { id: null, name: 'Ambassador Glass', nameJa: null };

/** Every kind of reason, with each of its wordings (zone, weekday, one day and several). */
const EVERY_KIND: MeetingReason[] = [
  { code: 'date-fits', stated: 'January 15', weekday: false, zone: false, date: '2026-01-15' },
  { code: 'date-fits', stated: 'January 14', weekday: false, zone: true, date: '2026-01-15' },
  { code: 'date-fits', stated: 'Thursday', weekday: true, zone: false, date: '2026-01-15' },
  { code: 'date-fits', stated: 'Wednesday', weekday: true, zone: true, date: '2026-01-15' },
  { code: 'dates-differ', date: '2026-01-15' },
  { code: 'date-days-off', stated: 'January 16', days: 1, date: '2026-01-15' },
  { code: 'date-days-off', stated: 'January 12', days: 3, date: '2026-01-15' },
  { code: 'participants', names: [koizumi, hegseth, nameless] },
  { code: 'place-fits', place: { id: 'place/pentagon', name: 'the Pentagon', nameJa: '国防総省' }, venue: 'the U.S. Department of War' },
  { code: 'place-differs', place: { id: 'place/tokyo', name: 'Tokyo', nameJa: '東京' }, venue: 'Washington' },
  { code: 'preview', days: 1 },
  { code: 'preview', days: 5 },
  { code: 'published', days: 0 },
  { code: 'published', days: 1 },
  { code: 'published', days: 3 },
  { code: 'another-meeting' },
  { code: 'topics', names: [{ id: 'system/sm-3-block-iia', name: 'SM-3 Block IIA', nameJa: null }, { id: 'framework/dicas', name: 'DICAS', nameJa: '日米防衛産業協力・取得・維持整備定期協議' }] },
];

let host: HTMLElement | null = null;
afterEach(() => {
  if (host) render(null, host);
  host?.remove();
  host = null;
});

function reasonsShown(meeting: MeetingMatch, locale: 'en' | 'ja'): HTMLElement {
  if (host) render(null, host);
  host?.remove();
  host = document.createElement('div');
  document.body.append(host);
  render(<I18nProvider locale={locale}><MeetingSummary meeting={meeting} record={record} /></I18nProvider>, host);
  return host.querySelector('.meeting-why ul')!;
}
const match = (why?: MeetingReason[]): MeetingMatch =>
  ({ recordId: record.id, date: record.meeting.date, confidence: 0.9, reasons: ['explicit date January 15'], ...(why ? { why } : {}) });
const lines = (list: HTMLElement) => [...list.querySelectorAll('li')].map((li) => li.textContent!);

describe('why this meeting, in both languages', () => {
  test('the table names every kind of reason the engine gives', () => {
    const codes = MeetingReasonSchema.options.map((o) => o.shape.code.value);
    expect(new Set(EVERY_KIND.map((r) => r.code))).toEqual(new Set(codes));
  });

  test('in Japanese every reason is a Japanese sentence, with the date in Japanese and Japanese names where the gazetteer has them', () => {
    const list = reasonsShown(match(EVERY_KIND), 'ja');
    expect(list.getAttribute('lang')).toBeNull(); // the popup's own language, not English
    const shown = lines(list);
    expect(shown).toHaveLength(EVERY_KIND.length);
    for (const [i, text] of shown.entries()) {
      expect(text, EVERY_KIND[i]!.code).toMatch(JAPANESE);
      expect(text).not.toMatch(/why\.|\{/); // no key and no unfilled placeholder
      if ('date' in EVERY_KIND[i]!) expect(text).toContain('2026年1月15日');
      if ('stated' in EVERY_KIND[i]!) expect(text).toContain(`「${(EVERY_KIND[i] as { stated: string }).stated}」`);
    }
    const at = (code: string, n = 0) => shown.filter((_, i) => EVERY_KIND[i]!.code === code)[n]!;
    expect(at('participants')).toContain('小泉進次郎、ピート・ヘグセス、Ambassador Glass');
    expect(at('place-fits')).toContain('国防総省');
    expect(at('place-fits')).toContain('「the U.S. Department of War」');
    expect(at('place-differs')).toContain('東京');
    expect(at('topics')).toContain('SM-3 Block IIA');
    expect(at('date-days-off', 1)).toContain('3日');
    expect(at('preview', 1)).toContain('5日前');
    expect(at('published', 0)).toBe('会談当日に公開されました。');
    expect(at('published', 2)).toContain('3日後');
    expect(at('date-fits', 1)).toContain('時差');
    expect(at('date-fits', 2)).toContain('曜日');
  });

  test('in English the same reasons read as English sentences, the record\'s names as written', () => {
    const shown = lines(reasonsShown(match(EVERY_KIND), 'en'));
    expect(shown).toHaveLength(EVERY_KIND.length);
    for (const [i, text] of shown.entries()) {
      expect(text, EVERY_KIND[i]!.code).not.toMatch(JAPANESE);
      expect(text).not.toMatch(/why\.|\{/);
      if ('date' in EVERY_KIND[i]!) expect(text).toContain('15 January 2026');
    }
    const at = (code: string, n = 0) => shown.filter((_, i) => EVERY_KIND[i]!.code === code)[n]!;
    expect(at('participants')).toContain('Koizumi, Hegseth and Ambassador Glass');
    expect(at('date-days-off', 0)).toContain('1 day off');
    expect(at('date-days-off', 1)).toContain('3 days off');
    expect(at('published', 1)).toBe('Published 1 day after the meeting.');
    expect(at('date-fits', 3)).toMatch(/weekday “Wednesday”.*across time zones/);
  });

  test('the engine\'s reasons for a page it reads are worded in Japanese in the Japanese interface', () => {
    const engine = createEngine({ records: bundledRecords, gazetteer });
    const text = 'Defense Minister Shinjiro Koizumi met Secretary of War Pete Hegseth at the Pentagon on January 15, the two ministers said.';
    const report = engine.analyze({ text, published: '2026-01-16T02:00:00Z', source: 'test', title: null });
    expect(report.meeting?.recordId).toMatch(/2026-01-15/);
    const why = report.meeting!.why!;
    expect(why.map((r) => r.code)).toEqual(expect.arrayContaining(['date-fits', 'participants']));
    const shown = lines(reasonsShown(report.meeting!, 'ja'));
    expect(shown).toHaveLength(why.length);
    for (const text of shown) expect(text).toMatch(JAPANESE);
    expect(shown.join(' ')).toContain('小泉進次郎');
    expect(shown.join(' ')).not.toContain('Koizumi');
  });

  test('a report without structured reasons shows its English ones, marked as English', () => {
    const list = reasonsShown(match(), 'ja');
    expect(list.getAttribute('lang')).toBe('en');
    expect(lines(list)).toEqual(['explicit date January 15']);
  });
});
