// "Add a record from the page you are on", the background's half: an official page's DOM (as
// the content script serialises it) gives the record the ingest code reads, with the page's
// address as its source; a news page gives nothing to offer; an official page that holds no
// readable meeting is refused with the reason; a record already in the library says so.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../data/gazetteer';
import { bundledRecords } from '../../data/records';
import { looksOfficial, readPageRecord, type PageRecordContext } from '../../engine/ingest/page-record';
import type { OfficialRecord } from '../../data/schema';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const read = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');
const ctx = (imported: OfficialRecord[] = []): PageRecordContext => ({ gazetteer, bundled: bundledRecords, imported });

/** An official text laid out as a web page: one paragraph a line, with a site's navigation and footer. */
function asPage(text: string, lang: 'en' | 'ja'): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = text.split('\n').filter((l) => l.trim() !== '').map((l) => `<p>${esc(l)}</p>`).join('\n');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>page</title></head>
<body><nav><a href="/">Home</a> <a href="/press">Press</a></nav><main>${body}</main><footer><p>Site footer</p></footer></body></html>`;
}

describe('readPageRecord', () => {
  it('reads an MoD page on any host into a record whose source is the page address, not yet known', () => {
    const url = 'http://127.0.0.1:8080/e/press/2026/0304a.html#top';
    const out = readPageRecord({ url, html: read('official-pages/mod-telephone-talk-2026-03-03.html') }, ctx());
    expect(out.kind).toBe('record');
    if (out.kind !== 'record') return;
    expect(out.known).toBeNull();
    expect(out.record.sourceUrl).toBe('http://127.0.0.1:8080/e/press/2026/0304a.html');
    expect(out.record.sourceFile).toBeNull();
    expect(out.record.publisher).toBe('127.0.0.1');
    expect(out.record.account).toBe('japan-mod');
    expect(out.record.meeting).toMatchObject({ date: '2026-03-03', format: 'telephone', start: '21:00', durationMinutes: 30 });
    expect(out.record.meeting.participants.map((p) => p.entity)).toEqual(['person/koizumi', 'person/hegseth']);
    // The site's navigation and footer are not official text.
    expect(out.record.paragraphs.map((p) => p.text).join('\n')).not.toMatch(/Home|Copyright|Page top/);
  });

  it('says when the page is a record the library has already (bundled or imported before)', () => {
    const jan = bundledRecords.find((r) => r.id === 'mod-en-2026-01-15')!;
    const page = asPage(read(`../../data/sources/${jan.sourceFile}`), 'en');
    const bundled = readPageRecord({ url: 'https://www.mod.go.jp/en/page.html', html: page }, ctx());
    expect(bundled).toMatchObject({ kind: 'record', known: 'bundled', record: { id: 'mod-en-2026-01-15' } });

    const phone = read('official-pages/mod-telephone-talk-2026-03-03.html');
    const first = readPageRecord({ url: 'https://www.mod.go.jp/en/phone.html', html: phone }, ctx());
    if (first.kind !== 'record') throw new Error('expected a record');
    const again = readPageRecord({ url: 'https://www.mod.go.jp/en/phone.html', html: phone }, ctx([first.record]));
    expect(again).toMatchObject({ kind: 'record', known: 'imported' });
  });

  it('reads a Japanese MoD page, keeping a partial copy partial', () => {
    const page = asPage(read('../../data/sources/mod-ja-2025-03-30-partial.txt'), 'ja');
    const out = readPageRecord({ url: 'https://www.mod.go.jp/j/press/2025/0330.html', html: page }, ctx());
    expect(out).toMatchObject({ kind: 'record', record: { language: 'ja', partial: true, meeting: { date: '2025-03-30' } } });
  });

  it('refuses a readout whose copy stops before the Japanese minister, with the reason', () => {
    const out = readPageRecord({ url: 'https://www.defense.gov/News/Releases/Release/Article/1867345/', html: read('official-pages/dod-readout-2019-06-04.html') }, ctx());
    expect(out).toMatchObject({ kind: 'refused', reason: 'no-minister-meeting' });
  });

  it('offers nothing on a news page, even one about a meeting', () => {
    for (const page of ['meridian-pentagon-talks.html', 'toto-shimbun-nichibei.html', 'alliance-notes-tokyo-meeting.html']) {
      expect(readPageRecord({ url: `https://news.example.com/${page}`, html: read(`pages/${page}`) }, ctx()), page).toEqual({ kind: 'not-official' });
    }
  });

  it('refuses an unreadable page on a ministry host rather than guessing, and a page too large to read', () => {
    const menu = '<!doctype html><html><head><title>Press releases</title></head><body><main><p>Press releases</p><p>Speeches</p></main></body></html>';
    expect(readPageRecord({ url: 'https://www.mod.go.jp/e/press/', html: menu }, ctx())).toMatchObject({ kind: 'refused', reason: 'unreadable' });
    expect(readPageRecord({ url: 'https://www.mod.go.jp/e/', html: 'x'.repeat(5_000_001) }, ctx())).toMatchObject({ kind: 'refused', reason: 'too-large' });
  });
});

describe('looksOfficial', () => {
  it('knows the ministries by host and other pages by a summary or readout title', () => {
    expect(looksOfficial('https://www.war.gov/News/Releases/x', null, 'anything')).toBe(true);
    expect(looksOfficial('https://example.org/a', null, 'Readout of Secretary of War Pete Hegseth\'s Call with Japanese Minister of Defense')).toBe(true);
    expect(looksOfficial('https://example.org/a', '日米防衛相電話会談（概要）', '')).toBe(true);
    expect(looksOfficial('https://example.org/a', 'Koizumi and Hegseth meet', 'Koizumi and Hegseth met on Tuesday.')).toBe(false);
    expect(looksOfficial('not a url', 'Readout of', '')).toBe(false);
  });
});
