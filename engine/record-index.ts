// Indexes official records for fast look-up by date and participant, and derives, lazily and
// once per record, what comparisons need: the opening's phrases and a searchable paragraph index.
import type { OfficialRecord, Paragraph } from '../data/schema';
import type { Knowledge } from './knowledge';
import type { AliasHit } from './matcher';
import { addDays } from './text/calendar';
import { scanText } from './text/width';
import { findClockTimes, findDurations, findQuantities, rangeFor, type Quantity } from './quantities';
import { findCommitmentCues, type CommitmentCue } from './commitment';
import { termsOf, type Terms } from './terms';
import { recordShortForms } from './short-forms';
import { PARTICIPANT_DEPARTMENTS } from './lang/concepts';

export interface IndexedParagraph {
  paragraph: Paragraph;
  /** Paragraphs this one sits under ("3(2)" for "3(2)a"), nearest first. */
  parents: Paragraph[];
  mentions: readonly AliasHit[];
  terms: Terms;
  /** The paragraph's commitment cues and counted quantities, read once per record. */
  cues: CommitmentCue[];
  quantities: Quantity[];
}

/** A fact of the record as ingest read it, with the record's own words for quoting. */
export interface OfficialStart {
  quote: string;
  approximate: boolean;
}

export interface OfficialDuration {
  quote: string;
  minutes: number;
  /** The range the record's wording allows ("approximately 50 minutes": about 41–59). */
  low: number;
  high: number;
}

export interface RecordDetails {
  record: OfficialRecord;
  /** The record's words for its date ("On January 15" → "January 15"). */
  officialDate: string;
  officialStart: OfficialStart | null;
  officialDuration: OfficialDuration | null;
  /** Entities named anywhere in the record. */
  entities: Set<string>;
  paragraphs: IndexedParagraph[];
  byParagraph: Map<Paragraph, IndexedParagraph>;
  /** The gazetteer office each participant's role names ("Secretary of War" → office id), by person. */
  participantOffices: Map<string, string>;
  /** Counted quantities of the opening sentence ("four engagements"). */
  openingQuantities: Quantity[];
  /** How many paragraphs each term occurs in (for weighting). */
  documentFrequency: Map<string, number>;
  /**
   * The meeting's own setting: its venue and everything containing it, and the participants'
   * countries. Naming them says where the talks were, not what they were about.
   */
  setting: Set<string>;
}

/** How rare each term is across every paragraph of every record of the index. */
export interface Rarity {
  paragraphs: number;
  frequency: Map<string, number>;
}

export class RecordIndex {
  private readonly byDate = new Map<string, OfficialRecord[]>();
  private readonly byMonthDay = new Map<string, OfficialRecord[]>();
  private readonly sortedDates: string[];
  private readonly details = new Map<string, RecordDetails>();
  readonly byId = new Map<string, OfficialRecord>();
  private rarityCache: Rarity | null = null;

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

  /** Term rarity over the whole record set, computed once on first use. */
  rarity(): Rarity {
    if (!this.rarityCache) {
      const frequency = new Map<string, number>();
      let paragraphs = 0;
      // A paragraph that says again what another says (a copy, a reprint, the same sentences with
      // other names or in another order) is counted once, so copies do not make its words common.
      const seen = new Set<string>();
      for (const r of this.byId.values()) {
        for (const p of this.detailsOf(r).paragraphs) {
          // Openings say who met when and where; rarity is of what the bodies say was agreed.
          if (p.paragraph.gap || p.paragraph.id === 'intro') continue;
          const key = sayingKey(p);
          if (seen.has(key)) continue;
          seen.add(key);
          paragraphs++;
          for (const t of p.terms.keys()) frequency.set(t, (frequency.get(t) ?? 0) + 1);
        }
      }
      this.rarityCache = { paragraphs, frequency };
    }
    return this.rarityCache;
  }

