// Recognises text inside a story that is not the story: a glossary or definition box (「ことば」,
// "Explainer: what is DICAS?"), a line pointing at another story ("Read more: …", 【関連記事】),
// and a list of other stories' headlines (every item a link). Labels come from engine/lang.
import { GLOSSARY_LABELS, OTHER_STORY_LABELS } from '../../engine/lang/page-labels';

const fold = (s: string) => s.normalize('NFKC').trim().toLowerCase();
const GLOSSARY = [...GLOSSARY_LABELS.en, ...GLOSSARY_LABELS.ja].map(fold);
const OTHER_STORY = [...OTHER_STORY_LABELS.en, ...OTHER_STORY_LABELS.ja].map(fold);
const HEADING = /^(?:H[2-6]|STRONG|B|DT|FIGCAPTION|LEGEND|SUMMARY|HEADER)$/;
/** Elements that may be a box: a heading child names what it holds. */
const BOX = /^(?:DIV|SECTION|ASIDE|FIGURE|DL|DETAILS|FIELDSET|TABLE)$/;
const LINE = /^(?:P|LI|DIV|H[2-6]|SPAN|STRONG)$/;
const LIST = /^(?:UL|OL)$/;
/** A label ends at a word end: "Related:" and 「ことば　…」, not "Relatedly". */
const LABEL_END = /^(?:$|[^\p{L}\p{N}])/u;
/** Text this long or longer is read as a story paragraph, whatever opens it. */
const LINE_LIMIT = 240;

function startsWithLabel(text: string, labels: readonly string[]): boolean {
  const t = fold(text).replace(/^[【［\[(（「]\s*/, '');
  return labels.some((l) => t.startsWith(l.replace(/^【/, '')) && LABEL_END.test(t.slice(l.replace(/^【/, '').length)));
}

/**
 * The element's text if it is shorter than `limit`, else null: a walk that stops early, so
 * asking about every element of a page stays linear in its size.
 */
function shortText(el: Element, limit = LINE_LIMIT): string | null {
  let out = '';
  const stack: Node[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      out += node.textContent ?? '';
      if (out.length >= limit) return null;
      continue;
    }
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return out;
}

/** A box whose first child is a heading naming a glossary or definition. */
export function isGlossaryBox(el: Element): boolean {
  if (!BOX.test(el.tagName.toUpperCase())) return false;
  const head = el.firstElementChild;
  if (!head) return false;
  const tag = head.tagName.toUpperCase();
  const heading = HEADING.test(tag) ? head : tag === 'P' && head.firstElementChild && HEADING.test(head.firstElementChild.tagName.toUpperCase()) ? head.firstElementChild : null;
  const title = heading ? shortText(heading) : null;
  return title !== null && startsWithLabel(title, GLOSSARY);
}

/** A short line that opens with "Read more", 「関連記事」 and the like. */
export function isOtherStoryLine(el: Element): boolean {
  if (!LINE.test(el.tagName.toUpperCase())) return false;
  const text = shortText(el);
  return text !== null && startsWithLabel(text, OTHER_STORY);
}

/** A list of two or more items each of which is mostly a link: other stories' headlines. */
export function isHeadlineList(el: Element): boolean {
  if (!LIST.test(el.tagName.toUpperCase())) return false;
  const items = [...el.children].filter((c) => c.tagName.toUpperCase() === 'LI');
  if (items.length < 2) return false;
  return items.every((li) => {
    const all = shortText(li)?.trim().length ?? 0;
    if (all === 0) return false;
    const linked = [...li.querySelectorAll('a')].reduce((n, a) => n + (a.textContent ?? '').trim().length, 0);
    return linked >= all * 0.8;
  });
}

/** Any of the above: inside the story, but not the story. */
export function isSideText(el: Element): boolean {
  return isGlossaryBox(el) || isOtherStoryLine(el) || isHeadlineList(el);
}
