// Reads what the page says about itself: when it was published and its headline. The engine
// uses the date to pick the meeting a page is about.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** An ISO 8601 date(-time) as the page wrote it (its time zone kept), or null. */
export function normalizeDate(raw: string | null | undefined): string | null {
  const s = raw?.trim();
  if (!s) return null;
  if (ISO_DATE.test(s)) return s.replace(' ', 'T');
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function metaContent(doc: Document, selectors: string[]): string | null {
  for (const sel of selectors) {
    const v = doc.querySelector<HTMLMetaElement>(sel)?.content?.trim();
    if (v) return v;
  }
  return null;
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
  if (obj['@graph']) yield* jsonLdObjects(obj['@graph'], depth + 1);
}

function jsonLd(doc: Document, key: 'datePublished' | 'headline'): string | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const obj of jsonLdObjects(parsed)) {
      const v = obj[key];
      if (typeof v === 'string' && v.trim()) return v.trim();
    }
  }
  return null;
}

export function readPublished(doc: Document): string | null {
  const fromMeta = metaContent(doc, [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
  ]);
  const fromTime = () => {
    const t = doc.querySelector('time[itemprop="datePublished"][datetime]')
      ?? doc.querySelector('article time[datetime], header time[datetime]')
      ?? doc.querySelector('time[datetime]');
    return t?.getAttribute('datetime') ?? null;
  };
  return normalizeDate(fromMeta) ?? normalizeDate(jsonLd(doc, 'datePublished')) ?? normalizeDate(fromTime());
}

export function readTitle(doc: Document): string | null {
  const t = metaContent(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]'])
    ?? jsonLd(doc, 'headline')
    ?? doc.title?.trim();
  return t ? t : null;
}
