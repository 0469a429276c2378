// Rules made after reading the nine unseen pages of December 2026 (a bullet digest, a broadcaster's
// polite form, an Okinawa paper, a photo gallery, …), each tried on several phrasings written for
// it in English and Japanese: what a reader sees for a sentence after a sentence naming the meeting.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine';
import { bundledRecords } from '../../data/records';
import { gazetteer } from '../../data/gazetteer';
import { contextReader } from './after-context';

const engine = createEngine({ records: bundledRecords, gazetteer });

// July 29, 2024: 13時15分から約50分間, 防衛省 (the DoD readout: "in Tokyo"). October 19, 2024:
// 13時45分 (Naples) for 約35分間. October 29, 2025: 10:25 for 60 minutes at the MoD. January 15,
// 2026: approximately 50 minutes at the Pentagon. May 2, 2024: 11:53 in Hawaii for 45 minutes.
const MEETINGS = {
  jul29ja: { context: '木原防衛相は29日、オースティン国防長官と会談した。', published: '2024-07-29T18:00:00+09:00' },
  oct19ja: { context: '中谷防衛大臣は19日、アメリカのオースティン国防長官と会談しました。', published: '2024-10-19T22:00:00+09:00' },
  oct29ja: { context: '小泉防衛相は29日、防衛省でヘグセス戦争長官と会談した。', published: '2025-10-29T18:00:00+09:00' },
  oct29: { context: 'Defense Minister Shinjiro Koizumi met War Secretary Pete Hegseth at the Ministry of Defense in Tokyo on October 29.', published: '2025-10-29T12:00:00Z' },
  jan15: { context: 'Defense Minister Shinjiro Koizumi met War Secretary Pete Hegseth at the Pentagon on January 15.', published: '2026-01-16T02:00:00Z' },
  may2: { context: 'Defense Minister Minoru Kihara met Defense Secretary Lloyd Austin on May 2.', published: '2024-05-03T01:00:00Z' },
  may2ja: { context: '木原防衛相は2日、ハワイでオースティン国防長官と会談した。', published: '2024-05-03T09:00:00+09:00' },
  oct19: { context: 'Defense Minister Gen Nakatani met Defense Secretary Lloyd Austin in Naples on October 19.', published: '2024-10-19T20:00:00Z' },
  nov18: { context: 'Defense Minister Taro Kono met Defense Secretary Mark Esper in Bangkok on November 18.', published: '2019-11-19T03:00:00Z' },
  nov18ja: { context: '河野防衛相は18日、バンコクでエスパー米国防長官と会談した。', published: '2019-11-18T20:00:00+09:00' },
  // The DoD readout dates August 17, 2017 (a Thursday) "today", in Washington, with no start time.
  aug17: { context: 'Defense Secretary Jim Mattis met Japanese Defense Minister Itsunori Onodera on the sidelines of the 2+2.', published: '2017-08-18T09:00:00-04:00' },
  aug17ja: { context: 'マティス米国防長官は小野寺五典防衛相と2プラス2に合わせて会談した。', published: '2017-08-18T09:00:00+09:00' },
} as const;
type MeetingKey = keyof typeof MEETINGS;

const readAfter = contextReader(MEETINGS);

describe('another event as the subject of its own holding dates that event, not the meeting', () => {
  it.each([
    ['jul29ja', '前日の28日には外務・防衛担当閣僚会合（2プラス2）が都内で開かれ、統合軍司令部への改編方針が示された。'],
    ['oct29ja', '日米首脳会談は28日に東京で開かれた。'],
    ['oct29ja', '日米首脳会談が前日に行われ、同盟の強化で一致した。'],
    ['oct29', 'The Japan-U.S. summit was held on Tuesday in Tokyo.'],
    ['jan15', 'The 2+2 took place on January 14 at the State Department.'],
  ] as [MeetingKey, string][])('[%s] %s raises no flag and is not supported', (meeting, sentence) => {
    const read = readAfter(meeting, sentence);
    expect(read === 'none' || read === 'unverified').toBe(true);
  });
  it.each([
    ['jul29ja', '日米防衛相会談は28日、防衛省で行われた。', 'date:major'],
    ['jul29ja', '会談は28日に行われた。', 'date:major'],
    ['oct29', 'The meeting was held on Monday.', 'date:major'],
  ] as [MeetingKey, string, string][])('[%s] the meeting itself still: %s → %s', (meeting, sentence, flag) => {
    expect(readAfter(meeting, sentence)).toContain(flag);
  });
});

