// Which elements are in (or within a screen of) the viewport, without forcing a layout: an
// IntersectionObserver answers after the next frame, where getBoundingClientRect on a giant page
// would lay it out inside our task. No answer in time means "none known": callers keep document
// order.

/** Elements near the viewport (the observer's answer, or an empty set after `timeoutMs`). */
export function nearViewport(doc: Document, elements: readonly Element[], timeoutMs = 250): Promise<Set<Element>> {
  const IO = doc.defaultView?.IntersectionObserver;
  const near = new Set<Element>();
  if (!IO || elements.length === 0) return Promise.resolve(near);
  const targets = new Set(elements);
  return new Promise((resolve) => {
    let answered = 0;
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      observer.disconnect();
      resolve(near);
    };
    const observer = new IO((entries) => {
      for (const e of entries) {
        answered++;
        if (e.isIntersecting) near.add(e.target);
      }
      if (answered >= targets.size) finish();
    }, { rootMargin: '100% 0px' });
    for (const el of targets) observer.observe(el);
    const timer = setTimeout(finish, timeoutMs);
  });
}

/** `items` with those whose element is near the viewport first, each group in its own order, and how many are near. */
export async function nearFirst<T>(doc: Document, items: readonly T[], elementsOf: (item: T) => readonly Element[]): Promise<{ items: T[]; near: number }> {
  const near = await nearViewport(doc, items.flatMap(elementsOf));
  const isNear = (item: T) => elementsOf(item).some((el) => near.has(el));
  const first = items.filter(isNear);
  return { items: [...first, ...items.filter((item) => !isNear(item))], near: first.length };
}
