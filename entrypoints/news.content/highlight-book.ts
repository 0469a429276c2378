// The highlights the lens means to show, grouped by the block ("context") they are drawn in.
// Sections of the page come and go one at a time; the book records which contexts that touches,
// so only those are redrawn: the work of an update is proportional to what changed, not to the
// page.
import type { Highlight } from './plan';

export interface ContextJob {
  ctx: Element;
  /** Everything the context should show now (empty: take its highlights out). */
  hls: Highlight[];
}

type Span = Pick<Highlight, 'start' | 'end'>;

/**
 * The book's key for a highlight: its kind and start, as one number. Planned highlights of one
 * kind never overlap (plan.ts), so no two in the book share a key; a number, unlike the id
 * string, costs nothing to keep for each of a giant page's highlights.
 */
function keyOf(kind: Highlight['kind'], start: number): number {
  return start * 2 + (kind === 'claim' ? 1 : 0);
}

/** The key an id (plan.ts claimId / mentionId) names, or null. */
function keyOfId(id: string): { key: number; end: number } | null {
  const m = /^([cm])(\d+)-(\d+)$/.exec(id);
  return m ? { key: keyOf(m[1] === 'c' ? 'claim' : 'mention', Number(m[2])), end: Number(m[3]) } : null;
}

export class HighlightBook {
  private readonly byKey = new Map<number, Highlight>();
  private readonly ctxOf = new Map<number, Element>();
  private readonly keysIn = new Map<Element, Set<number>>();
  private readonly dirty = new Set<Element>();

  get size(): number {
    return this.byKey.size;
  }

  get(id: string): Highlight | undefined {
    const key = this.keyIn(id);
    return key === null ? undefined : this.byKey.get(key);
  }

  /** The block highlight `id` is drawn in. */
  contextOf(id: string): Element | undefined {
    const key = this.keyIn(id);
    return key === null ? undefined : this.ctxOf.get(key);
  }

  /** The book's key of the highlight `id` names, when the book holds it (same end too), or null. */
  private keyIn(id: string): number | null {
    const k = keyOfId(id);
    return k && this.byKey.get(k.key)?.end === k.end ? k.key : null;
  }

  values(): IterableIterator<Highlight> {
    return this.byKey.values();
  }

  /** Adds highlights, each in the context `contextOf` gives (none: not drawable, skipped). */
  add(hls: readonly Highlight[], contextOf: (hl: Highlight) => Element | null): void {
    for (const hl of hls) {
      const ctx = contextOf(hl);
      if (!ctx) continue;
      const key = keyOf(hl.kind, hl.start);
      const was = this.byKey.get(key);
      if (was) this.remove(was.kind, [was]);
      this.byKey.set(key, hl);
      this.ctxOf.set(key, ctx);
      let keys = this.keysIn.get(ctx);
      if (!keys) this.keysIn.set(ctx, (keys = new Set()));
      keys.add(key);
      this.dirty.add(ctx);
    }
  }

  /** Removes the highlights of a kind with these offsets (claims or mentions of a report). */
  remove(kind: Highlight['kind'], spans: Iterable<Span>): void {
    for (const { start, end } of spans) {
      const key = keyOf(kind, start);
      const ctx = this.ctxOf.get(key);
      if (!ctx || this.byKey.get(key)!.end !== end) continue;
      this.byKey.delete(key);
      this.ctxOf.delete(key);
      const set = this.keysIn.get(ctx)!;
      set.delete(key);
      if (set.size === 0) this.keysIn.delete(ctx);
      this.dirty.add(ctx);
    }
  }

  /** Marks a context for redrawing (e.g. the page rewrote it). */
  touch(ctx: Element): void {
    this.dirty.add(ctx);
  }

  /** The contexts to redraw since the last call, with what each should show. */
  takeJobs(): ContextJob[] {
    const jobs: ContextJob[] = [];
    for (const ctx of this.dirty) {
      const keys = this.keysIn.get(ctx);
      jobs.push({ ctx, hls: keys ? [...keys].map((k) => this.byKey.get(k)!) : [] });
    }
    this.dirty.clear();
    return jobs;
  }

  clear(): void {
    this.byKey.clear();
    this.ctxOf.clear();
    this.keysIn.clear();
    this.dirty.clear();
  }
}
