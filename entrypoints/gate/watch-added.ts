// Content a page adds after the gate found it unrelated (an infinite scroll, a single-page site
// rendering late): a MutationObserver gathers the changed subtrees for `throttleMs`, then hands
// their text, read like the gate's (gate-text.ts), on in one call. Cheap on purpose: no style,
// no layout, one walk over the new nodes only.
import { gateText } from '../news.content/gate-text';
import { GATE_TEXT_MAX } from '../../utils/content-messages';

function insideAnother(el: Element, set: ReadonlySet<Element>): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return true;
  return false;
}

/** Calls `onText` with the text added under `root` (null: more than the gate reads); returns the stop function. */
export function watchAdded(root: Element, onText: (text: string | null) => void, throttleMs: number): () => void {
  const win = root.ownerDocument.defaultView;
  if (!win) return () => {};
  const changed = new Set<Element>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    timer = null;
    // Outermost subtrees only: a block and its paragraphs are read once.
    const roots = [...changed].filter((el) => el.isConnected && !insideAnother(el, changed));
    changed.clear();
    let size = 0;
    const texts: string[] = [];
    for (const el of roots) {
      const text = gateText(el);
      if (text === null || (size += text.length + 1) > GATE_TEXT_MAX) return onText(null);
      if (text.trim()) texts.push(text);
    }
    if (texts.length > 0) onText(texts.join('\n'));
  };
  const observer = new win.MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') {
        if (r.target.parentElement) changed.add(r.target.parentElement);
        continue;
      }
      for (const n of r.addedNodes) {
        if (n.nodeType === 1) changed.add(n as Element);
        else if (n.nodeType === 3 && n.parentElement) changed.add(n.parentElement);
      }
    }
    if (changed.size > 0 && timer === null) timer = setTimeout(flush, throttleMs);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return () => {
    observer.disconnect();
    if (timer !== null) clearTimeout(timer);
    timer = null;
    changed.clear();
  };
}
