// The one stemming rule, for the terms of claims and official paragraphs and for counted
// quantities' units: the same word gives the same stem wherever it is read.

/** A crude, stable stem: lowercase, possessive and plural dropped, at most five letters. */
export function stem(word: string): string {
  const w = word.toLowerCase().replace(/'s$/, '').replace(/(ies)$/, 'y').replace(/s$/, '');
  return w.length > 5 ? w.slice(0, 5) : w;
}
