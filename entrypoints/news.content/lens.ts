// The pipeline for one page: snapshot → cheap gate → engine → plan → draw, then keeping up with
// the page's changes. Work runs one job at a time (a queue), sliced by the scheduler, and every
// job stops when the lens is stopped. stop() takes every highlight out in one call.
import type { Engine } from '../../engine/analyze';
import type { Mention, Report } from '../../engine/report';
import { Highlighter } from './apply';
import { Classifier } from './classify';
import { observePage, type PageObserver } from './observer';
import { readPublished, readTitle } from './page-meta';
import { PageText } from './page-text';
import { claimId, planHighlights, type Highlight } from './plan';
import { AbortedError, isAbort, type Scheduler } from './scheduler';
import { SnapshotBuilder, snapshotSteps, type Snapshot } from './snapshot';

export interface LensOptions {
  doc: Document;
  /**
   * An engine over the gazetteer only: enough for findMentions, the cheap gate. Asked for when
   * the first snapshot is done, so building it never adds to the script's first task.
   */
  gate(): Pick<Engine, 'findMentions' | 'entity'>;
  /** The full engine (gazetteer + official records); asked for once a page passes the gate. */
  engine(): Promise<Engine>;
  scheduler: Scheduler;
  /** The page's address, for the report. */
  source(): string;
  showMentions(): boolean;
  /** Mark unverified claims (default true); off, they are drawn quiet. */
  showUnverified?(): boolean;
  /** Describes a highlight for assistive technology (aria-description). */
  describe(hl: Highlight): string;
  /** Called whenever the report changes (null: the lens was stopped). */
  onReport(report: Report | null): void;
  /** Keep up with later changes of the page (default true). */
  observe?: boolean;
  /** Shortest wait between two updates from page changes, in ms (default 400). */
  minThrottleMs?: number;
  onError?(err: unknown): void;
}

export type LensPhase = 'off' | 'reading' | 'waiting' | 'active';

/** Gate chunks: findMentions on at most this many characters per step (~10 ms in Chromium). */
const GATE_CHUNK = 15_000;
/** Rebuild from scratch when this much of the page text is dead (blanked) text. */
const COMPACT_AT = 400_000;
/**
 * Page texts longer than SECTIONED_FROM (~10,000 words, far more than an article) are analysed in
 * sections of about SECTION characters, one step each (~20 ms), so a giant page never blocks the
 * main thread for long; unchanged sections are not analysed again. Each later section is read
 * after the page's lede (its first LEDE characters), so the meeting the page is about (date,
 * place, people named at the top) is known to every section.
 */
const SECTIONED_FROM = 60_000;
const SECTION = 20_000;
const LEDE = 1_500;
/** More blocks to draw than this: measure which are in view and draw those first. */
const VISIBLE_FIRST_FROM = 24;

export class Lens {
  private phase: LensPhase = 'off';
  private controller: AbortController | null = null;
  private queue: Promise<void> = Promise.resolve();
  private classifier = new Classifier();
  private text = new PageText();
  private highlighter: Highlighter;
  private observer: PageObserver | null = null;
  private fullEngine: Engine | null = null;
  private current: Report | null = null;
  private planned = new Map<string, Highlight>();
  /** Section text → its report (offsets within the section), for giant pages. */
  private sections = new Map<string, Report>();

  constructor(private readonly opts: LensOptions) {
    this.highlighter = new Highlighter(opts.doc, this.classifier, { describe: opts.describe });
  }

  get state(): LensPhase {
    return this.phase;
  }

  get report(): Report | null {
    return this.current;
  }

  get engine(): Engine | null {
    return this.fullEngine;
  }

  /** The highlight with this id as last planned (claim with its report index, or mention). */
  highlight(id: string): Highlight | undefined {
    return this.planned.get(id);
  }

  /** The wrapper elements of a highlight, in document order (first = focusable head). */
  wrappers(id: string): HTMLElement[] {
    return (this.highlighter.wrappers.get(id) ?? []).filter((el) => el.isConnected);
  }

