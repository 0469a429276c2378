// Runs long work in slices so that no main-thread task exceeds the budget: the work is a
// generator that yields between small units; the runner stops at the budget and continues in
// the next idle period (or the next macrotask when idle callbacks are unavailable or starved).

export interface Scheduler {
  /** Runs the steps to the end, slice by slice. Rejects with an AbortError if aborted. */
  run(steps: Iterator<unknown>, signal?: AbortSignal): Promise<void>;
}

export class AbortedError extends Error {
  constructor() {
    super('aborted');
    this.name = 'AbortError';
  }
}

export interface SlicedSchedulerOptions {
  /** Longest slice, in ms. Kept well under 50 ms: one unit may overshoot it a little. */
  budgetMs?: number;
  /** Use requestIdleCallback when present (falls back to setTimeout). */
  idle?: boolean;
  now?: () => number;
}

export function slicedScheduler(opts: SlicedSchedulerOptions = {}): Scheduler {
  const budget = opts.budgetMs ?? 12;
  const now = opts.now ?? (() => performance.now());
  const ric = opts.idle !== false && typeof requestIdleCallback === 'function' ? requestIdleCallback : null;
  const next = (fn: () => void) => {
    if (ric) ric(fn, { timeout: 200 });
    else setTimeout(fn, 0);
  };
  return {
    run(steps, signal) {
      return new Promise<void>((resolve, reject) => {
        const slice = () => {
          if (signal?.aborted) return reject(new AbortedError());
          const end = now() + budget;
          try {
            for (;;) {
              if (steps.next().done) return resolve();
              if (signal?.aborted) return reject(new AbortedError());
              if (now() >= end) break;
            }
          } catch (err) {
            return reject(err);
          }
          next(slice);
        };
        // Always start in a task of our own: whatever ran before (an engine call, a message
        // handler) must not share a task with the first slice.
        next(slice);
      });
    },
  };
}

/** Runs everything at once (tests, and tiny jobs). */
export const immediateScheduler: Scheduler = {
  async run(steps, signal) {
    for (;;) {
      if (signal?.aborted) throw new AbortedError();
      if (steps.next().done) return;
    }
  },
};

export function isAbort(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}
