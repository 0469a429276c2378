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

export class HighlightBook {
  private readonly byId = new Map<string, Highlight>();
  private readonly ctxOf = new Map<string, Element>();
  private readonly idsIn = new Map<Element, Set<string>>();
  private readonly dirty = new Set<Element>();

  get size(): number {
    return this.byId.size;
  }

  get(id: string): Highlight | undefined {
    return this.byId.get(id);
  }

  /** The block highlight `id` is drawn in. */
  contextOf(id: string): Element | undefined {
    return this.ctxOf.get(id);
  }

  values(): IterableIterator<Highlight> {
    return this.byId.values();
  }

  /** Adds highlights, each in the context `contextOf` gives (none: not drawable, skipped). */
  add(hls: readonly Highlight[], contextOf: (hl: Highlight) => Element | null): void {
    for (const hl of hls) {
      const ctx = contextOf(hl);
      if (!ctx) continue;
      if (this.byId.has(hl.id)) this.remove([hl.id]);
      this.byId.set(hl.id, hl);
      this.ctxOf.set(hl.id, ctx);
      let ids = this.idsIn.get(ctx);
      if (!ids) this.idsIn.set(ctx, (ids = new Set()));
      ids.add(hl.id);
      this.dirty.add(ctx);
    }
  }

  remove(ids: Iterable<string>): void {
    for (const id of ids) {
      const ctx = this.ctxOf.get(id);
      if (!ctx) continue;
      this.byId.delete(id);
      this.ctxOf.delete(id);
      const set = this.idsIn.get(ctx)!;
      set.delete(id);
      if (set.size === 0) this.idsIn.delete(ctx);
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
      const ids = this.idsIn.get(ctx);
      jobs.push({ ctx, hls: ids ? [...ids].map((id) => this.byId.get(id)!) : [] });
    }
    this.dirty.clear();
    return jobs;
  }

  clear(): void {
    this.byId.clear();
    this.ctxOf.clear();
    this.idsIn.clear();
    this.dirty.clear();
  }
}
