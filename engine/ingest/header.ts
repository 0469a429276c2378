// The lines above the opening sentence: document date, "Source: URL", title, boilerplate
// ("Ministry of Defense", 「英語版/English」) and where the opening sentence starts.
import { dateOnlyLine, looksLikeBrokenDateLine, toIsoDate, type DateMatch } from './dates';
import { IngestError } from './errors';
import { openingKind } from './opening';
import { classifyLine, type OpeningSection } from './paragraphs';
import { endsSentence, trimAll } from './text';
import { scanText } from '../text/width';
import { DATE_LABEL, EXPECTED_EXAMPLES, HEADER_BOILERPLATE, SOURCE_LINE, SUMMARY_TITLE_LINE } from '../lang/official';

export const OPENING_EXPECTED = EXPECTED_EXAMPLES.opening;
export const MEETING_DATE_EXPECTED = EXPECTED_EXAMPLES.meetingDate;
const DOCUMENT_DATE_EXPECTED = EXPECTED_EXAMPLES.documentDate;

/** Lines under or around the date that carry no content. */
export const BOILERPLATE = HEADER_BOILERPLATE;
/** A title line of a ministerial summary. */
export const TITLE_LINE = SUMMARY_TITLE_LINE;

export interface Header {
  published: { date: DateMatch; iso: string; line: number } | null;
  sourceUrl: string | null;
  /** The first title line, verbatim. */
  title: string | null;
  /** Other short lines above the opening (a heading when there is no title line). */
  headings: string[];
  /** Index into `lines` of the opening sentence. */
  openingIndex: number;
  /** A section heading directly above the opening sentence ("1 Overview"), if any. */
  openingSection: (OpeningSection & { line: number }) | null;
}

/** Reads lines up to the opening sentence; throws IngestError when the opening is not there. */
export function readHeader(lines: readonly string[]): Header {
  const header: Header = { published: null, sourceUrl: null, title: null, headings: [], openingIndex: -1, openingSection: null };
  let firstUnknown: number | null = null;
  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const line = trimAll(lines[i]!);
    if (line === '') continue;
    const source = SOURCE_LINE.exec(scanText(line));
    if (source) {
      const url = line.slice(line.length - source[1]!.length);
      // A record's address must be one (OfficialRecordSchema checks it): a mangled one is refused here, with its line.
      if (!URL.canParse(url)) throw new IngestError(n, 'a web address after "Source:"', `"${url.slice(0, 80)}" is not one`);
      header.sourceUrl ??= url;
      continue;
    }
    const date = dateOnlyLine(line.replace(DATE_LABEL, ''));
    if (date) {
      if (!date.valid) throw new IngestError(n, DOCUMENT_DATE_EXPECTED, `"${line}" is not a calendar date`);
      header.published ??= { date, iso: toIsoDate(date.year!, date.month, date.day), line: n };
      continue;
    }
    if (looksLikeBrokenDateLine(line)) throw new IngestError(n, DOCUMENT_DATE_EXPECTED, `cannot read "${line}"`);
    if (BOILERPLATE.test(line)) continue;
    const opening = openingKind(line);
    if (opening === 'dated') {
      header.openingIndex = i;
      return header;
    }
    if (opening === 'undated') throw new IngestError(n, MEETING_DATE_EXPECTED);
    if (TITLE_LINE.test(line) && line.length <= 150) {
      header.title ??= line;
      continue;
    }
    // Some summaries put "1 Overview" above the opening sentence; a second heading, a numbered
    // paragraph or a sentence means the body started without one.
    const c = classifyLine(line);
    if (c.kind === 'heading' && !header.openingSection) {
      header.openingSection = { label: c.label!, title: c.title, line: n };
      continue;
    }
    if (c.kind === 'heading' || c.kind === 'numbered' || endsSentence(line) || line.length > 150) {
      throw new IngestError(n, OPENING_EXPECTED);
    }
    firstUnknown ??= n;
    header.headings.push(line);
  }
  if (lines.every((l) => trimAll(l) === '')) throw new IngestError(1, OPENING_EXPECTED, 'the file is empty');
  throw new IngestError(firstUnknown ?? header.openingSection?.line ?? lines.length + 1, OPENING_EXPECTED, 'no opening sentence found');
}
