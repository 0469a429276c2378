// The page text the engine reads: snapshots appended in the order they were taken, so offsets
// already handed out never move. Text whose nodes changed or left the page is blanked to spaces
// (same length) and its entries retired, so the engine no longer sees it. Entries are packed:
// their offsets in typed arrays beside one array of nodes (a giant page has tens of thousands).
import type { Snapshot } from './snapshot';

/** A slice of one text node: [from, to) in the node's own data. */
export interface NodePiece {
  node: Text;
  from: number;
  to: number;
}

export class PageText {
  private text = '';
  /** Entry i covers [starts[i], ends[i]) of the text and is node nodes[i]; sorted by offset. */
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private nodes: Text[] = [];
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
    return this.nodes.length;
  }

  /** Appends a snapshot after a block separator; returns the offset its text starts at. */
  append(snapshot: Snapshot): number {
    if (snapshot.text.length === 0) return this.text.length;
    const base = this.text.length === 0 ? 0 : this.text.length + 1;
    this.changedFrom = Math.min(this.changedFrom, this.text.length);
    this.text = base === 0 ? snapshot.text : `${this.text}\n${snapshot.text}`;
    this.reserve(this.nodes.length + snapshot.entries.length);
    for (const e of snapshot.entries) {
      const i = this.nodes.length;
      this.starts[i] = e.start + base;
      this.ends[i] = e.end + base;
      this.nodes.push(e.node);
    }
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
   * Retires every entry whose node the predicate picks and blanks its text. Returns how many
   * were retired. One rebuild of the string per call, however many entries go.
   */
  retire(pick: (node: Text) => boolean): number {
    const out: string[] = [];
    let at = 0;
    let kept = 0;
    const count = this.nodes.length;
    for (let i = 0; i < count; i++) {
      const node = this.nodes[i]!;
      const start = this.starts[i]!;
      const end = this.ends[i]!;
      if (!pick(node)) {
        this.starts[kept] = start;
        this.ends[kept] = end;
        this.nodes[kept++] = node;
        continue;
      }
      if (at === 0 && out.length === 0) this.changedFrom = Math.min(this.changedFrom, start);
      out.push(this.text.slice(at, start), ' '.repeat(end - start));
      at = end;
      this.deadChars += end - start;
    }
    if (kept === count) return 0;
    out.push(this.text.slice(at));
    this.text = out.join('');
    this.nodes.length = kept;
    return count - kept;
  }

  /** Entries whose node is no longer in the page (removed by the page itself). */
  retireDetached(): number {
    return this.retire((node) => !node.isConnected);
  }

  /**
   * The node slices that hold [start, end) of the page text, in order. Slices of nodes that
   * changed since the snapshot (length differs) are left out rather than mis-wrapped.
   */
  locate(start: number, end: number): NodePiece[] {
    const pieces: NodePiece[] = [];
    if (end <= start) return pieces;
    for (let i = this.firstEndingAfter(start); i < this.nodes.length; i++) {
      const eStart = this.starts[i]!;
      const eEnd = this.ends[i]!;
      if (eStart >= end) break;
      const node = this.nodes[i]!;
      if (node.data.length !== eEnd - eStart) continue;
      const from = Math.max(start, eStart) - eStart;
      const to = Math.min(end, eEnd) - eStart;
      if (to > from) pieces.push({ node, from, to });
    }
    return pieces;
  }

  /** The node of the first live entry overlapping [start, end), whatever happened to it since. */
  nodeAt(start: number, end: number): Text | undefined {
    const i = this.firstEndingAfter(start);
    return i < this.nodes.length && this.starts[i]! < end ? this.nodes[i] : undefined;
  }

  /** Room for `n` entries in the offset arrays. */
  private reserve(n: number): void {
    if (n <= this.starts.length) return;
    let size = this.starts.length;
    while (size < n) size *= 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }

  /** Binary search: index of the first entry with end > offset. */
  private firstEndingAfter(offset: number): number {
    let lo = 0;
    let hi = this.nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ends[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
