// Decides which official record a page is about, from the dates, weekdays, people, places and
// topics its meeting claims mention, read against the publication date. "None" is an answer.
import type { OfficialRecord } from '../data/schema';
import type { MeetingMatch, MeetingReason } from './report';
import { reasonText } from './meeting-reasons';
import type { ClaimFacts } from './claims';
import type { Knowledge } from './knowledge';
import type { AliasHit } from './matcher';
import type { RecordIndex } from './record-index';
import { addDays } from './text/calendar';
import { resolveDate } from './dates';
import {
  anotherMeetingSignal, dateSignal, isPreview, peopleSignal, placeSignal, presentParticipants, publicationSignal, topicsSignal,
  type MeetingSignal, type SignalInput, type SignalResult,
} from './meeting-signals';

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
  /** Whether two records are documents of one meeting (they never compete with each other). */
  sameMeeting: (a: OfficialRecord, b: OfficialRecord) => boolean = (a, b) => a === b,
): Resolution | null {
  const meetingClaims = claims.filter((c) => c.meeting && !c.elsewhere);
  const candidates = candidateRecords(meetingClaims, publishedDate, pageMentions, index);
  const scored = [...candidates].map((record) => scoreRecord(record, meetingClaims, pageMentions, publishedDate, index, knowledge));
  let best: Resolution | null = null;
  for (const s of scored) if (!best || s.score > best.score) best = s;
  let runnerUp = -Infinity;
  for (const s of scored) if (best && !sameMeeting(s.record, best.record)) runnerUp = Math.max(runnerUp, s.score);
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
  if (publishedDate) {
    // A preview is published before its meeting: look up to two weeks ahead.
    const ahead = isPreview(claims) ? 14 : 1;
    index.between(addDays(publishedDate, -31), addDays(publishedDate, ahead)).forEach((r) => out.add(r));
  }
  if (out.size === 0 && !publishedDate) {
    // No dates at all: any record of the people the page names.
    const people = new Set(mentions.map((m) => m.entity));
    for (const r of index.all()) {
      if (r.meeting.participants.some((p) => p.entity && people.has(p.entity))) out.add(r);
    }
  }
  return out;
}

/** Signals that can tie a page to a meeting, in the order their reasons are shown. */
const ANCHORING_SIGNALS: readonly MeetingSignal[] = [dateSignal, peopleSignal, placeSignal, publicationSignal, anotherMeetingSignal];

function scoreRecord(
  record: OfficialRecord,
  claims: readonly ClaimFacts[],
  mentions: readonly AliasHit[],
  publishedDate: string | null,
  index: RecordIndex,
  knowledge: Knowledge,
): Resolution {
  const input: SignalInput = { record, claims, named: new Set(mentions.map((m) => m.entity)), publishedDate, index, knowledge };
  const why: MeetingReason[] = [];
  let score = 0;
  // Something must tie the page to this meeting in time or space, or it could be any of them.
  let anchored = false;
  const add = (result: SignalResult) => {
    score += result.score;
    anchored ||= result.anchors;
    if (result.reason) why.push(result.reason);
  };
  const match = (confidence: number): MeetingMatch => ({ recordId: record.id, date: record.meeting.date, confidence, reasons: why.map(reasonText), why });
  ANCHORING_SIGNALS.forEach((signal) => add(signal(input)));
  if (!anchored || score < ACCEPT - 1) return { record, score: Math.min(score, ACCEPT - 0.5), match: match(0) };
  add(topicsSignal(input));
  // Without one of its participants named, a page is never sure to be about this meeting.
  if (!presentParticipants(record, input.named, knowledge).length) score = Math.min(score, ACCEPT - 0.5);
  const confidence = Math.round(Math.min(0.99, Math.max(0, 1 - Math.exp(-Math.max(0, score) / 3))) * 100) / 100;
  return { record, score, match: match(confidence) };
}
