// The year of a meeting the text dates only by month and day, from the gazetteer's dated terms:
// the years in which every named minister held an office of their kind on that month and day.
import type { Entity } from '../../data/schema';
import { isValidDate, isoDate } from '../text/calendar';

/** Offices whose holders meet as the two defence ministers. */
const DEFENSE_OFFICES = new Set(['office/jp-defmin', 'office/us-secdef', 'office/us-secwar']);

function heldOn(person: Entity, date: string): boolean {
  return person.titles.some((t) => DEFENSE_OFFICES.has(t.office) && t.from <= date && (t.to === null || date <= t.to));
}

/**
 * Years (ascending) in which every person held a defence office on month/day. Only years covered
 * by some term of theirs are tried, so the answer is finite even for a holder still in office.
 */
export function yearsBothInOffice(people: readonly Entity[], month: number, day: number, today = new Date().getUTCFullYear()): number[] {
  if (people.length === 0) return [];
  const spans = people.flatMap((p) => p.titles.filter((t) => DEFENSE_OFFICES.has(t.office)))
    .map((t) => [Number(t.from.slice(0, 4)), t.to === null ? today : Number(t.to.slice(0, 4))] as const);
  if (spans.length === 0) return [];
  const from = Math.min(...spans.map((s) => s[0]));
  const to = Math.max(...spans.map((s) => s[1]));
  const out: number[] = [];
  for (let y = from; y <= to; y++) {
    if (!isValidDate(y, month, day)) continue;
    const date = isoDate(y, month, day);
    if (people.every((p) => heldOn(p, date))) out.push(y);
  }
  return out;
}