describe('a time "just after" the hour (すぎ, 過ぎ, shortly after) allows the minutes after it', () => {
  it.each([
    ['jul29ja', '会談は午後1時すぎに始まった。'],
    ['jul29ja', '両氏は29日午後1時過ぎ、防衛省で会談した。'],
    ['oct29ja', '会談は午前10時すぎから約1時間行われた。'],
    ['oct29', 'The talks began shortly after 10 a.m.'],
  ] as [MeetingKey, string][])('[%s] %s has no time conflict', (meeting, sentence) => {
    expect(readAfter(meeting, sentence)).not.toContain('time:major');
  });
  it.each([
    ['jul29ja', '会談は午後3時すぎに始まった。'],
    ['oct29ja', '会談は午後1時すぎから行われた。'],
    ['oct29', 'The talks began shortly after 2 p.m.'],
  ] as [MeetingKey, string][])('[%s] %s is still a time conflict', (meeting, sentence) => {
    expect(readAfter(meeting, sentence)).toContain('time:major');
  });
});

describe('a short meeting: a length more than two fifths off is another length', () => {
  it.each([
    ['oct19ja', '会談は、日本時間の19日夜、およそ50分間行われました。'],
    ['oct19ja', '両氏の会談は約50分間に及んだ。'],
    ['may2', 'The two ministers talked for about 70 minutes.'],
  ] as [MeetingKey, string][])('[%s] %s is a duration conflict', (meeting, sentence) => {
    expect(readAfter(meeting, sentence)).toContain('duration:major');
  });
  it.each([
    ['oct19ja', '会談は約40分間行われた。'],
    ['may2', 'The talks lasted about an hour.'],
    ['jan15', 'The meeting lasted 35 minutes.'],
    ['oct29', 'The two ministers talked for 45 minutes.'],
  ] as [MeetingKey, string][])('[%s] %s is close enough for no conflict', (meeting, sentence) => {
    expect(readAfter(meeting, sentence)).not.toContain('duration:major');
  });
});

describe('an article follows the other government\'s account only where it says no more than it', () => {
  // The MoD places July 29 at 防衛省; the DoD readout says "in Tokyo".
  it.each([
    '会談は外務省で行われた。',
    '両氏は29日、首相官邸で会談した。',
  ])('%s names another venue in Tokyo: a place conflict the readout\'s "in Tokyo" does not excuse', (sentence) => {
    expect(readAfter('jul29ja', sentence)).toContain('place:major');
  });
  it.each([
    '会談は東京で行われた。',
    '両氏は29日、防衛省で会談した。',
  ])('%s agrees with an account: no place conflict', (sentence) => {
    expect(readAfter('jul29ja', sentence)).not.toContain('place:major');
  });
});

describe('a day in Washington without a start time is that day or the next in Tokyo, never the one before', () => {
  it.each([
    ['aug17', 'The two met on Wednesday.'],
    ['aug17', 'Mattis and Onodera met on August 16.'],
    ['aug17ja', '両氏は16日に会談した。'],
  ] as [MeetingKey, string][])('[%s] %s is a date conflict', (meeting, sentence) => {
    expect(readAfter(meeting, sentence)).toContain('date:major');
  });
  it.each([
    ['aug17', 'The two met on Thursday.'],
    ['aug17ja', '両氏は17日（日本時間18日）に会談した。'],
    ['aug17ja', '両氏は日本時間18日に会談した。'],
  ] as [MeetingKey, string][])('[%s] %s is no date conflict', (meeting, sentence) => {
    expect(readAfter(meeting, sentence)).not.toContain('date:major');
  });
});

