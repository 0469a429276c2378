// Field-by-field comparisons, table-driven: each row is a sentence an outlet might write about a
// meeting in the bundled records, and the flags a careful desk editor would raise (or not).
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine';
import { bundledRecords } from '../../data/records';
import { gazetteer } from '../../data/gazetteer';

const engine = createEngine({ records: bundledRecords, gazetteer });

const MEETINGS = {
  jan15: { context: 'Defense Minister Shinjiro Koizumi met War Secretary Pete Hegseth at the Pentagon on January 15.', published: '2026-01-16T02:00:00Z' },
  oct29: { context: 'Defense Minister Shinjiro Koizumi met War Secretary Pete Hegseth at the Ministry of Defense in Tokyo on October 29.', published: '2025-10-29T12:00:00Z' },
  mar30: { context: 'Defense Minister Gen Nakatani met Defense Secretary Pete Hegseth in Tokyo on March 30.', published: '2025-03-30T12:00:00Z' },
  oct8ja: { context: '中谷防衛相はオースティン国防長官と電話で会談した。', published: '2024-10-09T10:00:00+09:00' },
  oct8: { context: 'Defense Minister Gen Nakatani held a phone call with Defense Secretary Lloyd Austin.', published: '2024-10-09T10:00:00Z' },
  jan15ja: { context: '小泉防衛相は15日、国防総省でヘグセス戦争長官と会談した。', published: '2026-01-16T09:00:00+09:00' },
  mar30ja: { context: '中谷防衛相は30日、防衛省でヘグセス国防長官と会談した。', published: '2025-03-30T15:00:00+09:00' },
  jun3: { context: 'Defense Secretary Jim Mattis met Japanese Defense Minister Tomomi Inada in Singapore on Saturday.', published: '2017-06-05T01:00:00Z' },
  jun3ja: { context: '稲田防衛相は3日、シンガポールでマティス米国防長官と会談した。', published: '2017-06-05T09:00:00+09:00' },
  may4: { context: 'Defense Minister Nobuo Kishi met Defense Secretary Lloyd Austin at the Pentagon on May 4.', published: '2022-05-05T02:00:00Z' },
} as const;

type Expected = string; // "field:severity", comma-separated; "" for no flags

function flagsOf(meeting: keyof typeof MEETINGS, sentence: string): { flags: string; meetingId: string | null; verdict: string | null } {
  const { context, published } = MEETINGS[meeting];
  const sep = meeting.endsWith('ja') ? '' : ' ';
  const text = `${context}${sep}${sentence}`;
  const report = engine.analyze({ text, published, source: 'test', title: null });
  const claim = report.claims.find((c) => c.start >= context.length);
  return {
    flags: (claim?.flags ?? []).map((f) => `${f.field}:${f.severity}`).sort().join(','),
    meetingId: report.meeting?.recordId ?? null,
    verdict: claim?.verdict ?? null,
  };
}

