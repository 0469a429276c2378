// A small, safe HTML → plain text reducer for saved MoD pages: a hand-written tokenizer (no
// regex-built markup, no eval, no DOM), chrome (scripts, navigation, footers, forms …) dropped,
// the main content container preferred, block elements and list items as lines.

interface Element {
  tag: string;
  attrs: Map<string, string>;
  children: (Element | string)[];
  parent: Element | null;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param']);
/** Elements whose content is raw text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'iframe', 'noembed', 'noframes', 'template']);
/** Content never wanted in the text. */
const DROPPED = new Set(['script', 'style', 'nav', 'footer', 'aside', 'form', 'noscript', 'template', 'svg', 'iframe', 'button', 'select', 'textarea', 'object', 'head', 'dialog', 'menu']);
const BLOCK = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
]);
/** Start tags that close an open <p> (HTML's implied end tags, the common cases). */
const CLOSES_P = new Set(['address', 'article', 'aside', 'blockquote', 'div', 'dl', 'fieldset', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003',
  thinsp: '\u2009', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”',
  bdquo: '„', hellip: '…', middot: '·', bull: '•', copy: '©', reg: '®', trade: '™', yen: '¥', deg: '°',
  times: '×', divide: '÷', laquo: '«', raquo: '»', shy: '\u00ad', zwj: '\u200d', zwnj: '\u200c',
  prime: '′', Prime: '″', sect: '§', para: '¶', euro: '€', pound: '£', cent: '¢', minus: '−',
  larr: '←', rarr: '→', uarr: '↑', darr: '↓', frac12: '½', eacute: 'é', Eacute: 'É', egrave: 'è',
  aacute: 'á', agrave: 'à', ouml: 'ö', uuml: 'ü', auml: 'ä', ccedil: 'ç', iexcl: '¡', iquest: '¿',
};

/** Decodes named (a common set) and numeric character references; unknown ones stay as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  let out = '';
  let i = 0;
  while (i < s.length) {
    const amp = s.indexOf('&', i);
    if (amp < 0) {
      out += s.slice(i);
      break;
    }
    out += s.slice(i, amp);
    const semi = s.indexOf(';', amp);
    const body = semi > amp && semi - amp <= 32 ? s.slice(amp + 1, semi) : null;
    let decoded: string | null = null;
    if (body !== null) {
      if (body[0] === '#') {
        const hex = body[1] === 'x' || body[1] === 'X';
        const digits = hex ? body.slice(2) : body.slice(1);
        const ok = hex ? /^[0-9a-fA-F]{1,6}$/.test(digits) : /^[0-9]{1,7}$/.test(digits);
        const code = ok ? parseInt(digits, hex ? 16 : 10) : NaN;
        if (code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) decoded = String.fromCodePoint(code);
      } else if (Object.prototype.hasOwnProperty.call(NAMED_ENTITIES, body)) {
        decoded = NAMED_ENTITIES[body]!;
      }
    }
    if (decoded !== null) {
      out += decoded;
      i = semi + 1;
    } else {
      out += '&';
      i = amp + 1;
    }
  }
  return out;
}

function isNameChar(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9:_-]/.test(c);
}

/** Parses a start tag at `i` (which points at '<'); returns the element and where the tag ends. */
function readStartTag(html: string, i: number): { tag: string; attrs: Map<string, string>; selfClosing: boolean; end: number } {
  let j = i + 1;
  const nameStart = j;
  while (isNameChar(html[j])) j++;
  const tag = html.slice(nameStart, j).toLowerCase();
  const attrs = new Map<string, string>();
  let selfClosing = false;
  while (j < html.length) {
    while (j < html.length && /\s/.test(html[j]!)) j++;
    const c = html[j];
    if (c === undefined) break;
    if (c === '>') {
      j++;
      break;
    }
    if (c === '/') {
      selfClosing = html[j + 1] === '>';
      j++;
      continue;
    }
    const an = j;
    while (j < html.length && !/[\s=>/]/.test(html[j]!)) j++;
    const name = html.slice(an, j).toLowerCase();
    while (j < html.length && /\s/.test(html[j]!)) j++;
    let value = '';
    if (html[j] === '=') {
      j++;
      while (j < html.length && /\s/.test(html[j]!)) j++;
      const q = html[j];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, j + 1);
        const stop = close < 0 ? html.length : close;
        value = html.slice(j + 1, stop);
        j = stop + 1;
      } else {
        const vs = j;
        while (j < html.length && !/[\s>]/.test(html[j]!)) j++;
        value = html.slice(vs, j);
      }
    }
    if (name && !attrs.has(name)) attrs.set(name, decodeEntities(value));
    if (j === an) j++; // never stall on a stray character
  }
  return { tag, attrs, selfClosing, end: j };
}

/**
 * Deepest nesting kept (as browsers' parsers cap theirs): deeper start tags add their content at
 * this depth. Keeps the tree walks' recursion and each end tag's search up the tree bounded.
 */
