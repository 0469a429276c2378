// Indexes official records for fast look-up by date and participant, and derives, lazily and
// once per record, what comparisons need: the opening's phrases and a searchable paragraph index.
import type { OfficialRecord, Paragraph } from '../data/schema';
import type { Knowledge } from './knowledge';
import type { AliasHit } from './matcher';
import { addDays } from './text/calendar';
import { scanText } from './text/width';
import { findClockTimes, findDurations, type ClockTime, type Duration } from './quantities';
import { termsOf, type Terms } from './terms';

export interface IndexedParagraph {
  paragraph: Paragraph;
  /** Paragraphs this one sits under ("3(2)" for "3(2)a"), nearest first. */
  parents: Paragraph[];
  mentions: AliasHit[];
  terms: Terms;
}

export interface RecordDetails {
  record: OfficialRecord;
  openingTime: ClockTime | null;
  openingDuration: Duration | null;
  /** Entities named anywhere in the record. */
  entities: Set<string>;
  paragraphs: IndexedParagraph[];
  /** How many paragraphs each term occurs in (for weighting). */
  documentFrequency: Map<string, number>;
}

export class RecordIndex {
  private readonly byDate = new Map<string, OfficialRecord[]>();
  private readonly byMonthDay = new Map<string, OfficialRecord[]>();
  private readonly sortedDates: string[];
  private readonly details = new Map<string, RecordDetails>();
  readonly byId = new Map<string, OfficialRecord>();

  constructor(records: readonly OfficialRecord[], private readonly knowledge: Knowledge) {
    for (const r of records) {
      this.byId.set(r.id, r);
      push(this.byDate, r.meeting.date, r);
      push(this.byMonthDay, r.meeting.date.slice(5), r);
    }
    this.sortedDates = [...this.byDate.keys()].sort();
  }

  onDate(date: string): OfficialRecord[] {
    return this.byDate.get(date) ?? [];
  }

  onMonthDay(month: number, day: number): OfficialRecord[] {
    return this.byMonthDay.get(`${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`) ?? [];
  }

  /** Records whose meeting date lies in [from, to]. */
  between(from: string, to: string): OfficialRecord[] {
    const out: OfficialRecord[] = [];
    let lo = 0;
    let hi = this.sortedDates.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sortedDates[mid]! < from) lo = mid + 1; else hi = mid;
    }
    for (let i = lo; i < this.sortedDates.length && this.sortedDates[i]! <= to; i++) {
      out.push(...this.byDate.get(this.sortedDates[i]!)!);
    }
    return out;
  }

  around(date: string, days: number): OfficialRecord[] {
    return this.between(addDays(date, -days), addDays(date, days));
  }

  all(): OfficialRecord[] {
    return [...this.byId.values()];
  }

  detailsOf(record: OfficialRecord): RecordDetails {
    let d = this.details.get(record.id);
    if (!d) {
      d = this.derive(record);
      this.details.set(record.id, d);
    }
    return d;
  }

  private derive(record: OfficialRecord): RecordDetails {
    const opening = scanText(record.opening);
    const entities = new Set<string>();
    const documentFrequency = new Map<string, number>();
    const byId = new Map(record.paragraphs.map((p) => [p.id, p]));
    const paragraphs = record.paragraphs.map((paragraph) => {
      const mentions = this.knowledge.matcher.findAll(paragraph.text);
      for (const m of mentions) entities.add(m.entity);
      const terms = termsOf(scanText(paragraph.text), mentions);
      for (const t of terms.keys()) documentFrequency.set(t, (documentFrequency.get(t) ?? 0) + 1);
      return { paragraph, parents: parentsOf(paragraph.id, byId), mentions, terms };
    });
    return {
      record,
      openingTime: findClockTimes(opening)[0] ?? null,
      openingDuration: findDurations(opening)[0] ?? null,
      entities,
      paragraphs,
      documentFrequency,
    };
  }
}

/** "3(2)a-1" sits under "3(2)a", "3(2)", "3"; "2-p2" under "2". */
const LAST_LEVEL = [/-[a-z]*\d+$/, /[a-z]$/, /\(\d+\)$/];

function parentsOf(id: string, byId: Map<string, Paragraph>): Paragraph[] {
  const out: Paragraph[] = [];
  let current = id;
  for (;;) {
    const level = LAST_LEVEL.find((re) => re.test(current));
    if (!level) break;
    current = current.replace(level, '');
    const p = byId.get(current);
    if (p) out.push(p);
  }
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value); else map.set(key, [value]);
}