  /** Head element of claim `index` of the report, if it is drawn. */
  claimHead(index: number): HTMLElement | null {
    const claim = this.current?.claims[index];
    return claim ? (this.wrappers(claimId(claim))[0] ?? null) : null;
  }

  /** Heads of every drawn claim, in document order. */
  claimHeads(): HTMLElement[] {
    const heads: HTMLElement[] = [];
    for (const hl of this.planned.values()) {
      if (hl.kind !== 'claim') continue;
      const head = this.wrappers(hl.id)[0];
      if (head) heads.push(head);
    }
    return heads.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  }

  /** Starts reading the page (no-op when already on). Resolves when the first pass is done. */
  start(): Promise<void> {
    if (this.phase !== 'off') return this.idle();
    const controller = new AbortController();
    this.controller = controller;
    this.phase = 'reading';
    this.classifier = new Classifier();
    this.text = new PageText();
    this.highlighter = new Highlighter(this.opts.doc, this.classifier, { describe: this.opts.describe });
    const body = this.opts.doc.body;
    if (body && this.opts.observe !== false) {
      this.observer = observePage(body, {
        classifier: this.classifier,
        throttleMs: this.opts.minThrottleMs ?? 400,
        onChange: (roots) => this.enqueue((signal) => this.update(roots, signal)),
      });
    }
    return this.enqueue((signal) => this.firstPass(signal));
  }

  /** Removes every trace from the page and stops watching it. */
  stop(): void {
    if (this.phase === 'off') return;
    this.controller?.abort();
    this.controller = null;
    this.observer?.disconnect();
    this.observer = null;
    this.highlighter.eraseAll();
    this.text = new PageText();
    this.planned.clear();
    this.sections.clear();
    this.phase = 'off';
    if (this.current) {
      this.current = null;
      this.opts.onReport(null);
    }
  }

  /** Redraws from the current report (e.g. the "show entity mentions" setting changed). */
  redraw(): Promise<void> {
    return this.enqueue(async (signal) => {
      if (this.phase === 'active') await this.reconcile(signal);
    });
  }

  /** Resolves when all queued work is done (tests, focus-claim before drawing finished). */
  idle(): Promise<void> {
    return this.queue;
  }

  private enqueue(job: (signal: AbortSignal) => Promise<void>): Promise<void> {
    const signal = this.controller?.signal;
    if (!signal) return this.queue;
    this.queue = this.queue.then(async () => {
      if (signal.aborted) return;
      try {
        await job(signal);
      } catch (err) {
        if (!isAbort(err)) this.opts.onError?.(err);
      }
    });
    return this.queue;
  }

  private async firstPass(signal: AbortSignal): Promise<void> {
    const body = this.opts.doc.body;
    if (!body) return;
    let snap = await this.snapshot(body, signal);
    if (!snap) snap = await this.snapshot(body, signal); // the page moved under us: once more
    if (!snap) return;
    this.text.append(snap);
    if (!(await this.passesGate([this.text.value], signal))) {
      this.phase = 'waiting';
      this.text = new PageText(); // nothing to keep: a later change re-reads the page
      return;
    }
    await this.analyzeAndDraw(signal);
  }

  private async update(roots: Element[], signal: AbortSignal): Promise<void> {
    if (this.phase === 'waiting') {
      // Only the new text is read; when it turns out to be about the alliance, read it all.
      const texts: string[] = [];
      for (const root of roots) {
        const snap = await this.snapshot(root, signal);
        if (snap) texts.push(snap.text);
      }
      if (!(await this.passesGate(texts, signal))) return;
      this.text = new PageText();
      this.phase = 'reading';
      return this.firstPass(signal);
    }
    if (this.phase !== 'active') return;
    if (this.text.dead > COMPACT_AT && this.text.dead > this.text.size / 2) return this.rebuild();
    this.quietly(() => {
      for (const root of roots) this.highlighter.eraseWithin(root);
      this.highlighter.forgetDetached();
    });
    const retired = this.text.retire((e) => !e.node.isConnected || roots.some((r) => r.contains(e.node)));
    if (roots.length === 0 && retired === 0) return; // removed blocks we had not read
    for (const root of roots) {
      const snap = await this.snapshot(root, signal);
      if (snap) this.text.append(snap);
    }
    await this.analyzeAndDraw(signal);
  }

