// parseOfficialSummary: an official MoD meeting summary (text or saved HTML, English or
// Japanese) → an OfficialRecord. Pure: no DOM, no Node, no browser APIs.
import type { Entity, OfficialRecord, Participant } from '../../data/schema';
import { inferYear, isValidDate, toIsoDate } from './dates';
import { IngestError } from './errors';
import { lookupGazetteer, type GazetteerLookup } from './gazetteer-lookup';
import { MEETING_DATE_EXPECTED, readHeader, type Header } from './header';
import { looksLikeHtml, readHtml } from './html-to-text';
import { readOpening, type MeetingFormat } from './opening';
import { BODY_BOILERPLATE, buildParagraphs, type SourceLine } from './paragraphs';
import { readParticipants } from './participants';
import { resolvePlace } from './place';
import { recordBaseId } from './record-id';
import { firstSentence, trimAll } from './text';
import { detectLanguage } from '../text/script';

export { IngestError } from './errors';

export interface ParseOptions {
  /** File name under data/sources the record is generated from (recorded as sourceFile). */
  sourceFile: string | null;
  /** URL of the official page, used when the document does not name one itself. */
  sourceUrl?: string | null;
  gazetteer: readonly Entity[];
}

const CANONICAL_TITLES: Record<'en' | 'ja', Record<MeetingFormat, string>> = {
  en: {
    'in-person': 'Japan-U.S. Defense Ministerial Meeting (Summary)',
    telephone: 'Japan-U.S. Defense Ministerial Telephone Talk (Summary)',
    video: 'Japan-U.S. Defense Ministerial Video Teleconference (Summary)',
  },
  ja: {
    'in-person': '日米防衛相会談（概要）',
    telephone: '日米防衛相電話会談（概要）',
    video: '日米防衛相テレビ会談（概要）',
  },
};

const JP_DEFENSE_MINISTER = /Defen[cs]e Minister|Minister of Defen[cs]e|^Minister$|防衛大臣|防衛相/u;
const US_DEFENSE_SECRETARY = /Secretary of (?:Defense|War)|(?:Defense|War) Secretary|^Secretary$|国防長官|戦争長官/u;

/** A Japan–U.S. defence ministers' meeting: Japan's defence minister and the U.S. secretary. */
function isJapanUsDefenseMeeting(participants: readonly Participant[]): boolean {
  return participants.some((p) => p.country === 'JP' && JP_DEFENSE_MINISTER.test(p.role))
    && participants.some((p) => p.country === 'US' && US_DEFENSE_SECRETARY.test(p.role));
}

function titleOf(header: Header, language: 'en' | 'ja', format: MeetingFormat, participants: readonly Participant[], openingLine: number): string {
  if (header.title) return header.title;
  if (isJapanUsDefenseMeeting(participants)) return CANONICAL_TITLES[language][format];
  if (header.headings[0]) return header.headings[0];
  throw new IngestError(openingLine, 'a title line such as "Japan-U.S. Defense Ministerial Meeting (Summary)" above the opening sentence');
}

/** Time zone of the start time: the place's with "(local time)", else Tokyo unless the place is abroad. */
function timeZoneOf(localTime: boolean, placeCountry: string | null, placeZone: string | null): string | null {
  if (localTime) return placeZone;
  if (placeCountry === null || placeCountry === 'JP') return 'Asia/Tokyo';
  return placeZone;
}

/** Reduces HTML to text (and its canonical URL); plain text passes through. */
function readContent(content: string): { text: string; url: string | null } {
  if (!looksLikeHtml(content)) return { text: content.replace(/^\ufeff/, ''), url: null };
  const doc = readHtml(content);
  return { text: doc.text, url: doc.url };
}

/**
 * Parses an official summary. Line numbers in errors are 1-based lines of the text (for HTML,
 * of the text reduced from it). Throws IngestError on input it cannot read.
 */
export function parseOfficialSummary(content: string, opts: ParseOptions): OfficialRecord {
  const gz: GazetteerLookup = lookupGazetteer(opts.gazetteer);
  const { text, url: htmlUrl } = readContent(content);
  const lines = text.split(/\r\n|\r|\n/);
  const header = readHeader(lines);

  const body: SourceLine[] = [];
  for (let i = header.openingIndex; i < lines.length; i++) {
    const t = trimAll(lines[i]!);
    if (t !== '' && !BODY_BOILERPLATE.test(t)) body.push({ n: i + 1, text: lines[i]! });
  }
  const { paragraphs, introLine, intro } = buildParagraphs(body, header.openingSection);
  const language = detectLanguage(paragraphs.map((p) => p.text).join('\n'));

  const opening = trimAll(firstSentence(intro));
  const facts = readOpening(opening, language, (name) => gz.place(name) !== null);
  if (!facts.date) throw new IngestError(introLine, MEETING_DATE_EXPECTED);
  const published = header.published;
  let year = facts.date.year;
  if (year === null) {
    if (!published) throw new IngestError(introLine, 'a year in the opening sentence or a document date line above it');
    year = inferYear(facts.date.month, facts.date.day, published.date as { year: number; month: number; day: number });
  }
  if (!isValidDate(year, facts.date.month, facts.date.day)) {
    throw new IngestError(introLine, MEETING_DATE_EXPECTED, `${year}-${facts.date.month}-${facts.date.day} is not a calendar date`);
  }
  const date = toIsoDate(year, facts.date.month, facts.date.day);

  const participants = readParticipants(opening, language, date, gz);
  if (participants.length === 0) {
    throw new IngestError(introLine, 'the participants in the opening sentence, e.g. "Defense Minister Koizumi and War Secretary Hegseth"');
  }
  const resolved = facts.place ? resolvePlace(facts.place, gz) : null;

  return {
    id: recordBaseId(language, date),
    language,
    title: titleOf(header, language, facts.format, participants, introLine),
    sourceUrl: header.sourceUrl ?? htmlUrl ?? opts.sourceUrl ?? null,
    sourceFile: opts.sourceFile,
    published: published?.iso ?? null,
    meeting: {
      date,
      format: facts.format,
      start: facts.start,
      timeZone: timeZoneOf(facts.localTime, resolved?.place.country ?? null, resolved?.timeZone ?? null),
      durationMinutes: facts.durationMinutes,
      place: resolved?.place ?? null,
      participants,
      phrases: facts.phrases,
    },
    opening,
    paragraphs,
    partial: paragraphs.some((p) => p.gap),
  };
}
