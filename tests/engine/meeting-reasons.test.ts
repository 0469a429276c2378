// The engine's reasons for choosing a meeting come as codes with parameters (`why`), and its
// English `reasons` (the report format's) are exactly their wording: the same list, in order.
// Each kind is read from sentences written here, in English and Japanese.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createEngine } from '../../engine';
import { reasonText } from '../../engine/meeting-reasons';
import { MeetingReasonSchema, type MeetingReason } from '../../engine/report';
import { bundledRecords } from '../../data/records';
import { gazetteer } from '../../data/gazetteer';
import { articleFromSource } from '../../scripts/lib/article-text';

const engine = createEngine({ records: bundledRecords, gazetteer });
const why = (text: string, published: string | null) => engine.analyze({ text, published, source: 'test', title: null }).meeting;
const find = <C extends MeetingReason['code']>(list: readonly MeetingReason[] | undefined, code: C) =>
  list?.find((r): r is Extract<MeetingReason, { code: C }> => r.code === code);

describe('structured meeting reasons', () => {
  test.each([
    ['Defense Minister Shinjiro Koizumi met Secretary of War Pete Hegseth at the Pentagon on January 15.', '2026-01-16T02:00:00Z'],
    ['Koizumi and Hegseth held talks in Washington on Thursday, discussing SM-3 Block IIA production.', '2026-01-16T02:00:00Z'],
    ['小泉防衛大臣は15日、ヘグセス米戦争長官とワシントンで会談した。', '2026-01-16T02:00:00+09:00'],
    ['Japanese Defense Minister Koizumi will meet U.S. Secretary of War Hegseth at the Pentagon on January 15.', '2026-01-10T09:00:00Z'],
  ])('%s: the English reasons are the wording of the structured ones', (text, published) => {
    const meeting = why(text, published);
    expect(meeting?.recordId).toMatch(/2026-01-15/);
    expect(meeting!.why!.length).toBeGreaterThan(1);
    expect(meeting!.reasons).toEqual(meeting!.why!.map(reasonText));
    for (const r of meeting!.why!) expect(MeetingReasonSchema.parse(r)).toEqual(r);
  });

  test('a stated date is quoted as written, with the meeting\'s date; a weekday alone says so', () => {
    const dated = find(why('Koizumi met Hegseth at the Pentagon on January 15.', '2026-01-16T02:00:00Z')?.why, 'date-fits');
    expect(dated).toEqual({ code: 'date-fits', stated: 'January 15', weekday: false, zone: false, date: '2026-01-15' });
    const weekday = find(why('Koizumi met Hegseth at the Pentagon on Thursday.', '2026-01-16T02:00:00Z')?.why, 'date-fits');
    expect(weekday).toMatchObject({ weekday: true, date: '2026-01-15' });
    expect(weekday!.stated).toMatch(/Thursday$/); // the words the engine read the date from
  });

  test('participants carry their gazetteer ids and Japanese names, in English and Japanese pages alike', () => {
    for (const [text, published] of [
      ['Koizumi met Hegseth at the Pentagon on January 15.', '2026-01-16T02:00:00Z'],
      ['小泉防衛大臣は15日、ヘグセス米戦争長官とワシントンで会談した。', '2026-01-16T02:00:00+09:00'],
    ] as const) {
      const people = find(why(text, published)?.why, 'participants')!;
      const koizumi = people.names.find((n) => n.id === 'person/koizumi')!;
      expect(koizumi.nameJa).toBe(gazetteer.find((e) => e.id === 'person/koizumi')!.nameJa);
      expect(people.names.map((n) => n.id)).toContain('person/hegseth');
    }
  });

  test('publication: the same day is 0 days, a later day counts them, a preview counts the days before', () => {
    const same = find(why('Koizumi met Hegseth at the Pentagon on January 15.', '2026-01-15T20:00:00Z')?.why, 'published');
    expect(same).toEqual({ code: 'published', days: 0 });
    const later = find(why('Koizumi met Hegseth at the Pentagon on January 15.', '2026-01-18T09:00:00Z')?.why, 'published');
    expect(later).toEqual({ code: 'published', days: 3 });
    const preview = find(why('Koizumi will meet Hegseth at the Pentagon on January 15.', '2026-01-10T09:00:00Z')?.why, 'preview');
    expect(preview).toEqual({ code: 'preview', days: 5 });
  });

  test('a place the page gives is named as the gazetteer names it, with its Japanese name, against the record\'s venue as written', () => {
    const place = find(why('Koizumi met Hegseth at the Pentagon on January 15.', '2026-01-16T02:00:00Z')?.why, 'place-fits')!;
    expect(place.place.id).toBeTruthy();
    expect(place.place.nameJa).toBe(gazetteer.find((e) => e.id === place.place.id)!.nameJa);
    const record = bundledRecords.find((r) => r.id === 'mod-en-2026-01-15')!;
    expect(place.venue).toBe(record.meeting.place!.venue ?? record.meeting.place!.text);
  });

  test('every fixture article\'s meeting has structured reasons whose wording is its English reasons', () => {
    const dir = join(import.meta.dirname, '../fixtures/articles');
    let matched = 0;
    for (const file of readdirSync(dir).filter((f) => /\.(html|txt)$/.test(f))) {
      const page = articleFromSource(readFileSync(join(dir, file), 'utf8'), file.endsWith('.html'));
      const meeting = engine.analyze({ ...page, source: file }).meeting;
      if (!meeting) continue;
      matched++;
      expect(meeting.reasons, file).toEqual(meeting.why!.map(reasonText));
    }
    expect(matched).toBeGreaterThan(10);
  });
});
