// Reads what a page says about itself: its headline and when it was published. The engine uses
// the date to pick the meeting a page is about.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Meta names that carry the publication date, most specific first. */
const PUBLISHED_META = [
  'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'DC.date.issued',
  'sailthru.date', 'parsely-pub-date',
];
const TITLE_META = ['og:title', 'twitter:title'];

/** An ISO 8601 date(-time) as the page wrote it (its time zone kept), or null. */
export function normalizeDate(raw: string | null | undefined): string | null {
  const s = raw?.trim();
  if (!s) return null;
  if (ISO_DATE.test(s)) return s.replace(' ', 'T');
  if (!/^\d{4}-\d{2}-\d{2}/.test(s)) return null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function meta(doc: Document, name: string): string | null {
  const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
  const v = el?.getAttribute('content')?.trim();
  return v ? v : null;
}

/** Yields every object in a JSON-LD value: arrays, @graph members, nested objects. */
function* jsonLdObjects(value: unknown, depth = 0): Generator<Record<string, unknown>> {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) yield* jsonLdObjects(v, depth + 1);
    return;
  }
  const obj = value as Record<string, unknown>;
  yield obj;
  for (const v of Object.values(obj)) if (v && typeof v === 'object') yield* jsonLdObjects(v, depth + 1);
}

/** Every string value of `key` in the page's JSON-LD blocks, in document order. */
function* jsonLd(doc: Document, key: 'datePublished' | 'headline'): Generator<string> {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const obj of jsonLdObjects(parsed)) {
      const v = obj[key];
      if (typeof v === 'string' && v.trim()) yield v.trim();
    }
  }
}

export function readPublished(doc: Document): string | null {
  for (const name of PUBLISHED_META) {
    const v = normalizeDate(meta(doc, name));
    if (v) return v;
  }
  for (const v of jsonLd(doc, 'datePublished')) {
    const d = normalizeDate(v);
    if (d) return d;
  }
  const itemprop = doc.querySelector('[itemprop="datePublished"]');
  const fromItemprop = normalizeDate(itemprop?.getAttribute('datetime') ?? itemprop?.getAttribute('content'));
  if (fromItemprop) return fromItemprop;
  const time = doc.querySelector('article time[datetime], header time[datetime]') ?? doc.querySelector('time[datetime]');
  return normalizeDate(time?.getAttribute('datetime'));
}

export function readTitle(doc: Document): string | null {
  for (const name of TITLE_META) {
    const v = meta(doc, name);
    if (v) return v;
  }
  for (const v of jsonLd(doc, 'headline')) return v;
  const t = doc.querySelector('h1')?.textContent?.trim() || doc.title?.trim();
  return t ? t : null;
}
