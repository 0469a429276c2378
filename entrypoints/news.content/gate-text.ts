// The page's text as cheaply as it can be read, for the gate the background answers together with
// the settings (one round trip, before any snapshot): one walk over the nodes, no style asked,
// so no style or layout is computed for it. Each block tag starts a new line (two blocks' words
// never run together) and names split across inline tags stay whole, like the snapshot; unlike
// it, the page's furniture and hidden text are in, so the gate sees more, never less, and can
// only say "related" more often. A page with more text than GATE_TEXT_MAX gets no such gate
// (null) and is read in full, as before.
import { BLOCK_TAGS } from '../../utils/page-reader/block-tags';
import { GATE_TEXT_MAX } from '../../utils/content-messages';

/** Text of elements that is code, not words (their text is left out). */
const NOT_WORDS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export function gateText(root: Element): string | null {
  const walker = root.ownerDocument.createTreeWalker(root, 0x1 /* SHOW_ELEMENT */ | 0x4 /* SHOW_TEXT */);
  const parts: string[] = [];
  let size = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 3) {
      if (NOT_WORDS.has(n.parentNode?.nodeName ?? '')) continue;
      const data = (n as Text).data;
      size += data.length;
      if (size > GATE_TEXT_MAX) return null;
      parts.push(data);
    } else if (BLOCK_TAGS.has(n.nodeName.toUpperCase())) {
      parts.push('\n');
      if (++size > GATE_TEXT_MAX) return null;
    }
  }
  return parts.join('');
}
