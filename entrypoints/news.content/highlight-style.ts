// How highlights look, in a way page CSS cannot undo or borrow.
// - That a mark and its words are shown at all is set on each mark as an !important inline style
//   (two declarations: display, visibility): in the cascade nothing a page stylesheet says,
//   !important, layered or not, beats it (`mark { display: none !important }`, `* { all: unset
//   !important }`), and CSSOM writes are allowed under any Content-Security-Policy.
// - The look (the page's text colour, the verdict's underline or tint, the icon in ::before, the
//   focus ring) is in a constructed stylesheet adopted by the document while highlights are
//   shown: !important rules whose selectors repeat the attribute name made up at start (KEY_ATTR),
//   so they outrank any unlayered page rule for <mark>, and a page's copy of the markup matches
//   nothing in them. (Inline styles for the look too measured 1.5× slower on 5,000 new marks:
//   every mark's declarations parsed, and no style sharing between marks.)
// - A page's important rules inside a cascade layer (`@layer x { mark { … !important } }`) beat
//   every unlayered important rule, the adopted sheet's too, whatever its selectors. So when the
//   sheet is adopted, a probe mark (in <head>, never rendered) is compared with one in a shadow
//   root that sees only the sheet: where the page's CSS changed its look, that page's marks
//   carry their look as !important inline styles too (markInlineStyle), which no stylesheet
//   rule beats. Only such pages pay for inline looks. What inline styles cannot reach (the
//   ::before icon, the focus ring) stays with the sheet; the verdict's underline pattern still
//   tells verdicts apart there.
// Verdicts differ by pattern and icon as well as colour (solid ✓, wavy ✗, dashed ?), and the tints
// are translucent so they read on light and dark pages alike.
import { KEY_ATTR } from './ours';

export type MarkLook = 'mention' | 'supported' | 'conflict' | 'unverified' | 'quiet';

/** The inline style of every mark: shown, whatever the page's stylesheets say. */
export const MARK_INLINE_STYLE = 'display: inline !important; visibility: visible !important';

/** Documents whose own CSS changes the sheet's look (see lookDefeated): their marks carry it inline. */
const fortified = new WeakSet<Document>();

/** The inline style for a new mark of `look` in `doc`: the look itself too where the page's CSS beats the sheet. */
export function markInlineStyle(doc: Document, look: MarkLook): string {
  return fortified.has(doc) ? `${MARK_INLINE_STYLE}; ${important([...BASE, ...LOOKS[look]])}` : MARK_INLINE_STYLE;
}

/** Tokens of KEY_ATTR's value that the stylesheet selects by. */
export function keyTokens(look: MarkLook, head: boolean): string {
  return head ? `${look} head` : look;
}

const important = (decls: string[]) => decls.map((d) => `${d} !important;`).join(' ');

const BASE = [
  'opacity: 1', 'color: inherit', 'font-size: inherit', 'margin: 0', 'padding: 0', 'background-color: transparent',
  'text-decoration: none', 'border: 0', 'cursor: help',
];

const LOOKS: Record<MarkLook, string[]> = {
  // Entity mentions: a quiet dotted underline (a border, so it also shows inside a claim).
  mention: ['border-bottom: 1px dotted color-mix(in srgb, currentColor 60%, transparent)'],
  supported: [
    'text-decoration: underline solid color-mix(in srgb, #2e9e4f 70%, transparent) 1px',
    'text-underline-offset: 0.22em', 'text-decoration-skip-ink: none', 'border-radius: 2px',
  ],
  conflict: [
    'background-color: rgba(224, 49, 49, 0.16)', 'text-decoration: underline wavy #e03131 2px',
    'text-underline-offset: 0.22em', 'text-decoration-skip-ink: none', 'border-radius: 2px',
  ],
  unverified: [
    'text-decoration: underline dashed #8a8f98 1px', 'text-underline-offset: 0.22em', 'text-decoration-skip-ink: none',
  ],
  // Unverified claims the reader did not ask to see: unmarked, still reachable by command.
  quiet: ['cursor: inherit'],
};

