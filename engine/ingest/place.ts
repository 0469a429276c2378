// Where a meeting was: a place phrase resolved through the gazetteer to venue, city, country,
// entity id and the place's time zone.
import type { Place } from '../../data/schema';
import type { GazetteerLookup } from './gazetteer-lookup';
import type { PlacePhrase } from './opening';

export interface ResolvedPlace {
  place: Place;
  /** IANA zone of the place (first entity with one up the seat/within chain), or null. */
  timeZone: string | null;
}

/**
 * venue: the name as written when it names a body or a venue (or, unknown to the gazetteer, an
 * "at …" phrase); city: the English name of the first city up the chain, up to its first comma
 * ("Washington, D.C." → "Washington"); country: the first country code up the chain; entity: the
 * body or place named.
 */
export function resolvePlace(phrase: PlacePhrase, gz: GazetteerLookup): ResolvedPlace {
  const entity = gz.place(phrase.name);
  if (!entity) {
    const at = /^at\s/i.test(phrase.text);
    return {
      place: { text: phrase.text, venue: at ? phrase.name : null, city: null, country: null, entity: null },
      timeZone: null,
    };
  }
  const chain = gz.chain(entity);
  const isVenue = entity.kind === 'body' || entity.level === 'venue';
  const city = chain.find((e) => e.level === 'city') ?? null;
  return {
    place: {
      text: phrase.text,
      venue: isVenue ? phrase.name : null,
      city: city ? city.name.split(',')[0]!.trim() : null,
      country: chain.find((e) => e.country)?.country ?? null,
      entity: entity.id,
    },
    timeZone: chain.find((e) => e.timeZone)?.timeZone ?? null,
  };
}
