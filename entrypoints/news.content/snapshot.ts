// Snapshot: one walk over the page that yields the readable text as one string plus a map from
// string offsets to the text nodes they came from. Block boundaries become "\n", so a match can
// cross <em> but never a paragraph. The walk is a generator so it can be sliced across tasks.
import { Classifier } from './classify';

export interface TextEntry {
  /** Offsets into the snapshot's text (later: into the page text it was appended to). */
  start: number;
  end: number;
  node: Text;
}

export interface Snapshot {
  text: string;
  entries: TextEntry[];
}

/** Line breaks and tabs inside a text node become spaces: same length, so offsets stay 1:1. */
const LAYOUT_WHITESPACE = /[\t\n\r\f\v\u2028\u2029]/g;
const ONLY_SPACE = /^[\s\u00a0]*$/;

export class SnapshotBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private atLineStart = true;
  readonly entries: TextEntry[] = [];
  /** Set when the walk lost its place (the node it stood on was removed mid-walk). */
  interrupted = false;

  separate(): void {
    if (!this.atLineStart) {
      this.parts.push('\n');
      this.length += 1;
      this.atLineStart = true;
    }
  }

  addText(node: Text): void {
    const data = node.data;
    if (data.length === 0) return;
    // Indentation between blocks carries nothing; text between inline elements does.
    if (this.atLineStart && ONLY_SPACE.test(data)) return;
    const start = this.length;
    this.parts.push(data.replace(LAYOUT_WHITESPACE, ' '));
    this.length += data.length;
    this.entries.push({ start, end: this.length, node });
    this.atLineStart = false;
  }

  result(): Snapshot {
    const text = this.parts.join('');
    // The separator after the last block leads nowhere.
    return { text: text.endsWith('\n') ? text.slice(0, -1) : text, entries: this.entries };
  }
}

/**
 * Walks `root` depth-first (a TreeWalker that rejects skipped subtrees), feeding the builder.
 * Yields every `every` nodes so a scheduler can stop between slices; the walker keeps its place.
 */
export function* snapshotSteps(
  root: Element,
  classifier: Classifier,
  builder: SnapshotBuilder,
  every = 250,
): Generator<void, void, void> {
  if (classifier.isInsideSkipped(root)) return;
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (node) =>
      node.nodeType === 1 && classifier.kind(node as Element) === 'skip'
        ? 2 /* FILTER_REJECT */
        : 1 /* FILTER_ACCEPT */,
  });
  const enter = (node: Node): void => {
    if (node.nodeType === 3) builder.addText(node as Text);
    else if (classifier.isBlock(node as Element)) builder.separate();
  };
  const leave = (node: Node): void => {
    if (node.nodeType === 1 && classifier.isBlock(node as Element)) builder.separate();
  };

  let count = 0;
  enter(root);
  for (;;) {
    if (++count % every === 0) {
      yield;
      if (!walker.currentNode.isConnected || !root.isConnected) {
        builder.interrupted = true;
        return;
      }
    }
    if (walker.firstChild()) {
      enter(walker.currentNode);
      continue;
    }
    for (;;) {
      const current = walker.currentNode;
      if (current === root) {
        leave(root);
        return;
      }
      leave(current);
      if (walker.nextSibling()) {
        enter(walker.currentNode);
        break;
      }
      if (!walker.parentNode()) {
        builder.interrupted = true;
        return;
      }
    }
  }
}

/** The whole snapshot of `root` in one go (tests, small roots). */
export function takeSnapshot(root: Element, classifier = new Classifier()): Snapshot {
  const builder = new SnapshotBuilder();
  for (const _ of snapshotSteps(root, classifier, builder)) { /* run to the end */ }
  return builder.result();
}
