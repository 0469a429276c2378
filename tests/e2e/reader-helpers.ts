// Helpers of the reader-interface e2e tests (language, calm page, keyboard, accessibility):
// settings written through the extension, claim heads, the open card, and axe-core in a page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll } from 'vitest';
import {
  launchExtension, startFixtureServer, type BrowserName, type ExtensionSession, type FixtureServer, type TestPage,
} from './harness';

export const CARD = '[data-rl="ui"] >>> .rl-card';

export interface StoredSettings {
  enabled: boolean;
  disabledSites: string[];
  showMinorFlags: boolean;
  showMentions: boolean;
  showUnverified?: boolean;
  language?: 'auto' | 'en' | 'ja';
}
export const DEFAULT_SETTINGS: StoredSettings = {
  enabled: true, disabledSites: [], showMinorFlags: true, showMentions: true, showUnverified: false, language: 'auto',
};

// Evaluated in the extension: write the settings item (WXT's 'local:settings' is key "settings").
async function writeSettingsItem(value: StoredSettings): Promise<void> {
  const g = globalThis as unknown as {
    browser?: { storage: { local: { set(v: object): Promise<void> } } };
    chrome: { storage: { local: { set(v: object): Promise<void> } } };
  };
  await (g.browser ?? g.chrome).storage.local.set({ settings: value });
}

export function writeSettings(session: ExtensionSession, change: Partial<StoredSettings>): Promise<void> {
  return session.extensionEval(writeSettingsItem, { ...DEFAULT_SETTINGS, ...change });
}

// Evaluated in the extension: the toolbar button's tooltip on a tab.
async function titleOfTab(tabId: number): Promise<string> {
  const g = globalThis as unknown as {
    browser?: { action?: { getTitle(d: object): Promise<string> }; browserAction?: { getTitle(d: object): Promise<string> } };
    chrome: { action?: { getTitle(d: object): Promise<string> } };
  };
  const api = g.browser ?? g.chrome;
  const action = (api as { action?: { getTitle(d: object): Promise<string> } }).action ?? (g.browser?.browserAction);
  return action!.getTitle({ tabId });
}

export async function buttonTitle(session: ExtensionSession, page: TestPage): Promise<string> {
  return session.extensionEval(titleOfTab, await session.tabIdOf(page));
}

export interface HeadInfo {
  id: string;
  verdict: string;
  quiet: boolean;
  tabindex: string | null;
  description: string | null;
  decoration: string;
  marker: string;
}

/** Every claim head on the page with what a reader sees and hears of it. */
export function claimHeads(page: TestPage): Promise<HeadInfo[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('mark.rl-claim[data-rl-head]')).map((el) => {
      const style = getComputedStyle(el);
      return {
        id: el.dataset.rlId!,
        verdict: ['supported', 'conflict', 'unverified'].find((v) => el.classList.contains(`rl-${v}`)) ?? '',
        quiet: el.hasAttribute('data-rl-quiet'),
        tabindex: el.getAttribute('tabindex'),
        description: el.getAttribute('aria-description'),
        decoration: `${style.textDecorationLine} ${style.textDecorationStyle}`,
        marker: getComputedStyle(el, '::before').content,
      };
    }),
  );
}

/** Waits until the page's highlights stop changing (blocks are drawn one at a time). */
export async function drawn(page: TestPage): Promise<void> {
  const count = () => page.evaluate(() => document.querySelectorAll('mark[data-rl][data-rl-head]').length);
  let before = -1;
  for (let i = 0; i < 40; i++) {
    const now = await count();
    if (now > 0 && now === before) return;
    before = now;
    await new Promise((ok) => setTimeout(ok, 300));
  }
}

export const waitForCard = (page: TestPage) => page.waitForSelector(CARD, { visible: true });
export const waitForNoCard = (page: TestPage) =>
  page.waitFor(() => !document.querySelector('[data-rl="ui"]')?.shadowRoot?.querySelector('.rl-card'));
export const cardText = (page: TestPage) =>
  page.evaluate(() => (document.querySelector('[data-rl="ui"]')?.shadowRoot?.querySelector('.rl-card') as HTMLElement | null)?.innerText ?? '');

/** Where keyboard focus is: 'card' (inside the card's shadow root), or the focused highlight's id. */
export function focusIsAt(page: TestPage): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (active?.getAttribute('data-rl') === 'ui') return 'card';
    return (active as HTMLElement | null)?.dataset?.rlId ?? active?.tagName.toLowerCase() ?? 'none';
  });
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core (pinned in package.json) in a page of either browser, on the whole document or
 * on the elements `include` selects (a shadow host and a selector inside it as a pair), and
 * returns the serious and critical violations. The script goes in through the driver (the
 * DevTools protocol in Chromium, WebDriver BiDi in Firefox), so an extension page's CSP does not
 * stop it.
 */
