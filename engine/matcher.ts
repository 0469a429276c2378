// Finds every gazetteer alias in a text in one left-to-right pass over a character trie:
// leftmost-longest, no overlaps, word boundaries for Latin script and none for Japanese.
// Hyphenated compounds meet their other spellings: a hyphen folds to a space, an alias joined by
// a hyphen between letters also matches written closed ("co-production" ~ "coproduction"), and
// an alias may start after a compound prefix of the word ("counterhypersonic" names "hypersonic").
import { foldKey, foldText, isLatinWordChar } from './text/fold';

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Entity id when an alias ends here. */
  entity: string | null;
}

export interface AliasHit {
  entity: string;
  /** Offsets into the original text. */
  start: number;
  end: number;
}

export interface AliasEntry {
  alias: string;
  entity: string;
}

export interface MatcherOptions {
  /** Word-initial prefixes after which an alias may start inside the word ("counter", "anti"). */
  compoundPrefixes?: readonly string[];
}

export class AliasMatcher {
  private readonly root: TrieNode = { next: new Map(), entity: null };
  private readonly prefixes: ReadonlySet<string>;
  private readonly longestPrefix: number;

  constructor(entries: Iterable<AliasEntry>, options: MatcherOptions = {}) {
    this.prefixes = new Set((options.compoundPrefixes ?? []).map(foldKey));
    this.longestPrefix = Math.max(0, ...[...this.prefixes].map((p) => p.length));
    for (const { alias, entity } of entries) {
      this.add(foldKey(alias), entity);
      // The closed spelling of a letter-hyphen-letter alias; "SM-3" stays as written.
      if (/[a-z]-[a-z]/i.test(alias)) this.add(foldKey(alias.replace(/([a-z])-(?=[a-z])/gi, '$1')), entity);
    }
  }

  private add(key: string, entity: string): void {
    if (!key) return;
    let node = this.root;
    for (const ch of key) {
      let child = node.next.get(ch);
      if (!child) { child = { next: new Map(), entity: null }; node.next.set(ch, child); }
      node = child;
    }
    // The first entity to claim an alias keeps it: the gazetteer test forbids collisions anyway.
    node.entity ??= entity;
  }

  /** All hits in the text, in order, non-overlapping. */
  findAll(original: string): AliasHit[] {
    const folded = foldText(original);
    const text = folded.text;
    const hits: AliasHit[] = [];
    let i = 0;
    let wordStart = 0;
    while (i < text.length) {
      const ch = text[i]!;
      if (!isLatinWordChar(text[i - 1])) wordStart = i;
      // A Latin alias may only start at a word start, or right after a compound prefix of the word.
      if (isLatinWordChar(ch) && isLatinWordChar(text[i - 1]) && !this.afterPrefix(text, wordStart, i)) { i++; continue; }
      const found = this.longestAt(text, i);
      if (found) {
        hits.push({ entity: found.entity, start: folded.start[i]!, end: folded.end[found.end - 1]! });
        i = found.end;
      } else {
        i++;
      }
    }
    return hits;
  }

  private afterPrefix(text: string, wordStart: number, i: number): boolean {
    return i - wordStart <= this.longestPrefix && this.prefixes.has(text.slice(wordStart, i));
  }

  private longestAt(text: string, from: number): { entity: string; end: number } | null {
    let node: TrieNode | undefined = this.root;
    let best: { entity: string; end: number } | null = null;
    for (let j = from; j < text.length; j++) {
      node = node.next.get(text[j]!);
      if (!node) break;
      if (node.entity !== null) {
        const end = endOfMatch(text, j + 1);
        if (end !== -1) best = { entity: node.entity, end };
      }
    }
    return best;
  }
}

/** Where a match ending at `end` really ends, or -1 if it stops mid-word (a plural "s" is allowed). */
function endOfMatch(text: string, end: number): number {
  const last = text[end - 1];
  if (!isLatinWordChar(last)) return end;
  if (!isLatinWordChar(text[end])) return end;
  if (/[a-z]/.test(last!) && text[end] === 's' && !isLatinWordChar(text[end + 1])) return end + 1;
  return -1;
}