const MAX_DEPTH = 512;

/** Builds a tolerant element tree: misnested end tags close up to their match or are ignored. */
function parseHtml(html: string): Element {
  const root: Element = { tag: '#root', attrs: new Map(), children: [], parent: null };
  let current = root;
  let depth = 0;
  const lower = html.toLowerCase(); // once: raw-text elements search it for their end tag
  // How many elements of each tag are open: a tag not open is closed (or looked for) at no cost.
  const open = new Map<string, number>();
  const isOpen = (tag: string): boolean => (open.get(tag) ?? 0) > 0;
  const close = (tag: string, stopAt: readonly string[] = []): void => {
    if (!isOpen(tag)) return;
    let e: Element | null = current;
    for (; e && e !== root; e = e.parent) {
      if (stopAt.includes(e.tag)) return;
      if (e.tag === tag) break;
    }
    if (!e || e === root) return;
    for (let k: Element = current; ; k = k.parent!) {
      open.set(k.tag, open.get(k.tag)! - 1);
      depth--;
      if (k === e) break;
    }
    current = e.parent ?? root;
  };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? html.length : lt;
    if (textEnd > i) current.children.push(decodeEntities(html.slice(i, textEnd)));
    if (lt < 0) break;
    const next = html[lt + 1];
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
    } else if (next === '!' || next === '?') {
      const end = html.indexOf('>', lt);
      i = end < 0 ? html.length : end + 1;
    } else if (next === '/') {
      let j = lt + 2;
      while (isNameChar(html[j])) j++;
      const tag = html.slice(lt + 2, j).toLowerCase();
      const end = html.indexOf('>', j);
      i = end < 0 ? html.length : end + 1;
      if (tag === 'p' && !isOpen('p')) continue;
      close(tag);
    } else if (next !== undefined && /[A-Za-z]/.test(next)) {
      const t = readStartTag(html, lt);
      i = t.end;
      if (CLOSES_P.has(t.tag) && isOpen('p')) close('p', ['div', 'section', 'article', 'main', 'li', 'td', 'th', 'blockquote']);
      if (t.tag === 'li') close('li', ['ul', 'ol']);
      if (t.tag === 'dt' || t.tag === 'dd') { close('dt', ['dl']); close('dd', ['dl']); }
      if (t.tag === 'tr') close('tr', ['table']);
      if (t.tag === 'td' || t.tag === 'th') { close('td', ['tr', 'table']); close('th', ['tr', 'table']); }
      if (t.tag === 'option') close('option', ['select']);
      const el: Element = { tag: t.tag, attrs: t.attrs, children: [], parent: current };
      current.children.push(el);
      if (RAW_TEXT.has(t.tag)) {
        // Raw text runs to the matching end tag, whatever it contains.
        const endTag = lower.indexOf(`</${t.tag}`, i);
        const stop = endTag < 0 ? html.length : endTag;
        if (t.tag === 'title' || t.tag === 'textarea') el.children.push(decodeEntities(html.slice(i, stop)));
        const gt = endTag < 0 ? -1 : html.indexOf('>', endTag);
        i = gt < 0 ? html.length : gt + 1;
      } else if (!VOID.has(t.tag) && !t.selfClosing && depth < MAX_DEPTH) {
        current = el;
        depth++;
        open.set(el.tag, (open.get(el.tag) ?? 0) + 1);
      }
    } else {
      current.children.push('<');
      i = lt + 1;
    }
  }
  return root;
}

/** The element and all below it, in document order (a stack, not nested generators: deep trees stay linear). */
function* walk(e: Element): Generator<Element> {
  const stack: Element[] = [e];
  while (stack.length > 0) {
    const next = stack.pop()!;
    yield next;
    for (let k = next.children.length - 1; k >= 0; k--) {
      const c = next.children[k]!;
      if (typeof c !== 'string') stack.push(c);
    }
  }
}

function classes(e: Element): string[] {
  return (e.attrs.get('class') ?? '').split(/\s+/).filter(Boolean);
}

const MAIN_IDS = new Set(['main', 'main-contents', 'maincontents', 'main_contents', 'main-content', 'maincontent', 'contents', 'content']);
const MAIN_CLASSES = new Set(['main-contents', 'maincontents', 'main_contents', 'main-content', 'maincontent', 'mainContents']);

/** Where the content is, tried in order: <main>, role=main, #main-like ids, .main-contents-like classes, <article>. */
const CONTAINER_TESTS: readonly ((e: Element) => boolean)[] = [
  (e) => e.tag === 'main',
  (e) => e.attrs.get('role') === 'main',
  (e) => MAIN_IDS.has((e.attrs.get('id') ?? '').toLowerCase()),
  (e) => classes(e).some((c) => MAIN_CLASSES.has(c) || MAIN_CLASSES.has(c.toLowerCase())),
  (e) => e.tag === 'article',
];

