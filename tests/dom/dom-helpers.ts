// Shared by the DOM tests: fixtures built from literals, a small fake engine whose mentions and
// claims are spelled out by the test, and hand-built reports.
import type { Engine, PageInput } from '../../engine/analyze';
import type { Claim, Flag, MeetingMatch, Mention, Report, Verdict } from '../../engine/report';
import type { Entity, OfficialRecord } from '../../data/schema';
import type { BackgroundMessage } from '../../utils/messages';
import { answerAnalysis, isRelated, mentionsAnswer } from '../../utils/analysis-service';
import { remoteAnalyzer, type PageAnalyzer } from '../../entrypoints/news.content/analyzer';

/** Replaces the body with a root built from a literal (test fixtures only). */
export function fixture(html: string): HTMLElement {
  document.body.replaceChildren();
  const root = document.createElement('div');
  root.id = 'root';
  root.append(fragment(html));
  document.body.append(root);
  return root;
}

export function fragment(html: string): DocumentFragment {
  const tpl = document.createElement('template');
  tpl.innerHTML = html;
  return tpl.content;
}

export function report(text: string, parts: { mentions?: Mention[]; claims?: Claim[]; meeting?: MeetingMatch | null } = {}): Report {
  return {
    source: 'https://news.example/article', title: 'Article', language: 'en', published: null,
    meeting: parts.meeting ?? null, mentions: parts.mentions ?? [], claims: parts.claims ?? [],
  };
}

/** Mentions of `phrase` (every occurrence) in `text`. */
export function mentionsOf(text: string, phrase: string, entity: string): Mention[] {
  const out: Mention[] = [];
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    out.push({ entity, text: phrase, start: at, end: at + phrase.length });
  }
  return out;
}

/** The sentence of `text` that contains `phrase` (bounded by ". ", "\n" or the ends). */
export function sentenceWith(text: string, phrase: string): { start: number; end: number } {
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`"${phrase}" is not in the text`);
  return sentenceAt(text, at);
}

/** The sentence of `text` around offset `at`. */
export function sentenceAt(text: string, at: number): { start: number; end: number } {
  const dot = text.lastIndexOf('. ', at);
  const start = Math.max(dot < 0 ? 0 : dot + 2, text.lastIndexOf('\n', at) + 1);
  const stop = text.slice(at).search(/[.\n]/);
  const end = stop < 0 ? text.length : at + stop + (text[at + stop] === '.' ? 1 : 0);
  return { start, end };
}

export function claimOn(text: string, phrase: string, verdict: Verdict, more: Partial<Claim> = {}): Claim {
  const { start, end } = sentenceWith(text, phrase);
  return {
    text: text.slice(start, end), start, end, verdict,
    evidence: verdict === 'unverified' ? null : { recordId: 'mod-en-2025-10-29', paragraph: '2', text: 'The two ministers held talks for approximately 50 minutes.' },
    flags: [], ...more,
  };
}

export const durationFlag: Flag = {
  field: 'duration', severity: 'major', article: 'two-hour talks', official: 'approximately 50 minutes',
  explanation: 'The record gives the talks as about 50 minutes, not two hours.',
};
export const minorFlag: Flag = {
  field: 'title', severity: 'minor', article: 'Defense Secretary', official: 'Secretary of War',
  explanation: 'The record uses the title Secretary of War.',
};

export const entities: Entity[] = [
  {
    id: 'person/hegseth', kind: 'person', name: 'Pete Hegseth', nameJa: 'ピート・ヘグセス', country: 'US',
    description: 'U.S. Secretary of Defense since January 2025.', aliases: { en: ['Hegseth'], ja: [] },
    titles: [
      { title: 'Secretary of Defense', titleJa: null, office: 'office/us-secdef', from: '2025-01-25', to: null },
      { title: 'Secretary of War', titleJa: null, office: 'office/us-secwar', from: '2025-09-05', to: null },
    ],
    within: null, seat: null, level: null, timeZone: null, role: null,
  },
  {
    id: 'person/nakatani', kind: 'person', name: 'Gen Nakatani', nameJa: '中谷元', country: 'JP',
    description: 'Japan’s Minister of Defense, 2024–2025.', aliases: { en: ['Nakatani'], ja: [] },
    titles: [{ title: 'Minister of Defense', titleJa: '防衛大臣', office: 'office/jp-defmin', from: '2024-10-01', to: '2025-10-21' }],
    within: null, seat: null, level: null, timeZone: null, role: null,
  },
  {
    id: 'system/sm-3-block-iia', kind: 'system', name: 'SM-3 Block IIA', nameJa: null, country: null,
    description: 'Ship-launched ballistic missile interceptor developed jointly by the U.S. and Japan.',
    aliases: { en: ['SM-3 Block IIA'], ja: [] }, titles: [], within: null, seat: null, level: null, timeZone: null, role: null,
  },
  {
    id: 'place/tokyo', kind: 'place', name: 'Tokyo', nameJa: '東京', country: 'JP', description: 'Capital of Japan.',
    aliases: { en: ['Tokyo'], ja: [] }, titles: [], within: null, seat: null, level: 'city', timeZone: 'Asia/Tokyo', role: null,
  },
];

