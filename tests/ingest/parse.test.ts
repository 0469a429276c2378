// Behaviour of the official-summary parser on the committed sources and on summaries written
// here in the other shapes MoD uses (older numbering, telephone talks, meetings abroad, HTML).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../data/gazetteer';
import { OfficialRecordSchema, type OfficialRecord } from '../../data/schema';
import { inferYear } from '../../engine/ingest/dates';
import { IngestError } from '../../engine/ingest/errors';
import { htmlToText, readHtml } from '../../engine/ingest/html-to-text';
import { parseOfficialSummary } from '../../engine/ingest/parse-summary';
import { uniqueRecordId } from '../../engine/ingest/record-id';

const SOURCES = join(__dirname, '../../data/sources');

function parse(text: string, sourceUrl: string | null = null): OfficialRecord {
  const record = parseOfficialSummary(text, { sourceFile: null, sourceUrl, gazetteer });
  OfficialRecordSchema.parse(record);
  return record;
}

function parseSource(name: string): OfficialRecord {
  return parse(readFileSync(join(SOURCES, name), 'utf8'));
}

function paragraph(r: OfficialRecord, id: string): string {
  const p = r.paragraphs.find((x) => x.id === id);
  if (!p) throw new Error(`no paragraph ${id} in ${r.paragraphs.map((x) => x.id).join(' ')}`);
  return p.text;
}

function ingestError(text: string): IngestError {
  try {
    parse(text);
  } catch (e) {
    if (e instanceof IngestError) return e;
    throw e;
  }
  throw new Error('expected an IngestError');
}