function isDropped(e: Element, insideContent: boolean): boolean {
  if (DROPPED.has(e.tag)) return true;
  // A page's <header> is site chrome; a <header> inside the content holds its title and date.
  if (e.tag === 'header' && !insideContent) return true;
  if (e.attrs.has('hidden') || e.attrs.get('aria-hidden') === 'true') return true;
  const role = e.attrs.get('role');
  return role === 'navigation' || role === 'banner' || role === 'contentinfo' || role === 'search';
}

class LineWriter {
  lines: string[] = [];
  private line = '';

  text(s: string, pre: boolean): void {
    if (pre) {
      const parts = s.split('\n');
      parts.forEach((p, k) => {
        if (k > 0) this.break();
        this.line += p;
      });
      return;
    }
    const collapsed = s.replace(/[ \t\n\r\f\u00a0]+/g, ' ');
    if (collapsed === ' ' && (this.line === '' || this.line.endsWith(' '))) return;
    this.line += this.line === '' || this.line.endsWith(' ') ? collapsed.replace(/^ /, '') : collapsed;
  }

  break(): void {
    const t = this.line.trim();
    // A list marker waits for its item's text, even across a block start (<li><p>…</p></li>).
    if (t === '-') return;
    if (t !== '') this.lines.push(this.line.replace(/[ \t]+$/, ''));
    this.line = '';
  }

  /** Ends a list item: a marker that never got text is dropped. */
  endItem(): void {
    if (this.line.trim() === '-') this.line = '';
    this.break();
  }

  raw(s: string): void {
    this.line += s;
  }
}

function render(e: Element, w: LineWriter, state: { listDepth: number; pre: boolean; inContent: boolean }): void {
  for (const c of e.children) {
    if (typeof c === 'string') {
      w.text(c, state.pre);
      continue;
    }
    if (isDropped(c, state.inContent)) continue;
    if (c.tag === 'br') {
      w.break();
      continue;
    }
    if (c.tag === 'td' || c.tag === 'th') w.text(' ', false);
    const block = BLOCK.has(c.tag);
    if (block) w.break();
    const inner = { ...state, inContent: state.inContent || c.tag === 'main' || c.tag === 'article' };
    if (c.tag === 'ul' || c.tag === 'ol') inner.listDepth++;
    if (c.tag === 'pre') inner.pre = true;
    // List items keep their own line, marked like the text copies: "- item", " - sub-item".
    if (c.tag === 'li') w.raw(`${' '.repeat(Math.max(0, state.listDepth - 1))}- `);
    render(c, w, inner);
    if (c.tag === 'li') w.endItem();
    else if (block) w.break();
  }
}

export interface HtmlDocument {
  /** The main content as plain text, one block or list item per line. */
  text: string;
  /** <link rel="canonical"> or <meta property="og:url">, when absolute http(s). */
  url: string | null;
  /** The <title>, whitespace collapsed, or null. */
  title: string | null;
}

function textOf(e: Element): string {
  let s = '';
  for (const c of e.children) s += typeof c === 'string' ? c : textOf(c);
  return s.replace(/\s+/g, ' ').trim();
}

export function readHtml(html: string): HtmlDocument {
  const root = parseHtml(html);
  let url: string | null = null;
  let ogUrl: string | null = null;
  let title: string | null = null;
  for (const e of walk(root)) {
    if (e.tag === 'link' && (e.attrs.get('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) url ??= e.attrs.get('href') ?? null;
    if (e.tag === 'meta' && (e.attrs.get('property') ?? e.attrs.get('name')) === 'og:url') ogUrl ??= e.attrs.get('content') ?? null;
    if (e.tag === 'title' && title === null) title = textOf(e) || null;
  }
  const absolute = (u: string | null): string | null => (u && /^https?:\/\/\S+$/i.test(u.trim()) ? u.trim() : null);

  const body = [...walk(root)].find((e) => e.tag === 'body') ?? root;
  let container = body;
  let inContent = false;
  for (const test of CONTAINER_TESTS) {
    const found = [...walk(body)].find((e) => test(e) && textOf(e).length >= 20);
    if (found) {
      container = found;
      inContent = true;
      break;
    }
  }
  const w = new LineWriter();
  render({ ...container, children: [container] }, w, { listDepth: 0, pre: false, inContent });
  w.break();
  return { text: w.lines.join('\n'), url: absolute(url) ?? absolute(ogUrl), title };
}

/** Plain text of an HTML document's main content. */
export function htmlToText(html: string): string {
  return readHtml(html).text;
}

/** True when the content is HTML rather than plain text (judged by its first markup). */
export function looksLikeHtml(content: string): boolean {
  const head = content.slice(0, 2000).replace(/^\ufeff/, '').trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml')) return true;
  return /<(?:html|head|body|main|article|div|p|meta|title)[\s>]/.test(head) && /<\/(?:p|div|body|html|title|main|article)>/.test(content.toLowerCase());
}
