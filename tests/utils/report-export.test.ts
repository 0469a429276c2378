// The report export formats: JSON is the report itself; Markdown is readable and inert.
import { describe, expect, test } from 'vitest';
import { ReportSchema, type Report } from '../../engine/report';
import { bundledRecords } from '../../data/records';
import { escapeMarkdown, exportFileName, reportToJson, reportToMarkdown } from '../../utils/report-export';

const record = bundledRecords.find((r) => r.id === 'mod-en-2026-01-15')!;

const report: Report = {
  source: 'https://pacific-wire.example/world/asia/koizumi-hegseth-pentagon',
  title: 'Japan, U.S. defense chiefs hold two-hour Pentagon talks',
  language: 'en',
  published: '2026-01-16T03:12:00Z',
  meeting: {
    recordId: 'mod-en-2026-01-15',
    date: '2026-01-15',
    confidence: 0.93,
    reasons: ['explicit date January 15', 'participants Koizumi, Hegseth', 'place Pentagon ~ Department of War'],
  },
  mentions: [
    { entity: 'person/hegseth', text: 'Pete Hegseth', start: 60, end: 72 },
    { entity: 'person/koizumi', text: 'Shinjiro Koizumi', start: 30, end: 46 },
    { entity: 'person/hegseth', text: 'Hegseth', start: 300, end: 307 },
  ],
  claims: [
    {
      text: 'Koizumi and Hegseth held two-hour talks at the Pentagon on Thursday.',
      start: 0, end: 68, verdict: 'conflict',
      evidence: { recordId: 'mod-en-2026-01-15', paragraph: 'intro', text: 'On January 15, Defense Minister Koizumi and Secretary of War Hegseth held discussions from 14:00 (local time) for approximately 50 minutes at the U.S. Department of War.' },
      flags: [
        { field: 'duration', severity: 'major', article: 'two-hour', official: 'for approximately 50 minutes', explanation: 'The official summary gives about 50 minutes, not two hours.' },
        { field: 'place', severity: 'minor', article: 'the Pentagon', official: 'at the U.S. Department of War', explanation: 'The Department of War is headquartered in the Pentagon.' },
      ],
    },
    {
      text: 'Koizumi urged an early DICAS meeting.',
      start: 70, end: 107, verdict: 'supported',
      evidence: { recordId: 'mod-en-2026-01-15', paragraph: '3(2)', text: 'Minister Koizumi emphasized the importance of moving forward with holding the next iteration of DICAS Plenary as early as possible.' },
      flags: [],
    },
    { text: 'Officials said a *new* [task force] | would meet in March.', start: 110, end: 165, verdict: 'unverified', evidence: null, flags: [] },
  ],
};

describe('reportToJson', () => {
  test('round-trips through the report schema unchanged', () => {
    expect(ReportSchema.parse(JSON.parse(reportToJson(report)))).toEqual(report);
  });
  test('is indented and ends with a newline', () => {
    expect(reportToJson(report)).toMatch(/^\{\n {2}"source"/);
    expect(reportToJson(report).endsWith('}\n')).toBe(true);
  });
});

describe('reportToMarkdown', () => {
  const md = reportToMarkdown(report, { record });

  test('names the meeting, its record and why it was chosen', () => {
    expect(md).toContain('# Readout Lens report: Japan, U.S. defense chiefs hold two-hour Pentagon talks');
    expect(md).toContain('- Meeting: Japan-U.S. Defense Ministerial Meeting \\(Summary\\), 2026-01-15 (record mod-en-2026-01-15), confidence 93%');
    expect(md).toContain('- Why this meeting: explicit date January 15; participants Koizumi, Hegseth; place Pentagon \\~ Department of War');
  });

  test('says when the record is a partial copy, and only then', () => {
    expect(md).not.toContain('partial copy');
    const partial = reportToMarkdown(report, { record: { ...record, partial: true } });
    expect(partial).toContain('- The official record is a partial copy: claims left unverified may be covered by its missing part.');
  });

  test('counts claims by verdict and summarises mentions', () => {
    expect(md).toContain('- Claims: 3 (1 conflict, 1 supported, 1 unverified)');
    expect(md).toContain('- Mentioned: Pete Hegseth (2), Shinjiro Koizumi (1)');
  });

  test('quotes each claim with its verdict, the official text and every flag side by side', () => {
    expect(md).toContain('### 1. ✗ Conflict\n\n> Koizumi and Hegseth held two-hour talks at the Pentagon on Thursday.');
    expect(md).toContain('Official text (mod-en-2026-01-15 §intro):');
    expect(md).toContain('| duration | major | two-hour | for approximately 50 minutes | The official summary gives about 50 minutes, not two hours. |');
    expect(md).toContain('| place | minor | the Pentagon | at the U.S. Department of War |');
    expect(md).toContain('### 2. ✓ Supported');
    expect(md).toContain('### 3. ? Unverified');
    expect(md).toContain('No official summary covers this claim.');
  });

  test('leaves minor flags out when asked to', () => {
    const majorOnly = reportToMarkdown(report, { record, minorFlags: false });
    expect(majorOnly).toContain('| duration | major |');
    expect(majorOnly).not.toContain('| place | minor |');
  });

  test('escapes page text so it cannot become Markdown or HTML', () => {
    expect(md).toContain('> Officials said a \\*new\\* \\[task force\\] \\| would meet in March.');
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert\\(1\\)\\>');
    expect(escapeMarkdown('line one\nline two')).toBe('line one line two');
  });

  test('says plainly when no official record fits', () => {
    const none = reportToMarkdown({ ...report, meeting: null, claims: [], mentions: [] });
    expect(none).toContain('- Meeting: no official record fits this page');
    expect(none).toContain('- Claims: 0 (0 conflict, 0 supported, 0 unverified)');
    expect(none).not.toContain('## Claims');
  });

  test('falls back to the page address when the page has no title', () => {
    expect(reportToMarkdown({ ...report, title: null })).toContain('# Readout Lens report: https://pacific-wire.example/world/asia/koizumi-hegseth-pentagon');
  });
});

describe('exportFileName', () => {
  test.each([
    [report, 'json', 'readout-pacific-wire.example-2026-01-16.json'],
    [report, 'md', 'readout-pacific-wire.example-2026-01-16.md'],
    [{ ...report, published: null }, 'md', 'readout-pacific-wire.example.md'],
    [{ ...report, source: 'tests/fixtures/articles/x.html' }, 'json', 'readout-page-2026-01-16.json'],
  ] as const)('%#: %s', (r, ext, name) => {
    expect(exportFileName(r, ext)).toBe(name);
  });
});
