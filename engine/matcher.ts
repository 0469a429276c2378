// Finds every gazetteer alias in a text in one left-to-right pass over a character trie:
// leftmost-longest, no overlaps, word boundaries for Latin script and none for Japanese.
// Hyphenated compounds meet their other spellings: a hyphen folds to a space, an alias joined by
// a hyphen between letters also matches written closed ("co-production" ~ "coproduction"), and
// an alias may start after a compound prefix of the word ("counterhypersonic" names "hypersonic").
import { foldKey, foldText, isLatinWordCode } from './text/fold';

interface TrieNode {
  /** By UTF-16 code unit (the text is walked by char code, never by one-character strings). */
  next: Map<number, TrieNode>;
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

/** Texts up to this long (sentences, paragraphs) are remembered, this many of them. */
const RECENT_MAX_CHARS = 4_000;
const RECENT_TEXTS = 256;

export class AliasMatcher {
  private readonly root: TrieNode = { next: new Map(), entity: null };
  private readonly prefixes: ReadonlySet<string>;
  private readonly longestPrefix: number;
  /** 1 for every code unit an alias starts with: most positions are ruled out by one read. */
  private readonly starts = new Uint8Array(65_536);

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
    this.starts[key.charCodeAt(0)] = 1;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) { child = { next: new Map(), entity: null }; node.next.set(code, child); }
      node = child;
    }
    // The first entity to claim an alias keeps it: the gazetteer test forbids collisions anyway.
    node.entity ??= entity;
  }

  /**
   * Short texts matched lately, and their hits: the engine asks about the same sentence many
   * times over (once per official document it is checked against, once per comparison). Shared,
   * so frozen. Of longer texts only the last is kept (a page is gated, then analysed).
   */
  private readonly recent = new Map<string, readonly AliasHit[]>();
  private lastLong: { text: string; hits: readonly AliasHit[] } | null = null;

  /** All hits in the text, in order, non-overlapping. */
  findAll(original: string): readonly AliasHit[] {
    if (original.length > RECENT_MAX_CHARS) {
      if (this.lastLong?.text !== original) this.lastLong = { text: original, hits: frozen(this.walk(original)) };
      return this.lastLong.hits;
    }
    let hits = this.recent.get(original);
    if (hits) {
      // Most recently used last: the oldest goes first when the table is full.
      this.recent.delete(original);
    } else {
      hits = frozen(this.walk(original));
      if (this.recent.size >= RECENT_TEXTS) this.recent.delete(this.recent.keys().next().value!);
    }
    this.recent.set(original, hits);
    return hits;
  }

  private walk(original: string): AliasHit[] {
    const folded = foldText(original);
    const text = folded.text;
    const hits: AliasHit[] = [];
    let i = 0;
    let wordStart = 0;
    const { starts } = this;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      const inWord = isLatinWordCode(text.charCodeAt(i - 1));
      if (!inWord) wordStart = i;
      // Most positions start no alias at all.
      if (starts[code] === 0) { i++; continue; }
      // A Latin alias may only start at a word start, or right after a compound prefix of the word.
      if (inWord && isLatinWordCode(code) && !this.afterPrefix(text, wordStart, i)) { i++; continue; }
      const end = this.longestAt(text, i, this.root.next.get(code)!);
      if (end !== -1) {
        hits.push({ entity: this.found!, start: folded.start[i]!, end: folded.end[end - 1]! });
        i = end;
      } else {
        i++;
      }
    }
    return hits;
  }

  private afterPrefix(text: string, wordStart: number, i: number): boolean {
    return i - wordStart <= this.longestPrefix && this.prefixes.has(text.slice(wordStart, i));
  }

  /** The entity of the last longestAt that found one (kept here: no object per attempt). */
  private found: string | null = null;

  /** Where the longest alias starting at `from` ends (its entity in `found`), or -1. */
  private longestAt(text: string, from: number, first: TrieNode): number {
    let node: TrieNode | undefined = first;
    let best = -1;
    for (let j = from; ; ) {
      if (node.entity !== null) {
        const end = endOfMatch(text, j + 1);
        if (end !== -1) {
          best = end;
          this.found = node.entity;
        }
      }
      if (++j >= text.length) break;
      node = node.next.get(text.charCodeAt(j));
      if (!node) break;
    }
    return best;
  }
}

function frozen(hits: AliasHit[]): readonly AliasHit[] {
  for (const h of hits) Object.freeze(h);
  return Object.freeze(hits);
}

/** Where a match ending at `end` really ends, or -1 if it stops mid-word (a plural "s" is allowed). */
function endOfMatch(text: string, end: number): number {
  const last = text.charCodeAt(end - 1);
  if (!isLatinWordCode(last)) return end;
  if (!isLatinWordCode(text.charCodeAt(end))) return end;
  const lowerLetter = last >= 97 && last <= 122;
  if (lowerLetter && text.charCodeAt(end) === 115 /* s */ && !isLatinWordCode(text.charCodeAt(end + 1))) return end + 1;
  return -1;
}