export async function seriousViolations(page: TestPage, include?: string[][], opts: { oursOnly?: boolean } = {}): Promise<AxeViolation[]> {
  const raw = page.raw as { evaluate(script: string): Promise<unknown> };
  await raw.evaluate(AXE_SOURCE);
  return page.evaluate(async ({ context, oursOnly }) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    // A pair is a shadow host and a selector inside its root: axe's `fromShadowDom` (a bare
    // array of selectors would be read as an iframe and then an element inside it).
    const include = context?.map((sel) => (sel.length > 1 ? { fromShadowDom: sel } : sel[0]));
    const result = await axe.run(include ? { include } : document, { resultTypes: ['violations'] });
    // On a news page, only what the extension added is ours to answer for (not the page's ads).
    const ours = (target: unknown[]) => {
      const first = typeof target[0] === 'string' ? document.querySelector(target[0]) : null;
      return !oursOnly || !!first?.closest('mark[data-rl], [data-rl="ui"]');
    };
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.filter((n) => ours(n.target)).map((n) => JSON.stringify(n.target)) }))
      .filter((v) => v.targets.length > 0);
  }, { context: include ?? null, oursOnly: opts.oursOnly ?? false });
}

export interface LowContrast {
  text: string;
  color: string;
  background: string;
  ratio: number;
}

/**
 * Text in the open card whose colour falls below WCAG 1.4.3 against the background behind it
 * (4.5:1, or 3:1 for large text), computed from the styles the browser applied. axe leaves some
 * of the card's text "to review" (a fixed, scrolling box in a shadow root) rather than failing it,
 * so this asks directly.
 */
export function lowContrastInCard(page: TestPage): Promise<LowContrast[]> {
  return page.evaluate(() => {
    const card = document.querySelector('[data-rl="ui"]')?.shadowRoot?.querySelector('.rl-card');
    if (!card) throw new Error('no open card');
    const rgba = (c: string): number[] | null => {
      const m = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(c);
      return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
    };
    const luminance = ([r, g, b]: number[]) => {
      const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
    };
    const backgroundOf = (el: Element): string => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        const parsed = rgba(bg);
        if (parsed && parsed[3]! > 0) return bg;
      }
      return 'rgb(255, 255, 255)';
    };
    const out: Array<{ text: string; color: string; background: string; ratio: number }> = [];
    const seen = new Set<Element>();
    const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || seen.has(el) || !(n.textContent ?? '').trim()) continue;
      seen.add(el);
      const style = getComputedStyle(el);
      const fg = rgba(style.color);
      const background = backgroundOf(el);
      const bg = rgba(background);
      if (!fg || !bg) continue;
      const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a) as [number, number];
      const ratio = (hi + 0.05) / (lo + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) out.push({ text: (n.textContent ?? '').trim().slice(0, 40), color: style.color, background, ratio: Math.round(ratio * 100) / 100 });
    }
    return out;
  });
}

export interface ReaderSuite {
  readonly session: ExtensionSession;
  /** Pages opened through here are closed after each test. */
  track<P extends TestPage>(page: P): P;
  /** A fixture page, once its first conflict is highlighted. */
  openArticle(path: string): Promise<TestPage>;
}

/**
 * Registers a describe block's hooks: one fixture server and browser for the block (launched
 * with `options`: the browser's language, Firefox profile preferences; serving `pagesDir`,
 * by default tests/fixtures/pages), pages closed and
 * settings reset after each test.
 */
export function readerSuite(
  browserName: BrowserName,
  { pagesDir, ...options }: { language?: string; firefoxPrefs?: Record<string, unknown>; pagesDir?: string } = {},
): ReaderSuite {
  let server: FixtureServer | undefined;
  let session: ExtensionSession | undefined;
  const opened: TestPage[] = [];
  beforeAll(async () => {
    server = await startFixtureServer(pagesDir);
    session = await launchExtension(browserName, { server, ...options });
  });
  afterEach(async () => {
    for (const page of opened.splice(0)) await page.close().catch(() => {});
    if (session) await writeSettings(session, {});
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  const suite: ReaderSuite = {
    get session() {
      if (!session) throw new Error('the browser is not up');
      return session;
    },
    track(page) {
      opened.push(page);
      return page;
    },
    async openArticle(path) {
      const page = suite.track(await suite.session.newPage(path));
      await page.waitForSelector('mark.rl-claim.rl-conflict[data-rl-head]', { timeout: 20_000 });
      await drawn(page);
      return page;
    },
  };
  return suite;
}
