// The page's text as cheaply as it can be read, for the gate the background answers together with
// the settings (one round trip, before any snapshot). Two readings:
//
// - quickGateText, the first: the text of the whole page in one call (textContent), without its
//   scripts' and styles' code. No node of the page is visited from here, so the page pays for
//   no wrapper objects and no interfaces set up in the extension's world (most of what a walk
//   over a page costs the first time). Its one fault: two blocks' words run together where the
//   markup has no space between them ("…marketsHegseth"), which can hide a name. The background
//   says so when it may have (see gateAnswer in utils/analysis-service.ts) and the gate reads
//   the page again, exactly:
// - gateText: one walk over the nodes, no style asked, so no style or layout is computed for it.
//   Each block tag starts a new line (two blocks' words never run together) and names split
//   across inline tags stay whole, like the snapshot.
//
// Unlike the snapshot, both keep the page's furniture and hidden text, so the gate sees more,
// never less, and can only say "related" more often. A page with more text than GATE_TEXT_MAX
// gets no such gate (null) and is read in full, as before.
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

/** Elements whose text is code (their text is cut from the quick reading). */
const CODE = 'script, style, noscript';

/** The text under `root` in one call, without its code; null when longer than the gate reads. */
export function quickGateText(root: Element): string | null {
  const whole = root.textContent ?? '';
  const parts: string[] = [];
  let from = 0;
  let kept = 0;
  let last: Element | null = null;
  for (const el of root.querySelectorAll(CODE)) {
    // Inside a cut one (a noscript read as markup, where scripting is off): already gone.
    if (last?.contains(el)) continue;
    last = el;
    const code = el.textContent ?? '';
    // textContent is the text nodes in tree order, so each element's text comes after the last.
    // Where the page shows the very same characters earlier, that copy is cut in its place: the
    // same words are left, in another order.
    const at = code ? whole.indexOf(code, from) : -1;
    if (at < 0) continue;
    if ((kept += at - from) > GATE_TEXT_MAX) return null;
    parts.push(whole.slice(from, at));
    from = at + code.length;
  }
  if (kept + whole.length - from > GATE_TEXT_MAX) return null;
  parts.push(whole.slice(from));
  return parts.join('');
}
