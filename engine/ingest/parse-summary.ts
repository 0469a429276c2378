// parseOfficialSummary: an official text of a Japan–U.S. defence ministers' meeting or call (a
// Japan MoD summary, telephone-talk release or visit report, a U.S. DoD readout, or a verbatim
// republication of one; text or saved HTML, English or Japanese) → an OfficialRecord, or an
// IngestError / IngestRefusal saying why not. Pure: no DOM, no Node, no browser APIs.
import type { Account, Entity, OfficialRecord, Participant } from '../../data/schema';
import { ACCOUNT_OF_PUBLISHER, LOCAL_TIME_NOTE, READOUT_MARKERS_EN } from '../lang/official';
import { isValidDate } from './dates';
import { INGEST_EXPECTED, IngestError, IngestRefusal } from './errors';
import { lookupGazetteer, type GazetteerLookup } from './gazetteer-lookup';
import { BOILERPLATE, MEETING_DATE_EXPECTED, OPENING_EXPECTED, readHeader, type Header } from './header';
import { looksLikeHtml, readHtml } from './html-to-text';
import { readLocatedMeeting } from './located-record';
import { CANONICAL_TITLES, ministersOf, type ParseOptions, type ReadContext } from './read-context';
import { decideMeetingDate } from './meeting-date';
import { meetingTimeZone } from './meeting-zone';
import { officialRegion } from './official-region';
import { readOpening, type MeetingFormat } from './opening';
import { BODY_BOILERPLATE, buildParagraphs, type SourceLine } from './paragraphs';
import { readParticipants } from './participants';
import { resolvePlace } from './place';
import { JP_DEFENSE_MINISTER_ROLE, US_DEFENSE_SECRETARY_ROLE } from './roles';
import { recordBaseId } from './record-id';
import { firstSentence, trimAll } from './text';
import { detectLanguage } from '../text/script';

export { IngestError, IngestRefusal } from './errors';

export type { ParseOptions } from './read-context';

/** A Japan–U.S. defence ministers' meeting: Japan's defence minister and the U.S. secretary. */
export function isJapanUsDefenseMeeting(participants: readonly Participant[]): boolean {
  return participants.some((p) => p.country === 'JP' && JP_DEFENSE_MINISTER_ROLE.test(p.role))
    && participants.some((p) => p.country === 'US' && US_DEFENSE_SECRETARY_ROLE.test(p.role));
}

function titleOf(header: Header, language: 'en' | 'ja', format: MeetingFormat, participants: readonly Participant[], openingLine: number, account: Account): string {
  if (header.title) return header.title;
  if (isJapanUsDefenseMeeting(participants)) return CANONICAL_TITLES[account][language][format];
  if (header.headings[0]) return header.headings[0];
  throw new IngestError(openingLine, INGEST_EXPECTED.titleLine);
}

/** Reduces HTML to text (and its canonical URL); plain text passes through. */
function readContent(content: string): { text: string; url: string | null } {
  if (!looksLikeHtml(content)) return { text: content.replace(/^\ufeff/, ''), url: null };
  const doc = readHtml(content);
  return { text: doc.text, url: doc.url };
}

/** Whose account the text is: from its publisher or address, else a readout's own words. */
export function accountOf(publisher: string | null, url: string | null, lines: readonly string[]): Account {
  for (const s of [publisher, url]) {
    const hit = s ? ACCOUNT_OF_PUBLISHER.find((a) => a.pattern.test(s)) : undefined;
    if (hit) return hit.account;
  }
  return lines.some((l) => READOUT_MARKERS_EN.some((re) => re.test(trimAll(l)))) ? 'us-dod' : 'japan-mod';
}

