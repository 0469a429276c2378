// The pipeline for one page: snapshot → gate → analysis (in the background, section by section on
// a giant page, sections near the viewport first) → draw, then keeping up with the page's
// changes. Work runs one job at a time (a queue), sliced by the scheduler; every job stops when
// the lens is stopped. stop() takes every highlight out, in slices on a giant page.
import type { Report } from '../../engine/report';
import type { PageAnalyzer } from './analyzer';
import { Highlighter, type PreparedBlock } from './apply';
import { Classifier } from './classify';
import { HighlightBook, type ContextJob } from './highlight-book';
import { installHighlightStyle, type StyleHandle } from './highlight-style';
import { focusedHighlight, restoreFocus } from './keep-focus';
import { observePage, type PageObserver } from './observer';
import { readPublished, readTitle } from './page-meta';
import { PageText } from './page-text';
import { claimId, planHighlights, type Highlight } from './plan';
import { AbortedError, isAbort, type Scheduler } from './scheduler';
import {
  DEFAULT_LIMITS, mergeSections, replanSections, sameInput, sectionInput, sectionResult,
  type Section, type SectionLimits, type SectionPlan, type SectionResult,
} from './sections';
import { SnapshotBuilder, snapshotSteps, type Snapshot } from './snapshot';
import { nearFirst, nearViewport } from './visible-first';

export interface PageCounts {
  claims: number;
  conflicts: number;
}

export interface LensOptions {
  doc: Document;
  /** The engine, wherever it runs (the background, in the extension). */
  analyzer: PageAnalyzer;
  scheduler: Scheduler;
  /** The page's address, for the report. */
  source(): string;
  showMentions(): boolean;
  /** Mark unverified claims (default true); off, they are drawn quiet. */
  showUnverified?(): boolean;
  /** Describes a highlight for assistive technology (aria-description). */
  describe(hl: Highlight): string;
  /** Called whenever the analysis changes (null: the lens was stopped). */
  onChange(counts: PageCounts | null): void;
  /** Keep up with later changes of the page (default true). */
  observe?: boolean;
  /** Wait after a page change before reading it, in ms (default 100; raised on slow pages). */
  minThrottleMs?: number;
  /** Section sizes (tests use small ones). */
  limits?: SectionLimits;
  onError?(err: unknown): void;
}

export type LensPhase = 'off' | 'reading' | 'waiting' | 'active';

/** Rebuild from scratch when this much of the page text is dead (blanked) text. */
const COMPACT_AT = 400_000;
/** More blocks to draw than this: find out which are in view and draw those first. */
const VISIBLE_FIRST_FROM = 24;
/** A section's place on the page is sampled every so many characters (visible-first order). */
const SAMPLE_EVERY = 2_000;

interface Analysed {
  text: string;
  plan: SectionPlan;
  /** One per section of the plan; null while its answer is awaited. */
  results: Array<SectionResult | null>;
}

const done = (results: ReadonlyArray<SectionResult | null>): SectionResult[] => results.filter((r): r is SectionResult => r !== null);

export class Lens {
  private phase: LensPhase = 'off';
  private controller: AbortController | null = null;
  private queue: Promise<void> = Promise.resolve();
  private classifier = new Classifier();
  private text = new PageText();
  private highlighter: Highlighter;
  private observer: PageObserver | null = null;
  private book = new HighlightBook();
  /** The text, plan and per-section results the highlights come from. */
  private analysed: Analysed = { text: '', plan: { sections: [], lede: '' }, results: [] };
  private merged: Report | null = null;
  private page: Pick<Report, 'source' | 'title' | 'published'> = { source: '', title: null, published: null };
  /** Roots changed by the page and not read yet (one update job reads them all). */
  private pendingRoots = new Set<Element>();
  /** Every change gathered since the last update only added blocks (nothing left or changed). */
  private pendingOnlyAdded = true;
  /** When the first of the gathered changes was seen, and when the lens last finished reading. */
  private pendingSince = Infinity;
  private readAt = -Infinity;
  private updateQueued = false;
  /** Resolves when the last stop() has taken every highlight out. */
  private erasing: Promise<void> = Promise.resolve();
  /** The highlights' keyed stylesheet, adopted while highlights are shown (highlight-style.ts). */
  private style: StyleHandle | null = null;

  constructor(private readonly opts: LensOptions) {
    this.highlighter = new Highlighter(opts.doc, this.classifier, { describe: opts.describe });
  }

  get state(): LensPhase {
    return this.phase;
  }

