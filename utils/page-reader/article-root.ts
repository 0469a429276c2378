// Finds the element that holds the story: the one <article> (or, for a live blog, the feed
// holding several), else the page's main landmark, else the whole body less its furniture.
import { isFurniture, isNeverRead } from './rules';

/** The longest <article> is the story when it holds at least this share of all articles' text. */
const DOMINANT_SHARE = 0.6;
const MAIN_SELECTOR = '[role="main"], main, #main, #content, .article-body, .story-body';

export function articleRoot(doc: Document): Element {
  const fallback = doc.body ?? doc.documentElement;
  const articles = outermost([...doc.querySelectorAll('article')].filter((a) => !excluded(a)));
  if (articles.length === 1) return articles[0]!;
  if (articles.length > 1) {
    const sizes = articles.map(textLength);
    const total = sizes.reduce((a, b) => a + b, 0);
    const longest = sizes.indexOf(Math.max(...sizes));
    // A feed of posts of similar size (a live blog) is one story: read all of it.
    if (sizes[longest]! >= total * DOMINANT_SHARE) return articles[longest]!;
    return commonAncestor(articles) ?? fallback;
  }
  const main = doc.querySelector(MAIN_SELECTOR);
  if (main && !excluded(main)) return main;
  // No landmark: the whole page, less its furniture. (Guessing the densest block would lose
  // a story whose paragraphs are split over several wrappers.)
  return fallback;
}

/**
 * Page furniture to skip while reading below `root`. A furniture element holding the story
 * itself is only a wrapper (a page-wide <form>, a layout <div class="popular-layout">).
 */
export function isFurnitureAround(el: Element, root: Element): boolean {
  return isFurniture(el) && !el.contains(root);
}

/** True when the element sits inside something never read or page furniture (not a wrapping form). */
function excluded(el: Element): boolean {
  for (let at: Element | null = el; at; at = at.parentElement) {
    if (isNeverRead(at) || (isFurniture(at) && at.tagName !== 'FORM')) return true;
  }
  return false;
}

function outermost(elements: Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}

function commonAncestor(elements: Element[]): Element | null {
  let candidate: Element | null = elements[0]!.parentElement;
  while (candidate && !elements.every((el) => candidate!.contains(el))) candidate = candidate.parentElement;
  return candidate;
}

function textLength(el: Element): number {
  return el.textContent?.length ?? 0;
}