describe('a month alone in a plan does not pull a page off its meeting', () => {
  it.each([
    'The ministers also agreed that Japan and the United States will hold a "2+2" meeting in March.',
    'They plan to meet again in April.',
  ])('a January call page with "%s" still resolves to the call', (sentence) => {
    const text = `Japanese Defense Minister Nobuo Kishi and U.S. Defense Secretary Lloyd Austin held their first phone talks on Monday. ${sentence}`;
    const report = engine.analyze({ text, published: '2021-01-26T06:00:00-05:00', source: 'test', title: null });
    expect(report.meeting?.documents).toContain('mod-en-2021-01-24');
    expect(report.claims[0]!.flags.map((f) => `${f.field}:${f.severity}`)).toContain('date:major');
  });
});

describe('one word is one match: a concept and the broader ones it implies do not make two', () => {
  // May 2, 2024: "accelerate discussions on co-development, co-production, and co-sustainment through DICAS".
  it.each([
    ['may2', 'The ministers also signed a deal to begin co-producing missiles in Japan.'],
    ['may2', 'They agreed to co-produce missiles.'],
    ['may2ja', 'ミサイルの共同生産を年内に始めることで合意した。'],
  ] as [MeetingKey, string][])('[%s] %s shares one item with the record: never shown supported', (meeting, sentence) => {
    expect(readAfter(meeting, sentence)).not.toMatch(/^supported/);
  });
  it.each([
    ['may2', 'They agreed to speed up talks on co-development, co-production and co-sustainment through DICAS.'],
    ['may2ja', 'ＤＩＣＡＳを通じた共同開発・共同生産の議論を加速させることで一致した。'],
  ] as [MeetingKey, string][])('[%s] %s shares several: supported', (meeting, sentence) => {
    expect(readAfter(meeting, sentence)).toBe('supported');
  });
});

describe('a capital is a place: the wrong city of the right country is a place conflict', () => {
  it.each([
    ['oct19ja', '中谷防衛大臣は、訪れているイタリアのローマで、オースティン国防長官と会談しました。', 'place:major'],
    ['oct19', 'The two ministers met in Rome.', 'place:major'],
  ] as [MeetingKey, string, string][])('[%s] %s → %s', (meeting, sentence, flag) => {
    expect(readAfter(meeting, sentence)).toContain(flag);
  });
  it.each([
    ['oct19ja', '両氏はイタリアのナポリで会談した。'],
    ['oct19', 'The two ministers met in Italy.'],
  ] as [MeetingKey, string][])('[%s] %s has no place conflict', (meeting, sentence) => {
    expect(readAfter(meeting, sentence)).not.toContain('place:major');
  });
});

describe('a Japanese zero subject with a plain or causative verb of what was taken forward', () => {
  it.each([
    ['jul29ja', '日本に配備された米軍戦術戦闘機の更新で引き続き緊密に連携する。'],
    ['jul29ja', '米軍再編計画を着実に進展させる。'],
    ['may2ja', 'ＤＩＣＡＳを通じた共同生産などの議論を加速させる。'],
    ['may2ja', '指揮・統制の枠組み向上に関する議論も続ける。'],
    ['oct29ja', '地域のパートナーとの多国間協力を引き続き進めていく。'],
  ] as [MeetingKey, string][])('[%s] %s takes the meeting\'s subject and is supported', (meeting, sentence) => {
    expect(readAfter(meeting, sentence)).toBe('supported');
  });
  it.each([
    ['jul29ja', '中国は軍備増強を加速させている。'],
    ['jul29ja', '北朝鮮は核・ミサイル開発を続ける。'],
    ['oct29ja', '中国は東シナ海での活動を一段と進めている。'],
  ] as [MeetingKey, string][])('[%s] %s has a subject of its own: not a claim', (meeting, sentence) => {
    expect(readAfter(meeting, sentence)).toBe('none');
  });
});

