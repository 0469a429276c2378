// Generated news pages for the browser benchmark: an article of about n words (the fixture
// paragraphs of bench-data.ts, repeated) in realistic markup: names split across inline tags and
// links, a site header and navigation, a sidebar, a newsletter form, a comment box and a footer.
// Also a page of the same kind with no alliance content at all. Deterministic (seeded).
import { articleOfWords, prng } from './bench-data';

export interface BenchPage {
  name: string;
  words: number;
  /** The page as served. Paragraphs to append later travel inside it, in a <template>. */
  html: string;
  /** How many paragraphs its #bench-appended template holds (none on the unrelated page). */
  appendable: number;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Inline markup as news sites write it: a name in a link, the tail of a system's name in
 * emphasis (a match has to cross the tag), a number in <strong>.
 */
function withInlineTags(paragraph: string, i: number): string {
  let html = esc(paragraph);
  if (i % 3 === 0) html = html.replace(/\bHegseth\b/, '<a href="/topic/hegseth">Hegseth</a>');
  if (i % 4 === 1) html = html.replace(/\bBlock IIA\b/, '<em>Block IIA</em>');
  if (i % 5 === 2) html = html.replace(/\bKoizumi\b/, '<b>Koi</b>zumi');
  if (i % 2 === 0) html = html.replace(/\b(\d[\d,.]*)\b/, '<strong>$1</strong>');
  return `<p>${html}</p>`;
}

const FILLER = [
  'harbour', 'market', 'festival', 'weather', 'council', 'library', 'bridge', 'school', 'garden', 'museum',
  'railway', 'bakery', 'season', 'visitors', 'lanterns', 'boats', 'river', 'evening', 'concert', 'fields',
  'the', 'a', 'and', 'with', 'after', 'before', 'opened', 'closed', 'welcomed', 'reported', 'many', 'new',
];

/** Sentences about nothing in particular (no name the gazetteer knows). */
function fillerParagraphs(words: number, seed: number): string[] {
  const rand = prng(seed);
  const out: string[] = [];
  let n = 0;
  while (n < words) {
    const sentences = Array.from({ length: 3 + Math.floor(rand() * 3) }, () => {
      const len = 8 + Math.floor(rand() * 10);
      const ws = Array.from({ length: len }, () => FILLER[Math.floor(rand() * FILLER.length)]!);
      n += len;
      return `${ws.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
    });
    out.push(sentences.join(' '));
  }
  return out;
}

function pageHtml(title: string, published: string, articleHtml: string[], appendHtml: string[] = []): string {
  const links = (names: string[]) => names.map((n) => `<li><a href="/${n.toLowerCase()}">${n}</a></li>`).join('');
  return [
    '<!doctype html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
    `<title>${esc(title)} | Bench Herald</title>`,
    `<meta property="article:published_time" content="${published}">`,
    `<meta property="og:title" content="${esc(title)}">`,
    '<style>body{font:16px/1.5 serif;max-width:48rem;margin:0 auto;padding:0 1rem}aside{font-size:14px}</style>',
    '</head>', '<body>',
    `<header><a href="/">Bench Herald</a><nav><ul>${links(['World', 'Asia', 'Politics', 'Business', 'Opinion', 'Sport'])}</ul></nav>`,
    '<form role="search"><input type="search" name="q" placeholder="Search"><button>Go</button></form></header>',
    '<main>', '<article>', `<h1>${esc(title)}</h1>`,
    `<p class="byline">By Bench Staff · <time datetime="${published}">${published.slice(0, 10)}</time></p>`,
    ...articleHtml,
    '</article>',
    // Parsed by the browser with the page, never read (template content is not in the document):
    // the benchmark clones it into the article, so no markup is built from strings at run time.
    `<template id="bench-appended">${appendHtml.join('')}</template>`,
    `<aside><h2>Most read</h2><ol>${links(['Markets rally', 'Storm warning', 'Election guide', 'Recipes'])}</ol></aside>`,
    '<section class="newsletter"><h2>Newsletter</h2><form><label>Email <input type="email" name="email"></label>',
    '<textarea name="note">Tell us what you think</textarea><button type="submit">Sign up</button></form></section>',
    '<section class="comments"><h2>Comments</h2><div contenteditable="true">Write a comment…</div></section>',
    '</main>',
    `<footer><ul>${links(['About', 'Contact', 'Privacy', 'Terms', 'Careers'])}</ul><p>© Bench Herald.</p></footer>`,
    '</body>', '</html>',
  ].join('\n');
}

/** An alliance article of about `words` words. */
export function alliancePage(words: number): BenchPage {
  const article = articleOfWords(words);
  const paragraphs = article.text.split('\n');
  const extraSource = articleOfWords(6_000, 77).text.split('\n').slice(1, 101);
  return {
    name: `${Math.round(words / 1000)}k`,
    words: article.words,
    html: pageHtml(article.title, article.published, paragraphs.map(withInlineTags), extraSource.map((p, i) => withInlineTags(p, i + 1))),
    appendable: extraSource.length,
  };
}

/** A page of the same shape and about `words` words that says nothing about the alliance. */
export function unrelatedPage(words: number): BenchPage {
  const paragraphs = fillerParagraphs(words, 42);
  return {
    name: 'none',
    words: paragraphs.join(' ').split(/\s+/).length,
    html: pageHtml('Harbour festival draws record crowds', '2026-01-16T02:10:00Z', paragraphs.map((p) => `<p>${esc(p)}</p>`)),
    appendable: 0,
  };
}
