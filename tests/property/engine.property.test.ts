// Property tests for the engine's entry point (analyze, findMentions): on random and adversarial
// text — odd Unicode, surrogate halves, bidi controls, markup, huge runs — it never throws,
// returns a report that passes its schema, every offset lies inside the text and quotes it, and
// no input takes disproportionately long (against plain text of the same length, timed in the same run).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine, ReportSchema, type Report } from '../../engine';
import { bundledRecords } from '../../data/records';
import { gazetteer } from '../../data/gazetteer';
import { slowdown, markup, runs, runUnit, text, timed } from './arbitraries';

const engine = createEngine({ records: bundledRecords, gazetteer });
const published = fc.option(fc.oneof(fc.constantFrom('2026-01-16T00:00:00Z', '2025-10-30', 'not a date', '', '9999-99-99'), fc.string()), { nil: null });

function expectWellFormed(report: Report, input: string): void {
  expect(ReportSchema.safeParse(report).success).toBe(true);
  for (const m of report.mentions) {
    expect(0 <= m.start && m.start < m.end && m.end <= input.length).toBe(true);
    expect(input.slice(m.start, m.end)).toBe(m.text);
  }
  for (const c of report.claims) {
    expect(0 <= c.start && c.start <= c.end && c.end <= input.length).toBe(true);
    expect(input.slice(c.start, c.end)).toBe(c.text);
    for (const f of c.flags) expect(input).toContain(f.article); // a flag quotes the article as written
  }
}

/** Longest any one random case may take: a hang guard, hundreds of times the usual few ms. */
const CASE_LIMIT_MS = 3000;

describe('engine.analyze on random text', () => {
  it('never throws, keeps every offset inside the text, and ends quickly', () => {
    fc.assert(fc.property(text(), published, (input, pub) => {
      const { value: report, ms } = timed(() => engine.analyze({ text: input, published: pub, source: 'https://fuzz.example/a', title: null }));
      expectWellFormed(report, input);
      expect(ms).toBeLessThan(CASE_LIMIT_MS);
    }), runs(150));
  });

  it('the same on markup soup taken as text (a page whose reader let tags through)', () => {
    fc.assert(fc.property(markup(), (input) => {
      expectWellFormed(engine.analyze({ text: input, published: null, source: 'x', title: input.slice(0, 50) }), input);
    }), runs(80));
  });

  it('findMentions agrees: offsets inside the text, quoting it', () => {
    fc.assert(fc.property(text(), (input) => {
      for (const m of engine.findMentions(input)) expect(input.slice(m.start, m.end)).toBe(m.text);
    }), runs(150));
  });

  it('a page slice and its report: offsets stay inside even when the text is cut mid-surrogate', () => {
    fc.assert(fc.property(text(200), fc.nat(), (input, cut) => {
      const sliced = input.slice(0, input.length === 0 ? 0 : cut % input.length);
      expectWellFormed(engine.analyze({ text: sliced, published: null, source: 'x', title: null }), sliced);
    }), runs(80));
  });
});

describe('the random text', () => {
  it('reaches the rules: most cases hold mentions, many hold claims and flags (else the properties prove little)', () => {
    const reports = fc.sample(text(), { numRuns: 60, seed: 7 }).map((t) => engine.analyze({ text: t, published: null, source: 'x', title: null }));
    expect(reports.filter((r) => r.mentions.length > 0).length).toBeGreaterThan(40);
    expect(reports.filter((r) => r.claims.length > 0).length).toBeGreaterThan(30);
    expect(reports.filter((r) => r.claims.some((c) => c.flags.length > 0)).length).toBeGreaterThan(10);
  });
});

describe('engine.analyze on huge adversarial runs', () => {
  // The baseline is a run of one name: a run of an alias (防衛相, a mention every three
  // characters) is that much work by rights, and against words that name nothing it reached
  // 10.9× once the matcher got faster on plain text. Work that grows with the square of a run
  // still shows in the hundreds.
  it('a 200,000-character run of one piece takes at most ten times as long as a run of one name of that length', () => {
    fc.assert(fc.property(runUnit, (unit) => {
      const { ratio, ms } = slowdown((t) => engine.analyze({ text: t, published: null, source: 'x', title: null }), unit, 'Koizumi ', 200_000);
      expect(ratio, `${JSON.stringify(unit)}: ${ms.toFixed(0)} ms`).toBeLessThan(10);
    }), runs(15));
  }, 180_000);

  it('a 1,000,000-character page of real sentences and odd characters is read whole, offsets inside', () => {
    const input = fc.sample(text(300), { numRuns: 400, seed: 3 }).join('\n').slice(0, 1_000_000);
    expect(input.length).toBeGreaterThan(500_000);
    expectWellFormed(engine.analyze({ text: input, published: null, source: 'x', title: null }), input);
  }, 120_000);
});
