// The gate's logic, browser-free (GateDeps brings the browser in; tests use fakes). The gate asks
// the background for the page's settings with its cheaply read text (read quickly first, and
// exactly only when the background says the quick reading may hide a name); when the site is on
// and the text is about the alliance, the background injects the lens into the tab at once (no
// second message) and the lens takes the same answer from the hand-over. Otherwise the gate keeps
// what the lens used to do on such a page: it watches for content arriving later, for client-side
// navigation and for the site being switched on, asks again then, and answers the popup.
import type { ContentMessage, PageSettings } from '../../utils/content-messages';
import { gateText, quickGateText } from '../news.content/gate-text';
import { watchAdded } from './watch-added';

export interface GateDeps {
  doc: Document;
  /**
   * page-settings with the gate text and `load`: the background injects the lens when the site
   * is on and the text related (or too long to gate here: null). `joined`: the text is the quick
   * reading (blocks run together). Resolves with the parsed answer.
   */
  ask(text: string | null, joined: boolean): Promise<PageSettings>;
  /** Leaves the pending answer for a lens the background may inject. */
  handOver(settings: Promise<PageSettings>): void;
  /** Calls back on every settings change; returns the unwatch function. */
  watchSettings(onChange: () => void): () => void;
  /** Calls back when the tab shows a different page without reloading; returns the unwatch function. */
  watchNavigation(onNewPage: () => void): () => void;
  onError?(err: unknown): void;
  /**
   * Whether the extension is still there (its runtime), looked at before each ask: once it is
   * gone (reloaded, updated, removed), the gate stops and calls onGone instead of asking. So no
   * timer runs on the page to look for that; a gate with nothing to ask has nothing to tear down
   * but listeners that will never fire.
   */
  alive?(): boolean;
  onGone?(): void;
  /** ms to gather added content before asking about it (default 100). */
  throttleMs?: number;
  /** ms to wait after a client-side navigation before reading the new page (default 500). */
  navigationSettleMs?: number;
}

/** What the popup is told (utils/messages.ts GetReportResponse), without a report. */
export type GateAnswer =
  | { url: string; active: boolean; report: null; phase: 'off' | 'reading' | 'waiting' }
  | { ok: false; error: string }
  | { ok: true };

export type GatePhase = 'asking' | 'off' | 'waiting' | 'loading' | 'lens';

export interface Gate {
  readonly phase: GatePhase;
  /** The answer to a popup message; undefined once the lens answers them. */
  handle(message: ContentMessage, href: string): GateAnswer | undefined;
  /** The lens has started: stop watching and answering. */
  lensStarted(): void;
  dispose(): void;
}

export function startGate(deps: GateDeps): Gate {
  let phase: GatePhase = 'asking';
  let settings: PageSettings | null = null;
  /** Switched off with the toggle-highlights command (until the next toggle or reload). */
  let paused = false;
  let asked = 0;
  let stopAdded: (() => void) | null = null;
  let navTimer: ReturnType<typeof setTimeout> | null = null;
  const root = () => deps.doc.body ?? deps.doc.documentElement;

  const stopWatchingAdded = () => {
    stopAdded?.();
    stopAdded = null;
  };

  /** Asks about `text` (the page's, or content added to it); a newer ask supersedes an older one. */
  const ask = (text: string | null, joined = false) => {
    if (phase === 'loading' || phase === 'lens' || paused) return;
    if (deps.alive && !deps.alive()) {
      phase = 'lens'; // nothing more to ask or answer
      // After the current task: the first ask runs while the gate is still being set up.
      queueMicrotask(() => {
        stop();
        deps.onGone?.();
      });
      return;
    }
    const mine = ++asked;
    phase = 'asking';
    const answer = deps.ask(text, joined);
    deps.handOver(answer);
    answer.then((s) => {
      if (mine !== asked || phase !== 'asking') return;
      settings = s;
      if (!s.enabled) {
        phase = 'off';
        stopWatchingAdded();
      } else if (s.related === false && s.recheck && joined) {
        // Two blocks' words ran together where a name may be: the page, read exactly.
        askExactly();
      } else if (s.related === false) {
        phase = 'waiting';
        // Text that arrives later (an infinite scroll, a single-page site's render) is asked about.
        stopAdded ??= watchAdded(root(), (added) => ask(added), deps.throttleMs ?? 100);
      } else {
        phase = 'loading'; // the background is injecting the lens
        stopWatchingAdded();
      }
    }, (err) => {
      if (mine === asked && phase === 'asking') phase = settings?.enabled ? 'waiting' : 'off';
      deps.onError?.(err);
    });
  };
  const askPage = () => ask(quickGateText(root()), true);
  const askExactly = () => ask(gateText(root()));

  askPage();
  let unwatchSettings = () => {};
  let unwatchNavigation = () => {};
  // The watchers are set up in a task of their own: the first reach for an API (storage, the
  // Navigation API) costs milliseconds, and the page should never see one long task.
  const watching = setTimeout(() => {
    if (phase === 'lens') return;
    unwatchSettings = deps.watchSettings(askPage);
    unwatchNavigation = deps.watchNavigation(() => {
      if (navTimer !== null) clearTimeout(navTimer);
      // Client-side routers render the new page after the URL changes: read it once it settles.
      navTimer = setTimeout(() => {
        navTimer = null;
        if (phase !== 'lens') askPage();
      }, deps.navigationSettleMs ?? 500);
    });
  }, 0);

  const stop = () => {
    clearTimeout(watching);
    stopWatchingAdded();
    unwatchSettings();
    unwatchNavigation();
    if (navTimer !== null) clearTimeout(navTimer);
    navTimer = null;
  };

  return {
    get phase() {
      return phase;
    },
    handle(message, href) {
      if (phase === 'lens') return undefined;
      switch (message.type) {
        case 'get-report': {
          const active = !!settings?.enabled && !paused;
          const shown = !active ? 'off' : phase === 'waiting' ? 'waiting' : 'reading';
          return { url: href, active, report: null, phase: shown };
        }
        case 'focus-claim':
          return { ok: false, error: `claim ${message.index} is not highlighted on this page` };
        case 'step-claim':
          return { ok: false, error: 'no claims are highlighted on this page' };
        case 'toggle-highlights':
          paused = !paused;
          if (paused) stopWatchingAdded();
          else askPage();
          return { ok: true };
      }
    },
    lensStarted() {
      phase = 'lens';
      stop();
    },
    dispose() {
      phase = 'lens'; // nothing more to answer
      stop();
    },
  };
}