  private setting(record: OfficialRecord, intro: IndexedParagraph | undefined): Set<string> {
    const out = new Set<string>(PARTICIPANT_DEPARTMENTS);
    for (const m of intro?.mentions ?? []) if (this.knowledge.isPlaceLike(m.entity)) for (const id of this.knowledge.chain(m.entity)) out.add(id);
    if (record.meeting.place?.entity) for (const id of this.knowledge.chain(record.meeting.place.entity)) out.add(id);
    const countries = new Set(record.meeting.participants.map((p) => p.country));
    for (const e of this.knowledge.entities.values()) {
      if (e.kind === 'place' && e.level === 'country' && e.country && countries.has(e.country)) out.add(e.id);
    }
    return out;
  }

  private participantOffices(record: OfficialRecord): Map<string, string> {
    const out = new Map<string, string>();
    for (const p of record.meeting.participants) {
      const office = this.knowledge.matcher.findAll(p.role).map((h) => h.entity).find((id) => this.knowledge.get(id)?.kind === 'office');
      if (p.entity && office) out.set(p.entity, office);
    }
    return out;
  }

  private derive(record: OfficialRecord): RecordDetails {
    const entities = new Set<string>();
    const documentFrequency = new Map<string, number>();
    const byId = new Map(record.paragraphs.map((p) => [p.id, p]));
    const paragraphs = record.paragraphs.map((paragraph) => {
      const mentions = this.knowledge.matcher.findAll(paragraph.text);
      for (const m of mentions) entities.add(m.entity);
      const scan = scanText(paragraph.text);
      const terms = termsOf(scan, this.knowledge.termMatcher.findAll(paragraph.text));
      for (const id of recordShortForms(scan, record)) terms.set(`@${id}`, (terms.get(`@${id}`) ?? 0) + 1);
      for (const t of terms.keys()) documentFrequency.set(t, (documentFrequency.get(t) ?? 0) + 1);
      return {
        paragraph, parents: parentsOf(paragraph.id, byId), mentions, terms,
        cues: findCommitmentCues(scan), quantities: findQuantities(scan),
      };
    });
    return {
      record,
      officialDate: record.meeting.phrases?.date ?? record.meeting.date,
      officialStart: officialStart(record),
      officialDuration: officialDuration(record),
      entities,
      paragraphs,
      byParagraph: new Map(paragraphs.map((p) => [p.paragraph, p])),
      participantOffices: this.participantOffices(record),
      openingQuantities: findQuantities(scanText(record.opening)),
      documentFrequency,
      setting: this.setting(record, paragraphs[0]),
    };
  }
}

/**
 * The start as ingest read it. Only the stored phrase is looked at (for a hedge such as
 * 「頃」), never the official prose again.
 */
function officialStart(record: OfficialRecord): OfficialStart | null {
  const { start, phrases } = record.meeting;
  if (!start) return null;
  const quote = phrases?.start ?? start;
  return { quote, approximate: findClockTimes(scanText(quote))[0]?.approximate ?? false };
}

/** The duration as ingest read it; the stored phrase gives only its hedge ("approximately"). */
function officialDuration(record: OfficialRecord): OfficialDuration | null {
  const { durationMinutes: minutes, phrases } = record.meeting;
  if (!minutes) return null;
  const quote = phrases?.duration ?? `${minutes} minutes`;
  const stated = findDurations(scanText(quote))[0];
  const [low, high] = stated?.minutes === minutes ? [stated.low, stated.high] : rangeFor(minutes, 'approximately');
  return { quote, minutes, low, high };
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

/**
 * What a paragraph says, without who says it: its ids other than people and offices, and its
 * lower-case English words (names and titles are capitalised), in no order.
 */
function sayingKey(p: IndexedParagraph): string {
  const ids = [...p.terms.keys()].filter((t) => /^@/.test(t) && !/^@(?:person|office)\//.test(t));
  const words = p.paragraph.text.match(/(?<![A-Za-z])[a-z][a-z'-]+/g) ?? [];
  const japanese = [...p.terms.keys()].filter((t) => /^[^@a-z0-9]/.test(t));
  return [...new Set([...ids, ...words, ...japanese])].sort().join(' ');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value); else map.set(key, [value]);
}