function sheetText(): string {
  // The attribute three times: more specific than anything a page would write for <mark>.
  const k = `mark[${KEY_ATTR}][${KEY_ATTR}][${KEY_ATTR}]`;
  const is = (look: MarkLook) => `${k}[${KEY_ATTR}~="${look}"]`;
  const head = (look: MarkLook) => `${is(look)}[${KEY_ATTR}~="head"]::before`;
  const heads = `${head('supported')}, ${head('conflict')}, ${head('unverified')}`;
  const icon = important([
    'display: inline-block', 'margin: 0 0.3em 0 0.1em', 'padding: 0 0.32em', 'border-radius: 0.7em',
    'font: 700 0.72em/1.35 system-ui, sans-serif', 'vertical-align: 0.12em', 'color: #fff',
    'text-decoration: none', 'visibility: visible', 'opacity: 1',
  ]);
  const looks = (Object.keys(LOOKS) as MarkLook[]).map((look) => `${is(look)} { ${important(LOOKS[look])} }`).join('\n');
  return `
${k} { ${important(BASE)} }
${looks}
${heads} { ${icon} }
${head('supported')} { content: "✓" / "" !important; color: color-mix(in srgb, #1f7a4a 70%, currentColor) !important;
  background: none !important; box-shadow: inset 0 0 0 1px currentColor !important; font-weight: 600 !important; }
${head('conflict')} { content: "✗" / "" !important; background: #b3261e !important; }
${head('unverified')} { content: "?" / "" !important; background: #6b6f7a !important; }
${k}:focus-visible, ${is('quiet')}:focus { outline: 2px solid #3b74e0 !important; outline-offset: 1px !important; }
@media (forced-colors: active) {
  ${is('supported')}, ${is('conflict')}, ${is('unverified')} { forced-color-adjust: none !important; color: CanvasText !important; background: none !important; }
  ${is('conflict')} { text-decoration-color: Highlight !important; text-decoration-thickness: 3px !important; }
  ${is('supported')}, ${is('unverified')} { text-decoration-color: CanvasText !important; }
  ${heads} { color: Canvas !important; background: CanvasText !important; box-shadow: none !important; }
}
@media print {
  ${k} { text-decoration: none !important; border: 0 !important; background: none !important; }
  ${heads} { content: none !important; }
}
`;
}

/** Computed properties that make up a mark's look (inherited ones such as colour left out). */
const LOOK_PROPERTIES = [
  'opacity', 'background-color', 'text-decoration-line', 'text-decoration-style', 'text-decoration-thickness',
  'border-bottom-style', 'border-bottom-width', 'padding-left', 'margin-left', 'cursor',
] as const;
const PROBED: MarkLook[] = ['mention', 'conflict'];

/**
 * Whether the page's stylesheets change what `sheet` gives a mark: each probed look is computed
 * once in the page (in <head>, where nothing is rendered) and once in a shadow root that sees
 * only the sheet. A difference means page rules outrank the sheet (important rules in layers).
 */
export function lookDefeated(doc: Document, sheet: CSSStyleSheet | string): boolean {
  const win = doc.defaultView;
  const place = doc.head ?? doc.documentElement;
  if (!win || !place) return false;
  const probe = (look: MarkLook) => {
    const m = doc.createElement('mark');
    m.setAttribute(KEY_ATTR, keyTokens(look, false));
    m.style.cssText = MARK_INLINE_STYLE;
    m.textContent = 'x';
    return m;
  };
  const host = doc.createElement('span');
  const root = host.attachShadow({ mode: 'closed' });
  if (typeof sheet === 'string') {
    // The <style> fallback: the shadow root gets its own copy of the sheet's text.
    const style = doc.createElement('style');
    style.textContent = sheet;
    root.append(style);
  } else root.adoptedStyleSheets = [sheet];
  const inPage = PROBED.map(probe);
  const alone = PROBED.map(probe);
  place.append(...inPage, host);
  root.append(...alone);
  try {
    return PROBED.some((_, i) => {
      const a = win.getComputedStyle(inPage[i]!);
      const b = win.getComputedStyle(alone[i]!);
      return LOOK_PROPERTIES.some((p) => a.getPropertyValue(p) !== b.getPropertyValue(p));
    });
  } finally {
    for (const el of [...inPage, host]) el.remove();
  }
}

/** lookDefeated, false where the probe cannot run (no shadow roots or adoptable sheets there). */
function probeSafely(doc: Document, sheet: CSSStyleSheet | string): boolean {
  try {
    return lookDefeated(doc, sheet);
  } catch {
    return false;
  }
}

export interface StyleHandle {
  remove(): void;
}

/**
 * Adopts the keyed stylesheet into the document (a constructed sheet: no node in the page, no
 * CSP question); falls back to a <style> element where a constructed sheet cannot be adopted.
 */
export function installHighlightStyle(doc: Document): StyleHandle {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  try {
    const Sheet = win?.CSSStyleSheet;
    if (Sheet && 'adoptedStyleSheets' in doc) {
      const sheet = new Sheet();
      sheet.replaceSync(sheetText());
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      if (doc.adoptedStyleSheets.includes(sheet)) {
        if (probeSafely(doc, sheet)) fortified.add(doc);
        return {
          remove() {
            fortified.delete(doc);
            doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
          },
        };
      }
    }
  } catch {
    // (Some engines refuse sheets made in another realm: the element below then.)
  }
  // (Firefox's content scripts end here: the page's adoptedStyleSheets, seen through the
  // script's wrappers, never hold the sheet.) The element is probed like the sheet.
  const style = doc.createElement('style');
  style.textContent = sheetText();
  (doc.head ?? doc.documentElement).append(style);
  if (probeSafely(doc, style.textContent)) fortified.add(doc);
  return {
    remove() {
      fortified.delete(doc);
      style.remove();
    },
  };
}
