// Timing for noisy machines: every variant is warmed up, batched so one sample lasts long enough
// to time, and run interleaved with the others (the order rotates and reverses from round to
// round), so drift and background load hit all variants alike. Results are medians, and
// comparisons are medians of per-round ratios: a ratio is only ever taken within one round.
//
// The default clock is the process's CPU time (user + system, microsecond resolution), not the
// wall clock: on a shared machine a busy neighbour stretches wall time by whatever share of the
// cores it takes, while CPU time only counts the work done. Wall time is kept alongside. In a
// worker thread (vitest's "threads" pool) the process's CPU time would include the other workers,
// so there the default falls back to wall time.
import { isMainThread } from 'node:worker_threads';

export interface Variant {
  id: string;
  run: () => unknown;
}

export interface Measured {
  id: string;
  /** Calls per timed sample. */
  reps: number;
  /** Milliseconds per call on the chosen clock, one entry per round, in round order. */
  samples: number[];
  median: number;
  /** Wall-clock milliseconds per call, same rounds. */
  wallSamples: number[];
  wallMedian: number;
}

export interface MeasureOptions {
  /** Timed rounds; every variant gets one sample per round. */
  rounds: number;
  /** Untimed calls spent warming each variant up, at least (the JIT, caches, lazy indexes). */
  warmupCalls?: number;
  /** Each sample batches calls until it lasts about this long. */
  minSampleMs?: number;
  /** What a sample counts: CPU time of this process (the default on the main thread) or wall time. */
  clock?: 'cpu' | 'wall';
}

/** Keeps results alive so the work cannot be optimised away. */
export let sink: unknown = null;

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function timeBatch(run: () => unknown, reps: number): { cpu: number; wall: number } {
  const c0 = cpuMs();
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) sink = run();
  const wall = performance.now() - t0;
  return { cpu: cpuMs() - c0, wall };
}

export function defaultClock(): 'cpu' | 'wall' {
  return isMainThread ? 'cpu' : 'wall';
}

export function measure(variants: readonly Variant[], options: MeasureOptions): Map<string, Measured> {
  const { rounds, warmupCalls = 5, minSampleMs = 25, clock = defaultClock() } = options;
  const results = new Map<string, Measured>();
  // Warm-up and calibration: the per-call time after warming decides the batch size.
  for (const v of variants) {
    let calls = 0;
    let spent = 0;
    while (calls < warmupCalls || spent < minSampleMs) {
      spent += timeBatch(v.run, 1).wall;
      calls++;
    }
    const last = timeBatch(v.run, 1)[clock];
    const reps = Math.max(1, Math.ceil(minSampleMs / Math.max(last, 1e-3)));
    results.set(v.id, { id: v.id, reps, samples: [], median: NaN, wallSamples: [], wallMedian: NaN });
  }
  for (let r = 0; r < rounds; r++) {
    const rotated = variants.map((_, i) => variants[(i + r) % variants.length]!);
    if (r % 2) rotated.reverse();
    for (const v of rotated) {
      const m = results.get(v.id)!;
      const t = timeBatch(v.run, m.reps);
      m.samples.push(t[clock] / m.reps);
      m.wallSamples.push(t.wall / m.reps);
    }
  }
  for (const m of results.values()) {
    m.median = median(m.samples);
    m.wallMedian = median(m.wallSamples);
  }
  return results;
}

export interface Ratio {
  /** Median of the per-round ratios. */
  ratio: number;
  /** Interquartile range of the per-round ratios. */
  low: number;
  high: number;
}

/** How a's cost compares with b's, round by round: (a / aScale) / (b / bScale). */
export function ratioOf(a: Measured, b: Measured, aScale = 1, bScale = 1): Ratio {
  const perRound = a.samples.map((x, i) => (x / aScale) / (b.samples[i]! / bScale));
  return { ratio: median(perRound), low: quantile(perRound, 0.25), high: quantile(perRound, 0.75) };
}

export const fmtRatio = (r: Ratio, digits = 2): string =>
  `${r.ratio.toFixed(digits)} (${r.low.toFixed(digits)}–${r.high.toFixed(digits)})`;
