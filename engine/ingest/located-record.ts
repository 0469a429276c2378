// The record of a meeting found inside a longer official text (U.S. readout, visit report,
// multi-meeting readout): the meeting sentence's facts, the date decided from the clues around
// it, and the section that holds it as the record's paragraphs.
import type { OfficialRecord, Place } from '../../data/schema';
import { CALL_PHRASES_EN, LOCAL_TIME_NOTE } from '../lang/official';
import { detectLanguage } from '../text/script';
import { IngestRefusal } from './errors';
import { TITLE_LINE } from './header';
import { dateLineOf, locateMeeting, toBlocks, type Block, type LocatedMeeting } from './meeting-locator';
import { decideMeetingDate } from './meeting-date';
import { meetingTimeZone } from './meeting-zone';
import { readOpening } from './opening';
import { buildParagraphs } from './paragraphs';
import { resolvePlace } from './place';
import { readParticipants } from './participants';
import { recordBaseId } from './record-id';
import { CANONICAL_TITLES, ministersOf, type ReadContext } from './read-context';

export type LocatedOutcome = { kind: 'record'; record: OfficialRecord } | { kind: 'none'; refusal: IngestRefusal | null };

/** A provisional date for reading titles before the meeting's date is known: the first date line. */
function provisionalDate(blocks: readonly Block[]): string {
  for (const b of blocks) {
    const d = dateLineOf(b.text);
    if (d && d.year !== null) return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  }
  return '9999-12-31';
}

/** Where a visit report says the minister was, when the meeting sentence names no place. */
function placeFromDocument(blocks: readonly Block[], upTo: number, language: 'en' | 'ja', ctx: ReadContext): { place: Place; timeZone: string | null } | null {
  const { gz } = ctx;
  for (const b of blocks.slice(0, upTo + 1)) {
    if (b.gap) continue;
    const phrase = readOpening(b.text, language, (n) => gz.place(n) !== null).place;
    const candidates = phrase ? [phrase] : [];
    // A heading naming an event that has a venue ("The 16th IISS Asia Security Summit").
    if (b.headingLike) candidates.push({ text: b.text, name: b.text });
    for (const c of candidates) {
      const entity = gz.place(c.name);
      if (!entity || entity.level === 'country') continue;
      return resolvePlace(c, gz);
    }
  }
  return null;
}

function titleOf(blocks: readonly Block[], m: LocatedMeeting): string | null {
  // One section of a longer document: its heading names the meeting.
  if (m.heading) return m.heading.text.replace(/^\d{1,2}\.?\s*/, '');
  const before = blocks.slice(0, m.block).filter((b) => b.headingLike && !b.gap && !dateLineOf(b.text));
  return before.find((b) => /^Readout of\b/i.test(b.text) || TITLE_LINE.test(b.text))?.text ?? before[0]?.text ?? null;
}

export function readLocatedMeeting(lines: readonly { n: number; text: string }[], ctx: ReadContext): LocatedOutcome {
  const { gz, opts, account } = ctx;
  const blocks = toBlocks(lines);
  if (blocks.length === 0) return { kind: 'none', refusal: null };
  const found = locateMeeting(blocks, gz, provisionalDate(blocks));
  if (found.kind === 'none') {
    const mm = found.multiMeeting;
    return {
      kind: 'none',
      refusal: mm
        ? new IngestRefusal(mm.line, 'no-minister-meeting',
          `the readout covers several meetings (${mm.others.join(', ')}, ${mm.minister}) and this copy has no paragraph on the one with ${mm.minister}`)
        : null,
    };
  }
  const m = found.meeting;
  const sentenceLine = blocks[m.block]!.n;
  const language = detectLanguage(m.section.map((b) => b.text).join('\n') || m.sentence);
  const stated = m.sentenceDate ?? m.contextDate?.date ?? null;
  const decided = decideMeetingDate({
    stated, today: m.today, documentDate: m.documentDate?.date ?? null, ministers: ministersOf(m.participants, gz),
    supplied: opts.date ?? null, spanStated: m.spanStated, line: sentenceLine,
  });
  const { date } = decided;
  const known = (n: string) => gz.place(n) !== null;
  const facts = readOpening(m.sentence, language, known);
  // Participants as the sentence names them, with titles of that date where it names none.
  const reread = readParticipants(m.sentence, language, date, gz);
  const participants = m.participants.map((p) => reread.find((r) => r.entity !== null && r.entity === p.entity) ?? p);

  const resolved = facts.place ? resolvePlace(facts.place, gz) : m.readout ? null : placeFromDocument(blocks, m.block, language, ctx);
  const intro = blocks.slice(0, m.block).filter((b) => !b.headingLike).map((b) => b.text).join('\n');
  const localTime = facts.localTime || LOCAL_TIME_NOTE[language].some((re) => re.test(intro));
  const title = titleOf(blocks, m);
  const telephone = facts.format === 'in-person' && language === 'en'
    && (CALL_PHRASES_EN.some((re) => re.test(m.sentence)) || (title !== null && /\b(?:call|phone)\b/i.test(title)));
  const format = telephone ? 'telephone' : facts.format;

  const body = m.section.map((b) => ({ n: b.n, text: b.text }));
  if (body.length === 0) body.push({ n: sentenceLine, text: m.sentence });
  const heading = m.heading;
  const numbered = heading?.numbered ? /^(\d{1,2})/.exec(heading.text)?.[1] ?? null : null;
  const { paragraphs } = buildParagraphs(body, heading ? { label: numbered ?? '', title: heading.text.replace(/^\d{1,2}\.?\s*/, '') } : null);
  const dateIso = m.documentDate ? dateLineOf(m.documentDate.text) : null;

  return {
    kind: 'record',
    record: {
      id: recordBaseId(language, date, account),
      language,
      title: title ?? CANONICAL_TITLES[account][language][format],
      sourceUrl: ctx.documentUrl ?? opts.sourceUrl ?? null,
      sourceFile: opts.sourceFile,
      published: dateIso && dateIso.year !== null
        ? `${dateIso.year}-${String(dateIso.month).padStart(2, '0')}-${String(dateIso.day).padStart(2, '0')}` : null,
      meeting: {
        date,
        format,
        start: facts.start,
        timeZone: meetingTimeZone({
          sentence: m.sentence, context: intro, localTime,
          placeCountry: resolved?.place.country ?? null, placeZone: resolved?.timeZone ?? null, account,
        }),
        durationMinutes: facts.durationMinutes,
        place: resolved?.place ?? null,
        participants,
        phrases: {
          date: m.sentenceDate ? facts.phrases.date : m.today ? m.documentDate?.text ?? null : m.contextDate?.text ?? null,
          start: facts.phrases.start,
          duration: facts.phrases.duration,
        },
        dateBasis: decided.basis,
      },
      opening: m.sentence,
      paragraphs,
      partial: (opts.partial ?? false) || paragraphs.some((p) => p.gap),
      publisher: opts.publisher ?? null,
      account,
      excerpt: m.excerpt,
    },
  };
}
