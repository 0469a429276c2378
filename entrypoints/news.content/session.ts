// One page's session: ties the lens (highlights), the hover card, the user's settings and the
// typed messages together. Everything browser-specific comes in through SessionDeps, so the
// whole session runs in a DOM test with fakes.
import type { GetReportResponse, MutationResult } from '../../utils/messages';
import type { ContentMessage, PageSettings } from '../../utils/page-messages';
import type { PageAnalyzer } from './analyzer';
import { browserLanguages, resolveLocale, type Locale } from '../../utils/translate';
import { cardAnchorId, cardFor, describeClaim, describeMention, type CardContent } from './card-content';
import { cardStrings } from './card-strings';
import { mountCard, type CardMount } from './card-mount';
import { Lens, type PageCounts } from './lens';
import { idOf } from './ours';
import { readTitle } from './page-meta';
import type { Highlight } from './plan';
import type { Scheduler } from './scheduler';

export interface SessionDeps {
  doc: Document;
  href(): string;
  /** The engine (in the background, in the extension). */
  analyzer: PageAnalyzer;
  /**
   * The user's settings as they apply to this page. `withGate`: send the page's text along, so
   * the answer says whether the page is about the alliance at all (`related`).
   */
  pageSettings(withGate?: boolean): Promise<PageSettings>;
  /** The card's strings in a language, as the background answers card-strings (parsed here). */
  cardStrings(locale: Locale): Promise<unknown>;
  /** Calls back on every settings change; returns the unwatch function. */
  watchSettings(onChange: () => void): () => void;
  /** The page's verdict counts changed (toolbar badge, popup). */
  sendCounts(counts: PageCounts & { source: string; title: string | null }): void;
  scheduler: Scheduler;
  onError?(err: unknown): void;
  /** ms to wait after a client-side navigation before reading the new page. */
  navigationSettleMs?: number;
  /** Hover timings of the card (defaults: 300 ms to open, 300 ms grace). */
  card?: { openDelayMs?: number; graceMs?: number; shadowMode?: ShadowRootMode; acceptSyntheticEvents?: boolean };
  /**
   * The browser's preferred languages, most preferred first (default: navigator's). Asked once,
   * and again after the window's languagechange event.
   */
  languages?(): string[];
}

export interface Session {
  /** Resolves when settings are read and the first pass (if any) is done. */
  readonly ready: Promise<void>;
  readonly lens: Lens;
  readonly card: CardMount;
  handle(message: ContentMessage): Promise<GetReportResponse | MutationResult>;
  /** The page's URL changed without a reload (history API). */
  navigated(): void;
  /** Removes every trace and stops listening (extension reloaded or updated). */
  dispose(): void;
}