  /** The page's report (built on demand from the sections' results). */
  get report(): Report | null {
    if (this.phase === 'off' || this.phase === 'waiting') return null;
    return (this.merged ??= mergeSections(this.page, done(this.analysed.results)));
  }

  /** The meeting the page is about, as the first section to resolve one says. */
  get meeting(): Report['meeting'] {
    for (const r of this.analysed.results) if (r?.meeting) return r.meeting;
    return null;
  }

  /** The highlight with this id as last planned. */
  highlight(id: string): Highlight | undefined {
    return this.book.get(id);
  }

  /** The wrapper elements of a highlight, in document order (first = focusable head). */
  wrappers(id: string): HTMLElement[] {
    const ctx = this.book.contextOf(id);
    return ctx ? this.highlighter.wrappersIn(ctx, id).filter((el) => el.isConnected) : [];
  }

  /** Head element of claim `index` of the report, if it is drawn. */
  claimHead(index: number): HTMLElement | null {
    const claim = this.report?.claims[index];
    return claim ? (this.wrappers(claimId(claim))[0] ?? null) : null;
  }

  /** Heads of every drawn claim, in document order. */
  claimHeads(): HTMLElement[] {
    const heads: HTMLElement[] = [];
    for (const hl of this.book.values()) {
      if (hl.kind !== 'claim') continue;
      const head = this.wrappers(hl.id)[0];
      if (head) heads.push(head);
    }
    return heads.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  }

  /**
   * Starts reading the page (no-op when already on). Resolves when the first pass is done.
   * `related` false: the page's text was already found to be about nothing alliance-related
   * (gate-text.ts); the lens only waits for new content.
   */
  start(related?: boolean): Promise<void> {
    if (this.phase !== 'off') return this.idle();
    const controller = new AbortController();
    this.controller = controller;
    this.phase = 'reading';
    this.classifier = new Classifier();
    this.highlighter = new Highlighter(this.opts.doc, this.classifier, { describe: this.opts.describe });
    this.reset();
    const body = this.opts.doc.body;
    if (body && this.opts.observe !== false) {
      this.observer = observePage(body, {
        classifier: this.classifier,
        throttleMs: this.opts.minThrottleMs ?? 100,
        onChange: (roots, _removed, onlyAdded, since) => this.pageChanged(roots, onlyAdded, since),
      });
    }
    if (related === false) {
      this.phase = 'waiting';
      return this.idle();
    }
    return this.enqueue((signal) => this.firstPass(signal));
  }

  /**
   * Stops watching the page and takes every highlight out: at once for an ordinary page, in
   * slices (like drawing) for a giant one. The returned promise says when the page is clean.
   */
  stop(): Promise<void> {
    if (this.phase === 'off') return Promise.resolve();
    this.controller?.abort();
    this.controller = null;
    this.observer?.disconnect();
    this.observer = null;
    const hadReport = this.phase === 'active';
    const batch = batchSize(this.text.size);
    this.phase = 'off';
    this.reset();
    if (hadReport) this.opts.onChange(null);
    const highlighter = this.highlighter;
    // The stylesheet goes with the last highlight (unless the lens was started again meanwhile).
    const unstyle = () => {
      if (this.phase !== 'off') return;
      this.style?.remove();
      this.style = null;
    };
    if (highlighter.markCount <= ERASE_AT_ONCE) {
      highlighter.eraseAll();
      unstyle();
      return Promise.resolve();
    }
    const erased = this.opts.scheduler.run(highlighter.eraseSteps(batch), undefined, 'erase');
    this.erasing = erased.then(unstyle, (err) => this.opts.onError?.(err));
    return this.erasing;
  }

  /** Redraws from the current analysis (e.g. the "show entity mentions" setting changed). */
  redraw(): Promise<void> {
    return this.enqueue(async (signal) => {
      if (this.phase !== 'active') return;
      this.book.clear();
      for (const ctx of this.highlighter.drawnContexts) this.book.touch(ctx);
      for (const r of done(this.analysed.results)) this.adopt(r);
      await this.draw(this.book.takeJobs(), signal);
    });
  }

  /** Resolves when all queued work is done (tests, focus-claim before drawing finished). */
  idle(): Promise<void> {
    return this.queue;
  }

