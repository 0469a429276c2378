// Where the official text is in a saved copy: a republication's own headline, intro and sidebar
// around the reproduced text, and a reposted release's banners, navigation and footers, are not
// official text. Works on lines; returns which of them to read.
import { OFFICIAL_PAGE_TITLE, OFFICIAL_TEXT_ENDS, RELEASE_CHROME_LINES, REPUBLICATION_LEADS } from '../lang/official';
import { findDate } from './dates';
import { GAP_MARKER } from './paragraphs';
import { trimAll } from './text';

export interface OfficialRegion {
  /** Index of the first line of official text. */
  from: number;
  /** Index after the last line of official text. */
  to: number;
  /** Lines inside [from, to) that are site furniture. */
  chrome: ReadonlySet<number>;
}

function isRepublicationLead(line: string): boolean {
  // A lead introduces what follows; it states no meeting (no date) itself.
  if (findDate(line)) return false;
  return REPUBLICATION_LEADS.en.some((re) => re.test(line)) || REPUBLICATION_LEADS.ja.some((re) => re.test(line));
}

function isEnd(line: string): boolean {
  return OFFICIAL_TEXT_ENDS.some((re) => re.test(line));
}

/** A line that starts another official page after an end mark (a second release of the same call). */
function startsOfficialPage(line: string): boolean {
  return OFFICIAL_PAGE_TITLE.test(line) && line.length <= 150 && !/[。.]$/u.test(line);
}

export function officialRegion(lines: readonly string[]): OfficialRegion {
  const trimmed = lines.map(trimAll);
  let from = 0;
  // A republisher's lead ("発表内容は以下の通り。") puts the official text after it.
  const lead = trimmed.findIndex((l) => l !== '' && isRepublicationLead(l));
  if (lead >= 0 && trimmed.slice(lead + 1).some((l) => l !== '')) from = lead + 1;

  // After an end mark ("（了）"), the page resumes its own content unless another official page starts.
  let to = lines.length;
  const pageTitles: number[] = [];
  for (let i = from; i < lines.length; i++) {
    if (!isEnd(trimmed[i]!)) continue;
    let next = i + 1;
    while (next < lines.length && trimmed[next] === '') next++;
    if (next >= lines.length) break;
    if (!startsOfficialPage(trimmed[next]!)) {
      to = i + 1;
      break;
    }
    pageTitles.push(next);
  }

  // The title of a second official page is not part of the text of the first.
  const chrome = new Set<number>(pageTitles);
  for (let i = from; i < to; i++) {
    const l = trimmed[i]!;
    if (l !== '' && !GAP_MARKER.test(l) && RELEASE_CHROME_LINES.some((re) => re.test(l))) chrome.add(i);
  }
  return { from, to, chrome };
}