  /** Start over on a fresh page text (the old one is mostly dead text now). */
  private rebuild(): void {
    this.stop();
    void this.start();
  }

  private async snapshot(root: Element, signal: AbortSignal): Promise<Snapshot | null> {
    const builder = new SnapshotBuilder();
    await this.opts.scheduler.run(snapshotSteps(root, this.classifier, builder), signal, 'snapshot');
    return builder.interrupted ? null : builder.result();
  }

  /** Whether any of the texts mentions something alliance-related (a bare place does not count). */
  private async passesGate(texts: string[], signal: AbortSignal): Promise<boolean> {
    const makeGate = this.opts.gate;
    let found = false;
    let gate!: ReturnType<LensOptions['gate']>;
    // Building the gate (first time only) is a step of its own.
    const build = function* (): Generator<void> {
      gate = makeGate();
    };
    await this.opts.scheduler.run(build(), signal, 'gate engine');
    function* steps(): Generator<void> {
      const related = (ms: Mention[]) => ms.some((m) => gate.entity(m.entity)?.kind !== 'place');
      for (const text of texts) {
        // Cut at separators or spaces, so no chunk splits a name in two.
        for (const [start, end] of sectionsOf(text, GATE_CHUNK)) {
          if (related(gate.findMentions(text.slice(start, end)))) {
            found = true;
            return;
          }
          yield;
        }
      }
    }
    await this.opts.scheduler.run(steps(), signal, 'gate');
    return found;
  }

  private async analyzeAndDraw(signal: AbortSignal): Promise<void> {
    const engine = this.fullEngine ?? (this.fullEngine = await this.opts.engine());
    if (signal.aborted) throw new AbortedError();
    const began = performance.now();
    const report = await this.analyze(engine, signal);
    // Pages that are slow to analyse get fewer updates: at most ~5% of the main thread.
    const least = this.opts.minThrottleMs ?? 400;
    this.observer?.setThrottle(Math.min(5000, Math.max(least, (performance.now() - began) * 20)));
    const changed = JSON.stringify(report) !== JSON.stringify(this.current);
    this.current = report;
    this.phase = 'active';
    if (changed) this.opts.onReport(report);
    await this.reconcile(signal);
  }

  /**
   * The engine over the page text: whole for an article, in sections for a giant page (the
   * report's meeting is then the first one a section resolves, from the top of the page).
   */
  private async analyze(engine: Engine, signal: AbortSignal): Promise<Report> {
    const doc = this.opts.doc;
    const text = this.text.value;
    const page = { published: readPublished(doc), source: this.opts.source(), title: readTitle(doc) };
    if (text.length <= SECTIONED_FROM) return engine.analyze({ text, ...page });
    const previous = this.sections;
    const next = new Map<string, Report>();
    const merged: Report = { ...page, language: 'en', meeting: null, mentions: [], claims: [] };
    const sections = sectionsOf(text, SECTION);
    const ledeEnd = sectionsOf(text.slice(0, sections[0]![1]), LEDE)[0]![1];
    const lede = text.slice(0, ledeEnd).replace(/\n?$/, '\n');
    function* steps(): Generator<void> {
      for (const [start, end] of sections) {
        // Later sections are read after the lede; what the engine finds in the lede is dropped
        // there (section 0 reports it).
        const prefix = start === 0 ? '' : lede;
        const input = prefix + text.slice(start, end);
        const part = previous.get(input) ?? next.get(input) ?? engine.analyze({ text: input, ...page });
        next.set(input, part);
        if (start === 0) {
          merged.meeting = part.meeting;
          merged.language = part.language;
        } else if (!merged.meeting && part.meeting) {
          merged.meeting = part.meeting;
        }
        const shift = start - prefix.length;
        for (const m of part.mentions) {
          if (m.start >= prefix.length) merged.mentions.push({ ...m, start: m.start + shift, end: m.end + shift });
        }
        for (const c of part.claims) {
          if (c.start >= prefix.length) merged.claims.push({ ...c, start: c.start + shift, end: c.end + shift });
        }
        yield;
      }
    }
    await this.opts.scheduler.run(steps(), signal, 'analysis');
    this.sections = next;
    return merged;
  }