export function startSession(deps: SessionDeps): Session {
  const { doc } = deps;
  let settings: PageSettings | null = null;
  /** Switched off with the toggle-highlights command (until the next toggle or reload). */
  let paused = false;
  let navTimer: ReturnType<typeof setTimeout> | null = null;
  let disposed = false;
  const { lookup } = deps.analyzer;
  const enabled = () => !!settings && settings.enabled && !paused;
  // The browser's languages, read once (every highlight's description asks for the locale) and
  // again only when the browser says they changed; the card's strings in the new language are
  // asked for then, so the next card speaks it.
  let languages: string[] | null = null;
  const languagesChanged = () => {
    languages = null;
    if (enabled()) prefetch();
  };
  doc.defaultView?.addEventListener('languagechange', languagesChanged);
  /** The last locale worked out, and from what (the setting, the languages as last read). */
  let resolved: { language: PageSettings['language']; langs: string[]; locale: Locale } | null = null;
  const locale = (): Locale => {
    const language = settings?.language ?? 'auto';
    const langs = (languages ??= deps.languages?.() ?? browserLanguages());
    if (resolved?.language !== language || resolved.langs !== langs) resolved = { language, langs, locale: resolveLocale(language, langs) };
    return resolved.locale;
  };
  const strings = cardStrings(deps.cardStrings);
  const words = () => strings.get(locale());
  // A report is handed on only once the card's strings are here: its highlights' descriptions
  // and cards need them, and a page with nothing to show never asks for them.
  // Once a page is known to be about the alliance, the strings are asked for at once: asked only
  // after the first report, their request would wait in the background behind every section
  // of a giant page.
  const prefetch = () => void strings.load(locale()).catch(() => { /* asked again with the first report */ });
  const analyzer: PageAnalyzer = {
    async related(text) {
      const related = await deps.analyzer.related(text);
      if (related) prefetch();
      return related;
    },
    async analyze(input, gate) {
      const report = await deps.analyzer.analyze(input, gate);
      if (report) await strings.load(locale());
      return report;
    },
    async mentions(text) {
      // The strings are asked for first: a request sent after the analysis would wait behind it.
      const loading = strings.load(locale());
      const mentions = await deps.analyzer.mentions(text);
      await loading;
      return mentions;
    },
    lookup,
  };

  const lens: Lens = new Lens({
    doc,
    analyzer,
    scheduler: deps.scheduler,
    source: deps.href,
    showMentions: () => settings?.showMentions ?? true,
    showUnverified: () => settings?.showUnverified ?? false,
    describe: (hl: Highlight) => {
      const t = words();
      if (!t) return '';
      return hl.kind === 'claim' ? describeClaim(hl.claim, t) : describeMention(hl.mention, lookup, t);
    },
    onChange: (counts) => {
      if (counts) deps.sendCounts({ ...counts, source: deps.href(), title: readTitle(doc) });
      card.refresh();
    },
    onError: deps.onError,
  });

  const content = (id: string): CardContent | null => {
    const hl = lens.highlight(id);
    const report = lens.report;
    if (!hl || !report) return null;
    const opts = { showMinorFlags: settings?.showMinorFlags ?? true, highlight: (at: string) => lens.highlight(at) };
    return cardFor(hl, report, lookup, opts);
  };
  const anchors = (id: string) => lens.wrappers(cardAnchorId(id, lens.report, (at) => lens.highlight(at)));
  const card = mountCard({ doc, content, anchors, translator: words, ...deps.card });

  const switchOff = () => {
    card.detach();
    void lens.stop();
  };
  const sync = (related?: boolean): Promise<void> => {
    if (disposed) return Promise.resolve();
    if (!enabled()) {
      switchOff();
      return Promise.resolve();
    }
    return lens.start(related);
  };

  // The first answer also gates the page: one with nothing alliance-related is never snapshotted.
  const ready = deps.pageSettings(true).then((s) => {
    settings = s;
    if (s.related && enabled()) prefetch();
    return sync(s.related);
  });

  const unwatch = deps.watchSettings(() => {
    void deps.pageSettings().then((next) => {
      const before = settings;
      settings = next;
      const redraw = before && (before.showMentions !== next.showMentions || before.showUnverified !== next.showUnverified);
      if (redraw && lens.state !== 'off' && enabled()) void lens.redraw();
      if (before && before.language !== next.language && lens.report) {
        strings.load(locale()).then(() => card.refresh(), (err) => deps.onError?.(err));
      } else if (before && before.showMinorFlags !== next.showMinorFlags) card.refresh();
      return sync();
    });
  });

  /** Scrolls a claim into view, focuses it and opens its card. */
  const reveal = (head: HTMLElement): MutationResult => {
    head.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    head.focus({ preventScroll: true });
    const id = idOf(head);
    if (id) card.open(id); // focus events do not fire in a background window: open it ourselves
    return { ok: true };
  };

  const handle = async (message: ContentMessage): Promise<GetReportResponse | MutationResult> => {
    switch (message.type) {
      case 'get-report':
        return { url: deps.href(), active: enabled(), report: lens.report, phase: lens.state };
      case 'focus-claim': {
        await lens.idle();
        const head = lens.claimHead(message.index);
        return head ? reveal(head) : { ok: false, error: `claim ${message.index} is not highlighted on this page` };
      }
      case 'step-claim': {
        await lens.idle();
        const heads = lens.claimHeads();
        if (heads.length === 0) return { ok: false, error: 'no claims are highlighted on this page' };
        const at = heads.findIndex((h) => idOf(h) === card.openId || h === doc.activeElement);
        const step = message.direction === 'next' ? 1 : -1;
        const index = at < 0 ? (step > 0 ? 0 : heads.length - 1) : (at + step + heads.length) % heads.length;
        return reveal(heads[index]!);
      }
      case 'toggle-highlights':
        paused = !paused;
        await sync();
        return { ok: true };
    }
  };

  return {
    ready,
    lens,
    card,
    handle,
    navigated() {
      if (disposed) return;
      card.close();
      if (navTimer !== null) clearTimeout(navTimer);
      // Client-side routers render the new page after the URL changes: read it again once the
      // URL has stayed put for a moment (the observer picks up anything that arrives later).
      // Until then the highlights stay: a page rewriting its URL every few hundred ms (a
      // timestamp, a scroll position) would otherwise never show any.
      navTimer = setTimeout(() => {
        navTimer = null;
        if (disposed) return;
        card.detach();
        void lens.stop().then(() => sync());
      }, deps.navigationSettleMs ?? 500);
    },
    dispose() {
      disposed = true;
      doc.defaultView?.removeEventListener('languagechange', languagesChanged);
      if (navTimer !== null) clearTimeout(navTimer);
      unwatch();
      card.destroy();
      void lens.stop();
    },
  };
}
