// What the engine knows about entities: look-ups over the gazetteer for places (containment,
// time zones), people (offices held on a date) and offices (what kind of post they are).
import type { Entity, OfficeRole, TitleTerm } from '../data/schema';
import { officeOn } from './offices';
import { AliasMatcher } from './matcher';
import { addDays } from './text/calendar';
import { termEntries } from './concepts';
import { en } from './lang/en';

const MATCHER_OPTIONS = { compoundPrefixes: en.compoundPrefixes };

/** Days either side of a date within which a term of office still counts (roleOf). */
const ROLE_REACH_DAYS = 365;

export class Knowledge {
  readonly entities: ReadonlyMap<string, Entity>;
  readonly matcher: AliasMatcher;
  /** Aliases and concept forms in one trie, for the terms evidence is retrieved by (engine/terms.ts). */
  readonly termMatcher: AliasMatcher;

  constructor(gazetteer: readonly Entity[]) {
    this.entities = new Map(gazetteer.map((e) => [e.id, e]));
    this.matcher = new AliasMatcher(gazetteer.flatMap((e) => [
      ...[e.name, ...e.aliases.en].map((alias) => ({ alias, entity: e.id })),
      ...[...(e.nameJa ? [e.nameJa] : []), ...e.aliases.ja].map((alias) => ({ alias, entity: e.id })),
    ]), MATCHER_OPTIONS);
    this.termMatcher = new AliasMatcher(termEntries(gazetteer), MATCHER_OPTIONS);
  }

  get(id: string): Entity | undefined {
    return this.entities.get(id);
  }

  /** The entity and everything that contains it: body → seat → venue → city → country. */
  chain(id: string): string[] {
    const out: string[] = [];
    let current: string | null = id;
    while (current && !out.includes(current)) {
      out.push(current);
      const e = this.entities.get(current);
      current = e ? e.seat ?? e.within : null;
    }
    return out;
  }

  /** The first place up the chain at the given level. */
  placeAt(id: string, level: 'city' | 'country'): Entity | undefined {
    for (const p of this.chain(id)) {
      const e = this.entities.get(p);
      if (e?.kind === 'place' && e.level === level) return e;
      if (level === 'city' && e?.kind === 'place' && e.level === 'country' && e.timeZone) return undefined;
    }
    return undefined;
  }

  timeZoneOf(id: string): string | null {
    for (const p of this.chain(id)) {
      const tz = this.entities.get(p)?.timeZone;
      if (tz) return tz;
    }
    return null;
  }

  isPlaceLike(id: string): boolean {
    const e = this.entities.get(id);
    if (!e) return false;
    if (e.kind === 'place') return e.level !== 'region';
    return (e.kind === 'body' || e.kind === 'event') && (e.seat !== null || e.within !== null);
  }

  /** Offices a person held on a date. */
  termsOn(personId: string, date: string): TitleTerm[] {
    const e = this.entities.get(personId);
    return e ? officeOn(e, date) : [];
  }

  /**
   * The role kind of an office ("defense-chief"), or of an office a person held around `date`
   * (within a year either side: last autumn's or next month's minister named as the
   * participant is a wrong participant; a minister of years ago is nobody's principal); without a date, of any office the person ever held.
   */
  roleOf(id: string, date: string | null = null): OfficeRole | null {
    const e = this.entities.get(id);
    if (!e) return null;
    if (e.kind === 'office') return e.role;
    if (e.kind === 'person') {
      const from = date ? addDays(date, -ROLE_REACH_DAYS) : null;
      const to = date ? addDays(date, ROLE_REACH_DAYS) : null;
      for (const t of e.titles) {
        if (from && to && (t.from > to || (t.to !== null && t.to < from))) continue;
        const r = this.entities.get(t.office)?.role;
        if (r) return r;
      }
    }
    return null;
  }

}
