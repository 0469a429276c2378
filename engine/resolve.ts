// Decides which official record a page is about, from the dates, weekdays, people, places and
// topics its meeting claims mention, read against the publication date. "None" is an answer.
import type { OfficialRecord } from '../data/schema';
import type { MeetingMatch } from './report';
import type { ClaimFacts } from './claims';
import type { Knowledge } from './knowledge';
import type { AliasHit } from './matcher';
import type { RecordIndex } from './record-index';
import { daysBetween, addDays } from './text/calendar';
import { resolveDate } from './dates';
import { dateFit } from './meeting-dates';
import { placeRelation } from './places';

export interface Resolution {
  record: OfficialRecord;
  match: MeetingMatch;
  score: number;
}

const ACCEPT = 3;

export function resolveMeeting(
  claims: readonly ClaimFacts[],
  pageMentions: readonly AliasHit[],
  publishedDate: string | null,
  index: RecordIndex,
  knowledge: Knowledge,
): Resolution | null {
  const meetingClaims = claims.filter((c) => c.meeting && !c.elsewhere);
  const candidates = candidateRecords(meetingClaims, publishedDate, pageMentions, index);
  let best: Resolution | null = null;
  let runnerUp = -Infinity;
  for (const record of candidates) {
    const scored = scoreRecord(record, meetingClaims, pageMentions, publishedDate, index, knowledge);
    if (!best || scored.score > best.score) {
      if (best) runnerUp = best.score;
      best = scored;
    } else runnerUp = Math.max(runnerUp, scored.score);
  }
  // Two meetings that fit equally well: saying which would be a guess.
  if (!best || best.score < ACCEPT || best.score - runnerUp < 0.5) return null;
  return best;
}

function candidateRecords(
  claims: readonly ClaimFacts[], publishedDate: string | null, mentions: readonly AliasHit[], index: RecordIndex,
): Set<OfficialRecord> {
  const out = new Set<OfficialRecord>();
  for (const c of claims) {
    for (const d of c.dates) {
      const resolved = resolveDate(d, publishedDate, c.tense);
      if (resolved) index.around(resolved, 1).forEach((r) => out.add(r));
      else if (d.month !== null && d.day !== null) {
        for (const shift of [-1, 0, 1]) {
          const day = addDays(`2000-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`, shift);
          index.onMonthDay(Number(day.slice(5, 7)), Number(day.slice(8, 10))).forEach((r) => out.add(r));
        }
      }
    }
  }
  if (publishedDate) index.between(addDays(publishedDate, -31), addDays(publishedDate, 1)).forEach((r) => out.add(r));
  if (out.size === 0 && !publishedDate) {
    // No dates at all: any record of the people the page names.
    const people = new Set(mentions.map((m) => m.entity));
    for (const r of index.all()) {
      if (r.meeting.participants.some((p) => p.entity && people.has(p.entity))) out.add(r);
    }
  }
  return out;
}

function scoreRecord(
  record: OfficialRecord,
  claims: readonly ClaimFacts[],
  mentions: readonly AliasHit[],
  publishedDate: string | null,
  index: RecordIndex,
  knowledge: Knowledge,
): Resolution {
  const reasons: string[] = [];
  let score = 0;
  // Something must tie the page to this meeting in time or space, or it could be any of them.
  let anchored = false;

  // Dates stated in meeting claims.
  let fits = 0;
  let misses = 0;
  for (const c of claims) {
    for (const d of c.dates) {
      const fit = dateFit(d, record, publishedDate, c.tense);
      if (fit === 'same' || fit === 'zone') {
        if (fits === 0) reasons.push(`${d.month === null && d.day === null ? 'weekday' : 'date'} "${d.text}" fits ${record.meeting.date}${fit === 'zone' ? ' across time zones' : ''}`);
        fits++;
      } else if (fit === 'different') misses++;
    }
  }
  if (fits) { score += 3; anchored = true; }
  else if (misses) { score -= 2; reasons.push(`dates stated do not fit ${record.meeting.date}`); }

  // People.
  const named = new Set(mentions.map((m) => m.entity));
  const present = record.meeting.participants.filter((p) => p.entity && named.has(p.entity));
  if (present.length) {
    score += present.length;
    reasons.push(`participants ${present.map((p) => p.name).join(', ')}`);
  }

  // Places where the meeting is said to have happened.
  const places = claims.flatMap((c) => c.places);
  if (places.length && record.meeting.place?.entity) {
    const relations = places.map((p) => ({ p, rel: placeRelation(p.entity, record.meeting.place!.entity!, knowledge) }));
    const agreeing = relations.find((r) => r.rel !== 'elsewhere');
    if (agreeing) {
      score += 1.5;
      anchored = true;
      reasons.push(`place ${knowledge.get(agreeing.p.entity)?.name ?? agreeing.p.entity} ~ ${record.meeting.place.venue ?? record.meeting.place.text}`);
    } else {
      score -= 2.5;
      reasons.push(`place ${knowledge.get(relations[0]!.p.entity)?.name} is not ${record.meeting.place.city ?? record.meeting.place.text}`);
    }
  }

  // Publication date.
  if (publishedDate) {
    const after = daysBetween(record.meeting.date, publishedDate);
    if (after >= -1 && after <= 7) { score += 1.5; anchored = true; reasons.push(`published ${after <= 0 ? 'the same day' : `${after} day${after > 1 ? 's' : ''} after`}`); }
    else if (after > 7 && after <= 31) score += 0.5;
    else if (after < -1) score -= 4;
    else score -= 1.5;
  }

  if (!anchored || score < ACCEPT - 1) {
    return { record, score: Math.min(score, ACCEPT - 0.5), match: { recordId: record.id, date: record.meeting.date, confidence: 0, reasons } };
  }

  // Topics shared with the record.
  const details = index.detailsOf(record);
  const topics = [...named].filter((id) => {
    const kind = knowledge.get(id)?.kind;
    return (kind === 'system' || kind === 'framework' || kind === 'document') && details.entities.has(id);
  });
  if (topics.length) {
    score += Math.min(1, topics.length * 0.34);
    reasons.push(`topics ${topics.map((t) => knowledge.get(t)?.name ?? t).slice(0, 4).join(', ')}`);
  }

  if (!present.length) score = Math.min(score, ACCEPT - 0.5);
  const confidence = Math.round(Math.min(0.99, Math.max(0, 1 - Math.exp(-Math.max(0, score) / 3))) * 100) / 100;
  return { record, score, match: { recordId: record.id, date: record.meeting.date, confidence, reasons } };
}
