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
  it('reads page elements that copy the extension\'s attribute names: only its own nodes are its own', () => {
    const d = doc(`<article><p>Story one.</p><p data-rl="ui">Koizumi and Hegseth met for about 50 minutes.</p></article>`);
    expect(readArticle(d).text).toBe('Story one.\nKoizumi and Hegseth met for about 50 minutes.');
  });

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

describe('text inside the story that is not the story', () => {
  const story = '<p>Koizumi met Hegseth at the Pentagon on January 15.</p>';
  it.each([
    ['a 「ことば」 glossary box', '<div class="box"><h2>ことば　日米防衛相会談</h2><p>日本の防衛相と米国の国防長官による定期的な協議。</p></div>'],
    ['a 用語解説 box with its heading in a paragraph', '<section><p><strong>用語解説</strong></p><p>DICASは日米の防衛産業協力の枠組み。</p></section>'],
    ['an explainer box', '<aside-box><div><h3>Explainer: What is DICAS?</h3><p>A forum where the ministers agreed to co-produce missiles.</p></div></aside-box>'],
    ['a "What is" box', '<figure><figcaption>What is the 2+2?</figcaption><p>Foreign and defense ministers meet in it.</p></figure>'],
    ['a "Read more" line', '<p>Read more: Koizumi and Hegseth met at the White House</p>'],
    ['a "Related:" line', '<p><strong>Related:</strong> <a href="#">Hegseth hosts Koizumi in Tokyo</a></p>'],
    ['a 【関連記事】 line', '<p>【関連記事】小泉防衛相、ヘグセス長官とハワイで会談</p>'],
    ['a list of other stories\' headlines', '<ul><li><a href="#">Koizumi and Hegseth met in Tokyo</a></li><li><a href="#">Austin visits Manila</a></li></ul>'],
  ])('leaves out %s', (_name, side) => {
    const text = readArticle(doc(`<article>${story}${side}<p>Story end.</p></article>`)).text;
    expect(text).toBe('Koizumi met Hegseth at the Pentagon on January 15.\nStory end.');
  });

  it.each([
    ['a paragraph that only starts with a label word', '<p>Relatedly, the ministers agreed to meet again.</p>'],
    ['a box whose heading is the story\'s own', '<div><h2>The talks</h2><p>They met for 50 minutes.</p></div>'],
    ['a list of points with a link in one item', '<ul><li>They agreed on <a href="#">DICAS</a> projects.</li><li>They condemned the launch.</li></ul>'],
  ])('keeps %s', (_name, body) => {
    const text = readArticle(doc(`<article>${story}${body}</article>`)).text;
    expect(text.split('\n').length).toBeGreaterThan(1);
  });
});
