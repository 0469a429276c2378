// A runtime.onMessage listener that answers asynchronously in the form both browsers' own APIs
// take: sendResponse, and `true` to keep the channel open (the content script does not load
// webextension-polyfill, whose listeners may return a promise instead). `answer` returning
// undefined means the message is not this listener's: the channel is left to others.
export type Answer = (raw: unknown) => Promise<unknown> | undefined;

export function replying(answer: Answer, onError: (err: unknown) => void = () => {}) {
  return (raw: unknown, _sender: unknown, sendResponse: (response?: unknown) => void): boolean => {
    const pending = answer(raw);
    if (!pending) return false;
    pending.then(sendResponse, (err: unknown) => {
      onError(err);
      sendResponse({ ok: false, error: err instanceof Error ? err.message : String(err) });
    });
    return true;
  };
}
