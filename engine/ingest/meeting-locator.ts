// Finds the Japan–U.S. defence ministers' meeting in an official text that does not open with it:
// a U.S. readout ("Secretary ... met today with ..."), a visit report where the meeting is one
// section, a multi-meeting readout (the meeting with the Japanese minister needs its own
// paragraph), a periodical's article. Returns the meeting sentence, the section holding it and
// the date clues around it; deciding the date is left to the caller.
import type { Participant } from '../../data/schema';
import {
  DAY_SPANS, SECTION_HEADINGS, MEETING_HEADING_EN, MEETING_VERBS, OWN_PARAGRAPH_LEADS_EN, READOUT_MARKERS_EN, RELEASE_LINE_PREFIXES,
  SAME_DAY_CUES, SEPARATE_MEETING_CUES, TODAY,
} from '../lang/official';
import { hasJapanese } from '../text/script';
import { dateOnlyLine, findDate, type DateMatch } from './dates';
import type { GazetteerLookup } from './gazetteer-lookup';
import { classifyLine, GAP_MARKER } from './paragraphs';
import { readParticipants } from './participants';
import { JP_DEFENSE_MINISTER_ROLE, JP_DEFENSE_OFFICE, US_DEFENSE_OFFICES, US_DEFENSE_SECRETARY_ROLE } from './roles';
import { endsSentence, firstSentence, trimAll } from './text';

export interface Block {
  /** 1-based line number. */
  n: number;
  text: string;
  /** A short line that is not a sentence: a heading, caption or title. */
  headingLike: boolean;
  /** A numbered section heading ("4. Japan-U.S. Defense Ministerial Meeting (April 28th)"). */
  numbered: boolean;
  gap: boolean;
}

export interface LocatedMeeting {
  /** The sentence stating the meeting, verbatim. */
  sentence: string;
  /** Index into blocks of the sentence's block. */
  block: number;
  /** Blocks the record holds (the sentence's section), the section heading first when there is one. */
  section: Block[];
  /** The section's heading when the record holds one section of a longer document. */
  heading: Block | null;
  /** Short description of the excerpt, or null when the record holds the whole text. */
  excerpt: string | null;
  participants: Participant[];
  /** Date clues in order of authority. */
  sentenceDate: DateMatch | null;
  /** The sentence says "today": the day is the release date. */
  today: boolean;
  /** A date carried from the paragraph ("On May 4, ... Minister Kishi later met ...") or the section heading. */
  contextDate: { date: DateMatch; text: string } | null;
  /** A span of days the document gives for a visit ("From June 3rd to 4th"): no single day. */
  spanStated: boolean;
  /** The first date line of the document above the sentence (release or document date). */
  documentDate: { date: DateMatch; line: number; text: string } | null;
  readout: boolean;
}

export type LocateResult =
  | { kind: 'found'; meeting: LocatedMeeting }
  | { kind: 'none'; multiMeeting: { line: number; others: string[]; minister: string } | null };

