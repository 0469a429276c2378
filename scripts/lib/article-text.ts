// Reduces a news page's HTML to its main text and reads its title and publication date.
// Works on any DOM Document (linkedom in Node); the text keeps one line per block.

const DROP = 'script,style,noscript,template,nav,header,footer,aside,form,iframe,svg,button,select,textarea,input,[hidden],[aria-hidden="true"],.advert,.ad,.ads,.share,.social,.related,.newsletter,.comments';
const BLOCKS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'ARTICLE', 'SECTION',
  'MAIN', 'TABLE', 'TR', 'TD', 'TH', 'FIGCAPTION', 'FIGURE', 'PRE', 'DL', 'DT', 'DD', 'BR', 'HR', 'HEADER', 'FOOTER', 'TIME']);

export interface ArticleText {
  title: string | null;
  published: string | null;
  text: string;
}

export function extractArticle(doc: Document): ArticleText {
  const title = meta(doc, 'og:title') ?? doc.querySelector('h1')?.textContent?.trim() ?? doc.title?.trim() ?? null;
  const published = publicationDate(doc);
  for (const el of [...doc.querySelectorAll(DROP)]) el.remove();
  const root = mainContainer(doc);
  const lines: string[] = [];
  let line = '';
  const walk = (node: Node) => {
    for (const child of [...node.childNodes]) {
      if (child.nodeType === 3) { line += (child.textContent ?? '').replace(/\s+/g, ' '); continue; }
      if (child.nodeType !== 1) continue;
      const block = BLOCKS.has((child as Element).tagName.toUpperCase());
      if (block) flush();
      walk(child);
      if (block) flush();
    }
  };
  const flush = () => {
    const t = line.trim();
    if (t) lines.push(t);
    line = '';
  };
  walk(root);
  flush();
  return { title: title || null, published, text: lines.join('\n') };
}

function meta(doc: Document, name: string): string | null {
  const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
  const v = el?.getAttribute('content')?.trim();
  return v ? v : null;
}

function publicationDate(doc: Document): string | null {
  for (const name of ['article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'DC.date.issued', 'sailthru.date', 'parsely-pub-date']) {
    const v = meta(doc, name);
    if (v && isDate(v)) return v;
  }
  for (const script of [...doc.querySelectorAll('script[type="application/ld+json"]')]) {
    const found = jsonLdDate(script.textContent ?? '');
    if (found) return found;
  }
  const itemprop = doc.querySelector('[itemprop="datePublished"]');
  const ip = itemprop?.getAttribute('datetime') ?? itemprop?.getAttribute('content');
  if (ip && isDate(ip)) return ip;
  const time = doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime');
  return time && isDate(time) ? time : null;
}

function jsonLdDate(source: string): string | null {
  let data: unknown;
  try { data = JSON.parse(source); } catch { return null; }
  const stack: unknown[] = [data];
  while (stack.length) {
    const item = stack.pop();
    if (Array.isArray(item)) { stack.push(...item); continue; }
    if (item && typeof item === 'object') {
      const v = (item as Record<string, unknown>).datePublished;
      if (typeof v === 'string' && isDate(v)) return v;
      stack.push(...Object.values(item as Record<string, unknown>).filter((x) => x && typeof x === 'object'));
    }
  }
  return null;
}

function isDate(v: string): boolean {
  return /^\d{4}-\d{2}-\d{2}/.test(v) && !Number.isNaN(Date.parse(v.slice(0, 10)));
}

/** The element most likely to hold the story: <article>, role=main, <main>, or the densest block. */
function mainContainer(doc: Document): Element {
  const articles = [...doc.querySelectorAll('article')];
  if (articles.length) return articles.reduce((a, b) => (textLength(b) > textLength(a) ? b : a));
  const main = doc.querySelector('[role="main"], main, #main, #content, .article-body, .story-body');
  if (main) return main;
  let best: Element = doc.body ?? doc.documentElement;
  let bestScore = 0;
  for (const el of [...doc.querySelectorAll('div, section')]) {
    const score = [...el.children].filter((c) => c.tagName === 'P').reduce((n, p) => n + (p.textContent?.length ?? 0), 0);
    if (score > bestScore) { bestScore = score; best = el; }
  }
  return best;
}

function textLength(el: Element): number {
  return el.textContent?.length ?? 0;
}
