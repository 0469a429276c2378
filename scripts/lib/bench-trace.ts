// Reading a Chromium performance trace (the devtools.timeline categories, as DevTools records
// them): the page renderer's main thread, its tasks, where the content script's tasks start and
// where the page's own console.timeStamp marks fall. Pure functions over the event list.

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; message?: string; [k: string]: unknown } };
}

/** A task on the main thread, in milliseconds on the trace clock. */
export interface Task {
  pid?: number;
  start: number;
  end: number;
  /** The content script ran in it (its script evaluated, a function of it called). */
  ours: boolean;
}

const TASK_NAMES = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
/**
 * The microtask checkpoint Blink runs after a task is recorded beside the task, not inside it,
 * and promise reactions record no FunctionCall: an extension's work on a message's answer (the
 * background's reply arrives as a mojo message; what the script does with it runs in the
 * checkpoint) would count as nothing. It belongs to the task it follows, as in the Long Tasks API.
 */
const CHECKPOINT = 'BlinkScheduler_PerformMicrotaskCheckpoint';
/** ms between a task's end and the checkpoint that follows it (a few µs in practice). */
const CHECKPOINT_GAP = 0.05;

/**
 * The extension's content scripts, by URL: the always-injected gate (gate.js, a plain script the
 * manifest lists) and the scripts built as content scripts (content-scripts/*.js, the lens).
 */
export const CONTENT_SCRIPTS = /^(?:chrome|moz)-extension:\/\/[^/]+\/(?:gate|content-scripts\/[\w-]+)\.js$/;

/** Whether an event is one of `scripts` running (by its data's script URL). */
function fromScript(e: TraceEvent, scripts: RegExp): boolean {
  const url = e.args?.data?.url;
  return typeof url === 'string' && scripts.test(url);
}

/** The page's main thread: the one that evaluated the content script (or holds `mark`). */
export function mainThread(events: readonly TraceEvent[], scripts: RegExp, mark?: string): { pid: number; tid: number } | null {
  const e = events.find((x) => (x.name === 'EvaluateScript' && fromScript(x, scripts))
    || (mark !== undefined && x.name === 'TimeStamp' && x.args?.data?.message === mark));
  return e ? { pid: e.pid, tid: e.tid } : null;
}

/** The ids V8 gave the content script (its functions' calls name them), from the trace that loaded it. */
export function scriptIdsOf(events: readonly TraceEvent[], scripts: RegExp): Set<string> {
  return new Set(events
    .filter((x) => fromScript(x, scripts) && x.args?.data?.scriptId !== undefined)
    .map((x) => String(x.args!.data!.scriptId)));
}

/** Top-level tasks of one thread, merged where the trace nests or repeats them. */
export function tasksOf(events: readonly TraceEvent[], thread: { pid: number; tid: number }, scripts: RegExp, ourIds: ReadonlySet<string>): Task[] {
  const onThread = (e: TraceEvent) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur !== undefined;
  const raw = events
    .filter((e) => onThread(e) && (TASK_NAMES.has(e.name) || e.name === CHECKPOINT))
    .map((e) => ({ pid: e.pid, start: e.ts / 1000, end: (e.ts + e.dur!) / 1000, ours: false, checkpoint: e.name === CHECKPOINT }))
    .sort((a, b) => a.start - b.start);
  const tasks: Array<Task & { reactions: number }> = [];
  for (const t of raw) {
    const last = tasks.at(-1);
    if (last && t.start < last.end) last.end = Math.max(last.end, t.end);
    else if (last && t.checkpoint && t.start - last.end <= CHECKPOINT_GAP) {
      last.reactions += t.end - t.start;
      last.end = t.end;
    } else tasks.push({ pid: t.pid, start: t.start, end: t.end, ours: false, reactions: 0 });
  }
  const ourCalls = events.filter((e) => onThread(e)
    && (e.name === 'EvaluateScript' || e.name === 'FunctionCall')
    && (fromScript(e, scripts) || (e.name === 'FunctionCall' && ourIds.has(String(e.args?.data?.scriptId)))));
  for (const c of ourCalls) {
    const task = findTask(tasks, c.ts / 1000);
    if (task) task.ours = true;
  }
  // A message received, then script run on it in the checkpoint: on the benchmark's pages (no
  // script of their own) that is the extension's messaging answering the content script.
  for (const m of events) {
    if (m.name !== 'Receive mojo message' || !onThread(m)) continue;
    const task = findTask(tasks, m.ts / 1000);
    if (task && task.reactions >= 0.1) task.ours = true;
  }
  return tasks.map(({ reactions: _, ...task }) => task);
}

function findTask<T extends Task>(tasks: readonly T[], at: number): T | undefined {
  let lo = 0;
  let hi = tasks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tasks[mid]!;
    if (at < t.start) hi = mid - 1;
    else if (at > t.end) lo = mid + 1;
    else return t;
  }
  return undefined;
}

/** When the content script started (its evaluation), in ms on the trace clock. */
export function scriptStart(events: readonly TraceEvent[], scripts: RegExp): number | null {
  const e = events.find((x) => x.name === 'EvaluateScript' && fromScript(x, scripts));
  return e ? e.ts / 1000 : null;
}

/** Times (ms, trace clock) of the page's console.timeStamp(label) calls, in order. */
export function stamps(events: readonly TraceEvent[], label: string): number[] {
  return events.filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === label).map((e) => e.ts / 1000).sort((a, b) => a - b);
}

export interface WindowStats {
  /** Main-thread busy time in the window, ms. */
  busy: number;
  /** Busy time of tasks the content script ran in, ms. */
  ourBusy: number;
  longest: number;
  longestOurs: number;
  /** Tasks over 50 ms, any kind. */
  over50: number;
  /** The longest task and its kind, for the record. */
  tasks: number;
}

/** Statistics of the tasks overlapping [from, to] (clipped to it). */
export function windowStats(tasks: readonly Task[], from: number, to: number): WindowStats {
  let busy = 0;
  let ourBusy = 0;
  let longest = 0;
  let longestOurs = 0;
  let over50 = 0;
  let n = 0;
  for (const t of tasks) {
    if (t.end <= from || t.start >= to) continue;
    const d = Math.min(t.end, to) - Math.max(t.start, from);
    const full = t.end - t.start;
    n++;
    busy += d;
    longest = Math.max(longest, full);
    if (full > 50) over50++;
    if (t.ours) {
      ourBusy += d;
      longestOurs = Math.max(longestOurs, full);
    }
  }
  return { busy, ourBusy, longest, longestOurs, over50, tasks: n };
}
