// The vocabulary of the official records that no concept or gazetteer entry covers: every English
// content word and every Japanese kanji/katakana word of every paragraph, outside the term
// matcher's hits, the function words and the news register. The vocabulary test holds it against
// the deliberate leave-alone list (engine/lang/leave-alone.ts).
import { bundledRecords } from '../../data/records';
import { gazetteer } from '../../data/gazetteer';
import { Knowledge } from '../../engine/knowledge';
import { isStopword } from '../../engine/terms';
import { stem } from '../../engine/text/stem';
import { scanText } from '../../engine/text/width';
import { NEWS_REGISTER_EN, NEWS_REGISTER_JA } from '../../engine/lang/stoplist';

const knowledge = new Knowledge(gazetteer);
const REGISTER_EN = new Set(NEWS_REGISTER_EN.map((w) => stem(w)));
const REGISTER_JA = [...NEWS_REGISTER_JA].sort((a, b) => b.length - a.length);

/** The text with every concept and entity form blanked (offsets kept). */
function outsideTerms(text: string): string {
  const scan = scanText(text);
  let out = '';
  let at = 0;
  for (const h of knowledge.termMatcher.findAll(text)) {
    if (h.start < at) continue;
    out += scan.slice(at, h.start) + ' '.repeat(h.end - h.start);
    at = h.end;
  }
  return out + scan.slice(at);
}

/** Uncovered words of one text: English lower-case words, Japanese runs of kanji and katakana. */
export function uncoveredWords(text: string): { en: string[]; ja: string[] } {
  const rest = outsideTerms(text);
  const en = (rest.toLowerCase().match(/[a-z][a-z'-]+/g) ?? [])
    .flatMap((w) => w.split('-'))
    .filter((w) => w.length >= 3 && !isStopword(w) && !REGISTER_EN.has(stem(w)));
  let jaRest = rest;
  for (const w of REGISTER_JA) jaRest = jaRest.split(w).join(' ');
  const ja = (jaRest.match(/[\u4e00-\u9fff\u30a0-\u30ff]{2,}/g) ?? []);
  return { en, ja };
}

/** Uncovered words across every paragraph of every bundled record, sorted and unique. */
export function recordVocabulary(): { en: string[]; ja: string[] } {
  const en = new Set<string>();
  const ja = new Set<string>();
  for (const r of bundledRecords) {
    for (const p of r.paragraphs) {
      if (p.gap) continue;
      const words = uncoveredWords(p.text);
      words.en.forEach((w) => en.add(w));
      words.ja.forEach((w) => ja.add(w));
    }
  }
  return { en: [...en].sort(), ja: [...ja].sort() };
}