const rows: [keyof typeof MEETINGS, string, Expected][] = [
  // date, with time zones: 14:00 Thursday in Washington is early Friday in Tokyo
  ['jan15', 'Koizumi and Hegseth met on Thursday.', ''],
  ['jan15', 'Koizumi and Hegseth met on January 20.', 'date:major'],
  ['jan15', 'Koizumi and Hegseth met on January 16.', 'date:minor'],
  ['jan15ja', '小泉防衛相は16日、ヘグセス長官と会談した。', 'date:minor'],
  ['jan15ja', '両氏は12日に会談した。', 'date:major'],
  // a call the Japan MoD dates in Tokyo time, without a start time: a Japanese paper's day off is
  // no time-zone matter; an American outlet's may be
  ['oct8ja', '両氏は9日に電話会談した。', 'date:major'],
  ['oct8ja', '両氏は8日に電話会談した。', ''],
  ['oct8', 'The two spoke by phone on October 7.', 'date:minor'],
  ['jan15', 'Koizumi told reporters on Monday that his talks with Hegseth went well.', ''],
  // a reporting verb does not switch off the check of the fact it reports
  ['jan15', 'Koizumi and Hegseth met on January 20, officials said.', 'date:major'],
  ['jan15', 'The Pentagon said the two ministers met on January 20.', 'date:major'],
  ['jan15', 'Hegseth told reporters on January 20 that the talks had gone well.', ''],
  // a date that modifies another named event dates that event, not the meeting
  ['jan15ja', '両氏は、12日の日米首脳会談での合意を踏まえ、同盟の抑止力を強化することを確認した。', ''],
  ['jan15', 'Building on the Jan. 12 Japan-U.S. summit, the two agreed to strengthen deterrence.', ''],
  ['jan15', "Building on Monday's Japan-U.S. summit, the two ministers agreed to strengthen deterrence.", ''],
  ['jan15ja', '両氏は12日に会談し、日米首脳会談の成果を確認した。', 'date:major'],
  ['jan15', 'The two ministers met on January 12 and welcomed the Japan-U.S. summit.', 'date:major'],
  // a participant quoted on a meeting they sat in dates it where it was held (Saturday in
  // Singapore; the record gives no start time): no other side of the date line to explain a day
  ['jun3', 'Mattis said, "I had a great meeting with Minister Inada on Friday."', 'date:major'],
  ['jun3', '"We met on Friday and talked about North Korea," Inada told reporters.', 'date:major'],
  ['jun3', 'Mattis told reporters: "Minister Inada and I met on June 2 for about forty minutes."', 'date:major'],
  ['jun3', '"I met Secretary Mattis on Saturday and we had a candid exchange," Inada said.', ''],
  ['jun3ja', '稲田氏は「2日にマティス長官と会談し、率直な意見交換ができた」と述べた。', 'date:major'],
  ['jun3ja', '稲田氏は記者団に「金曜日にマティス長官と会談した」と語った。', 'date:major'],
  ['jun3ja', '稲田氏は「3日にマティス長官と会談した」と述べた。', ''],
  // the reporter's own day may be Washington's; a call's participants each speak from home
  ['jun3', 'The two met on Friday, a U.S. official said.', 'date:minor'],
  ['oct8', '"I spoke with Secretary Austin on Monday," Nakatani said.', 'date:minor'],
  ['jan15ja', '防衛省によると、両氏は12日に会談した。', 'date:major'],
  ['jan15ja', '両氏は12日に会談したと防衛省が発表した。', 'date:major'],
  ['jan15ja', '小泉氏は20日の記者会見で、ヘグセス氏との会談について説明した。', ''],
  ['jan15', 'The meeting began at 9 a.m. local time, the Pentagon said.', 'time:major'],
  ['jan15', 'Hegseth told reporters at 9 a.m. that the meeting had gone well.', ''],
  // a bound on something else is not the meeting's date, in either language
  ['jan15', 'The ministers agreed to keep talking until January 20.', ''],
  ['jan15', 'Koizumi and Hegseth agreed to meet again before January 30.', ''],
  ['jan15ja', '両氏は20日までに協議を続けることで一致した。', ''],
  ['jan15ja', '両氏は20日以降も協議を続けることで一致した。', ''],
  ['jan15', 'On October 29, the ministers agreed to co-produce AMRAAM missiles.', 'commitment:major'],
  ['jan15', 'Koizumi and Hegseth met on March 3.', ''],
  ['jan15', 'Last October, Hegseth met Koizumi in Tokyo.', ''],
  ['jan15', 'Hegseth hosted Koizumi at the White House in October, weeks after the new minister took office.', ''],
  ['jan15', 'Hegseth and Koizumi held two-hour talks on Thursday, the first under Prime Minister Sanae Takaichi.', 'duration:major'],
  // time
  ['jan15', 'The meeting began at 2 p.m. local time.', ''],
  ['jan15', 'The meeting began at 9 a.m. local time.', 'time:major'],
  ['jan15', 'The meeting began at 4 a.m. Japan time.', ''],
  ['oct29', 'The meeting began at 10:30 a.m.', ''],
  ['mar30ja', '会談は午前9時50分から行われた。', ''],
  ['mar30ja', '会談は午後3時から行われた。', 'time:major'],
  // duration: "about an hour" fits "approximately 50 minutes"; two hours does not
  ['jan15', 'The two ministers met for about an hour.', ''],
  ['jan15', 'The ministers held two-hour talks.', 'duration:major'],
  // each side's length must fall within the other's reading: 70 or 75 minutes is not "about 50"
  ['jan15', 'The ministers met for 75 minutes.', 'duration:major'],
  ['jan15', 'The ministers held seventy-minute talks.', 'duration:major'],
  ['jan15', 'The ministers met for 62 minutes.', 'duration:minor'],
  ['jan15ja', '両氏は約1時間10分会談した。', 'duration:major'],
  ['jan15ja', '両氏は約1時間会談した。', ''],
  ['mar30ja', '両氏は約1時間半会談した。', ''],
  ['mar30ja', '両氏は約2時間半会談した。', 'duration:major'],
  ['jan15', 'The ministers held three-hour talks.', 'duration:major'],
  ['oct29', 'The talks lasted an hour.', ''],
  ['jan15ja', '両氏は約2時間会談した。', 'duration:major'],
  ['jan15ja', '会談は約50分間行われた。', ''],
  ['mar30ja', '両氏は約30分間会談した。', 'duration:major'],
  // place: containment, and the Pentagon is the Department of War
  ['jan15', 'Koizumi met Hegseth in Washington.', ''],
  ['jan15', 'Koizumi met Hegseth in Tokyo.', 'place:major'],
  ['jan15', 'Speaking in Tokyo on Monday, Koizumi said his talks with Hegseth were productive.', ''],
  ['oct29', 'Koizumi met Hegseth in Singapore.', 'place:major'],
  ['oct29', 'The two ministers met in Japan.', ''],
  ['jan15ja', '小泉氏は東京でヘグセス氏と会談した。', 'place:major'],
  ['mar30ja', '両氏は東京で会談した。', ''],
  ['jan15ja', '小泉防衛相は防衛省（東京・市谷）でヘグセス氏と会談した。', 'place:major'],
  ['jan15ja', '小泉防衛相は米国防総省（ペンタゴン）でヘグセス氏と会談した。', ''],
  // the place check passes only when the venue agrees: a wrong venue is not rescued by its city
  ['oct29', 'Koizumi met Hegseth at the Prime Minister\'s Office in Tokyo.', 'place:major'],
  ['oct29', 'Koizumi met Hegseth at the Defense Ministry in Tokyo.', ''],
  ['oct29', 'Koizumi met Hegseth in Tokyo.', ''],
  ['jan15', 'Koizumi met Hegseth at the White House in Washington.', 'place:major'],
  ['mar30ja', '両氏は東京・首相官邸で会談した。', 'place:major'],
  ['mar30ja', '会談冒頭、握手する中谷防衛相とヘグセス米国防長官＝30日午前、首相官邸', 'place:major'],
  ['mar30ja', '会談冒頭、握手する中谷防衛相とヘグセス米国防長官＝30日午前、防衛省', ''],
  // participants
  ['jan15', 'Defense Minister Gen Nakatani and Hegseth held talks.', 'participant:major'],
  ['oct29', 'Koizumi held talks with Lloyd Austin.', 'participant:major'],
  ['jan15', 'Koizumi, who succeeded Gen Nakatani in October, met Hegseth.', ''],
  ['jan15ja', '中谷防衛相はヘグセス長官と会談した。', 'participant:major'],
  // titles: always minor, time-aware
  ['jan15', 'Secretary of Defense Pete Hegseth met Koizumi.', 'title:minor'],
  ['jan15', 'War Secretary Pete Hegseth met Koizumi.', ''],
  ['mar30', 'War Secretary Pete Hegseth met Nakatani.', 'title:minor'],
  ['mar30', 'Secretary of Defense Pete Hegseth met Nakatani.', ''],
  // numbers
  ['jan15', 'They confirmed that the allies had held five Defense Ministerial engagements over the past three months.', 'number:major'],
  ['jan15', 'They confirmed that the allies had held four Defense Ministerial engagements over the past three months.', ''],
  // commitment strength
  ['jan15', 'The two ministers signed a deal to jointly produce SM-3 Block IIA interceptors.', 'commitment:major'],
  ['jan15', 'They agreed to hold further talks on ramping up production of the Standard Missile-3 Block 2A.', ''],
  ['jan15', 'The ministers agreed to increase production of SM-3 Block IIA missiles.', 'commitment:major'],
  ['jan15', 'The ministers agreed to accelerate co-production of AMRAAM missiles.', ''],
  ['jan15', 'The ministers did not agree to produce SM-3 Block IIA missiles.', ''],
  ['oct29', 'Koizumi and Hegseth agreed to co-produce AMRAAM missiles.', 'commitment:major'],
  ['oct29', 'They welcomed progress on exploring co-production of AMRAAM.', ''],
  ['oct29', 'Koizumi welcomed Hegseth\'s pledge to speed up AMRAAM deliveries.', ''],
  ['jan15ja', '両氏はSM-3ブロックIIAの共同生産で合意した。', 'commitment:major'],
  ['jan15ja', '両氏はSM-3ブロックIIAの生産拡大に向けた議論を進めることで一致した。', ''],
  // a hyphenated compound reaches its item however it is spelt: the record only "exchanged views
  // regarding ... cooperation in counter-hypersonic technology"
  ['may4', 'The two agreed to jointly develop counter-hypersonic interceptors.', 'commitment:major'],
  ['may4', 'Kishi and Austin agreed to co-develop interceptors against hypersonic missiles.', 'commitment:major'],
  ['may4', 'The ministers signed a deal on counterhypersonic cooperation.', 'commitment:major'],
  ['may4', 'They discussed cooperation on counter hypersonic technology.', ''],
  ['may4', 'They exchanged views on counterhypersonic technology.', ''],
];

