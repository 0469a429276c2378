// The body of a summary as paragraphs: lines re-joined where the source broke a sentence, each
// paragraph given an id that follows the document's own numbering ("2(1)", "3(2)a-1", "1-p2").
//
// Id scheme (section N = the number of a heading "N Title", "N. Title", 「Ｎ　概要」, or of a
// numbered paragraph "N. The Ministers …"):
//   intro                 the opening paragraph
//   N, N-p2, N-p3         unnumbered paragraphs in section N (the first takes the bare number)
//   N-b1, N-b2            unnumbered bullets directly in section N
//   N(k)                  items "(k)", 「（ｋ）」, "k)", ①
//   N(k)a                 sub-items "a.", "a)", "(a)", ア, イ … (katakana mapped to a, b, …)
//   N(k)a(b), N(k)a(ii)   sub-sub-items "(b)", "(ii)", 「（イ）」 under a sub-item
//   N(k)-1, N(k)a-1       unlabelled bullets under the nearest item or sub-item
// Before the first section the prefix is empty: "p2", "p3" (the intro counts as p1), "b1", "(1)".
// A bullet attaches to the section again once an unnumbered paragraph intervenes. A repeated
// id (a document that numbers twice) gets "#2", "#3".
import type { Paragraph } from '../../data/schema';
import { endsSentence, trimAll } from './text';
import { scanText } from '../text/width';
import { isJapaneseChar } from '../text/script';
import { BODY_BOILERPLATE, BULLET_MARKER, KATAKANA_LETTERS } from '../lang/official';

export interface SourceLine {
  /** 1-based line number in the text. */
  n: number;
  text: string;
}

type Kind = 'heading' | 'numbered' | 'item' | 'subitem' | 'subsubitem' | 'bullet' | 'gap' | 'plain';

interface Classified {
  kind: Kind;
  /** Verbatim text without leading indentation and bullet marker (labels such as "(1)" kept). */
  text: string;
  /** Section number, item number or sub-item letter (a, b, … for ア, イ, …). */
  label: string | null;
  /** Heading title for 'heading'. */
  title: string | null;
  /** Ends with a truncation marker: never continued by the next line. */
  truncated: boolean;
}

const BULLET = BULLET_MARKER;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
/** "[... bullet list not returned by corpus ...]", "[… truncated …]": where a copy is incomplete. */
export const GAP_MARKER = /\[\s*(?:\.{3}|…)[^\]\n]*\]/u;

/** Trailing lines that close a page rather than say anything. */
export { BODY_BOILERPLATE };

function letterOf(ch: string): string | null {
  const k = KATAKANA_LETTERS.indexOf(ch);
  if (k >= 0) return LETTERS[k]!;
  return /^[a-z]$/.test(ch) ? ch : null;
}

