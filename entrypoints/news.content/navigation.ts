// Client-side navigation: single-page sites change the URL with the history API and render a new
// article without reloading, so the content script is not started again. This watches the URL
// itself (the framework's location event can be dispatched by any page script) and decides
// which changes mean a different page. Events only prompt a look at location.href: a page's
// forged event changes nothing.

/**
 * True when going from `before` to `after` shows a different page. A change of the fragment
 * alone is an in-page jump (#section-2), unless it looks like a hash router's route (#/…, #!…).
 */
export function isNewPage(before: string, after: string): boolean {
  let a: URL;
  let b: URL;
  try {
    a = new URL(before);
    b = new URL(after);
  } catch {
    return before !== after;
  }
  if (a.origin !== b.origin || a.pathname !== b.pathname || a.search !== b.search) return true;
  const route = (hash: string) => (/^#[/!]/.test(hash) ? hash : '');
  return route(a.hash) !== route(b.hash);
}

interface NavigationLike {
  addEventListener(type: 'navigate', fn: () => void, opts: { signal: AbortSignal }): void;
}

/**
 * Calls `onNewPage` whenever the tab shows a different page without a reload, until `signal`.
 * Where the browser has no Navigation API (Firefox ESR), pushState is seen by looking at the URL
 * every `pollMs`; null: not at all (the gate, whose watcher of added content sees what a router
 * renders, so no page pays for a timer every second to no purpose).
 */
export function watchNavigation(win: Window, onNewPage: () => void, signal: AbortSignal, pollMs: number | null = 1_000): void {
  let last = win.location.href;
  const check = () => {
    const now = win.location.href;
    if (now === last) return;
    const before = last;
    last = now;
    if (isNewPage(before, now)) onNewPage();
  };
  // The Navigation API announces pushState/replaceState before the URL changes: look just after.
  const nav = (win as Window & { navigation?: NavigationLike }).navigation;
  if (nav && typeof nav.addEventListener === 'function') {
    nav.addEventListener('navigate', () => void setTimeout(check, 0), { signal });
  } else if (pollMs !== null) {
    const timer = setInterval(check, pollMs);
    signal.addEventListener('abort', () => clearInterval(timer));
  }
  win.addEventListener('popstate', check, { signal });
  win.addEventListener('hashchange', check, { signal });
}
