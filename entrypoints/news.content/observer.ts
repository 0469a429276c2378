// Keeps up with pages that change after load: a throttled MutationObserver that turns batches of
// mutations into the few block roots whose text is new or changed. Our own DOM writes are run
// through `quietly`, which drops the records they cause; records about our own elements (those
// the registry in ours.ts knows, never an attribute) and nodes the page already removed again
// are ignored too.
import type { Classifier } from './classify';
import { ownerOf } from './ours';

export interface PageObserver {
  /** Runs our own DOM writes so that the observer never reacts to them. */
  quietly<T>(write: () => T): T;
  /** Throttle between two flushes, in ms (the lens raises it on pages that are slow to analyse). */
  setThrottle(ms: number): void;
  disconnect(): void;
}

export interface ObserverOptions {
  classifier: Classifier;
  /**
   * Called with the roots to (re)read (blocks whose text changed, blocks the page added), and
   * what the batch did besides adding whole blocks: `removedBlocks`, the page removed whole
   * blocks with text (whose text must leave the analysis); `onlyAdded`, every root is a block
   * the page added and nothing with text left or changed (the lens then reads the new blocks
   * without looking through what it read before); `since`, when the batch's first change was
   * seen (performance.now(); content the lens read after that may hold those blocks already).
   */
  onChange(roots: Element[], removedBlocks: boolean, onlyAdded: boolean, since: number): void;
  throttleMs?: number;
}

/** Inside our card (new nodes inside one of our marks are the page's edits: they count). */
function isOurs(node: Node): boolean {
  return ownerOf(node, 'ui') !== null;
}

/** Whether a subtree can hold text worth reading at all. */
function hasText(node: Node): boolean {
  if (node.nodeType === 3) return (node as Text).data.trim().length > 0;
  return node.nodeType === 1 && (node.textContent ?? '').trim().length > 0;
}

export function observePage(root: Element, opts: ObserverOptions): PageObserver {
  const { classifier } = opts;
  let throttle = opts.throttleMs ?? 400;
  let pending: MutationRecord[] = [];
  /** When the first of the pending records was seen. */
  let since = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let connected = true;

  const schedule = () => {
    if (timer === null && connected) timer = setTimeout(flush, throttle);
  };
  const observer = new MutationObserver((records) => {
    if (pending.length === 0) since = performance.now();
    pending.push(...records);
    schedule();
  });
  const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };
  observer.observe(root, OPTIONS);

  function flush(): void {
    timer = null;
    const records = pending;
    pending = [];
    const { roots, removedBlocks, onlyAdded } = rootsOf(records);
    if (roots.length || removedBlocks) opts.onChange(roots, removedBlocks, onlyAdded, since);
  }

  function rootsOf(records: MutationRecord[]): { roots: Element[]; removedBlocks: boolean; onlyAdded: boolean } {
    const found = new Set<Element>();
    let removedBlocks = false;
    let onlyAdded = true;
    const add = (el: Element | null) => {
      if (el && el.isConnected && !classifier.isInsideSkipped(el)) found.add(el);
    };
    for (const r of records) {
      // (Our own writes never get here: `quietly` drops them. A page editing text inside one of
      // our highlights is a page change like any other.)
      if (r.type === 'characterData') {
        onlyAdded = false;
        add(classifier.blockOf(r.target));
        continue;
      }
      // childList: new elements are read on their own when they are blocks; new inline content
      // (or removed content) changes the text of the block it sits in.
      let touchesRun = false;
      for (const n of Array.from(r.addedNodes)) {
        if (!n.isConnected || isOurs(n) || !hasText(n)) continue;
        if (n.nodeType === 1 && classifier.isBlock(n as Element)) add(n as Element);
        else touchesRun = true;
      }
      for (const n of Array.from(r.removedNodes)) {
        // A removed block takes its own text with it (retired as detached); anything smaller
        // changes the run of text it was part of.
        if (!hasText(n)) continue;
        onlyAdded = false;
        if (n.nodeType === 1 && classifier.isBlock(n as Element)) removedBlocks = true;
        else touchesRun = true;
      }
      if (touchesRun) {
        onlyAdded = false;
        add(classifier.blockOf(r.target));
      }
    }
    // Keep only outermost roots: a root inside another is read with it.
    const roots = [...found].filter((el) => {
      for (let p = el.parentElement; p; p = p.parentElement) if (found.has(p)) return false;
      return true;
    });
    return { roots, removedBlocks, onlyAdded };
  }

  return {
    quietly(write) {
      // Whatever the page did before our write is kept. During our write nobody listens: the
      // browser does not even build records for it (thousands, on a giant block).
      if (!connected) return write();
      const taken = observer.takeRecords();
      if (taken.length && pending.length === 0) since = performance.now();
      pending.push(...taken);
      observer.disconnect();
      try {
        return write();
      } finally {
        observer.observe(root, OPTIONS);
        if (pending.length) schedule();
      }
    },
    setThrottle(ms) {
      throttle = ms;
    },
    disconnect() {
      connected = false;
      observer.disconnect();
      if (timer !== null) clearTimeout(timer);
      timer = null;
      pending = [];
    },
  };
}