function headingLike(rest: string, japanese: boolean): boolean {
  if (japanese) return rest.length <= 40 && !/[。、]$/u.test(rest);
  if (rest.length > 100 || !/^[A-Z(“"]/.test(rest)) return false;
  // "Realignment of U.S. Forces etc." ends in an abbreviation, not a sentence.
  return !/[.:;!?]$/.test(rest) || /\b(?:etc|U\.S|Inc|Ltd|D\.C)\.$/.test(rest);
}

export function classifyLine(raw: string): Classified {
  const line = trimAll(raw);
  const folded = scanText(line);
  const base = { label: null, title: null, truncated: false };
  const gap = GAP_MARKER.exec(line);
  if (gap) {
    if (gap.index === 0 && gap[0].length === line.length) return { ...base, kind: 'gap', text: line };
    const atEnd = gap.index + gap[0].length === line.length;
    const text = atEnd ? trimAll(line.slice(0, gap.index)) : line;
    return { ...base, kind: 'gap', text: text || line, truncated: atEnd };
  }
  const bullet = BULLET.exec(folded);
  const offset = bullet ? bullet[0].length : 0;
  const text = line.slice(offset);
  const f = folded.slice(offset);
  const japanese = isJapaneseChar(f.replace(/^[\s\d().]+/, '')[0]);

  let m = /^\((\d{1,2})\)\s*/.exec(f) ?? /^(\d{1,2})\)\s+/.exec(f);
  if (m) return { ...base, kind: 'item', text, label: m[1]! };
  const circled = CIRCLED.indexOf(f[0] ?? '');
  if (circled >= 0) return { ...base, kind: 'item', text, label: String(circled + 1) };
  m = /^\((ii|iii|iv|vi|vii|viii|ix)\)\s*/.exec(f);
  if (m) return { ...base, kind: 'subsubitem', text, label: m[1]! };
  m = /^\(([a-z\u30a2-\u30ce])\)\s*/u.exec(f);
  if (m && letterOf(m[1]!)) return { ...base, kind: 'subsubitem', text, label: letterOf(m[1]!) };
  m = /^([a-z])[.)]\s+/.exec(f) ?? /^([\u30a2-\u30ce])(?:\s+|[.、])/u.exec(f);
  if (m && letterOf(m[1]!)) return { ...base, kind: 'subitem', text, label: letterOf(m[1]!) };
  if (bullet) return { ...base, kind: 'bullet', text };

  m = /^(\d{1,2})(\.\s*|\s+)(\S.*)$/u.exec(f);
  if (m) {
    const restStart = m[1]!.length + m[2]!.length;
    const rest = text.slice(restStart);
    if (headingLike(scanText(rest), japanese)) return { ...base, kind: 'heading', text, label: m[1]!, title: trimAll(rest) };
    return { ...base, kind: 'numbered', text, label: m[1]! };
  }
  return { ...base, kind: 'plain', text };
}

function startsLowercase(s: string): boolean {
  return /^[a-z]/.test(s);
}

const LISTED: ReadonlySet<Kind> = new Set(['item', 'subitem', 'subsubitem', 'bullet']);

interface Logical extends Classified {
  n: number;
}

/**
 * Joins lines the source broke mid-sentence: a line that does not end a sentence (.:。」 …),
 * followed by a plain line, continues into it when that line starts in lower case or when the
 * first line is a plain paragraph (list items often end without punctuation, so a capitalised
 * plain line after one starts a new paragraph).
 */
export function joinLines(lines: readonly SourceLine[]): Logical[] {
  const out: Logical[] = [];
  for (const { n, text } of lines) {
    const c = classifyLine(text);
    const prev = out[out.length - 1];
    if (
      prev && c.kind === 'plain' && prev.kind !== 'heading' && prev.kind !== 'gap' && !prev.truncated &&
      !endsSentence(prev.text) && (startsLowercase(c.text) || !LISTED.has(prev.kind))
    ) {
      const cjk = isJapaneseChar(prev.text[prev.text.length - 1]) || isJapaneseChar(c.text[0]);
      prev.text = `${prev.text}${cjk ? '' : ' '}${c.text}`;
      continue;
    }
    out.push({ ...c, n });
  }
  return out;
}

/** A section heading above the opening sentence ("1 Overview" then "On March 16, …"). */
export interface OpeningSection {
  label: string;
  title: string | null;
}

/**
 * Paragraphs of the body (the intro first), ids per the scheme at the top of this file. When a
 * section heading stands above the opening sentence, the intro belongs to that section and the
 * next unnumbered paragraph takes the section's bare number.
 */
export function buildParagraphs(
  lines: readonly SourceLine[],
  openingSection: OpeningSection | null = null,
): { paragraphs: Paragraph[]; introLine: number; intro: string } {
  const logical = joinLines(lines);
  const [first, ...rest] = logical;
  if (!first) throw new Error('buildParagraphs: no lines');
  const paragraphs: Paragraph[] = [{ id: 'intro', section: openingSection?.title ?? null, text: first.text, gap: first.kind === 'gap' }];
  const used = new Set(['intro']);
  const unique = (id: string): string => {
    let out = id;
    for (let k = 2; used.has(out); k++) out = `${id}#${k}`;
    used.add(out);
    return out;
  };

  let section = openingSection?.label ?? '';
  let sectionTitle: string | null = openingSection?.title ?? null;
  let plainCount = openingSection ? 0 : 1; // before any section the intro counts as p1
  let bulletCount = 0;
  let item: string | null = null;
  let sub: string | null = null;
  let childCount = 0;

  const add = (id: string, c: Logical): void => {
    paragraphs.push({ id: unique(id), section: sectionTitle, text: c.text, gap: c.kind === 'gap' });
  };
  const plainId = (): string => {
    plainCount++;
    if (section === '') return `p${plainCount}`;
    return plainCount === 1 ? section : `${section}-p${plainCount}`;
  };

  for (const c of rest) {
    switch (c.kind) {
      case 'heading':
      case 'numbered':
        section = c.label!;
        sectionTitle = c.kind === 'heading' ? c.title : null;
        plainCount = 0;
        bulletCount = 0;
        item = sub = null;
        if (c.kind === 'numbered') add(plainId(), c);
        break;
      case 'item':
        item = `${section}(${c.label})`;
        sub = null;
        childCount = 0;
        add(item, c);
        break;
      case 'subitem':
        sub = `${item ?? section}${c.label}`;
        childCount = 0;
        add(sub, c);
        break;
      case 'subsubitem':
        if (sub) add(`${sub}(${c.label})`, c);
        else {
          sub = `${item ?? section}${c.label}`;
          childCount = 0;
          add(sub, c);
        }
        break;
      case 'bullet': {
        const parent = sub ?? item;
        if (parent) add(`${parent}-${++childCount}`, c);
        else add(`${section === '' ? '' : `${section}-`}b${++bulletCount}`, c);
        break;
      }
      case 'gap':
      case 'plain':
        item = sub = null;
        add(plainId(), c);
        break;
    }
  }
  return { paragraphs, introLine: first.n, intro: first.text };
}
