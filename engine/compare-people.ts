// Compares who met, and in what role, with the official record: a different minister is a
// conflict; a title the person did not hold on the day, or not the record's, is a minor flag.
import type { Flag } from './report';
import type { Participant } from '../data/schema';
import type { ClaimFacts } from './claims';
import type { CompareContext } from './compare-meeting';
import type { AliasHit } from './matcher';
import { anyOf, cueRegex } from './text/patterns';
import { en } from './lang/en';
import { ja } from './lang/ja';

const NOT_A_PARTICIPANT = cueRegex(en.formerCues, ja.formerCues);

/** The opening's words for one participant ("War Secretary Hegseth"), or for all of them. */
/** How the record names a participant: ingest's verbatim phrase, else its role and name. */
function participantPhrase(participant: Participant): string {
  return participant.phrase ?? `${participant.role} ${participant.name}`;
}

export function compareParticipants(claim: ClaimFacts, ctx: CompareContext): Flag[] {
  const { record } = ctx.details;
  const participants = record.meeting.participants;
  const ids = new Set(participants.map((p) => p.entity));
  const sentence = ctx.text.slice(claim.sentence.start, claim.sentence.end);
  if (NOT_A_PARTICIPANT.test(sentence)) return [];
  const flags: Flag[] = [];
  for (const m of claim.people) {
    if (ids.has(m.entity) || ctx.knowledge.roleOf(m.entity, record.meeting.date) !== 'defense-chief') continue;
    const country = ctx.knowledge.get(m.entity)?.country;
    const counterpart = participants.find((p) => p.country === country);
    if (!counterpart || claim.people.some((o) => o.entity === counterpart.entity)) continue;
    const name = ctx.knowledge.get(m.entity)?.name ?? ctx.text.slice(m.start, m.end);
    flags.push({
      field: 'participant', severity: 'major',
      article: ctx.text.slice(m.start, m.end),
      official: participantPhrase(counterpart),
      explanation: `The official summary names ${counterpart.role} ${counterpart.name} at this meeting, not ${name}.`,
    });
  }
  return flags;
}

const GAP_BEFORE_NAME = new RegExp(`^[\\s,]*(?:${anyOf(en.qualifiersBeforeName)}\\s*)*[\\s,]*$`, 'i');
// Japanese lists names with 、 and ・ between them.
const GAP_AFTER_NAME = new RegExp(`^[\\s,\u3001\u30fb]*(?:(?:${anyOf(en.qualifiersAfterName)}|${anyOf(ja.qualifiersAfterName)})\\s*)*$`, 'i');

/** The title word(s) written right next to a person's name, if any. */
function titleNextTo(person: AliasHit, offices: readonly AliasHit[], text: string): AliasHit | null {
  for (const o of offices) {
    if (o.end <= person.start && person.start - o.end <= 24 && GAP_BEFORE_NAME.test(text.slice(o.end, person.start))) return o;
    if (o.start >= person.end && o.start - person.end <= 12 && GAP_AFTER_NAME.test(text.slice(person.end, o.start))) return o;
  }
  return null;
}

export function compareTitles(claim: ClaimFacts, ctx: CompareContext): Flag[] {
  const { record } = ctx.details;
  const date = record.meeting.date;
  const flags: Flag[] = [];
  for (const person of claim.people) {
    const participant = record.meeting.participants.find((p) => p.entity === person.entity);
    if (!participant) continue;
    const title = titleNextTo(person, claim.offices, ctx.text);
    if (!title) continue;
    const terms = ctx.knowledge.termsOn(person.entity, date);
    const recordOffice = ctx.details.participantOffices.get(person.entity);
    const official = participantPhrase(participant);
    const article = ctx.text.slice(Math.min(title.start, person.start), Math.max(title.end, person.end));
    const personName = ctx.knowledge.get(person.entity)?.name ?? participant.name;
    if (!terms.some((t) => t.office === title.entity)) {
      const held = terms.map((t) => t.title).join(' / ') || participant.role;
      // Another name of the office held ("Defense Secretary" for the Secretary of War) is minor;
      // an office of another kind ("Foreign Minister Kono" when he ran defence) is a conflict.
      const roleOf = (office: string) => (ctx.knowledge.get(office) as { role?: string } | undefined)?.role;
      const titleRole = roleOf(title.entity);
      const otherKind = terms.length > 0 && titleRole !== undefined && terms.every((t) => roleOf(t.office) !== titleRole);
      flags.push({
        field: 'title', severity: otherKind ? 'major' : 'minor', article, official,
        explanation: `On ${date} ${personName} was ${held}, not ${ctx.knowledge.get(title.entity)?.name ?? 'what the article calls him'}.`,
      });
    } else if (recordOffice && recordOffice !== title.entity && terms.some((t) => t.office === recordOffice)) {
      flags.push({
        field: 'title', severity: 'minor', article, official,
        explanation: `Both titles were correct on ${date}; the official summary uses ${ctx.knowledge.get(recordOffice)?.name ?? participant.role}.`,
      });
    }
  }
  return flags;
}
