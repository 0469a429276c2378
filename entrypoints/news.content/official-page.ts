// The content script's part in "add a record from the page you are on": when the popup asks,
// the page's own DOM (as it serialises now, no network request) goes to the background, whose
// ingest code tells whether it is an official summary or readout and what record it gives. The
// answer goes back to the popup unchanged; the popup parses it. Nothing here reads the page
// unasked, and the listener is removed with the content script. The always-injected gate
// (entrypoints/gate) listens, with the browser's own runtime (no polyfill there): the
// answer goes back through sendResponse, which both browsers' native onMessage honour (Chrome's
// does not take a returned promise).
import type { BackgroundMessage } from '../../utils/messages';

type Listener = (raw: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => true | undefined;
/** runtime.onMessage, the part used here. */
export interface MessageEvents {
  addListener(fn: Listener): void;
  removeListener(fn: Listener): void;
}

/** popup → content: read this page for the official record it may give. */
export function isReadOfficialPage(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && (raw as { type?: unknown }).type === 'read-official-page';
}

/** The page as HTML: its doctype-less serialisation, which the ingest code reads like a saved page. */
export function pageHtml(doc: Document): string {
  return doc.documentElement.outerHTML;
}

/**
 * Answers read-official-page messages with the background's reading of `doc`; returns the
 * function that stops listening.
 */
export function listenForOfficialPage(
  doc: Document,
  href: () => string,
  send: (message: BackgroundMessage) => Promise<unknown>,
  onMessage: MessageEvents,
): () => void {
  const listener: Listener = (raw, _sender, sendResponse) => {
    if (!isReadOfficialPage(raw)) return undefined; // not ours
    // A failed read answers nothing (undefined); the popup tells "could not read this page".
    send({ type: 'read-page-record', url: href(), html: pageHtml(doc) }).then(sendResponse, () => sendResponse(undefined));
    return true; // answered later
  };
  onMessage.addListener(listener);
  return () => onMessage.removeListener(listener);
}
