// Property tests for ingest (parseOfficialSummary, readImport) and HTML reduction (readHtml):
// on random and adversarial input — odd Unicode, surrogate halves, bidi marks, unbalanced and
// hostile markup, real summaries with junk spliced in, huge runs — they never throw anything but
// the ingest error (and readImport nothing at all), any line they name is a line of the input,
// nothing inside <script> or <style> reaches the text, and no input takes disproportionately long.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OfficialRecordSchema } from '../../data/schema';
import { gazetteer } from '../../data/gazetteer';
import { IngestError, parseOfficialSummary, readHtml } from '../../engine/ingest';
import { readImport } from '../../utils/record-import';
import { slowdown, markup, piece, runs, runUnit, text, timed } from './arbitraries';

const SOURCES_DIR = join(import.meta.dirname, '../../data/sources');
const SOURCES = readdirSync(SOURCES_DIR).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(SOURCES_DIR, f), 'utf8'));
const CASE_LIMIT_MS = 3000;
const lineCount = (s: string) => s.split(/\r\n|\r|\n/).length;

/** A record, or the ingest error naming a line of the text it read; anything else fails. */
function parseOrRefuse(content: string): void {
  let record: unknown;
  try {
    record = parseOfficialSummary(content, { sourceFile: null, sourceUrl: null, gazetteer });
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    const { line } = error as IngestError;
    expect(Number.isInteger(line) && line >= 1, `line ${line}`).toBe(true);
    // For HTML the line is of the text read from it.
    expect(line).toBeLessThanOrEqual(Math.max(lineCount(content), lineCount(readHtml(content).text)) + 1);
    return;
  }
  const checked = OfficialRecordSchema.safeParse(record);
  expect(checked.success, checked.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')).toBe(true);
}

/** A real summary with random pieces spliced in at random places. */
const splicedSummary = fc.tuple(fc.constantFrom(...SOURCES), fc.array(fc.tuple(fc.nat(), piece), { minLength: 1, maxLength: 12 }))
  .map(([source, cuts]) => cuts.reduce((s, [at, p]) => { const i = at % (s.length + 1); return s.slice(0, i) + p + s.slice(i); }, source));

describe('parseOfficialSummary', () => {
  it('on random text: a valid record or an IngestError at a line of the input, quickly', () => {
    fc.assert(fc.property(text(), (input) => {
      const { ms } = timed(() => parseOrRefuse(input));
      expect(ms).toBeLessThan(CASE_LIMIT_MS);
    }), runs(120));
  });

  it('on real summaries with junk spliced in', () => {
    expect(SOURCES.length).toBeGreaterThan(10);
    fc.assert(fc.property(splicedSummary, (input) => {
      const { ms } = timed(() => parseOrRefuse(input));
      expect(ms).toBeLessThan(CASE_LIMIT_MS);
    }), runs(120));
  });

  it('on markup soup (read as HTML)', () => {
    fc.assert(fc.property(markup(), (input) => parseOrRefuse(`<!doctype html><html><body>${input}`)), runs(80));
  });
});

describe('readImport (what the settings page runs on a file or a paste)', () => {
  const names = fc.constantFrom(null, 'a.txt', 'a.html', 'a.json', 'noext', '\u202egnp.json');
  const json = fc.oneof(
    fc.json({ maxDepth: 4 }),
    fc.constantFrom('{', '[', '[{}]', '{"id":', '[1,2', '"\\ud800"', '{"id":"\\u0000"}', 'null', '[]', '{}'),
    fc.tuple(fc.constantFrom(...SOURCES.slice(0, 1)), text(20)).map(([, t]) => JSON.stringify({ id: t, title: t })),
  );
  it('never throws: records that pass the schema, or a problem with a message and a line inside the input', () => {
    fc.assert(fc.property(fc.oneof(text(), markup(), json, splicedSummary), names, (content, name) => {
      const outcome = readImport({ name, content }, { gazetteer });
      if (outcome.ok) {
        expect(outcome.records.length).toBeGreaterThan(0);
        for (const r of outcome.records) expect(OfficialRecordSchema.safeParse(r).success).toBe(true);
      } else {
        expect(outcome.problem.message.length).toBeGreaterThan(10);
        const { line } = outcome.problem;
        if (line !== null) expect(line >= 1 && line <= Math.max(lineCount(content), lineCount(readHtml(content).text)) + 1).toBe(true);
      }
    }), runs(150));
  });
});

describe('readHtml (HTML reduction)', () => {
  it('never throws; text, title and address are strings or null, the address only http(s)', () => {
    fc.assert(fc.property(markup(), (html) => {
      const { value: doc, ms } = timed(() => readHtml(html));
      expect(typeof doc.text).toBe('string');
      expect(doc.title === null || typeof doc.title === 'string').toBe(true);
      expect(doc.url === null || /^https?:\/\/\S+$/i.test(doc.url)).toBe(true);
      expect(ms).toBeLessThan(CASE_LIMIT_MS);
    }), runs(200));
  });

  it('nothing inside <script>, <style> or <template> reaches the text, however the markup around it is broken', () => {
    const secret = 'QZXSECRETQZX';
    fc.assert(fc.property(markup(60), fc.constantFrom('script', 'style', 'template', 'SCRIPT', 'noscript'), markup(60), (before, tag, after) => {
      // The markup around may be broken, but not so as to end the element early or open a comment over it.
      // (An open quote or tag would make the element part of an attribute, as in a browser.)
      const safe = (s: string) => s.replace(/<\/?(?:script|style|template|noscript|textarea|title|xmp|iframe|noembed|noframes)/gi, '')
        .replace(/<!--|<!\[CDATA\[|<\/|["']/g, '').replace(/<[^>]*$/, '');
      const html = `${safe(before)}<${tag}>var a = "${secret}";</${tag}>${safe(after)}`;
      expect(readHtml(html).text).not.toContain(secret);
    }), runs(150));
  });

  it('text outside markup is kept (entities decoded), so reduction drops chrome, not the story', () => {
    const word = fc.stringMatching(/^[A-Za-z]{4,12}$/);
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 20 }), (words) => {
      const html = `<!doctype html><html><body><main>${words.map((w) => `<p>${w} &amp; ${w}</p>`).join('')}</main></body></html>`;
      const out = readHtml(html).text;
      for (const w of words) expect(out).toContain(`${w} & ${w}`);
    }), runs(100));
  });

  it('huge unbalanced markup: a 200,000-character run of one piece takes at most ten times as long as as many well-formed paragraphs', () => {
    fc.assert(fc.property(runUnit, (unit) => {
      const { ratio, ms } = slowdown(readHtml, unit, '<p>a</p>', 200_000);
      expect(ratio, `${JSON.stringify(unit)}: ${ms.toFixed(0)} ms`).toBeLessThan(10);
    }), runs(25));
  }, 180_000);

  it.each(['<div>', '<b>', '<table><tr><td>', '<ul><li>', '<p><span>'])('100,000 nested %s neither overflow the stack nor hang', (unit) => {
    const html = `<!doctype html><html><body><main>${unit.repeat(100_000)}Koizumi met Hegseth.</main></body></html>`;
    const { value, ms } = timed(() => readHtml(html));
    expect(value.text).toContain('Koizumi met Hegseth.');
    expect(ms).toBeLessThan(CASE_LIMIT_MS * 5);
  }, 60_000);
});
