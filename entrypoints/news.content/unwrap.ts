// Taking marks out again. Drawing leaves, for each original text node, a run of siblings: the
// node itself (its text up to the first mark), then mark, text, mark, text… So one text node is
// restored with one write (the node takes back the whole run's text) and the run's other nodes
// are removed: the original node, the very object, is back with its text. Where the page changed a run
// (put an element into a mark, removed the text beside it), each mark is unwrapped on its own
// (unwrap), which handles any shape.
import { owns, release } from './ours';

const isText = (n: Node | null): n is Text => !!n && n.nodeType === 3;
const isOurMark = (n: Node | null): n is Element => !!n && n.nodeType === 1 && owns(n as Element, 'mark');

/** A mark holding only text, or text and marks of ours that hold only text (mentions in a claim). */
function plain(mark: Element, depth = 0): boolean {
  for (let c = mark.firstChild; c; c = c.nextSibling) {
    if (isText(c)) continue;
    if (depth === 0 && isOurMark(c) && plain(c, 1)) continue;
    return false;
  }
  return true;
}

/** Forgets a mark and the marks inside it. */
function releaseAll(mark: Element): void {
  release(mark);
  for (let c = mark.firstElementChild; c; c = c.nextElementSibling) releaseAll(c);
}

/**
 * Restores the run `mark` belongs to (mark must be one of ours whose parent is not). Returns how
 * many marks of ours went (nested ones included).
 */
export function restoreRun(mark: Element): number {
  const head = mark.previousSibling;
  const parent = mark.parentNode;
  if (!parent) return 0;
  const marks: Element[] = [];
  const gone: Node[] = [];
  let last: Text | null = null;
  let ok = isText(head);
  for (let m: Node | null = mark; ok && isOurMark(m); ) {
    const after: Node | null = m.nextSibling;
    if (!plain(m) || !isText(after)) {
      ok = false;
      break;
    }
    marks.push(m);
    gone.push(m, after);
    last = after;
    m = after.nextSibling;
  }
  if (!ok || !last) {
    // Not the shape drawing left: one mark at a time, innermost first.
    let n = 0;
    for (const inner of Array.from(mark.querySelectorAll('*')).reverse()) {
      if (isOurMark(inner)) {
        unwrap(inner);
        n++;
      }
    }
    unwrap(mark);
    return n + 1;
  }
  const parts = [(head as Text).data];
  let count = 0;
  for (const n of gone) parts.push(n.textContent ?? '');
  for (const m of marks) {
    count += 1 + m.querySelectorAll('*').length;
    releaseAll(m);
  }
  (head as Text).data = parts.join('');
  for (const n of gone) parent.removeChild(n);
  return count;
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
