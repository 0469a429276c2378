// Runs long work in slices so that no main-thread task exceeds the budget: the work is a
// generator that yields between small units; the runner stops at the budget and continues in a
// task of its own. Tasks are handed over through a MessageChannel: unlike timers and idle
// callbacks it is not clamped (4 ms nesting), starved (a busy page has no idle periods) or
// throttled to once a second (background tabs), and the browser still renders and runs the
// page's own tasks between two slices.

export interface Scheduler {
  /**
   * Runs the steps to the end, slice by slice. Rejects with an AbortError if aborted. `label`
   * names the work in the page's performance timeline when one step alone runs over 50 ms.
   */
  run(steps: Iterator<unknown>, signal?: AbortSignal, label?: string): Promise<void>;
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
  /** How the next slice is scheduled: a MessageChannel message (default) or setTimeout(0). */
  handover?: 'message' | 'timeout';
  now?: () => number;
}

const LONG_STEP_MS = 50;

/** A step that alone broke the 50 ms line shows up as a measure in DevTools' timeline. */
function markLongStep(label: string, start: number): void {
  try {
    performance.measure(`Readout Lens: long step (${label})`, { start, end: performance.now() });
  } catch {
    // measure() with options is missing in old engines: diagnostics only.
  }
}

export function slicedScheduler(opts: SlicedSchedulerOptions = {}): Scheduler {
  const budget = opts.budgetMs ?? 12;
  const now = opts.now ?? (() => performance.now());
  const next = opts.handover === 'timeout' || typeof MessageChannel !== 'function' ? (fn: () => void) => void setTimeout(fn, 0) : messageHandover();
  return {
    run(steps, signal, label = 'work') {
      return new Promise<void>((resolve, reject) => {
        const slice = () => {
          if (signal?.aborted) return reject(new AbortedError());
          const end = now() + budget;
          try {
            for (;;) {
              const began = now();
              const done = steps.next().done;
              if (now() - began > LONG_STEP_MS) markLongStep(label, began);
              // Resolve in a task of its own too: the caller's next phase must not run on in
              // this slice's task.
              if (done) return next(() => resolve());
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

/** A macrotask per call, in call order, through one private MessageChannel. */
function messageHandover(): (fn: () => void) => void {
  const waiting: Array<() => void> = [];
  const channel = new MessageChannel();
  channel.port1.onmessage = () => waiting.shift()?.();
  // (Node, in tests: a listening port would keep the process alive.)
  (channel.port1 as { unref?: () => void }).unref?.();
  return (fn) => {
    waiting.push(fn);
    channel.port2.postMessage(null);
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