describe('a photograph\'s caption and a region as where the meeting was', () => {
  // May 2, 2024: "in Hawaii" (a region in the gazetteer), 11:53 for about 45 minutes.
  it.each([
    "Japan's Defense Minister Minoru Kihara, left, and U.S. Defense Secretary Lloyd Austin shake hands in Hawaii on May 2, 2024.",
    'Kihara and Austin in Hawaii on May 2, 2024.',
    'Defense Minister Minoru Kihara and U.S. Defense Secretary Lloyd Austin met in Hawaii.',
    'The two defense chiefs talked for about 45 minutes, beginning shortly before noon local time.',
  ])('%s is supported by the opening', (sentence) => {
    expect(readAfter('may2', sentence)).toBe('supported');
  });
  it('a caption with the wrong day is still a date conflict', () => {
    expect(readAfter('may2', 'Austin and Kihara pose for photographers ahead of their meeting in Hawaii, May 1, 2024.')).toContain('date:major');
  });
  it.each([
    'Kihara and Austin met in Guam.',
    'The two ministers met in the southwestern region.',
    '両氏は南西地域で会談した。',
  ])('%s: a region other than the record\'s never raises a place flag, nor is it supported', (sentence) => {
    const read = readAfter(sentence.startsWith('両') ? 'may2ja' : 'may2', sentence);
    expect(read).not.toContain('place:');
    expect(read).not.toBe('supported');
  });
});

describe('a title of another kind of office for the date is a conflict; another name of the same office is minor', () => {
  it.each([
    ['nov18', 'When Foreign Minister Taro Kono sat down with Defense Secretary Mark Esper, the agenda looked familiar.'],
    ['nov18', 'Esper met Japanese Foreign Minister Taro Kono on Monday.'],
    ['nov18ja', '河野太郎外務大臣は18日、エスパー国防長官と会談した。'],
    ['nov18', 'Secretary of State Mark Esper met Kono on Monday.'],
  ] as [MeetingKey, string][])('[%s] %s → title:major', (meeting, sentence) => {
    expect(readAfter(meeting, sentence)).toContain('title:major');
  });
  it.each([
    ['jan15', 'Defense Secretary Pete Hegseth met Koizumi at the Pentagon.'],
    ['oct29', 'Secretary of Defense Pete Hegseth and Koizumi met on Wednesday.'],
  ] as [MeetingKey, string][])('[%s] %s → at most a minor title flag', (meeting, sentence) => {
    expect(readAfter(meeting, sentence)).not.toContain('title:major');
  });
});

describe('"told reporters afterwards" dates the telling; the words told may be the meeting\'s', () => {
  // October 29, 2025: approximately 60 minutes.
  it.each([
    'Koizumi told reporters afterwards: "We talked for about two hours and covered a lot of ground."',
    '3/ Hegseth said afterward: "We met for two and a half hours."',
  ])('%s → a duration conflict', (sentence) => {
    expect(readAfter('oct29', sentence)).toContain('duration:major');
  });
  it.each([
    'Koizumi told reporters afterwards: "We talked for about an hour."',
    'Koizumi afterwards met Prime Minister Sanae Takaichi for two hours.',
    'After the talks, Koizumi met reporters for 20 minutes.',
  ])('%s → no duration conflict', (sentence) => {
    expect(readAfter('oct29', sentence)).not.toContain('duration:major');
  });
});

describe('"N and a half hours" is read as a length', () => {
  it.each([
    ['Koizumi and Hegseth talked for two and a half hours.', 'duration:major'],
    ['The meeting ran one and a half hours.', 'duration:major'],
  ])('[oct29] %s → %s', (sentence, flag) => {
    expect(readAfter('oct29', sentence)).toContain(flag);
  });
  it('[jul29ja] a Japanese half hour still reads: 会談は1時間半に及んだ → duration conflict', () => {
    expect(readAfter('jul29ja', '会談は1時間半に及んだ。')).toContain('duration:major');
  });
});

