// How a place an article names relates to the place of an official meeting, by containment:
// Washington contains the Pentagon, which is the seat of the Department of War.
import type { Knowledge } from './knowledge';

export type PlaceRelation =
  | 'same'        // the same entity
  | 'broader'     // the article names a place that contains the venue ("in Washington")
  | 'narrower'    // the article is more specific than the record ("at the Shangri-La Hotel")
  | 'seat'        // another name for the same venue ("the Pentagon" for the Department of War)
  | 'same-city'   // a different venue in the same city
  | 'elsewhere';  // a different city or country

export function placeRelation(articlePlace: string, recordPlace: string, knowledge: Knowledge): PlaceRelation {
  if (articlePlace === recordPlace) return 'same';
  const recordChain = knowledge.chain(recordPlace);
  const articleChain = knowledge.chain(articlePlace);
  if (recordChain.includes(articlePlace)) {
    const venue = recordChain.find((id) => knowledge.get(id)?.kind === 'place');
    return venue === articlePlace && knowledge.get(recordPlace)?.kind !== 'place' ? 'seat' : 'broader';
  }
  if (articleChain.includes(recordPlace)) return 'narrower';
  // Two bodies that sit in the same building are the same place.
  const articleVenue = articleChain.find((id) => knowledge.get(id)?.kind === 'place');
  const recordVenue = recordChain.find((id) => knowledge.get(id)?.kind === 'place');
  if (articleVenue && articleVenue === recordVenue) return 'seat';
  if (recordVenue && articleChain.includes(recordVenue)) return 'narrower';
  const articleCity = knowledge.placeAt(articlePlace, 'city')?.id;
  const recordCity = knowledge.placeAt(recordPlace, 'city')?.id;
  if (articleCity && articleCity === recordCity) return 'same-city';
  return 'elsewhere';
}

/**
 * The places a sentence names, less those that only contain another one it names: "at the Prime
 * Minister's Office in Tokyo" is checked as the office, so a wrong venue is not rescued by its city.
 */
export function mostSpecific<T extends { entity: string }>(places: readonly T[], knowledge: Knowledge): T[] {
  return places.filter((p) => !places.some((q) => q.entity !== p.entity && knowledge.chain(q.entity).includes(p.entity)));
}