describe('the committed official summaries', () => {
  it.each([
    {
      file: 'mod-en-2025-10-29.txt', id: 'mod-en-2025-10-29', date: '2025-10-29', start: '10:25', timeZone: 'Asia/Tokyo', minutes: 60,
      place: { text: 'at the Ministry of Defense', venue: 'Ministry of Defense', city: 'Tokyo', country: 'JP', entity: 'body/jp-mod' },
    },
    {
      file: 'mod-en-2026-01-15.txt', id: 'mod-en-2026-01-15', date: '2026-01-15', start: '14:00', timeZone: 'America/New_York', minutes: 50,
      place: { text: 'at the U.S. Department of War', venue: 'U.S. Department of War', city: 'Washington', country: 'US', entity: 'body/us-dow' },
    },
    {
      file: 'mod-ja-2025-03-30-partial.txt', id: 'mod-ja-2025-03-30', date: '2025-03-30', start: '09:50', timeZone: 'Asia/Tokyo', minutes: 85,
      place: { text: '防衛省において', venue: '防衛省', city: 'Tokyo', country: 'JP', entity: 'body/jp-mod' },
    },
  ])('$file: $date $start $timeZone, $minutes minutes, $place.text', ({ file, id, date, start, timeZone, minutes, place }) => {
    const r = parseSource(file);
    expect(r.id).toBe(id);
    expect(r.meeting).toMatchObject({ date, start, timeZone, durationMinutes: minutes, format: 'in-person', place });
  });

  it('keeps the verbatim words of each fact it reads from the opening', () => {
    expect(parseSource('mod-en-2026-01-15.txt').meeting.phrases).toEqual({ date: 'January 15', start: '14:00', duration: 'approximately 50 minutes' });
    expect(parseSource('mod-ja-2025-03-30-partial.txt').meeting.phrases).toEqual({ date: '令和7年3月30日', start: '9時50分', duration: '約85分間' });
  });

  it('names the participants with their titles as written, countries and gazetteer ids', () => {
    expect(parseSource('mod-en-2025-10-29.txt').meeting.participants).toEqual([
      { name: 'Koizumi', entity: 'person/koizumi', role: 'Defense Minister', country: 'JP', phrase: 'Defense Minister Koizumi' },
      { name: 'Hegseth', entity: 'person/hegseth', role: 'War Secretary', country: 'US', phrase: 'War Secretary Hegseth' },
    ]);
    expect(parseSource('mod-en-2026-01-15.txt').meeting.participants[1]).toEqual(
      { name: 'Hegseth', entity: 'person/hegseth', role: 'Secretary of War', country: 'US', phrase: 'Secretary of War Hegseth' });
    expect(parseSource('mod-ja-2025-03-30-partial.txt').meeting.participants).toEqual([
      { name: '中谷', entity: 'person/nakatani', role: '防衛大臣', country: 'JP', phrase: '中谷防衛大臣' },
      { name: 'ヘグセス', entity: 'person/hegseth', role: '米国防長官', country: 'US', phrase: 'ヘグセス米国防長官' },
    ]);
  });

  it('reads title, document date, source URL and the opening sentence', () => {
    const en = parseSource('mod-en-2026-01-15.txt');
    expect(en).toMatchObject({ language: 'en', title: 'Japan-U.S. Defense Ministerial Meeting (Summary)', published: '2026-01-15', sourceUrl: null, partial: false });
    expect(en.opening).toBe('On January 15, Defense Minister Koizumi and Secretary of War Hegseth held discussions from 14:00 (local time) for approximately 50 minutes at the U.S. Department of War.');
    const ja = parseSource('mod-ja-2025-03-30-partial.txt');
    expect(ja).toMatchObject({
      language: 'ja', title: '日米防衛相会談（概要）', published: '2025-03-30',
      sourceUrl: 'https://www.mod.go.jp/j/approach/anpo/2025/0330b_usa-j.html',
    });
    expect(ja.opening).toBe('令和7年3月30日9時50分から約85分間、中谷防衛大臣とヘグセス米国防長官は、防衛省において会談を行ったところ、概要次のとおり。');
  });

  it('gives paragraphs ids that follow the document numbering', () => {
    expect(parseSource('mod-en-2025-10-29.txt').paragraphs.map((p) => p.id)).toEqual(
      ['intro', '1', '1-p2', '2', '2(1)', '2(2)', '2(3)', '2(4)', '3']);
    const r = parseSource('mod-en-2026-01-15.txt');
    expect(r.paragraphs.map((p) => p.id)).toEqual([
      'intro', '1', '1-p2', '2', '2-b1', '2-b2', '2-p2', '2-p3', '3', '3(1)', '3(2)', '3(2)a', '3(2)a-1', '3(2)a-2', '3(2)a-3', '3(2)b', '3(3)', '4',
    ]);
    expect(paragraph(r, '3(2)a')).toMatch(/^a\. accelerate mutually beneficial efforts/);
    expect(paragraph(r, '3(2)b')).toBe('b. advance discussion to substantially increase the production of interceptor missile for Ballistic Missile Defense (SM-3 Block IIA).');
    expect(paragraph(r, '3(2)a-1')).toBe('progress in co-production of air-to-air missiles (AMRAAM) and surface-to-air interceptor missiles (PAC-3MSE)');
    expect(r.paragraphs.find((p) => p.id === '3(2)b')!.section).toBe('Further Strengthening the Alliance Capabilities to Deter and Respond');
    expect(paragraph(parseSource('mod-en-2025-10-29.txt'), '2(3)')).toMatch(/^\(3\) With regard to defense equipment and technology cooperation/);
  });

  it('joins paragraphs the source split mid-sentence', () => {
    const oct = parseSource('mod-en-2025-10-29.txt');
    expect(paragraph(oct, '2')).toMatch(/The key points of the discussion are as follows:$/);
    expect(paragraph(oct, '3')).toContain('the construction of the Futenma Replacement Facility at Henoko as the only solution');
    const jan = parseSource('mod-en-2026-01-15.txt');
    expect(paragraph(jan, '2-p3')).toBe("Following the discussions in the meeting, Minister Koizumi received a briefing on U.S. Forces' AI utilization at the Department of War.");
    expect(paragraph(jan, '4')).toMatch(/^In order to maintain deterrence and mitigate the impact on local communities, Ministers reiterated/);
  });

  it('keeps the gaps of the partial Japanese copy as gap paragraphs, verbatim, and marks it partial', () => {
    const r = parseSource('mod-ja-2025-03-30-partial.txt');
    expect(r.partial).toBe(true);
    const gaps = r.paragraphs.filter((p) => p.gap);
    expect(gaps.map((p) => p.text)).toEqual(['[... bullet list not returned by corpus ...]', '両閣僚は、抑止力を維持し、地元への影']);
    expect(r.paragraphs.map((p) => p.id)).toEqual(['intro', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8']);
    expect(r.paragraphs.every((p) => !p.text.includes('英語版'))).toBe(true);
  });
});

const OLDER = `March 17, 2021
Japan-U.S. Defense Ministerial Meeting (Summary)

On March 16, 2021, Minister of Defense Kishi held a meeting with Secretary of Defense Austin, from 17:00 for approximately 90 minutes at the Ministry of Defense. The overview is as follows.

1. Overview
The two Ministers confirmed that the Japan-U.S. Alliance is the cornerstone of peace in the region.
The Ministers also exchanged views on the regional
security environment.
2. Regional Situation
(1) The Ministers shared concerns about unilateral attempts to change the status quo.
(2) The Ministers confirmed the importance of peace and stability across the Taiwan Strait.
3. The Ministers concurred to hold the "2+2" at an early date.
They also confirmed close coordination.
`;

const TELEPHONE = `February 8, 2025
Japan-U.S. Defense Ministerial Telephone Talk (Summary)

On February 7, Minister Nakatani held a Telephone Conference with Secretary of Defense Hegseth for approximately 30 minutes. The two Ministers confirmed that they would work closely together.
`;

const SINGAPORE = `May 31, 2025
Ministry of Defense
Japan-U.S. Defense Ministerial Meeting (Summary)

On May 31, from 17:45 to 18:35 (local time), Defense Minister Nakatani held a meeting with Secretary of Defense Hegseth in Singapore, on the occasion of the Shangri-La Dialogue. The overview is as follows.

1 Overview
The Ministers exchanged views on the regional security environment.
`;

const NEXT_DAY = `October 5, 2025
Japan-U.S. Defense Ministerial Video Teleconference (Summary)

On October 4, Defense Minister Nakatani held a video conference with Secretary of War Hegseth from 21:00 for about an hour. The overview is as follows.
`;

const JA_TELEPHONE = `令和７年２月８日
防衛省
日米防衛相電話会談（概要）
令和７年２月７日（金）午後２時から約３０分間、中谷防衛大臣は、ヘグセス米国防長官との間で電話会談を行ったところ、概要は以下のとおり。
１　概要
両閣僚は、日米同盟の抑止力・対処力を一層強化していくことで一致した。
２　日米同盟の強化
（１）両閣僚は、次の点を確認した。
ア　指揮・統制の向上
イ　南西地域における共同プレゼンスの拡大
（２）両閣僚は、緊密に連携していくことで一致した。
`;

const JA_ABROAD = `令和7年5月31日
日米防衛相会談（概要）
令和7年5月31日（土）17時45分から約50分間（現地時間）、シンガポールを訪問中の中谷防衛大臣は、ヘグセス米国防長官とシンガポールにおいて会談を行ったところ、概要以下のとおり。
両閣僚は、地域の安全保障環境について意見交換を行った。
`;

const HTML_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Japan-U.S. Defense Ministerial Meeting | Ministry of Defense</title>
<link rel="canonical" href="https://www.mod.go.jp/en/article/2025/10/example.html">
<script>var fake = "<p>On January 1, Minister Fake held a meeting.</p>";</script>
<style>p { color: red }</style>
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/press">Press Releases</a></li></ul></nav></header>
<div id="main">
<p class="date">October 29, 2025</p>
<h1>Japan-U.S. Defense Ministerial Meeting (Summary)</h1>
<p>On October 29, Defense Minister Koizumi and War Secretary Hegseth held discussions from 10:25 for approximately 60&nbsp;minutes at the Ministry of Defense. The summary is as follows.</p>
<h2>1 Overview</h2>
<p>The Ministers candidly exchanged views &#8212; &ldquo;the greatest alliance in the world&rdquo; &amp; more &#x2026;</p>
<h2>2 Further Strengthening the Alliance</h2>
<ol>
<li>(1) The Ministers welcomed tangible progress in command and control.</li>
<li>(2) Ministers agreed to
  <ul><li>a. accelerate co-production</li><li>b. advance discussion on SM-3 Block IIA.</li></ul>
</li>
</ol>
</div>
<aside>Related: other meetings</aside>
<footer><form><input name="q"></form><p>Copyright Ministry of Defense</p></footer>
<noscript>Enable JavaScript</noscript>
<script>track("page")</script>
</body></html>`;

describe('summaries in other shapes', () => {
  it('reads an older summary with "1." numbering, a year in the opening and unnumbered paragraphs', () => {
    const r = parse(OLDER);
    expect(r.meeting).toMatchObject({ date: '2021-03-16', start: '17:00', durationMinutes: 90, timeZone: 'Asia/Tokyo', format: 'in-person' });
    expect(r.published).toBe('2021-03-17');
    expect(r.meeting.participants).toEqual([
      { name: 'Kishi', entity: 'person/kishi', role: 'Minister of Defense', country: 'JP', phrase: 'Minister of Defense Kishi' },
      { name: 'Austin', entity: 'person/austin', role: 'Secretary of Defense', country: 'US', phrase: 'Secretary of Defense Austin' },
    ]);
    expect(r.paragraphs.map((p) => [p.id, p.section])).toEqual([
      ['intro', null], ['1', 'Overview'], ['1-p2', 'Overview'], ['2(1)', 'Regional Situation'], ['2(2)', 'Regional Situation'], ['3', null], ['3-p2', null],
    ]);
    expect(paragraph(r, '1-p2')).toBe('The Ministers also exchanged views on the regional security environment.');
  });

  it('reads a telephone talk with a single paragraph and no year in the text', () => {
    const r = parse(TELEPHONE);
    expect(r.id).toBe('mod-en-2025-02-07');
    expect(r.meeting).toEqual({
      date: '2025-02-07', format: 'telephone', start: null, timeZone: 'Asia/Tokyo', durationMinutes: 30, place: null,
      participants: [
        { name: 'Nakatani', entity: 'person/nakatani', role: 'Minister', country: 'JP', phrase: 'Minister Nakatani' },
        { name: 'Hegseth', entity: 'person/hegseth', role: 'Secretary of Defense', country: 'US', phrase: 'Secretary of Defense Hegseth' },
      ],
      phrases: { date: 'February 7', start: null, duration: 'approximately 30 minutes' },
      dateBasis: 'document-date',
    });
    expect(r.paragraphs).toHaveLength(1);
    expect(r.title).toBe('Japan-U.S. Defense Ministerial Telephone Talk (Summary)');
  });

  it('takes the zone of the place abroad for "(local time)" and a duration from a time range', () => {
    const r = parse(SINGAPORE);
    expect(r.meeting).toMatchObject({
      date: '2025-05-31', start: '17:45', durationMinutes: 50, timeZone: 'Asia/Singapore',
      place: { text: 'in Singapore', venue: null, city: 'Singapore', country: 'SG', entity: 'place/singapore' },
      phrases: { date: 'May 31', start: '17:45', duration: 'from 17:45 to 18:35' },
    });
    expect(r.paragraphs.map((p) => p.id)).toEqual(['intro', '1']);
  });

  it('dates a meeting the day before the document and reads a video conference', () => {
    const r = parse(NEXT_DAY);
    expect(r.meeting).toMatchObject({ date: '2025-10-04', format: 'video', start: '21:00', durationMinutes: 60, place: null });
    expect(r.published).toBe('2025-10-05');
  });

  it.each([
    { meeting: [10, 4], doc: '2025-10-05', year: 2025 },
    { meeting: [12, 30], doc: '2026-01-02', year: 2025 },
    { meeting: [1, 2], doc: '2026-01-02', year: 2026 },
    { meeting: [1, 3], doc: '2026-01-02', year: 2025 },
  ])('puts $meeting.0/$meeting.1 in $year for a document dated $doc', ({ meeting, doc, year }) => {
    const [y, m, d] = doc.split('-').map(Number);
    expect(inferYear(meeting[0]!, meeting[1]!, { year: y!, month: m!, day: d! })).toBe(year);
  });

  it('reads a Japanese telephone talk with full-width digits, an afternoon time and Japanese numbering', () => {
    const r = parse(JA_TELEPHONE);
    expect(r.id).toBe('mod-ja-2025-02-07');
    expect(r.meeting).toMatchObject({ date: '2025-02-07', format: 'telephone', start: '14:00', durationMinutes: 30, timeZone: 'Asia/Tokyo', place: null });
    expect(r.meeting.participants.map((p) => [p.name, p.role, p.country, p.entity])).toEqual([
      ['中谷', '防衛大臣', 'JP', 'person/nakatani'], ['ヘグセス', '米国防長官', 'US', 'person/hegseth'],
    ]);
    expect(r.title).toBe('日米防衛相電話会談（概要）');
    expect(r.paragraphs.map((p) => [p.id, p.section])).toEqual([
      ['intro', null], ['1', '概要'], ['2(1)', '日米同盟の強化'], ['2(1)a', '日米同盟の強化'], ['2(1)b', '日米同盟の強化'], ['2(2)', '日米同盟の強化'],
    ]);
    expect(paragraph(r, '2(1)b')).toBe('イ　南西地域における共同プレゼンスの拡大');
  });

  it('reads a Japanese meeting abroad in local time （現地時間）', () => {
    const r = parse(JA_ABROAD);
    expect(r.meeting).toMatchObject({
      date: '2025-05-31', start: '17:45', durationMinutes: 50, timeZone: 'Asia/Singapore',
      place: { text: 'シンガポールにおいて', venue: null, city: 'Singapore', country: 'SG', entity: 'place/singapore' },
    });
    expect(r.paragraphs.map((p) => p.id)).toEqual(['intro', 'p2']);
  });

  it('reads a saved HTML page: main content only, entities decoded, list items as paragraphs, canonical URL', () => {
    const r = parse(HTML_PAGE, 'https://example.org/ignored');
    expect(r.sourceUrl).toBe('https://www.mod.go.jp/en/article/2025/10/example.html');
    expect(r).toMatchObject({ published: '2025-10-29', title: 'Japan-U.S. Defense Ministerial Meeting (Summary)' });
    expect(r.meeting).toMatchObject({ date: '2025-10-29', start: '10:25', durationMinutes: 60, place: { entity: 'body/jp-mod' } });
    expect(r.paragraphs.map((p) => p.id)).toEqual(['intro', '1', '2(1)', '2(2)', '2(2)a', '2(2)b']);
    expect(paragraph(r, '1')).toBe('The Ministers candidly exchanged views — “the greatest alliance in the world” & more …');
    const all = r.paragraphs.map((p) => p.text).join('\n');
    for (const noise of ['Home', 'Press Releases', 'fake', 'color', 'Related', 'Copyright', 'Enable JavaScript', 'track']) {
      expect(all).not.toContain(noise);
    }
  });

  it('reads a heading above the opening sentence, full names with initials, "visit to" and "at 9:00 p.m."', () => {
    const r = parse(`Japan-U.S. Defense Ministerial Meeting
(Summary)
1 Overview
On May 31, 2025, at 9:00 p.m. (local time), Minister of Defense Nakatani held a Japan-U.S. Defense Ministerial Meeting with U.S. Secretary of Defense Lloyd J. Austin III for approximately 45 minutes during his visit to Singapore. The overview is as follows.
The Ministers exchanged views on the regional security environment.
(1) The Ministers concurred on the following:
a. strengthening cooperation
(i) in the maritime domain
(ii) in space
`);
    expect(r.title).toBe('Japan-U.S. Defense Ministerial Meeting');
    expect(r.meeting).toMatchObject({
      date: '2025-05-31', start: '21:00', durationMinutes: 45, timeZone: 'Asia/Singapore',
      place: { text: 'visit to Singapore', venue: null, city: 'Singapore', country: 'SG', entity: 'place/singapore' },
    });
    expect(r.meeting.participants.map((p) => [p.name, p.role, p.entity])).toEqual([
      ['Nakatani', 'Minister of Defense', 'person/nakatani'], ['Lloyd J. Austin III', 'U.S. Secretary of Defense', 'person/austin'],
    ]);
    expect(r.paragraphs.map((p) => [p.id, p.section])).toEqual([
      ['intro', 'Overview'], ['1', 'Overview'], ['1(1)', 'Overview'], ['1(1)a', 'Overview'], ['1(1)a(i)', 'Overview'], ['1(1)a(ii)', 'Overview'],
    ]);
  });

  it('does not take a dated title for the opening, and reads an opening that does not start with "On"', () => {
    const r = parse(`Japan-U.S. Defense Ministerial Meeting (October 4, 2023)
Minister of Defense Kihara held a meeting with Secretary of Defense Austin at the Pentagon on October 4, 2023 (local time). The overview is as follows.
`);
    expect(r.title).toBe('Japan-U.S. Defense Ministerial Meeting (October 4, 2023)');
    expect(r.meeting).toMatchObject({
      date: '2023-10-04', timeZone: 'America/New_York',
      place: { text: 'at the Pentagon', venue: 'Pentagon', city: 'Washington', country: 'US', entity: 'place/pentagon' },
    });
    expect(r.meeting.participants.map((p) => p.entity)).toEqual(['person/kihara', 'person/austin']);
  });

  it('reads a Japanese meeting abroad named only by 「を訪問中」', () => {
    const r = parse(`令和7年5月31日
令和7年5月31日（土）16時20分から約50分間（現地時間）、シンガポールを訪問中の中谷防衛大臣は、ヘグセス米国防長官と日米防衛相会談を行ったところ、概要は以下のとおり。
`);
    expect(r.title).toBe('日米防衛相会談（概要）');
    expect(r.meeting).toMatchObject({ start: '16:20', timeZone: 'Asia/Singapore', place: { text: 'シンガポールを訪問中', entity: 'place/singapore' } });
  });

  it('uses the URL the caller gives when the document names none', () => {
    expect(parse(TELEPHONE, 'https://www.mod.go.jp/en/example.html').sourceUrl).toBe('https://www.mod.go.jp/en/example.html');
  });
});

describe('opening sentences', () => {
  it.each([
    { opening: 'On Wednesday, October 29, Minister Koizumi held a meeting with Secretary Hegseth from 9:00 a.m. for one hour.', date: '2025-10-29', start: '09:00', minutes: 60, format: 'in-person' },
    { opening: 'On October 29, Minister Koizumi held a telephone talk with Secretary Hegseth from 21:30 to 22:05.', date: '2025-10-29', start: '21:30', minutes: 35, format: 'telephone' },
    { opening: 'On October 28, Minister Koizumi held a telecon with Secretary Hegseth at 8:15 p.m. for about 1 hour and 10 minutes.', date: '2025-10-28', start: '20:15', minutes: 70, format: 'telephone' },
    { opening: 'On 29 October 2025, Minister Koizumi held a videoconference with Secretary Hegseth for approximately one and a half hours.', date: '2025-10-29', start: null, minutes: 90, format: 'video' },
    { opening: 'On October 29, Minister Koizumi had a phone call with Secretary Hegseth for half an hour.', date: '2025-10-29', start: null, minutes: 30, format: 'telephone' },
    { opening: '令和7年10月29日午前10時30分から約1時間30分間、小泉防衛大臣はヘグセス米戦争長官とテレビ会談を行った。', date: '2025-10-29', start: '10:30', minutes: 90, format: 'video' },
    { opening: '10月29日（水）9時から約1時間、小泉防衛大臣は、ヘグセス米国防長官と会談を行った。', date: '2025-10-29', start: '09:00', minutes: 60, format: 'in-person' },
    { opening: '平成31年4月19日、岩屋防衛大臣はシャナハン米国防長官代行と会談を行った。', date: '2019-04-19', start: null, minutes: null, format: 'in-person' },
  ])('$opening', ({ opening, date, start, minutes, format }) => {
    const r = parse(`Date: October 30, 2025\nJapan-U.S. Defense Ministerial Meeting (Summary)\n${opening}\n`);
    expect(r.published).toBe('2025-10-30');
    expect(r.meeting).toMatchObject({ date, start, durationMinutes: minutes, format });
    expect(r.opening).toBe(opening);
  });
});

describe('html-to-text', () => {
  it('prefers <main> over the rest of the body and keeps nested list items as indented lines', () => {
    const html = '<html><body><div>Site banner text</div><main><h1>Title here</h1><ul><li>one<ul><li>two</li></ul></li></ul><p>Tom &amp; Jerry&#39;s&#x21;</p></main></body></html>';
    expect(htmlToText(html)).toBe('Title here\n- one\n - two\nTom & Jerry\'s!');
  });

  it('keeps a list item\'s marker with its text when the item wraps it in a block, and drops empty items', () => {
    expect(htmlToText('<article><h1>Heading of the article</h1><ol><li><p>(1) first</p></li><li></li><li><div>second</div></li></ol></article>'))
      .toBe('Heading of the article\n- (1) first\n- second');
  });

  it('falls back to the body when no content container is marked, without its chrome', () => {
    const html = '<body><header>Masthead</header><nav>Menu</nav><p>First paragraph<br>second line</p><footer>Foot</footer></body>';
    expect(readHtml(html)).toEqual({ text: 'First paragraph\nsecond line', url: null, title: null });
  });

  it('reads og:url when there is no canonical link', () => {
    expect(readHtml('<head><meta property="og:url" content="https://www.mod.go.jp/x.html"></head><body><p>Text long enough to matter.</p></body>').url)
      .toBe('https://www.mod.go.jp/x.html');
  });
});

describe('input it cannot parse', () => {
  it.each([
    { what: 'an empty file', text: '', line: 1, expected: /opening sentence/ },
    { what: 'a blank file', text: '\n  \n', line: 1, expected: /opening sentence/ },
    {
      what: 'a summary without an opening sentence',
      text: 'October 29, 2025\nMinistry of Defense\nJapan-U.S. Defense Ministerial Meeting (Summary)\n1 Overview\nThe Ministers met.\n',
      line: 5, expected: /opening sentence/,
    },
    {
      what: 'a body that starts with two sections and no opening sentence',
      text: 'October 29, 2025\n1 Overview\n2 Regional Situation\n',
      line: 3, expected: /opening sentence/,
    },
    {
      what: 'an opening sentence whose date cannot be read',
      text: 'October 29, 2025\n\nJapan-U.S. Defense Ministerial Meeting (Summary)\n\nOn Octobr 29, Defense Minister Koizumi and War Secretary Hegseth held discussions.\n',
      line: 5, expected: /meeting date/,
    },
    {
      what: 'a document date that is not a calendar date',
      text: 'February 30, 2025\nJapan-U.S. Defense Ministerial Meeting (Summary)\nOn February 7, Minister Nakatani held a Telephone Conference with Secretary of Defense Hegseth.\n',
      line: 1, expected: /document date/,
    },
    {
      what: 'a misspelt document date',
      text: 'Octobr 5, 2025\nOn October 4, Minister Nakatani held a Telephone Conference with Secretary of Defense Hegseth.\n',
      line: 1, expected: /document date/,
    },
    {
      what: 'an opening without a year, no document date, and two years in which both ministers held office',
      text: 'Japan-U.S. Defense Ministerial Meeting (Summary)\nOn April 28, Minister Nakatani held a Telephone Conference with Secretary of Defense Carter.\n',
      line: 2, expected: /one year/,
    },
  ])('$what → IngestError at line $line', ({ text, line, expected }) => {
    const e = ingestError(text);
    expect(e.line).toBe(line);
    expect(e.expected).toMatch(expected);
    expect(e.message).toMatch(new RegExp(`^line ${line}: expected `));
    expect(e.message).not.toContain('\n');
  });
});

describe('record ids', () => {
  it('adds -2, -3 only when the caller reports a collision', () => {
    expect(uniqueRecordId('mod-en-2026-01-15', new Set())).toBe('mod-en-2026-01-15');
    expect(uniqueRecordId('mod-en-2026-01-15', new Set(['mod-en-2026-01-15']))).toBe('mod-en-2026-01-15-2');
    expect(uniqueRecordId('mod-en-2026-01-15', ['mod-en-2026-01-15', 'mod-en-2026-01-15-2'])).toBe('mod-en-2026-01-15-3');
  });
});