  private reset(): void {
    this.text = new PageText();
    this.book.clear();
    this.analysed = { text: '', plan: { sections: [], lede: '' }, results: [] };
    this.merged = null;
    this.pendingRoots.clear();
    this.pendingOnlyAdded = true;
    this.pendingSince = Infinity;
    this.updateQueued = false;
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

  /** Page changes wait in one set; a single queued job reads whatever has gathered by then. */
  private pageChanged(roots: Element[], onlyAdded: boolean, since: number): void {
    for (const r of roots) this.pendingRoots.add(r);
    this.pendingOnlyAdded &&= onlyAdded;
    this.pendingSince = Math.min(this.pendingSince, since);
    if (this.updateQueued) return;
    this.updateQueued = true;
    void this.enqueue(async (signal) => {
      this.updateQueued = false;
      const gathered = [...this.pendingRoots].filter((r) => r.isConnected);
      // New blocks only, none of them there when the lens last read the page: nothing read
      // before can hold their text.
      const added = this.pendingOnlyAdded && gathered.length === this.pendingRoots.size && this.pendingSince > this.readAt;
      this.pendingRoots.clear();
      this.pendingOnlyAdded = true;
      this.pendingSince = Infinity;
      const began = performance.now();
      await this.update(outermost(gathered), signal, added);
      // A page that keeps changing is read at most about half the time.
      const least = this.opts.minThrottleMs ?? 100;
      this.observer?.setThrottle(Math.min(2000, Math.max(least, performance.now() - began)));
    });
  }

  private async firstPass(signal: AbortSignal): Promise<void> {
    await this.erasing; // a stop() still taking a giant page's highlights out
    if (signal.aborted) throw new AbortedError();
    const body = this.opts.doc.body;
    if (!body) return;
    let snap = await this.snapshot(body, signal);
    if (!snap) snap = await this.snapshot(body, signal); // the page moved under us: once more
    if (!snap) return;
    this.text.append(snap);
    // An article goes to the engine whole, with the gate asked in the same round trip; a giant
    // page is gated, then analysed section by section. Its first section's mentions are asked
    // for before its gate (the whole text, a longer round trip) and drawn as an article's are,
    // while the rest waits: taken out again if the gate finds the page unrelated.
    const whole = this.text.size <= (this.opts.limits ?? DEFAULT_LIMITS).sectionedFrom;
    const related = await this.analyzeAndDraw(signal, whole ? true : () => this.opts.analyzer.related(this.text.value));
    if (signal.aborted) throw new AbortedError();
    if (!related) {
      this.phase = 'waiting';
      this.text = new PageText(); // nothing to keep: a later change re-reads the page
      this.analysed = { text: '', plan: { sections: [], lede: '' }, results: [] };
      return;
    }
  }

  /**
   * Reads the changed roots again. `onlyAdded`: the page only added these blocks, after the
   * lens last read it, so nothing read before is looked through (the cost is the new
   * content's).
   */
  private async update(roots: Element[], signal: AbortSignal, onlyAdded = false): Promise<void> {
    if (this.phase === 'waiting') {
      // Only the new text is read; when it turns out to be about the alliance, read it all.
      const texts: string[] = [];
      for (const root of roots) {
        const snap = await this.snapshot(root, signal);
        if (snap) texts.push(snap.text);
      }
      if (texts.length === 0 || !(await this.opts.analyzer.related(texts.join('\n')))) return;
      if (signal.aborted) throw new AbortedError();
      this.text = new PageText();
      this.phase = 'reading';
      return this.firstPass(signal);
    }
    if (this.phase !== 'active') return;
    if (this.text.dead > COMPACT_AT && this.text.dead > this.text.size / 2) return this.rebuild();
    if (!onlyAdded) {
      const inRoots = textNodesIn(roots);
      this.quietly(() => {
        for (const root of roots) this.highlighter.eraseWithin(root);
        this.highlighter.forgetDetached();
      });
      const retired = this.text.retire((node) => !node.isConnected || inRoots.has(node));
      if (roots.length === 0 && retired === 0) return; // removed blocks we had not read
    } else if (roots.length === 0) return;
    for (const root of roots) {
      const snap = await this.snapshot(root, signal);
      if (snap) this.text.append(snap);
    }
    await this.analyzeAndDraw(signal);
  }

  /** Start over on a fresh page text (the old one is mostly dead text now). */
  private rebuild(): void {
    void this.stop().then(() => this.start());
  }

  private async snapshot(root: Element, signal: AbortSignal): Promise<Snapshot | null> {
    const builder = new SnapshotBuilder();
    try {
      await this.opts.scheduler.run(snapshotSteps(root, this.classifier, builder), signal, 'snapshot');
    } finally {
      this.readAt = performance.now();
    }
    return builder.interrupted ? null : builder.result();
  }

  /**
   * Plans the sections of the current text, keeps the results of those that read the same text
   * as before, asks for the others (those near the viewport first: the first at once, the rest
   * in slices) and draws each one's blocks as its answer arrives. With `gate` true (a page read
   * whole), false when the engine found nothing alliance-related; with `gate` a function (a
   * giant page), it is asked after the first mentions and false when it says so; nothing is
   * analysed before it answers.
   */
  private async analyzeAndDraw(signal: AbortSignal, gate: boolean | (() => Promise<boolean>) = false): Promise<boolean> {
    const doc = this.opts.doc;
    const text = this.text.value;
    const before = this.analysed;
    // Only what changed since the last plan is cut again and compared (an append costs itself).
    const unchangedBefore = Math.min(this.text.takeUnchangedBefore(), before.text.length);
    const plan = replanSections(text, before.plan, unchangedBefore, this.opts.limits ?? DEFAULT_LIMITS);
    const oldAt = new Map(before.plan.sections.map((s, i) => [s.start, i]));
    const results: Array<SectionResult | null> = plan.sections.map((section) => {
      const i = oldAt.get(section.start);
      if (i === undefined) return null;
      const was = { text: before.text, plan: before.plan, section: before.plan.sections[i]! };
      return sameInput(was, text, plan, section, unchangedBefore) ? before.results[i]! : null;
    });
    const kept = new Set(done(results));
    for (const r of done(before.results)) {
      if (kept.has(r)) continue;
      this.book.remove('claim', r.claims);
      this.book.remove('mention', r.mentions);
    }
    const page = { published: readPublished(doc), source: this.opts.source(), title: readTitle(doc) };
    const changedPage = page.published !== this.page.published || page.title !== this.page.title || page.source !== this.page.source;
    this.page = page;
    let todo = plan.sections.flatMap((section, i) => (results[i] ? [] : [{ section, i }]));
    this.analysed = { text, plan, results };
    this.merged = null;
    if (todo.length === 0 && !changedPage && kept.size === done(before.results).length) {
      await this.draw(this.book.takeJobs(), signal);
      return true;
    }
    if (todo.length > 1) todo = (await nearFirst(doc, todo, ({ section }) => this.samples(section))).items;
    if (signal.aborted) throw new AbortedError();
    // Reading the page for the first time, the gazetteer's mentions of the first section are
    // asked for before anything else: they come back at once, and those in view are drawn while
    // the background is still analysing the claims.
    const keepingUp = this.phase === 'active';
    const first = todo[0];
    // Which of its blocks are in view is asked at the same time: the observer answers after a
    // frame, which then passes while the background finds the mentions.
    const early = first && !keepingUp && this.opts.showMentions()
      ? {
        section: first.section,
        mentions: this.opts.analyzer.mentions(sectionInput(text, plan, first.section)),
        near: nearViewport(doc, this.blocksOf(first.section)),
      }
      : null;
    // A giant page's gate is asked now, behind the first mentions (the background answers in
    // turn): its analyses leave once it says "related"; an article's leave at once.
    const gating = typeof gate === 'function' ? gate() : null;
    const ask = (section: Section) => this.opts.analyzer.analyze({ text: sectionInput(text, plan, section), ...page }, gate === true);
    // The first request leaves at once, the others in slices: sending a giant page's hundred
    // sections is serialising its whole text, some 50 ms in one go. (The background answers
    // them in turn, so the later ones lose nothing by leaving a slice later.)
    const sendAll = () => {
      const answers = todo.map((_, k) => (k === 0 ? ask(todo[0]!.section) : deferred<Report | null>()));
      if (todo.length > 1) {
        const later = answers.slice(1) as Array<Deferred<Report | null>>;
        this.opts.scheduler.run((function* () {
          for (const [k, slot] of later.entries()) {
            ask(todo[k + 1]!.section).then(slot.resolve, slot.reject);
            yield;
          }
        })(), signal, 'send').catch((err: unknown) => { for (const slot of later) slot.reject(err); });
      }
      for (const answer of answers) answer.catch(() => {}); // handled when awaited below
      return answers as Array<Promise<Report | null>>;
    };
    const sent = gating ? gating.then((related) => (related ? sendAll() : null)) : Promise.resolve(sendAll());
    sent.catch(() => {}); // handled when awaited below
    // The first answer (the sections in view) is drawn at once; later ones gather until they
    // make a batch worth a frame (draw), so a giant page is not written to once per section.
    // Keeping up with a change (the page shows highlights already), every answer gathers: the
    // few sections a change touches are drawn in one write, one frame.
    const firstAnswer = sent.then((answers) => answers?.[0] ?? null);
    const drawnEarly = early ? await this.drawEarly(early, firstAnswer, signal) : null;
    const answers = await sent;
    if (signal.aborted) throw new AbortedError();
    const gathered = new Map<Element, ContextJob>();
    let gatheredMarks = 0;
    for (const [k, { section, i }] of todo.entries()) {
      const report = answers ? await answers[k]! : null;
      if (signal.aborted) throw new AbortedError();
      if (!report) {
        // (Only with the gate: the page's, or a page read whole's analysis.) Nothing stays drawn.
        if (drawnEarly) {
          this.book.remove('mention', drawnEarly);
          await this.draw(this.book.takeJobs(), signal);
        }
        return false;
      }
      const result = sectionResult(section, report);
      results[i] = result;
      this.merged = null;
      // The full result takes the early mentions' place (the same ones, and the claims).
      if (k === 0 && drawnEarly) this.book.remove('mention', drawnEarly);
      this.adopt(result);
      for (const job of this.book.takeJobs()) {
        gathered.set(job.ctx, job);
        gatheredMarks += job.hls.length;
      }
      if ((k === 0 && !keepingUp) || k === todo.length - 1 || gatheredMarks >= batchSize(text.length)) {
        const jobs = [...gathered.values()];
        gathered.clear();
        gatheredMarks = 0;
        await this.draw(jobs, signal);
      }
    }
    this.phase = 'active';
    this.opts.onChange(this.counts());
    await this.draw(this.book.takeJobs(), signal);
    return true;
  }

  /**
   * Draws the early mentions of `section` that are in view, unless its analysis has come first.
   * They go in the book like any highlight (a card opens on them) and the section's full
   * result replaces them; the blocks out of view wait for it. Returns the mentions put in the
   * book (to take out), or null.
   */
  private async drawEarly(
    { section, mentions: asked, near: nearAsked }: { section: Section; mentions: Promise<Report['mentions']>; near: Promise<Set<Element>> },
    analysis: Promise<unknown>,
    signal: AbortSignal,
  ): Promise<Report['mentions'] | null> {
    let analysed = false;
    analysis.then(() => { analysed = true; }, () => { analysed = true; });
    const mentions = await asked.catch(() => null); // (lost: the section waits for its analysis)
    if (!mentions || analysed || signal.aborted) return null;
    // Place names alone do not make a page alliance-related: its analysis may well say it is not.
    if (!mentions.some((m) => this.opts.analyzer.lookup.entity(m.entity)?.kind !== 'place')) return null;
    const result = sectionResult(section, { source: '', title: null, published: null, language: 'en', meeting: null, mentions, claims: [] });
    this.adopt(result);
    const jobs = this.book.takeJobs();
    const near = await nearAsked;
    if (signal.aborted) throw new AbortedError();
    if (!analysed) await this.draw(jobs.filter((job) => near.has(job.ctx)), signal);
    return result.mentions;
  }

  /** Blocks spread through a section (where it sits on the page). */
  private samples(section: Section): Element[] {
    const out: Element[] = [];
    for (let at = section.start; at < section.end; at += SAMPLE_EVERY) {
      const node = this.text.nodeAt(at, section.end);
      const block = node?.isConnected ? this.classifier.blockOf(node) : null;
      if (block && out.at(-1) !== block) out.push(block);
    }
    return out;
  }

  /** The blocks that hold a section's text, each once, in order (a highlight's context is one of them). */
  private blocksOf(section: Section): Element[] {
    const out = new Set<Element>();
    for (const { node } of this.text.locate(section.start, section.end)) {
      const block = node.isConnected ? this.classifier.blockOf(node) : null;
      if (block) out.add(block);
    }
    return [...out];
  }

  /** Adds a section's highlights to the book. */
  private adopt(result: SectionResult): void {
    const hls = planHighlights(result, { showMentions: this.opts.showMentions(), showUnverified: this.opts.showUnverified?.() ?? true });
    this.book.add(hls, (hl) => this.highlighter.contextOf(hl, this.text));
  }

  private counts(): PageCounts {
    let claims = 0;
    let conflicts = 0;
    for (const r of done(this.analysed.results)) {
      claims += r.claims.length;
      for (const c of r.claims) if (c.verdict === 'conflict') conflicts++;
    }
    return { claims, conflicts };
  }

  /**
   * Draws the given contexts (visible ones first when there are many); untouched blocks stay.
   * A context whose highlights all went comes as a job with none: it is only erased.
   * Blocks are built off the page and put in together, batchSize() highlights at a time (the blocks
   * near the viewport as soon as they are built): every frame after a write lays out and paints
   * the page again, which on a giant page costs more than the writes, so the page is written
   * to in few, large batches rather than a little in every slice.
   */
  private async draw(given: ContextJob[], signal: AbortSignal): Promise<void> {
    const jobs = given.filter((job) => !this.highlighter.isCurrent(job.ctx, job.hls));
    if (jobs.length === 0) return;
    // Fewer highlights than one batch (new content, mostly) go in with one write, in any order:
    // a second frame costs more than the order gains.
    let total = 0;
    for (const job of jobs) total += job.hls.length;
    const oneBatch = total <= batchSize(this.text.size);
    const { items: ordered, near } = oneBatch
      ? { items: jobs, near: 0 }
      : jobs.length >= VISIBLE_FIRST_FROM
        ? await nearFirst(this.opts.doc, jobs, (j) => [j.ctx])
        : { items: jobs, near: jobs.length };
    if (signal.aborted) throw new AbortedError();
    // Adopted with the first highlight, not at start: a new sheet restyles the whole page, which
    // a page with nothing to highlight should never pay for.
    if (jobs.some((job) => job.hls.length > 0)) this.style ??= installHighlightStyle(this.opts.doc);
    const { highlighter, text } = this;
    const doc = this.opts.doc;
    const quietly = <T>(write: () => T) => this.quietly(write);
    // Batches of even size (a small last one would cost a frame of its own).
    let planned = 0;
    for (const job of ordered.slice(near)) planned += job.hls.length;
    const perBatch = Math.ceil(planned / Math.max(1, Math.round(planned / batchSize(text.size))));
    await this.opts.scheduler.run(
      (function* () {
        let batch: PreparedBlock[] = [];
        let marks = 0;
        const flush = () => {
          const blocks = batch;
          batch = [];
          marks = 0;
          if (blocks.length) quietly(() => { for (const b of blocks) highlighter.commit(b); });
        };
        for (const [i, job] of ordered.entries()) {
          const prepared = highlighter.prepare(job.ctx, job.hls, text);
          if (prepared) {
            batch.push(prepared);
            marks += job.hls.length; // (counted as planned: a highlight split over tags is one)
            if (marks >= perBatch || i === near - 1) flush();
            yield;
            continue;
          }
          // Drawn already (its marks come out first), only to erase, or a giant block: in place.
          flush();
          const steps = highlighter.drawSteps(job.ctx, job.hls, text);
          const focus = focusedHighlight(doc);
          while (!quietly(() => steps.next()).done) yield;
          restoreFocus(doc, focus, (id) => highlighter.wrappersIn(job.ctx, id)[0]);
          yield;
        }
        flush();
      })(),
      signal,
      'draw',
    );
  }

  private quietly<T>(write: () => T): T {
    return this.observer ? this.observer.quietly(write) : write();
  }
}

/**
 * Highlights built off the page before they are put in together (see draw), on a page of this
 * much text. The frame after a batch costs a share that grows with the page (laying out a
 * 300,000-word page takes some 30 ms however little changed) and a share per highlight (about
 * 0.07 ms of style, layout and paint): batches about as large as the page's fixed share keep
 * both small, and under 50 ms on an ordinary page (300 highlights up to ~400,000 characters).
 */
function batchSize(pageChars: number): number {
  return Math.min(1_500, Math.max(300, Math.round(pageChars / 1_300)));
}
/** Up to this many highlight elements are taken out in one go; more, read in slices and written back in batches. */
const ERASE_AT_ONCE = 2_000;

/** Only the outermost of the roots (a root inside another is read with it). */
function outermost(roots: readonly Element[]): Element[] {
  const set = new Set(roots);
  return roots.filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

/** Every text node under the roots (to retire their old text in one pass over the page text). */
function textNodesIn(roots: readonly Element[]): Set<Text> {
  const nodes = new Set<Text>();
  for (const root of roots) {
    const walker = root.ownerDocument.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.add(n as Text);
  }
  return nodes;
}

interface Deferred<T> extends Promise<T> {
  resolve(value: T): void;
  reject(reason: unknown): void;
}

/** A promise settled from outside (a request sent later than its answer is awaited). */
function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((ok, fail) => { resolve = ok; reject = fail; });
  return Object.assign(promise, { resolve, reject });
}
