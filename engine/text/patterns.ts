// Builds the regular expressions the rules use from the word lists of engine/lang, so that the
// lists stay data: each phrase is escaped, longest first (the longest phrase wins at a
// position), its spaces match any white space, and word boundaries are added where a phrase
// starts or ends with a letter (so "u.s." and "?" work as written, Japanese needs none).

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD_END = /[A-Za-z0-9]/;

/** Regex source (one non-capturing group) matching any of the phrases. */
export function anyOf(phrases: readonly string[]): string {
  if (!phrases.length) return '(?!)';
  const parts = [...new Set(phrases)].sort((a, b) => b.length - a.length).map((p) => {
    const body = escape(p).replace(/ /g, '\\s+');
    return `${WORD_END.test(p[0]!) ? '\\b' : ''}${body}${WORD_END.test(p[p.length - 1]!) ? '\\b' : ''}`;
  });
  return `(?:${parts.join('|')})`;
}

/** A regex for a cue list in both languages (case-insensitive). */
export function cueRegex(english: readonly string[], japanese: readonly string[], flags = 'i'): RegExp {
  return new RegExp(`${anyOf(english)}|${anyOf(japanese)}`, flags);
}
