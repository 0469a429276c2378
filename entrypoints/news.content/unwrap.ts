// Taking marks out again. Drawing leaves, for each original text node, a run of siblings: the
// node itself (its text up to the first mark), then mark, text, mark, text… So one text node is
// restored with one write (the node takes back the whole run's text) and the run's other nodes
// are removed: the original node, the very object, is back with its text. A run is read first
// (planRun) and written later (applyRun), so a giant page's runs are read slice by slice and
// written back in a few batches. Where the page changed a run (put an element into a mark,
// removed the text beside it), each mark is unwrapped on its own (unwrap), which handles any shape.
import { owns, release } from './ours';

const isText = (n: Node | null): n is Text => !!n && n.nodeType === 3;
const isOurMark = (n: Node | null): n is Element => !!n && n.nodeType === 1 && owns(n as Element, 'mark');

/**
 * Our marks in `mark` (itself included) when it holds only text, or text and marks of ours that
 * hold only text (mentions in a claim); null for any other shape.
 */
function plainMarks(mark: Element): Element[] | null {
  const out = [mark];
  for (let c = mark.firstChild; c; c = c.nextSibling) {
    if (isText(c)) continue;
    if (!isOurMark(c)) return null;
    for (let g = c.firstChild; g; g = g.nextSibling) if (!isText(g)) return null;
    out.push(c);
  }
  return out;
}

/** One original text node's run, read (planRun) before it is written back (applyRun). */
export interface Run {
  head: Text;
  parent: Node;
  /** The run's nodes after the head: mark, text, mark, text… */
  rest: Node[];
  /** Our marks in it, nested ones included. */
  marks: Element[];
}

/** Reads the run `mark` (one of ours whose parent is not) belongs to; null when the page changed its shape. */
export function planRun(mark: Element): Run | null {
  const head = mark.previousSibling;
  const parent = mark.parentNode;
  if (!parent || !isText(head)) return null;
  const rest: Node[] = [];
  const marks: Element[] = [];
  for (let m: Node | null = mark; isOurMark(m); ) {
    const after: Node | null = m.nextSibling;
    const inside = plainMarks(m);
    if (!inside || !isText(after)) return null;
    marks.push(...inside);
    rest.push(m, after);
    m = after.nextSibling;
  }
  return { head, parent, rest, marks };
}

/**
 * Writes a run back: the head takes the whole run's text (as it is now) and the rest goes. False
 * (nothing written) when the run's nodes moved since it was read.
 */
export function applyRun(run: Run): boolean {
  const { head, parent, rest } = run;
  if (head.parentNode !== parent) return false;
  let prev: Node = head;
  for (const n of rest) {
    if (prev.nextSibling !== n) return false;
    prev = n;
  }
  const parts = [head.data];
  for (const n of rest) parts.push(n.textContent ?? '');
  for (const m of run.marks) release(m);
  head.data = parts.join('');
  for (const n of rest) parent.removeChild(n);
  return true;
}

/** Takes out `mark` (one of ours whose parent is not) and the marks inside it, one at a time, innermost first: any shape. */
export function unwrapEach(mark: Element): void {
  for (const inner of Array.from(mark.querySelectorAll('*')).reverse()) if (isOurMark(inner)) unwrap(inner);
  unwrap(mark);
}

/** Restores the run `mark` belongs to at once (planRun, applyRun), or mark by mark where the page changed it. */
export function restoreRun(mark: Element): void {
  const run = planRun(mark);
  if (!run || !applyRun(run)) unwrapEach(mark);
}

/**
 * Replaces a wrapper by its children and merges the text nodes on its edges back together.
 * Wrapping always splits so that a text node flanks each wrapper, and a wrapper
 * never spans two original text nodes, so merging across its edges is exactly the undo.
 */
export function unwrap(el: Element): void {
  release(el);
  const parent = el.parentNode;
  if (!parent) return;
  const before = el.previousSibling;
  const after = el.nextSibling;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  parent.removeChild(el);
  let node: Node | null = before ?? parent.firstChild;
  while (node && node !== after) {
    const next: Node | null = node.nextSibling;
    if (node.nodeType === 3 && next && next.nodeType === 3) {
      (node as Text).appendData((next as Text).data);
      parent.removeChild(next);
      if (next === after) break;
      continue;
    }
    node = next;
  }
}
