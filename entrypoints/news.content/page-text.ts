// The page text the engine reads: snapshots appended in the order they were taken, so offsets
// already handed out never move. Text whose nodes changed or left the page is blanked to spaces
// (same length) and its entries retired, so the engine no longer sees it.
import type { Snapshot, TextEntry } from './snapshot';

/** A slice of one text node: [from, to) in the node's own data. */
export interface NodePiece {
  node: Text;
  from: number;
  to: number;
}

export class PageText {
  private text = '';
  private entries: TextEntry[] = [];
  private deadChars = 0;
  /** Lowest offset written or blanked since the last takeUnchangedBefore(). */
  private changedFrom = Infinity;

  get value(): string {
    return this.text;
  }

  get size(): number {
    return this.text.length;
  }

  /** Characters that belong to retired entries (a measure of how stale the store is). */
  get dead(): number {
    return this.deadChars;
  }

  get entryCount(): number {
    return this.entries.length;
  }

  /** Appends a snapshot after a block separator; returns the offset its text starts at. */
  append(snapshot: Snapshot): number {
    if (snapshot.text.length === 0) return this.text.length;
    const base = this.text.length === 0 ? 0 : this.text.length + 1;
    this.changedFrom = Math.min(this.changedFrom, this.text.length);
    this.text = base === 0 ? snapshot.text : `${this.text}\n${snapshot.text}`;
    for (const e of snapshot.entries) this.entries.push({ start: e.start + base, end: e.end + base, node: e.node });
    return base;
  }

  /**
   * Every offset below the returned one reads as it did at the last call (Infinity: nothing
   * changed); the next call counts from now.
   */
  takeUnchangedBefore(): number {
    const at = this.changedFrom;
    this.changedFrom = Infinity;
    return at;
  }

  /**
   * Retires every entry the predicate picks and blanks its text. Returns how many were retired.
   * One rebuild of the string per call, however many entries go.
   */
  retire(pick: (entry: TextEntry) => boolean): number {
    const keep: TextEntry[] = [];
    const gone: TextEntry[] = [];
    for (const e of this.entries) (pick(e) ? gone : keep).push(e);
    if (gone.length === 0) return 0;
    const out: string[] = [];
    let at = 0;
    this.changedFrom = Math.min(this.changedFrom, gone[0]!.start);
    for (const e of gone) {
      out.push(this.text.slice(at, e.start), ' '.repeat(e.end - e.start));
      at = e.end;
      this.deadChars += e.end - e.start;
    }
    out.push(this.text.slice(at));
    this.text = out.join('');
    this.entries = keep;
    return gone.length;
  }

  /** Entries whose node is no longer in the page (removed by the page itself). */
  retireDetached(): number {
    return this.retire((e) => !e.node.isConnected);
  }

  /**
   * The node slices that hold [start, end) of the page text, in order. Slices of nodes that
   * changed since the snapshot (length differs) are left out rather than mis-wrapped.
   */
  locate(start: number, end: number): NodePiece[] {
    const pieces: NodePiece[] = [];
    if (end <= start) return pieces;
    let i = this.firstEndingAfter(start);
    for (; i < this.entries.length; i++) {
      const e = this.entries[i]!;
      if (e.start >= end) break;
      if (e.node.data.length !== e.end - e.start) continue;
      const from = Math.max(start, e.start) - e.start;
      const to = Math.min(end, e.end) - e.start;
      if (to > from) pieces.push({ node: e.node, from, to });
    }
    return pieces;
  }

  /** The first live entry overlapping [start, end), whatever happened to its node since. */
  entryAt(start: number, end: number): TextEntry | undefined {
    const e = this.entries[this.firstEndingAfter(start)];
    return e && e.start < end ? e : undefined;
  }

  /** Binary search: index of the first entry with end > offset. */
  private firstEndingAfter(offset: number): number {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.entries[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
