// Spans of text ([start, end) offsets) and the one overlap rule: leftmost first, the longer
// of two spans starting together, and nothing that overlaps what was kept.

export interface Span {
  start: number;
  end: number;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && a.end > b.start;
}

/** Leftmost, then longest first: the order in which overlapping spans are decided. */
export function byPosition(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * The spans that survive overlap removal, left to right. `onDropped(dropped, kept)` may fold a
 * dropped span into the one kept before it (a weekday next to its date).
 */
export function withoutOverlaps<T extends Span>(spans: readonly T[], onDropped?: (dropped: T, kept: T) => void): T[] {
  const out: T[] = [];
  for (const s of [...spans].sort(byPosition)) {
    const prev = out[out.length - 1];
    if (prev && s.start < prev.end) {
      onDropped?.(s, prev);
      continue;
    }
    out.push(s);
  }
  return out;
}
