// Attribution spans of a news sentence: who said it ("according to a ministry statement",
// "officials said", 「防衛省によると」), as offsets, so that a claim's terms are what it reports.
import { ATTRIBUTION_PATTERNS as ATTRIBUTION } from './lang/attribution';

export interface Span { start: number; end: number }

/** Attribution spans in the text, possibly overlapping, in no particular order. */
export function attributionSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const re of ATTRIBUTION) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length) out.push({ start: m.index, end: m.index + m[0].length });
      else re.lastIndex++;
    }
  }
  return out;
}