const wordList = (words: readonly string[]) => new RegExp(`\\b(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'i');
const MEETING_VERB_EN = wordList(MEETING_VERBS.en);
const TODAY_EN = wordList(TODAY.en);
const SAME_DAY_EN = wordList(SAME_DAY_CUES.en);
const SEPARATE_EN = wordList(SEPARATE_MEETING_CUES.en);
const HEADING_EN = new RegExp(`^(?:${MEETING_HEADING_EN.join('|')})\\s`, 'i');

export function toBlocks(lines: readonly { n: number; text: string }[]): Block[] {
  return lines.map(({ n, text }) => {
    const t = trimAll(text);
    const c = classifyLine(t);
    const gap = c.kind === 'gap';
    const headingLike = !gap && (c.kind === 'heading' || (t.length <= 120 && !endsSentence(t) && !/[。]/u.test(t)));
    return { n, text: t, headingLike, numbered: c.kind === 'heading', gap };
  });
}

export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let rest = text;
  while (trimAll(rest) !== '') {
    const s = firstSentence(trimAll(rest));
    out.push(trimAll(s));
    rest = trimAll(rest).slice(s.length);
  }
  return out;
}

/** A release or document date line, allowing a release number or weekday before the date. */
export function dateLineOf(line: string): DateMatch | null {
  let t = trimAll(line);
  for (let changed = true; changed;) {
    changed = false;
    for (const re of RELEASE_LINE_PREFIXES) {
      const m = re.exec(t);
      if (m) { t = t.slice(m[0].length); changed = true; }
    }
  }
  const d = dateOnlyLine(t);
  return d && d.valid ? d : null;
}

type Side = 'jp' | 'us' | 'other';

function heldOffice(gz: GazetteerLookup, entityId: string | null, offices: readonly string[]): boolean {
  const e = entityId ? gz.byId(entityId) : undefined;
  return !!e && e.titles.some((t) => offices.includes(t.office));
}

function sideOf(p: Participant, gz: GazetteerLookup): Side {
  const bare = /^(?:Minister|Secretary)$/i.test(p.role);
  if (p.country === 'JP' && JP_DEFENSE_MINISTER_ROLE.test(p.role) && (!bare || heldOffice(gz, p.entity, [JP_DEFENSE_OFFICE]))) return 'jp';
  if (p.country === 'US' && US_DEFENSE_SECRETARY_ROLE.test(p.role) && (!bare || heldOffice(gz, p.entity, US_DEFENSE_OFFICES))) return 'us';
  return 'other';
}

function hasMeetingVerb(s: string, ja: boolean): boolean {
  return ja ? MEETING_VERBS.ja.some((w) => s.includes(w)) : MEETING_VERB_EN.test(s);
}

/** The part of a sentence before it turns to other meetings ("…, and held separate discussions with …"). */
function meetingClause(s: string, ja: boolean): string {
  if (ja) {
    const cut = Math.min(...SEPARATE_MEETING_CUES.ja.map((c) => { const i = s.indexOf(c); return i <= 0 ? s.length : i; }));
    return s.slice(0, cut);
  }
  const m = SEPARATE_EN.exec(s);
  return m ? s.slice(0, m.index) : s;
}

/** The date of a heading (or of the heading above it) when a section is dated there. */
function headingDate(blocks: readonly Block[], at: number): { date: DateMatch; text: string } | null {
  for (let i = at - 1; i >= 0; i--) {
    const b = blocks[i]!;
    if (!b.headingLike) return null;
    const d = findDate(b.text);
    if (d) return { date: d, text: b.text.slice(d.start, d.end) };
    if (b.numbered) return null;
  }
  return null;
}

/** A range of days stated for a visit or event ("From June 3rd to 4th", "May 3-5", 「5月2日から5月4日まで」). */
function statesSpan(text: string): boolean {
  return DAY_SPANS.some((re) => re.test(text));
}

function startsDated(text: string): boolean {
  const d = findDate(text);
  return (!!d && d.start === 0) || /^On\s/.test(text) && !!d && d.start < 12;
}

/** Where the meeting's section ends: the next section of the same kind. */
function sectionOf(blocks: readonly Block[], at: number, readout: boolean): { section: Block[]; heading: Block | null } {
  if (readout) return { section: blocks.slice(at), heading: null };
  const numbered = blocks.slice(0, at).map((b, i) => ({ b, i })).filter(({ b }) => b.numbered).pop();
  if (numbered) {
    let end = blocks.findIndex((b, i) => i > at && b.numbered);
    if (end < 0) end = blocks.length;
    return { section: blocks.slice(numbered.i + 1, end).filter((b) => !b.headingLike), heading: numbered.b };
  }
  // A heading naming the meeting ("Meeting with U.S. Secretary of Defense …") above the sentence.
  for (let i = at - 1; i >= 0; i--) {
    const b = blocks[i]!;
    if (!b.headingLike) break;
    if (HEADING_EN.test(b.text)) {
      let end = blocks.findIndex((x, k) => k > at && x.headingLike && SECTION_HEADINGS.test(x.text));
      if (end < 0) end = blocks.length;
      return { section: blocks.slice(i + 1, end).filter((x) => !x.headingLike), heading: b };
    }
  }
  // Dated paragraphs as sections ("5月2日(木)、…会談し…"): up to the next dated paragraph.
  if (startsDated(blocks[at]!.text) && blocks.some((b, i) => i !== at && !b.headingLike && startsDated(b.text))) {
    let end = blocks.findIndex((b, i) => i > at && (b.numbered || (!b.headingLike && startsDated(b.text))));
    if (end < 0) end = blocks.length;
    return { section: blocks.slice(at, end).filter((x) => !x.headingLike || x.gap), heading: null };
  }
  return { section: blocks.slice(at).filter((x) => !x.headingLike || x.gap), heading: null };
}

interface Candidate {
  block: number;
  sentence: string;
  participants: Participant[];
  headingOnly: boolean;
}

/** The subject minister of a visit report: the first Japanese defence minister the document names. */
function subjectMinister(blocks: readonly Block[], ja: boolean, date: string, gz: GazetteerLookup): Participant | null {
  for (const b of blocks) {
    if (b.headingLike) continue;
    for (const s of sentencesOf(b.text)) {
      const jp = readParticipants(s, ja ? 'ja' : 'en', date, gz).find((p) => sideOf(p, gz) === 'jp');
      if (jp) return jp;
    }
  }
  return null;
}

export function locateMeeting(blocks: readonly Block[], gz: GazetteerLookup, provisionalDate: string): LocateResult {
  const ja = hasJapanese(blocks.map((b) => b.text).join(''));
  const language = ja ? 'ja' : 'en';
  const readout = blocks.some((b) => READOUT_MARKERS_EN.some((re) => re.test(b.text)));
  let multiMeeting: { line: number; others: string[]; minister: string } | null = null;
  let found: Candidate | null = null;

  for (let i = 0; i < blocks.length && !found; i++) {
    const b = blocks[i]!;
    if (b.gap) continue;
    if (b.headingLike) {
      // "Meeting with U.S. Secretary of Defense James Mattis" in a report on the minister's trip.
      if (!HEADING_EN.test(b.text)) continue;
      const named = readParticipants(b.text, language, provisionalDate, gz);
      if (named.length !== 1 || sideOf(named[0]!, gz) !== 'us') continue;
      const subject = subjectMinister(blocks, ja, provisionalDate, gz);
      if (!subject) continue;
      const body = blocks.findIndex((x, k) => k > i && !x.headingLike && !x.gap);
      if (body < 0) continue;
      found = { block: body, sentence: b.text, participants: [subject, named[0]!], headingOnly: true };
      break;
    }
    for (const s of sentencesOf(b.text)) {
      if (!hasMeetingVerb(s, ja)) continue;
      const clause = meetingClause(s, ja);
      const people = readParticipants(clause, language, provisionalDate, gz);
      const jp = people.filter((p) => sideOf(p, gz) === 'jp');
      const us = people.filter((p) => sideOf(p, gz) === 'us');
      if (jp.length === 0 || us.length === 0) continue;
      const others = people.filter((p) => sideOf(p, gz) === 'other');
      if (others.some((p) => p.country !== 'JP' && p.country !== 'US')) continue; // a trilateral or wider meeting
      if (others.some((p) => p.country === 'US')) continue; // both governments' pairs: a "2+2"
      if (others.length > 0) {
        // One readout of several meetings: the one with the defence minister needs its own paragraph.
        const own = blocks.findIndex((x, k) => k > i && !x.headingLike && OWN_PARAGRAPH_LEADS_EN.some((l) => x.text.toLowerCase().startsWith(l))
          && readParticipants(firstSentence(x.text), language, provisionalDate, gz).some((p) => p.entity !== null && p.entity === jp[0]!.entity));
        if (own < 0) {
          multiMeeting ??= { line: b.n, others: others.map((p) => `${p.role} ${p.name}`), minister: `${jp[0]!.role} ${jp[0]!.name}` };
          continue;
        }
        found = { block: own, sentence: s, participants: [jp[0]!, us[0]!], headingOnly: false };
        break;
      }
      found = { block: i, sentence: s, participants: [jp[0]!, us[0]!], headingOnly: false };
      break;
    }
  }
  if (!found) return { kind: 'none', multiMeeting };

  const at = found.block;
  const { section, heading } = sectionOf(blocks, at, readout);
  const sentence = found.sentence;
  const sentenceDate = found.headingOnly ? null : findDate(sentence);
  const today = !sentenceDate && (ja ? TODAY.ja.some((w) => sentence.includes(w)) : TODAY_EN.test(sentence));

  // A date carried from earlier in the paragraph ("On May 4, … later met …") or from the section heading.
  let contextDate: LocatedMeeting['contextDate'] = null;
  if (!sentenceDate && !today) {
    const block = blocks[at]!;
    const before = found.headingOnly ? [] : sentencesOf(block.text).slice(0, sentencesOf(block.text).indexOf(sentence));
    const sameDay = ja ? SAME_DAY_CUES.ja.some((w) => sentence.includes(w)) : SAME_DAY_EN.test(sentence);
    for (const s of [...before].reverse()) {
      const d = findDate(s);
      if (d && !statesSpan(s) && sameDay) { contextDate = { date: d, text: s.slice(d.start, d.end) }; break; }
    }
    const headingAt = heading ? blocks.indexOf(heading) + 1 : at;
    contextDate ??= headingDate(blocks, headingAt);
  }
  const spanStated = blocks.slice(0, at + 1).some((b) => statesSpan(b.text));

  const sentenceLine = blocks[at]!.n;
  let documentDate: LocatedMeeting['documentDate'] = null;
  for (const b of blocks) {
    if (b.n >= sentenceLine) break;
    const d = dateLineOf(b.text);
    if (d) { documentDate = { date: d, line: b.n, text: b.text }; break; }
  }
  const whole = !heading && section.length >= blocks.filter((b) => !b.headingLike || b.gap).length - 1;
  const excerpt = heading ? heading.text : whole || readout ? null : sentencesOf(section[0]!.text)[0] ?? null;
  return {
    kind: 'found',
    meeting: {
      sentence, block: at, section, heading, excerpt, participants: found.participants, sentenceDate, today, contextDate, spanStated, documentDate, readout,
    },
  };
}

export { GAP_MARKER };
