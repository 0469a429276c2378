// Client-side navigation: single-page sites change the URL with the history API and render a new
// article without reloading, so the content script is not started again. WXT reports such URL
// changes ("wxt:locationchange"); this decides which of them mean a different page.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

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

/** Calls `onNewPage` whenever the tab shows a different page without a reload. */
export function watchNavigation(ctx: ContentScriptContext, win: Window, onNewPage: () => void): void {
  ctx.addEventListener(win, 'wxt:locationchange', (event) => {
    if (isNewPage(String(event.oldUrl), String(event.newUrl))) onNewPage();
  });
}
