// Where the card goes: below its highlight, or above when there is no room below, never over
// the highlight itself and always inside the viewport (it scrolls inside when space is short).
import type { CardPosition } from '../../components/HoverCard';

export interface Box {
  top: number;
  left: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

const GAP = 6;
const MARGIN = 8;

/** Bounding box of the non-empty rectangles (a highlight may wrap over several lines). */
export function unionOf(rects: readonly Box[]): Box | null {
  let u: Box | null = null;
  for (const r of rects) {
    if (r.right - r.left <= 0 && r.bottom - r.top <= 0) continue;
    u = u
      ? { top: Math.min(u.top, r.top), left: Math.min(u.left, r.left), right: Math.max(u.right, r.right), bottom: Math.max(u.bottom, r.bottom) }
      : { top: r.top, left: r.left, right: r.right, bottom: r.bottom };
  }
  return u;
}

/**
 * @param anchors the highlight's client rects (first = where it starts)
 * @param card the card's natural size
 * @param viewport the window's inner size
 */
export function placeCard(anchors: readonly Box[], card: Size, viewport: Size): CardPosition {
  const u = unionOf(anchors) ?? { top: 0, left: 0, right: 0, bottom: 0 };
  const below = viewport.height - MARGIN - (u.bottom + GAP);
  const above = u.top - GAP - MARGIN;
  let top: number;
  let maxHeight: number;
  let placement: CardPosition['placement'];
  if (card.height <= below || below >= above) {
    placement = 'below';
    top = u.bottom + GAP;
    maxHeight = Math.max(below, 0);
  } else {
    placement = 'above';
    maxHeight = Math.max(above, 0);
    top = u.top - GAP - Math.min(card.height, maxHeight);
  }
  // Never taller than the viewport; when the highlight fills the whole screen (no room on
  // either side) the card has to overlap it, but stays readable.
  const fullHeight = Math.max(viewport.height - 2 * MARGIN, 0);
  maxHeight = maxHeight > 0 ? Math.min(maxHeight, fullHeight) : fullHeight;
  // A highlight (partly) off-screen: keep the card inside the viewport regardless.
  const shown = Math.min(card.height, maxHeight);
  top = Math.min(Math.max(top, MARGIN), Math.max(MARGIN, viewport.height - MARGIN - shown));
  const first = anchors.find((r) => r.right - r.left > 0) ?? u;
  const width = Math.min(card.width, viewport.width - 2 * MARGIN);
  const left = Math.min(Math.max(first.left, MARGIN), Math.max(MARGIN, viewport.width - MARGIN - width));
  return { top: Math.round(top), left: Math.round(left), maxHeight: Math.floor(maxHeight), placement };
}
