// Reading the browser benchmark's traces: the page's main thread, its tasks (merged where nested),
// which tasks ran the content script, and the statistics of a window.
import { describe, expect, test } from 'vitest';
import { CONTENT_SCRIPTS, mainThread, scriptIdsOf, stamps, tasksOf, windowStats, type TraceEvent } from '../../scripts/lib/bench-trace';

const URL = 'chrome-extension://id/content-scripts/news.js';
const at = (ms: number) => ms * 1000;
const task = (start: number, dur: number, tid = 1): TraceEvent => ({ name: 'ThreadControllerImpl::RunTask', ph: 'X', ts: at(start), dur: at(dur), pid: 7, tid });
const events: TraceEvent[] = [
  { name: 'EvaluateScript', ph: 'X', ts: at(10), dur: at(4), pid: 7, tid: 1, args: { data: { url: URL, scriptId: '4' } } },
  task(10, 5), task(12, 1), // nested: one task
  task(20, 60),
  { name: 'FunctionCall', ph: 'X', ts: at(21), dur: at(50), pid: 7, tid: 1, args: { data: { scriptId: '4' } } },
  task(100, 8),
  task(100, 500, 2), // another thread
  { name: 'TimeStamp', ph: 'I', ts: at(30), pid: 7, tid: 1, args: { data: { message: 'rl-mark' } } },
  { name: 'TimeStamp', ph: 'I', ts: at(5), pid: 7, tid: 1, args: { data: { message: 'rl-mark' } } },
];

describe('trace reading', () => {
  test('finds the main thread, its tasks, and which ran the content script', () => {
    const thread = mainThread(events, CONTENT_SCRIPTS)!;
    expect(thread).toEqual({ pid: 7, tid: 1 });
    const tasks = tasksOf(events, thread, CONTENT_SCRIPTS, scriptIdsOf(events, CONTENT_SCRIPTS));
    expect(tasks.map((t) => [t.start, t.end - t.start, t.ours])).toEqual([[10, 5, true], [20, 60, true], [100, 8, false]]);
    expect(stamps(events, 'rl-mark')).toEqual([5, 30]);
  });

  test('window statistics clip busy time but keep whole tasks for the longest and the over-50 count', () => {
    const tasks = tasksOf(events, { pid: 7, tid: 1 }, CONTENT_SCRIPTS, scriptIdsOf(events, CONTENT_SCRIPTS));
    const s = windowStats(tasks, 12, 104);
    expect(s.busy).toBeCloseTo(3 + 60 + 4);
    expect(s.ourBusy).toBeCloseTo(63);
    expect(s.longest).toBe(60);
    expect(s.longestOurs).toBe(60);
    expect(s.over50).toBe(1);
  });
});

test('the extension\'s content scripts: the gate the manifest lists and those built under content-scripts/, not world-start.js or a page\'s script', () => {
  const ours = ['chrome-extension://abc/gate.js', 'moz-extension://abc/gate.js', 'chrome-extension://abc/content-scripts/news.js'];
  const others = ['chrome-extension://abc/world-start.js', 'https://news.example/gate.js', 'https://news.example/gate.js.map', 'https://news.example/content-scripts/news.jsx', 'https://news.example/gate.jsp'];
  expect(ours.filter((u) => CONTENT_SCRIPTS.test(u))).toEqual(ours);
  expect(others.filter((u) => CONTENT_SCRIPTS.test(u))).toEqual([]);
});

describe('microtask checkpoints', () => {
  const checkpoint = (start: number, dur: number): TraceEvent => ({ name: 'BlinkScheduler_PerformMicrotaskCheckpoint', ph: 'X', ts: at(start), dur: at(dur), pid: 7, tid: 1 });
  const message = (start: number): TraceEvent => ({ name: 'Receive mojo message', ph: 'X', ts: at(start), dur: at(0.5), pid: 7, tid: 1 });

  test('the checkpoint after a task is part of it: an answer handled in promise reactions counts, as ours', () => {
    const evs = [...events, task(200, 1), message(200.2), checkpoint(201.003, 30)];
    const tasks = tasksOf(evs, { pid: 7, tid: 1 }, CONTENT_SCRIPTS, scriptIdsOf(evs, CONTENT_SCRIPTS));
    expect(tasks.at(-1)).toMatchObject({ start: 200, ours: true });
    expect(tasks.at(-1)!.end).toBeCloseTo(231.003);
    const s = windowStats(tasks, 190, 240);
    expect(s.longestOurs).toBeCloseTo(31.003);
    expect(s.busy).toBeCloseTo(31.003);
  });

  test('a checkpoint apart from any task is a task of its own; an empty one after a message is not ours', () => {
    const evs = [...events, task(300, 1), message(300.1), checkpoint(301.001, 0.01), checkpoint(310, 2)];
    const tasks = tasksOf(evs, { pid: 7, tid: 1 }, CONTENT_SCRIPTS, scriptIdsOf(evs, CONTENT_SCRIPTS));
    expect(tasks.slice(-2).map((t) => [t.start, +(t.end - t.start).toFixed(3), t.ours])).toEqual([[300, 1.011, false], [310, 2, false]]);
  });
});