describe('an activity (co-production, co-sustainment, training) is an item whose rung is compared', () => {
  // May 2, 2024: "accelerate discussions on co-development, co-production, and co-sustainment through DICAS".
  // October 29, 2025: "confirmed on expansion of bilateral joint presence …, including enhancement of … bilateral training".
  it.each([
    ['may2', 'The ministers also signed a deal to begin co-producing missiles in Japan.'],
    ['may2', 'Kihara and Austin agreed to co-produce missiles.'],
    ['may2ja', 'ミサイルの共同生産を年内に始めることで合意した。'],
    ['oct29', 'The two ministers signed an agreement on joint training in the southwestern region.'],
  ] as [MeetingKey, string][])('[%s] %s → commitment conflict', (meeting, sentence) => {
    expect(readAfter(meeting, sentence)).toContain('commitment:major');
  });
  it.each([
    ['may2', 'They agreed to accelerate discussions on co-production through DICAS.'],
    ['may2ja', 'ＤＩＣＡＳを通じた共同生産の議論を加速させることで一致した。'],
    ['may2ja', '共同生産の推進で一致した。'],
    ['oct29', 'They agreed to expand bilateral training in the southwestern region.'],
    ['oct29ja', '南西地域での共同訓練の拡充で一致した。'],
  ] as [MeetingKey, string][])('[%s] %s → no commitment conflict', (meeting, sentence) => {
    expect(readAfter(meeting, sentence)).not.toContain('commitment:major');
  });
});

describe('an activity agreed with a deadline the record does not set', () => {
  it.each([
    ['oct29ja', '県内の米軍施設を使った日米共同訓練を年内に倍増させることで合意した。'],
    ['oct29', 'They agreed to double joint training in the southwestern region by the end of the year.'],
  ] as [MeetingKey, string][])('[%s] %s → commitment conflict', (meeting, sentence) => {
    expect(readAfter(meeting, sentence)).toContain('commitment:major');
  });
  it.each([
    ['oct29ja', '南西地域での日米共同訓練の拡充を確認した。'],
    ['oct29', 'They agreed to expand joint training in the southwestern region, which began in earnest last year.'],
  ] as [MeetingKey, string][])('[%s] %s → no commitment conflict', (meeting, sentence) => {
    expect(readAfter(meeting, sentence)).not.toContain('commitment:major');
  });
});

describe('the participants of another event named in an outcome are that event\'s, not a third party at the meeting', () => {
  it.each([
    'They affirmed the strategic initiatives confirmed at the summit between President Joe Biden and Prime Minister Fumio Kishida.',
    "They affirmed the strategic initiatives to strengthen the alliance's deterrence that were confirmed at the April summit between President Joe Biden and Prime Minister Fumio Kishida.",
  ])('[may2] %s is supported', (sentence) => {
    expect(readAfter('may2', sentence)).toBe('supported');
  });
  it.each([
    'Kihara also met Prime Minister Fumio Kishida to report on the talks.',
    'Austin briefed President Joe Biden on the strategic initiatives.',
  ])('[may2] %s is someone else\'s meeting: never supported', (sentence) => {
    expect(readAfter('may2', sentence)).not.toBe('supported');
  });
});

describe('"phoned" and its kin say a call took place: its day is compared', () => {
  // September 14, 2017 (a Thursday): "spoke by phone … on the evening of 14 September", U.S. time, no start.
  const sep14 = contextReader({ en: { context: 'Defense Secretary Jim Mattis spoke with Japanese Defense Minister Itsunori Onodera after the launch.', published: '2017-09-15T18:00:00-04:00' } });
  it.each([
    'Mattis phoned Onodera on Wednesday evening.',
    'Mattis telephoned Onodera on September 13.',
  ])('%s → a date conflict', (sentence) => {
    expect(sep14('en', sentence)).toContain('date:major');
  });
  it.each([
    'Mattis phoned Onodera on Thursday evening.',
    'Mattis phoned Onodera on Friday, Tokyo time.',
    'The two condemned the launch North Korea carried out on Wednesday.',
  ])('%s → no date conflict', (sentence) => {
    expect(sep14('en', sentence)).not.toContain('date:major');
  });
});
