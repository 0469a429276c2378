// Sectioning of a page's text, pure: an article is analysed whole; a giant page (far longer than
// any article) in sections of about SECTION characters, each read after the page's lede so the
// meeting the page is about (date, place, people named at the top) is known to every section.
// Sections are cut from the top, so text appended at the end changes only the last sections:
// unchanged sections are never analysed again. No DOM here (tests/unit/sections.test.ts).
import type { Report } from '../../engine/report';
import { flat } from '../../utils/string-pool';

export interface SectionLimits {
  /** Texts longer than this are analysed in sections (~10,000 words). */
  sectionedFrom: number;
  /** Characters per section (one engine call each). */
  section: number;
  /** Characters of the page's top read before every later section. */
  lede: number;
}

export const DEFAULT_LIMITS: SectionLimits = { sectionedFrom: 60_000, section: 20_000, lede: 1_500 };

export interface Section {
  /** [start, end) in the page text. */
  start: number;
  end: number;
  /**
   * Length of the lede the engine reads before the section's own text (0 for the first section
   * or a whole page). Sections hold no text of their own: inputs are made when sent.
   */
  prefix: number;
}

export interface SectionPlan {
  sections: Section[];
  /** The page's top, read before every later section ('' for a page read whole). */
  lede: string;
}

/** The part of a report that belongs to one section, in page-text offsets. */
export interface SectionResult {
  start: number;
  end: number;
  language: Report['language'];
  meeting: Report['meeting'];
  mentions: Report['mentions'];
  claims: Report['claims'];
}

/** [start, end) pieces of at most `size` characters, cut where the text allows. */
export function sectionsOf(text: string, size: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      // After a block separator if there is one, else after a sentence, else after a word.
      const floor = start + (end - start) / 2;
      const cut = [text.lastIndexOf('\n', end), text.lastIndexOf('. ', end), text.lastIndexOf(' ', end)].find((i) => i > floor);
      if (cut !== undefined) end = cut + 1;
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}

/** How the engine reads the page text: whole, or section by section after the lede. */
export function planSections(text: string, limits: SectionLimits = DEFAULT_LIMITS): SectionPlan {
  if (text.length <= limits.sectionedFrom) {
    return { sections: text.length ? [{ start: 0, end: text.length, prefix: 0 }] : [], lede: '' };
  }
  const pieces = sectionsOf(text, limits.section);
  const ledeEnd = sectionsOf(text.slice(0, pieces[0]![1]), limits.lede)[0]![1];
  // Flat: the plan outlives this text (a substring would keep all of it).
  const lede = flat(text.slice(0, ledeEnd).replace(/\n?$/, '\n'));
  return { lede, sections: pieces.map(([start, end]) => ({ start, end, prefix: start === 0 ? 0 : lede.length })) };
}

/**
 * planSections(text) when only text from `unchangedBefore` on differs from what `before` was
 * planned on (appended, or blanked): the sections whose cut read only unchanged text are kept
 * and the rest of the text is cut again, so a change at the end costs its own size.
 */
export function replanSections(text: string, before: SectionPlan, unchangedBefore: number, limits: SectionLimits = DEFAULT_LIMITS): SectionPlan {
  if (text.length <= limits.sectionedFrom || before.sections.length < 2 || before.sections[0]!.start !== 0) return planSections(text, limits);
  // A section's end was cut by reading up to its start + size (inclusive): unchanged text only.
  let keep = 0;
  while (keep < before.sections.length && before.sections[keep]!.start + limits.section < unchangedBefore) keep++;
  if (keep === 0) return planSections(text, limits);
  const kept = before.sections.slice(0, keep);
  const from = kept.at(-1)!.end;
  const lede = before.lede;
  for (const [start, end] of sectionsOf(text.slice(from), limits.section)) kept.push({ start: start + from, end: end + from, prefix: lede.length });
  return { lede, sections: kept };
}

/** What the engine reads for a section. */
export function sectionInput(text: string, plan: SectionPlan, section: Section): string {
  return (section.prefix ? plan.lede : '') + text.slice(section.start, section.end);
}

/**
 * Whether a section of the new plan reads exactly what a section of the old plan read. Text
 * below `unchangedBefore` is known to be the same in both (it is not compared again).
 */
export function sameInput(before: { text: string; plan: SectionPlan; section: Section }, text: string, plan: SectionPlan, section: Section, unchangedBefore = 0): boolean {
  const old = before.section;
  return old.start === section.start && old.end === section.end && old.prefix === section.prefix
    && (section.prefix === 0 || before.plan.lede === plan.lede)
    && (old.end <= unchangedBefore || before.text.slice(old.start, old.end) === text.slice(section.start, section.end));
}

/**
 * The section's share of the engine's report on its input, moved to page offsets. What the
 * engine found in the lede is dropped (the first section reports it).
 */
export function sectionResult(section: Section, report: Report): SectionResult {
  const shift = section.start - section.prefix;
  const inside = (x: { start: number }) => x.start >= section.prefix;
  return {
    start: section.start,
    end: section.end,
    language: report.language,
    meeting: report.meeting,
    mentions: report.mentions.filter(inside).map((m) => ({ ...m, start: m.start + shift, end: m.end + shift })),
    claims: report.claims.filter(inside).map((c) => ({ ...c, start: c.start + shift, end: c.end + shift })),
  };
}

/**
 * One report for the page from its sections' results (in page order): the language is the first
 * section's, the meeting the first one a section resolves, from the top of the page.
 */
export function mergeSections(page: Pick<Report, 'source' | 'title' | 'published'>, results: readonly SectionResult[]): Report {
  const merged: Report = { ...page, language: results[0]?.language ?? 'en', meeting: null, mentions: [], claims: [] };
  for (const r of results) {
    merged.meeting ??= r.meeting;
    for (const m of r.mentions) merged.mentions.push(m);
    for (const c of r.claims) merged.claims.push(c);
  }
  return merged;
}