  /** Draws what the plan asks for, block by block, visible blocks first; untouched blocks stay. */
  private async reconcile(signal: AbortSignal): Promise<void> {
    const report = this.current;
    if (!report) return;
    const plan = planHighlights(report, { showMentions: this.opts.showMentions(), showUnverified: this.opts.showUnverified?.() ?? true });
    this.planned = new Map(plan.map((hl) => [hl.id, hl]));
    const byContext = new Map<Element, Highlight[]>();
    for (const hl of plan) {
      const ctx = this.highlighter.contextOf(hl, this.text);
      if (!ctx) continue;
      const list = byContext.get(ctx);
      if (list) list.push(hl);
      else byContext.set(ctx, [hl]);
    }
    const jobs: Array<{ ctx: Element; hls: Highlight[] }> = [];
    for (const [ctx, hls] of byContext) if (!this.highlighter.isCurrent(ctx, hls)) jobs.push({ ctx, hls });
    for (const ctx of this.highlighter.drawnContexts) if (!byContext.has(ctx)) jobs.push({ ctx, hls: [] });
    if (jobs.length === 0) return;
    // Worth finding out for a page's worth of blocks, not for an update.
    const ordered = jobs.length >= VISIBLE_FIRST_FROM ? await this.visibleFirst(jobs) : jobs;
    if (signal.aborted) throw new AbortedError();
    const { highlighter, text } = this;
    const quietly = <T>(write: () => T) => this.quietly(write);
    await this.opts.scheduler.run(
      (function* () {
        for (const job of ordered) {
          const steps = highlighter.drawSteps(job.ctx, job.hls, text);
          while (!quietly(() => steps.next()).done) yield;
          yield;
        }
      })(),
      signal,
      'draw',
    );
  }

  /**
   * Blocks in (or within a screen of) the viewport first, then the rest in document order. An
   * IntersectionObserver answers after the next frame without forcing a layout in our task
   * (getBoundingClientRect on a giant page would); no answer in time means document order.
   */
  private visibleFirst<T extends { ctx: Element }>(jobs: T[]): Promise<T[]> {
    const IO = this.opts.doc.defaultView?.IntersectionObserver;
    if (!IO) return Promise.resolve(jobs);
    return new Promise((resolve) => {
      const near = new Set<Element>();
      let answered = 0;
      let settled = false;
      const finish = () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        observer.disconnect();
        resolve([...jobs.filter((j) => near.has(j.ctx)), ...jobs.filter((j) => !near.has(j.ctx))]);
      };
      const observer = new IO((entries) => {
        for (const e of entries) {
          answered++;
          if (e.isIntersecting) near.add(e.target);
        }
        if (answered >= jobs.length) finish();
      }, { rootMargin: '100% 0px' });
      for (const job of jobs) observer.observe(job.ctx);
      const timer = setTimeout(finish, 250);
    });
  }

  private quietly<T>(write: () => T): T {
    return this.observer ? this.observer.quietly(write) : write();
  }
}

/** [start, end) sections of at most `size` characters, cut where the text allows. */
export function sectionsOf(text: string, size: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      // After a block separator if there is one, else after a sentence, else after a word.
      const floor = start + (end - start) / 2;
      const cut = [text.lastIndexOf('\n', end), text.lastIndexOf('. ', end), text.lastIndexOf(' ', end)].find((i) => i > floor);
      if (cut !== undefined) end = cut + 1;
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}
