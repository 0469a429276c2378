// Gazetteer look-ups for the ingest parser: people and places by alias (case-insensitive), and
// where a place or body is: its city, country and time zone, following `seat` then `within`.
import type { Entity } from '../../data/schema';
import { officeOn } from '../offices';
import { foldKey } from '../text/fold';

/** Comparison key of a name: the engine's alias folding (engine/text/fold.ts), no periods, no leading "the". */
export function aliasKey(s: string): string {
  return foldKey(s).replace(/\./g, '').replace(/\s+/g, ' ').trim().replace(/^the /, '');
}

export interface GazetteerLookup {
  byId(id: string): Entity | undefined;
  /** A person named exactly (any alias), or by the last word of an English alias ("Koizumi"). */
  person(name: string): Entity | null;
  /** Every person alias, longest first, for finding names in running text. */
  personAliases(): readonly { alias: string; entity: Entity }[];
  /** The place or body a place phrase names ("Ministry of Defense", "Singapore", "防衛省"). */
  place(phrase: string): Entity | null;
  /** The entity, then its seat, then what that is within, and so on up to the country. */
  chain(entity: Entity): Entity[];
  /** Title of a person's office on a date, in the language asked for, or null. */
  titleAt(entity: Entity, isoDate: string, language: 'en' | 'ja'): string | null;
}

function namesOf(e: Entity): string[] {
  return [e.name, ...(e.nameJa ? [e.nameJa] : []), ...e.aliases.en, ...e.aliases.ja];
}

export function lookupGazetteer(entities: readonly Entity[]): GazetteerLookup {
  const ids = new Map(entities.map((e) => [e.id, e]));
  const people = new Map<string, Entity>();
  const surnames = new Map<string, Entity | null>(); // null: more than one person
  const places = new Map<string, Entity>();
  const aliases: { alias: string; entity: Entity }[] = [];

  for (const e of entities) {
    if (e.kind === 'person') {
      for (const n of namesOf(e)) {
        const k = aliasKey(n);
        if (!people.has(k)) people.set(k, e);
        aliases.push({ alias: n, entity: e });
        const last = k.split(' ').pop()!;
        if (last !== k) surnames.set(last, surnames.has(last) && surnames.get(last) !== e ? null : e);
      }
    } else if (e.kind === 'place' || e.kind === 'body' || (e.kind === 'event' && e.within !== null)) {
      for (const n of namesOf(e)) {
        const k = aliasKey(n);
        // A body and a place may share a name; the more specific (body, venue) wins.
        // An event stands for its venue only where no place or body has the name.
        if (!places.has(k) || e.kind === 'body') {
          if (e.kind !== 'event' || !places.has(k)) places.set(k, e);
        }
      }
    }
  }
  aliases.sort((a, b) => b.alias.length - a.alias.length);
  const placeKeys = [...places.keys()].sort((a, b) => b.length - a.length);

  return {
    byId: (id) => ids.get(id),
    person(name) {
      const k = aliasKey(name);
      return people.get(k) ?? surnames.get(k) ?? null;
    },
    personAliases: () => aliases,
    place(phrase) {
      const k = aliasKey(phrase);
      const exact = places.get(k);
      if (exact) return exact;
      // Longest alias inside the phrase on word boundaries ("the U.S. Department of War building").
      const latin = /[a-z]/.test(k);
      for (const alias of placeKeys) {
        const at = k.indexOf(alias);
        if (at < 0) continue;
        if (latin) {
          const before = k[at - 1];
          const after = k[at + alias.length];
          if ((before && /[a-z0-9]/.test(before)) || (after && /[a-z0-9]/.test(after))) continue;
        }
        return places.get(alias)!;
      }
      return null;
    },
    chain(entity) {
      const out: Entity[] = [];
      const seen = new Set<string>();
      let e: Entity | undefined = entity;
      while (e && !seen.has(e.id)) {
        out.push(e);
        seen.add(e.id);
        const next: string | null = e.seat ?? e.within;
        e = next ? ids.get(next) : undefined;
      }
      return out;
    },
    titleAt(entity, isoDate, language) {
      const held = officeOn(entity, isoDate);
      // Prefer the most recently assumed title (e.g. "Secretary of War" over "Secretary of Defense").
      held.sort((a, b) => (a.from < b.from ? 1 : -1));
      const t = held[0];
      if (!t) return null;
      return language === 'ja' ? (t.titleJa ?? t.title) : t.title;
    },
  };
}