export const record: OfficialRecord = {
  id: 'mod-en-2025-10-29', language: 'en', title: 'Japan-U.S. Defense Ministerial Meeting',
  sourceUrl: 'https://www.mod.go.jp/en/article/2025/10/example.html', sourceFile: 'mod-en-2025-10-29.html',
  published: '2025-10-29',
  meeting: {
    date: '2025-10-29', format: 'in-person', start: '10:00', timeZone: 'Asia/Tokyo', durationMinutes: 50,
    place: null, participants: [{ name: 'Pete Hegseth', entity: 'person/hegseth', role: 'Secretary of War', country: 'US' }],
  },
  opening: 'On October 29, the Minister held talks.',
  paragraphs: [{ id: '2', section: null, text: 'The two ministers held talks for approximately 50 minutes.', gap: false }],
  partial: false,
};

export interface FakeEngineSpec {
  /** Every occurrence of the alias (key) is a mention of the entity (value). */
  aliases: Record<string, string>;
  /** Sentences containing these phrases are claims with these verdicts. */
  claims?: Array<{ phrase: string; verdict: Verdict; flags?: Flag[] }>;
  meeting?: MeetingMatch | null;
}

/** A stand-in for the engine: exact alias matching, claims as spelled out by the test. */
export function fakeEngine(spec: FakeEngineSpec, calls: { analyze: PageInput[]; findMentions: string[] } = { analyze: [], findMentions: [] }): Engine & { calls: typeof calls } {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const findMentions = (text: string): Mention[] => {
    const all = Object.entries(spec.aliases).flatMap(([alias, entity]) => mentionsOf(text, alias, entity));
    all.sort((a, b) => a.start - b.start || b.end - a.end);
    let reach = -1;
    return all.filter((m) => (m.start >= reach ? ((reach = m.end), true) : false));
  };
  return {
    calls,
    findMentions: (text) => {
      calls.findMentions.push(text);
      return findMentions(text);
    },
    analyze: (page) => {
      calls.analyze.push(page);
      // Every sentence with the phrase, as the claim its spec says.
      const claims = (spec.claims ?? []).flatMap((c) =>
        mentionsOf(page.text, c.phrase, '').map((m) => {
          const { start, end } = sentenceAt(page.text, m.start);
          return { ...claimOn(page.text, c.phrase, c.verdict, { flags: c.flags ?? [] }), start, end, text: page.text.slice(start, end) };
        }),
      ).sort((a, b) => a.start - b.start);
      return { ...report(page.text, { mentions: findMentions(page.text), claims, meeting: spec.meeting ?? null }), source: page.source, title: page.title, published: page.published };
    },
    entity: (id) => byId.get(id),
    record: (id) => (id === record.id ? record : undefined),
  };
}

/** Lets queued microtasks and zero-delay timers run. */
export function tick(ms = 0): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/**
 * The content script's analyzer wired to an in-process engine through the background's own
 * handlers: the same messages, parsing and lookups as in the extension, without a browser.
 */
export function fakeAnalyzer(engine: Engine, sent: BackgroundMessage[] = []): PageAnalyzer {
  return remoteAnalyzer(async (message) => {
    sent.push(message);
    // A structured clone, as messaging makes: nothing is shared with the "background".
    const m = structuredClone(message);
    if (m.type === 'gate-text') return { related: isRelated(engine, m.text) };
    if (m.type === 'find-mentions') return structuredClone(mentionsAnswer(engine, m.text));
    if (m.type === 'analyze-text') return structuredClone(answerAnalysis(engine, { text: m.text, published: m.published, source: m.source, title: m.title }, m.gate ?? false));
    throw new Error(`unexpected message ${m.type}`);
  });
}

/**
 * `analyzer` with one of its requests (the analysis, the early mentions, the gate) answered only
 * once `release` is called: what the page looks like while the background is still at work.
 */
export function holding(analyzer: PageAnalyzer, method: 'analyze' | 'mentions' | 'related'): { analyzer: PageAnalyzer; release(): void } {
  let release!: () => void;
  const released = new Promise<void>((r) => { release = r; });
  const inner = analyzer[method] as (...args: unknown[]) => Promise<unknown>;
  const held = async (...args: unknown[]) => { const answer = inner(...args); await released; return answer; };
  return { analyzer: { ...analyzer, [method]: held }, release };
}

/**
 * The browser's IntersectionObserver, as far as the lens needs it (happy-dom's never answers):
 * each observer answers once, after a task, from the targets' getBoundingClientRect, with the
 * lens's margin of a screen above and below. Returns the function that puts the real one back.
 */
export function installFakeIntersectionObserver(): () => void {
  const h = window.innerHeight;
  class FakeIO {
    private targets: Element[] = [];
    constructor(private readonly cb: (entries: Array<{ target: Element; isIntersecting: boolean }>) => void) {}
    observe(t: Element) {
      if (this.targets.push(t) === 1) {
        setTimeout(() => this.cb(this.targets.map((target) => {
          const r = target.getBoundingClientRect();
          return { target, isIntersecting: r.bottom >= -h && r.top <= 2 * h };
        })), 0);
      }
    }
    disconnect() {}
  }
  const realIO = window.IntersectionObserver;
  (window as unknown as { IntersectionObserver: unknown }).IntersectionObserver = FakeIO;
  return () => {
    window.IntersectionObserver = realIO;
  };
}
