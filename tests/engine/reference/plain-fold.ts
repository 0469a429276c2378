// References the fast fold and alias walk (engine/text/fold.ts, engine/matcher.ts, on char codes
// and typed arrays) are checked against in fold-and-match.test.ts: the plain per-character fold
// they replaced, and a brute-force matcher. Same folded text, same offset maps, same hits.
import { foldChar, foldKey, isLatinWordCode, type FoldedText } from '../../../engine/text/fold';
import type { AliasEntry, AliasHit } from '../../../engine/matcher';

const isLatinWordChar = (ch: string | undefined) => ch !== undefined && isLatinWordCode(ch.charCodeAt(0));

/** Folds a whole string, keeping the offset map. */
export function referenceFoldText(original: string): FoldedText {
  const out: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  let lastWasSpace = true; // drop leading spaces
  for (let i = 0; i < original.length; ) {
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldChar(original.slice(i, i + width));
    // By UTF-16 unit, so that an astral character keeps one map entry per unit.
    for (let k = 0; k < folded.length; k++) {
      const f = folded[k]!;
      if (f === ' ') {
        if (lastWasSpace) continue;
        lastWasSpace = true;
      } else if (f === '\n') {
        // A line break swallows the space before it.
        if (out.length && out[out.length - 1] === ' ') { out.pop(); start.pop(); end.pop(); }
        lastWasSpace = true;
      } else {
        lastWasSpace = false;
      }
      out.push(f);
      start.push(i);
      end.push(i + width);
    }
    i += width;
  }
  return { text: out.join(''), start: Int32Array.from(start), end: Int32Array.from(end) };
}

/**
 * Alias matching by brute force: at each position every alias is tried, the longest valid match
 * wins (the same rules as the trie: word starts, compound prefixes, plural "s", the first entity
 * to claim a spelling keeps it). Slow and obviously right.
 */
export class ReferenceMatcher {
  private readonly keys = new Map<string, string>();
  private readonly prefixes: string[];

  constructor(entries: Iterable<AliasEntry>, compoundPrefixes: readonly string[] = []) {
    this.prefixes = compoundPrefixes.map(foldKey);
    for (const { alias, entity } of entries) {
      const spellings = [alias, ...(/[a-z]-[a-z]/i.test(alias) ? [alias.replace(/([a-z])-(?=[a-z])/gi, '$1')] : [])];
      for (const key of spellings.map(foldKey)) if (key && !this.keys.has(key)) this.keys.set(key, entity);
    }
  }

  findAll(original: string): AliasHit[] {
    const folded = referenceFoldText(original);
    const text = folded.text;
    const hits: AliasHit[] = [];
    for (let i = 0; i < text.length; ) {
      let best: { entity: string; end: number; key: number } | null = null;
      if (this.mayStartAt(text, i)) {
        for (const [key, entity] of this.keys) {
          if (!text.startsWith(key, i)) continue;
          const end = referenceEndOfMatch(text, i + key.length);
          if (end !== -1 && (!best || end > best.end || (end === best.end && key.length > best.key))) best = { entity, end, key: key.length };
        }
      }
      if (best) {
        hits.push({ entity: best.entity, start: folded.start[i]!, end: folded.end[best.end - 1]! });
        i = best.end;
      } else {
        i++;
      }
    }
    return hits;
  }

  /** Not inside a Latin word, unless right after one of the word's compound prefixes. */
  private mayStartAt(text: string, i: number): boolean {
    if (!isLatinWordChar(text[i]) || !isLatinWordChar(text[i - 1])) return true;
    let wordStart = i;
    while (wordStart > 0 && isLatinWordChar(text[wordStart - 1])) wordStart--;
    return this.prefixes.includes(text.slice(wordStart, i));
  }
}

function referenceEndOfMatch(text: string, end: number): number {
  const last = text[end - 1];
  if (!isLatinWordChar(last)) return end;
  if (!isLatinWordChar(text[end])) return end;
  if (/[a-z]/.test(last!) && text[end] === 's' && !isLatinWordChar(text[end + 1])) return end + 1;
  return -1;
}
