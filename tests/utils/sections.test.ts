// Sectioning of giant pages, pure: how the text is cut, what each section's engine input is,
// how section reports come back to page offsets, and which sections an edit leaves unchanged.
import { describe, expect, test } from 'vitest';
import {
  mergeSections, planSections, replanSections, sameInput, sectionInput, sectionResult, sectionsOf, type SectionLimits,
} from '../../entrypoints/news.content/sections';
import type { Report } from '../../engine/report';

const limits: SectionLimits = { sectionedFrom: 300, section: 100, lede: 40 };
const paragraphs = (n: number, word = 'Para') => Array.from({ length: n }, (_, i) => `${word} ${i} says a thing or two here.`).join('\n');

/** A stand-in engine report: every "Hegseth" is a mention, every line holding one a claim. */
function reportOn(input: string): Report {
  const mentions = [...input.matchAll(/Hegseth/g)].map((m) => ({ entity: 'person/hegseth', text: 'Hegseth', start: m.index!, end: m.index! + 7 }));
  const claims = mentions.map((m) => {
    const start = input.lastIndexOf('\n', m.start) + 1;
    const stop = input.indexOf('\n', m.start);
    const end = stop < 0 ? input.length : stop;
    return { text: input.slice(start, end), start, end, verdict: 'unverified' as const, evidence: null, flags: [] };
  });
  return { source: 's', title: null, language: 'en', published: null, meeting: null, mentions, claims };
}

describe('cutting the text', () => {
  test.each([
    ['paragraphs', Array.from({ length: 400 }, (_, i) => `Paragraph ${i} says something.`).join('\n')],
    ['one run of sentences', Array.from({ length: 400 }, (_, i) => `Sentence ${i} says something.`).join(' ')],
    ['one run of words', 'word '.repeat(3000)],
  ])('sections of %s cover the text, cut where the text allows', (_name, text) => {
    const parts = sectionsOf(text, 1000);
    expect(parts[0]![0]).toBe(0);
    expect(parts.at(-1)![1]).toBe(text.length);
    parts.forEach(([start, end], i) => {
      expect(end - start).toBeLessThanOrEqual(1001);
      if (i > 0) expect(start).toBe(parts[i - 1]![1]);
      if (end < text.length) expect(/[\n. ]/.test(text[end - 1]!)).toBe(true);
    });
  });

  test('an article is read whole; an empty page not at all', () => {
    const text = paragraphs(5);
    expect(planSections(text, limits).sections).toEqual([{ start: 0, end: text.length, prefix: 0 }]);
    expect(planSections('', limits).sections).toEqual([]);
  });

  test('a giant page: every later section is read after the lede', () => {
    const text = paragraphs(40);
    const plan = planSections(text, limits);
    expect(plan.sections.length).toBeGreaterThan(5);
    expect(plan.lede.length).toBeLessThanOrEqual(limits.lede + 1);
    expect(text.startsWith(plan.lede.trimEnd())).toBe(true);
    for (const s of plan.sections.slice(1)) {
      expect(sectionInput(text, plan, s)).toBe(plan.lede + text.slice(s.start, s.end));
      expect(s.prefix).toBe(plan.lede.length);
    }
    expect(sectionInput(text, plan, plan.sections[0]!)).toBe(text.slice(0, plan.sections[0]!.end));
  });
});

describe('section reports', () => {
  test('come back in page offsets, without what the lede held, and merge in page order', () => {
    const text = `Hegseth opened the day.\n${paragraphs(30)}\nLater Hegseth spoke.\n${paragraphs(20, 'More')}\nHegseth left.`;
    const plan = planSections(text, limits);
    const results = plan.sections.map((s) => sectionResult(s, reportOn(sectionInput(text, plan, s))));
    const merged = mergeSections({ source: 's', title: null, published: null }, results);
    // Exactly the page's three mentions, once each (the lede's is not repeated by later sections).
    expect(merged.mentions.map((m) => m.start)).toEqual([...text.matchAll(/Hegseth/g)].map((m) => m.index));
    for (const m of merged.mentions) expect(text.slice(m.start, m.end)).toBe('Hegseth');
    for (const c of merged.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(merged.claims.map((c) => c.text)).toEqual(['Hegseth opened the day.', 'Later Hegseth spoke.', 'Hegseth left.']);
  });

  test('the meeting is the first one a section resolves, from the top', () => {
    const meeting = (id: string) => ({ recordId: id, date: '2026-01-15', confidence: 0.9, reasons: [] });
    const part = (start: number, m: ReturnType<typeof meeting> | null) => ({ start, end: start + 1, language: 'en' as const, meeting: m, mentions: [], claims: [] });
    const page = { source: 's', title: null, published: null };
    expect(mergeSections(page, [part(0, null), part(1, meeting('a')), part(2, meeting('b'))]).meeting?.recordId).toBe('a');
    expect(mergeSections(page, []).meeting).toBeNull();
  });
});

describe('what an edit leaves unchanged', () => {
  test('text appended at the end changes only the last sections', () => {
    const text = paragraphs(40);
    const plan = planSections(text, limits);
    const longer = `${text}\n${paragraphs(3, 'Added')}`;
    const next = planSections(longer, limits);
    const same = next.sections.map((s) => {
      const i = plan.sections.findIndex((o) => o.start === s.start);
      return i >= 0 && sameInput({ text, plan, section: plan.sections[i]! }, longer, next, s);
    });
    expect(same.slice(0, plan.sections.length - 1).every(Boolean)).toBe(true);
    expect(same.filter((x) => !x).length).toBeLessThanOrEqual(3);
  });

  test('an edit in the lede changes every section; one in the middle only its own', () => {
    const text = paragraphs(40);
    const plan = planSections(text, limits);
    const edited = (at: number) => `${text.slice(0, at)}X${text.slice(at + 1)}`;
    const unchanged = (t: string) => {
      const next = planSections(t, limits);
      return next.sections.filter((s, i) => plan.sections[i] && sameInput({ text, plan, section: plan.sections[i]! }, t, next, s)).length;
    };
    expect(unchanged(edited(3))).toBe(0);
    const middle = plan.sections[4]!;
    expect(unchanged(edited(middle.start + 5))).toBe(plan.sections.length - 1);
  });

  test('planning again after an append or a blanking cuts the text as planning it whole does', () => {
    const text = paragraphs(40);
    const plan = planSections(text, limits);
    const blank = (t: string, from: number, to: number) => t.slice(0, from) + ' '.repeat(to - from) + t.slice(to);
    const cases: Array<[string, number]> = [
      [`${text}\n${paragraphs(5, 'Added')}`, text.length],
      [`${text}\nX`, text.length],
      [blank(text, 700, 760), 700],
      [blank(`${text}\n${paragraphs(9, 'Added')}`, 300, 320), 300],
      [blank(text, 10, 20), 10],
      [text, Infinity],
    ];
    for (const [next, unchangedBefore] of cases) {
      const again = replanSections(next, plan, unchangedBefore, limits);
      expect(again).toEqual(planSections(next, limits));
    }
    // The sections cut from unchanged text are the plan's own, not cut again.
    const again = replanSections(`${text}\n${paragraphs(5, 'Added')}`, plan, text.length, limits);
    expect(again.sections[0]).toBe(plan.sections[0]);
    expect(again.sections.filter((s) => plan.sections.includes(s)).length).toBeGreaterThanOrEqual(plan.sections.length - 2);
  });
});