describe('field comparisons', () => {
  it.each(rows)('[%s] %s → %s', (meeting, sentence, expected) => {
    const { flags, meetingId } = flagsOf(meeting, sentence);
    expect(meetingId).not.toBeNull();
    expect(flags).toBe(expected);
  });

  it('gives every flag both sides, verbatim', () => {
    const text = `${MEETINGS.jan15.context} The ministers held two-hour talks. The two ministers signed a deal to jointly produce SM-3 Block IIA interceptors.`;
    const report = engine.analyze({ text, published: MEETINGS.jan15.published, source: 't', title: null });
    const record = bundledRecords.find((r) => r.id === report.meeting!.recordId)!;
    const official = record.paragraphs.map((p) => p.text).join('\n');
    const flags = report.claims.flatMap((c) => c.flags);
    expect(flags.length).toBeGreaterThanOrEqual(2);
    for (const f of flags) {
      expect(text).toContain(f.article);
      for (const piece of f.official.split(' … ')) expect(official).toContain(piece);
    }
  });

  it('marks a claim with a major flag as a conflict and quotes the official paragraph', () => {
    const text = `${MEETINGS.jan15.context} The ministers held two-hour talks.`;
    const claim = engine.analyze({ text, published: MEETINGS.jan15.published, source: 't', title: null }).claims.at(-1)!;
    expect(claim.verdict).toBe('conflict');
    expect(claim.evidence?.text).toContain('for approximately 50 minutes');
  });

  it('finds the English paragraph for a Japanese claim by its ideas, not only its names', () => {
    const { verdict } = flagsOf('jan15ja', '両閣僚は南西地域における日米の共同プレゼンスの拡大に向けた取り組みを確認した。');
    expect(verdict).toBe('supported');
  });

  it('supports a who-when-where claim that agrees with the opening sentence', () => {
    expect(flagsOf('jan15', 'Koizumi and Hegseth met in Washington on Thursday.').verdict).toBe('supported');
  });
});