/** A plain summary: header lines, then the opening sentence with who, when and where. */
function readSummary(lines: readonly string[], ctx: ReadContext): OfficialRecord {
  const { gz, opts, account } = ctx;
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
  const provisional = readParticipants(opening, language, header.published?.iso ?? '9999-12-31', gz);
  const decided = decideMeetingDate({
    stated: facts.date, today: false, documentDate: header.published?.date ?? null, ministers: ministersOf(provisional, gz),
    supplied: opts.date ?? null, spanStated: false, line: introLine,
  });
  const { date } = decided;
  if (!isValidDate(Number(date.slice(0, 4)), facts.date.month, facts.date.day)) {
    throw new IngestError(introLine, MEETING_DATE_EXPECTED, `${date} is not a calendar date`);
  }

  const participants = readParticipants(opening, language, date, gz);
  if (participants.length === 0) {
    throw new IngestError(introLine, INGEST_EXPECTED.participants);
  }
  const resolved = facts.place ? resolvePlace(facts.place, gz) : null;
  const localTime = facts.localTime || LOCAL_TIME_NOTE[language].some((re) => re.test(lines.slice(0, header.openingIndex).join('\n')));

  return {
    id: recordBaseId(language, date, account),
    language,
    title: titleOf(header, language, facts.format, participants, introLine, account),
    sourceUrl: header.sourceUrl ?? ctx.documentUrl ?? opts.sourceUrl ?? null,
    sourceFile: opts.sourceFile,
    published: header.published?.iso ?? null,
    meeting: {
      date,
      format: facts.format,
      start: facts.start,
      timeZone: meetingTimeZone({
        sentence: opening, context: '', localTime, placeCountry: resolved?.place.country ?? null, placeZone: resolved?.timeZone ?? null, account,
      }),
      durationMinutes: facts.durationMinutes,
      place: resolved?.place ?? null,
      participants,
      phrases: facts.phrases,
      dateBasis: decided.basis,
    },
    opening,
    paragraphs,
    partial: (opts.partial ?? false) || paragraphs.some((p) => p.gap),
    publisher: opts.publisher ?? null,
    account,
    excerpt: null,
  };
}

/**
 * Parses an official text. Line numbers in errors are 1-based lines of the text (for HTML, of
 * the text reduced from it). Throws IngestError on input it cannot read and IngestRefusal on a
 * text that holds no meeting it can state without guessing.
 */
export function parseOfficialSummary(content: string, opts: ParseOptions): OfficialRecord {
  const gz: GazetteerLookup = lookupGazetteer(opts.gazetteer);
  const { text, url: documentUrl } = readContent(content);
  const all = text.split(/\r\n|\r|\n/);
  // Only the official text is read: a republication's page and a repost's furniture are blanked.
  const region = officialRegion(all);
  const lines = all.map((l, i) => (i < region.from || i >= region.to || region.chrome.has(i) ? '' : l));
  const account = accountOf(opts.publisher ?? null, opts.sourceUrl ?? documentUrl, lines);
  const ctx: ReadContext = { gz, opts, account, documentUrl };

  let summaryError: IngestError | null = null;
  try {
    const record = readSummary(lines, ctx);
    if (isJapanUsDefenseMeeting(record.meeting.participants)) return record;
  } catch (e) {
    // Only a text without a summary's opening is read another way; a broken date stays an error.
    if (!(e instanceof IngestError) || e instanceof IngestRefusal || e.expected !== OPENING_EXPECTED) throw e;
    summaryError = e;
  }
  const source = lines
    .map((t, i) => ({ n: i + 1, text: t }))
    .filter(({ text: t }) => { const s = trimAll(t); return s !== '' && !BODY_BOILERPLATE.test(s) && !BOILERPLATE.test(s); });
  const located = readLocatedMeeting(source, ctx);
  if (located.kind === 'record') return located.record;
  if (located.refusal) throw located.refusal;
  if (summaryError) throw summaryError;
  throw new IngestRefusal(source[0]?.n ?? 1, 'no-minister-meeting', 'no sentence states a meeting of the Japanese defence minister with the U.S. defence secretary');
}
