// When the extension itself goes (reloaded, updated, removed), a content script tears down. The
// framework's context can also be invalidated by any page script, which can dispatch the
// "content script started" event it listens for on the page's document, so its invalidation is
// checked against the extension runtime first; and since the framework stops watching after a
// forged invalidation, the runtime is looked at now and then too. Used by the lens (the gate
// looks at the runtime when it next means to ask: entrypoints/gate/gate.ts `alive`).

interface Invalidation {
  onInvalidated(fn: () => void): unknown;
}

/** Calls `teardown` once the extension's runtime is gone (`runtimeId` reads runtime.id). */
export function onExtensionGone(ctx: Invalidation, runtimeId: () => string | undefined, teardown: () => void, everyMs = 5_000): () => void {
  const gone = (): boolean => {
    try {
      return !runtimeId();
    } catch {
      return true;
    }
  };
  let stopped = false;
  const check = () => {
    if (stopped || !gone()) return;
    stop();
    teardown();
  };
  const timer = setInterval(check, everyMs);
  const stop = () => {
    stopped = true;
    clearInterval(timer);
  };
  ctx.onInvalidated(check);
  return stop;
}
