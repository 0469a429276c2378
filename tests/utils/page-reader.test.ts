// The shared page reader on parsed pages (linkedom, as the checker uses it): which element is
// the story, what is furniture, and the page's own date and title.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { articleRoot } from '../../utils/page-reader/article-root';
import { readArticle } from '../../utils/page-reader/article-text';

const doc = (body: string, head = '') =>
  parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

const para = (text: string, n = 3) => Array.from({ length: n }, () => `<p>${text}</p>`).join('');

describe('the story element', () => {
  it.each([
    ['the one <article>', `<nav>Menu</nav><article id="story">${para('Story text.')}</article>`, 'story'],
    ['the longest <article> when it dominates (teasers beside it)',
      `<article id="story">${para('Long story paragraph with many words in it.', 8)}</article><article>Teaser</article>`, 'story'],
    ['the feed holding a live blog of similar posts',
      `<section id="feed"><article>${para('Update one.')}</article><article>${para('Update two.')}</article></section>`, 'feed'],
    ['the main landmark without an article', `<header>Site</header><main id="story">${para('Story.')}</main>`, 'story'],
    ['an article inside a page-wide form (the form is only a wrapper)', `<form><article id="story">${para('Story.')}</article></form>`, 'story'],
  ])('%s', (_name, body, id) => {
    expect(articleRoot(doc(body)).id).toBe(id);
  });

  it('falls back to the whole body, so a story split over wrappers is read whole', () => {
    const d = doc(`<div>${para('First half.')}</div><div>${para('Second half.', 4)}</div>`);
    expect(articleRoot(d).tagName).toBe('BODY');
    expect(readArticle(d).text).toContain('First half.');
  });

  it('an <article> inside page furniture is not the story', () => {
    const d = doc(`<aside class="related"><article>Other story</article></aside><main id="story">${para('Story.')}</main>`);
    expect(articleRoot(d).id).toBe('story');
  });
});

describe('the article text', () => {
  it('reads the story and leaves out related stories, tickers, comments, footers and forms', () => {
    const d = doc(`
      <div class="news-ticker">BREAKING: other talks</div>
      <article><h1>Headline</h1><p>Story one.</p>
        <div class="related-stories"><p>Related story.</p></div>
        <form class="newsletter"><label>Sign up</label></form>
        <p>Story two.</p></article>
      <section id="comments"><p>A comment.</p></section>
      <footer>Footer line.</footer>`);
    expect(readArticle(d).text).toBe('Headline\nStory one.\nStory two.');
  });

  it('reads the title and the publication date with its zone', () => {
    const d = doc('<article><h1>Headline</h1><p>x</p></article>',
      '<title>Page | Site</title><meta property="article:published_time" content="2026-01-16T02:10:00Z">');
    expect(readArticle(d)).toMatchObject({ title: 'Headline', published: '2026-01-16T02:10:00Z' });
  });

  it('reads a date from JSON-LD nested in a graph', () => {
    const ld = '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2025-10-29T18:00:00+09:00","headline":"From LD"}]}</script>';
    expect(readArticle(doc('<p>x</p>', ld))).toMatchObject({ published: '2025-10-29T18:00:00+09:00', title: 'From LD' });
  });
});
