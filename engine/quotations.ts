// A participant's own quoted words: "We talked for about 50 minutes," Koizumi said; 木原氏は「約1時間
// 会談した」と述べた. The quotation is the speaker's telling of the meeting: its meeting facts
// (when, how long) are checkable; its wording of outcomes is the speaker's and is not held to the
// record's commitment ladder.
import type { AliasHit } from './matcher';
import type { Span } from './text/spans';
import { anyOf, cueRegex } from './text/patterns';
import { en } from './lang/en';
import { ja } from './lang/ja';

const QUOTE = /["“][^"”]*["”]?|「[^」]*」?/g;
const SPEAKER = cueRegex(en.quoteSpeakerCues, ja.quoteSpeakerCues);
const WE = new RegExp(`${anyOf(en.firstPersonPlural)}|${anyOf(ja.firstPersonPlural)}`, 'i');


/** The quoted stretches of a sentence (an unclosed quotation runs to its end). */
export function quotedSpans(text: string): Span[] {
  return [...text.matchAll(QUOTE)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

/** More than half the sentence is quotation. */
export function isMostlyQuote(text: string): boolean {
  const length = quotedSpans(text).reduce((n, q) => n + q.end - q.start, 0);
  return length > text.length * 0.5;
}

/**
 * Whether the quotation is a participant's: a principal named outside it with a saying word, or
 * (given by the caller) a pronoun or a running quotation whose speaker was a principal.
 */
export function spokenByPrincipal(text: string, base: number, principals: readonly AliasHit[]): boolean {
  const spans = quotedSpans(text);
  if (!spans.length) return false;
  const outside = principals.some((h) => !spans.some((s) => h.start - base >= s.start && h.start - base < s.end));
  return outside && SPEAKER.test(blankQuotes(text, spans));
}

/** The quotation speaks of both sides ("we talked"), or names the counterpart ("a meeting with Minister Inada"). */
export function quoteSpeaksOfMeeting(text: string, base: number, principals: readonly AliasHit[]): boolean {
  const spans = quotedSpans(text);
  const inside = (h: AliasHit) => spans.some((s) => h.start - base >= s.start && h.start - base < s.end);
  return spans.some((s) => WE.test(text.slice(s.start, s.end))) || principals.some(inside);
}

function blankQuotes(text: string, spans: readonly Span[]): string {
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  return out;
}
