// Which sentences are claims and how each is read, table-driven in English and Japanese: each row
// is a sentence an outlet might write after a meeting context sentence, and what the reader
// should see (the claim found or not, its verdict and flags).
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine';
import { bundledRecords } from '../../data/records';
import { gazetteer } from '../../data/gazetteer';
import { Knowledge } from '../../engine/knowledge';
import { extractClaims, type ClaimFacts } from '../../engine/claims';
import { splitSentences } from '../../engine/sentences';
import { scanText } from '../../engine/text/width';
import { contextReader } from './after-context';

const engine = createEngine({ records: bundledRecords, gazetteer });
const knowledge = new Knowledge(gazetteer);

/** The claims the engine reads from a text, with their facts. */
export function claimsOf(text: string): ClaimFacts[] {
  return extractClaims(scanText(text), splitSentences(text), knowledge.matcher.findAll(text), knowledge);
}

const MEETINGS = {
  may2: { context: 'Defense Minister Minoru Kihara met Defense Secretary Lloyd Austin in Hawaii on May 2.', published: '2024-05-03T01:00:00Z' },
  oct29: { context: 'Defense Minister Shinjiro Koizumi met War Secretary Pete Hegseth at the Ministry of Defense in Tokyo on October 29.', published: '2025-10-29T12:00:00Z' },
  jan15: { context: 'Defense Minister Shinjiro Koizumi met War Secretary Pete Hegseth at the Pentagon on January 15.', published: '2026-01-16T02:00:00Z' },
  oct29ja: { context: '小泉防衛相は29日、防衛省でヘグセス戦争長官と会談した。', published: '2025-10-29T18:00:00+09:00' },
  jul29ja: { context: '木原防衛相は29日、防衛省でオースティン国防長官と会談した。', published: '2024-07-29T18:00:00+09:00' },
  mar30ja: { context: '中谷防衛相は30日、防衛省でヘグセス国防長官と会談した。', published: '2025-03-30T15:00:00+09:00' },
} as const;
type MeetingKey = keyof typeof MEETINGS;

/** The claim read from the sentence after the context: "verdict flags", or "none" when it is not a claim. */
export const readAfter = contextReader(MEETINGS);

const notConflict = (result: string) => result !== 'none' && !result.startsWith('conflict');

describe('a month named May is a date, not the hedge "may"', () => {
  it.each([
    ['may2', 'Kihara and Austin agreed on May 2 to strengthen the alliance.'],
    ['may2', 'On May 2, the two ministers confirmed the importance of the alliance.'],
    ['may2', 'Kihara and Austin held talks in Hawaii on 2 May.'],
  ] as [MeetingKey, string][])('[%s] %s is a claim', (meeting, sentence) => {
    expect(readAfter(meeting, sentence)).not.toBe('none');
  });
  it.each([
    ['may2', 'Kihara may visit Washington later this year.'],
    ['may2', 'The two ministers may meet again in May.'],
  ] as [MeetingKey, string][])('[%s] %s is a hedge', (meeting, sentence) => {
    expect(readAfter(meeting, sentence)).toBe('none');
  });
});

describe('what 一致 governs: agreeing to advance is not agreeing to do', () => {
  it.each([
    ['oct29ja', '両氏はAMRAAMの共同生産の推進で一致した。'],
    ['oct29ja', '両氏はAMRAAMの共同生産を進めることで一致した。'],
    ['oct29ja', '両氏はAMRAAMの共同生産に向けた議論を深めることで一致した。'],
    ['oct29ja', '両氏はAMRAAMの共同生産の検討を進めることで合意した。'],
    ['oct29', 'The two ministers agreed to push ahead with joint production of AMRAAM missiles.'],
    ['oct29', 'Koizumi and Hegseth agreed to advance co-production of AMRAAM.'],
  ] as [MeetingKey, string][])('[%s] %s → no commitment conflict', (meeting, sentence) => {
    expect(notConflict(readAfter(meeting, sentence))).toBe(true);
  });
  it.each([
    ['oct29ja', '両氏はAMRAAMの共同生産で合意した。'],
    ['oct29', 'Koizumi and Hegseth agreed to co-produce AMRAAM missiles.'],
  ] as [MeetingKey, string][])('[%s] %s → still overstated', (meeting, sentence) => {
    expect(readAfter(meeting, sentence)).toContain('commitment:major');
  });
});

describe('来年度 (next fiscal year) is not 来年 (next year)', () => {
  it.each([
    ['oct29ja', '両氏は来年度からAMRAAMの共同生産を進めることで一致した。'],
    ['jul29ja', '両氏は来年度に在日米軍を統合軍司令部に改編することを歓迎した。'],
    ['oct29', 'The ministers confirmed that Japan would raise defense spending in the next fiscal year.'],
  ] as [MeetingKey, string][])('[%s] %s is about this meeting', (_meeting, sentence) => {
    expect(claimsOf(sentence).map((c) => c.elsewhere)).toEqual([false]);
  });
  it.each([
    '両氏は来年、ワシントンで再び会談する。',
    'The two ministers will meet again next year in Washington.',
  ])('%s points at another meeting', (sentence) => {
    expect(claimsOf(sentence).map((c) => c.elsewhere)).toEqual([true]);
  });
});

describe('a claim by its subject, whatever its verb', () => {
  it.each([
    'Koizumi told Hegseth that Japan would raise defense spending.',
    'Hegseth hailed Japan\'s plan to strengthen its defense capabilities.',
    'The two ministers expressed support for a free and open Indo-Pacific.',
    'Both governments opposed unilateral attempts to change the status quo by force.',
    'Japanese and U.S. defense chiefs noted the importance of the alliance.',
    'Tokyo and Washington plan to deepen cooperation on defense equipment.',
    'The talks focused on deterrence in the Indo-Pacific.',
    '両氏は日米同盟の抑止力・対処力を一層強化していくことを確認した。',
    '日米両政府は防衛装備・技術協力を推進する。',
    '両防衛相はインド太平洋地域の平和と安定に向けて連携する考えを示した。',
    '会談では、南西地域における日米の協力について意見を交わした。',
  ])('%s is a claim', (sentence) => {
    expect(claimsOf(sentence)).toHaveLength(1);
  });
  it.each([
    'Analysts said the two ministers would likely discuss China.',
    'China\'s foreign ministry said Koizumi\'s remarks were provocative.',
    'Koizumi might raise the issue of host-nation support.',
    'The weather in Washington was cold.',
    '[Shinjiro Koizumi/X]',
    '中国外務省の報道官は、小泉氏の発言に強く反対すると述べた。',
    '専門家は、両氏が中国への対応を協議した可能性があると分析する。',
  ])('%s is not a claim', (sentence) => {
    expect(claimsOf(sentence)).toHaveLength(0);
  });
});

describe('two tiers: meeting facts and outcomes', () => {
  it.each([
    ['Koizumi and Hegseth met at the Pentagon on January 15.', true],
    ['The talks lasted about 50 minutes.', true],
    ['Defense Minister Koizumi and War Secretary Hegseth at the Pentagon, January 15.', true],
    ['会談に臨む小泉防衛相（右）とヘグセス戦争長官＝15日、米国防総省', true],
    ['US War Secretary Pete Hegseth and Japanese Defense Minister Shinjiro Koizumi (L) shake hands in Washington, January 15.', true],
    ['Koizumi and Hegseth denounced China\'s drills around Taiwan on December 29.', false],
    ['The two ministers condemned North Korea\'s missile launch on Monday.', false],
    ['両氏は北朝鮮が12日に弾道ミサイルを発射したことを非難した。', false],
  ] as [string, boolean][])('%s → meeting fact: %s', (sentence, meeting) => {
    expect(claimsOf(sentence).map((c) => c.meeting)).toEqual([meeting]);
  });
  it.each([
    ['jan15', 'The two ministers condemned North Korea\'s missile launch on Monday.'],
    ['jan15', 'Koizumi and Hegseth denounced China\'s drills around Taiwan on December 29.'],
    ['oct29ja', '両氏は北朝鮮が27日に弾道ミサイルを発射したことを非難した。'],
    ['mar30ja', '両氏は中国軍が24日に行った演習に懸念を示した。'],
  ] as [MeetingKey, string][])('[%s] %s never gets a date flag', (meeting, sentence) => {
    expect(readAfter(meeting, sentence)).not.toContain('date:');
  });
  it('a caption with both ministers, a place and the wrong date is a date conflict', () => {
    expect(readAfter('jan15', 'Defense Minister Koizumi and War Secretary Hegseth at the Pentagon, January 12.')).toContain('date:major');
  });
});

describe('Japanese zero subjects take the previous claim\'s subject', () => {
  const page = (...sentences: string[]) => claimsOf(sentences.join(''));
  it.each([
    ['また、地域のパートナーとの協力を進めることで一致した。'],
    ['中国を念頭に、力による一方的な現状変更の試みに反対することを確認した。'],
    ['さらに、防衛装備・技術協力を加速する方針で一致した。'],
    ['南西地域での共同訓練を拡充する。'],
  ])('%s after a claim of the pair', (sentence) => {
    const claims = page('両氏は同盟の抑止力を強化することを確認した。', sentence);
    expect(claims).toHaveLength(2);
    expect(claims[1]).toMatchObject({ inherited: true, collective: true });
  });
  it('not when the sentence has a subject of its own', () => {
    expect(page('両氏は同盟の抑止力を強化することを確認した。', '中国は強く反発し、抗議することで一致した。')).toHaveLength(1);
  });
  it('not far from the last claim', () => {
    const filler = '天気は晴れだった。'.repeat(4);
    expect(page('両氏は同盟の抑止力を強化することを確認した。', filler, '協力を進めることで一致した。')).toHaveLength(1);
  });
  it('not in English, which always states its subject', () => {
    expect(claimsOf('The two ministers met. Agreed to deepen cooperation.')).toHaveLength(1);
  });
});

describe('date-aware roles', () => {
  const at = (text: string, date: string) => extractClaims(scanText(text), splitSentences(text), knowledge.matcher.findAll(text), knowledge, date);
  it.each([
    ['Onodera said the alliance was strong.', '2026-01-16', 0],
    ['Onodera said the alliance was strong.', '2018-01-09', 1],
    ['Nakatani said the alliance was strong.', '2025-03-31', 1],
    ['小野寺氏は同盟の重要性を強調した。', '2026-01-16', 0],
    ['小野寺氏は同盟の重要性を強調した。', '2017-08-18', 1],
  ] as [string, string, number][])('%s on %s → %i claims', (text, date, n) => {
    expect(at(text, date)).toHaveLength(n);
  });
});

describe('whose claim it is', () => {
  it.each([
    ['China\'s Defense Minister Dong Jun warned against Taiwan\'s independence. He met Austin on Friday for more than an hour.', 0],
    ['中国の董軍国防相は台湾独立に警告した。同氏はオースティン氏と会談した。', 0],
    ['Austin spoke at the forum. He met Kihara on Sunday.', 2],
    ['Kihara arrived in Singapore. Later, he met Austin for 30 minutes.', 2],
  ] as [string, number][])('%s → %i claims', (text, n) => {
    expect(claimsOf(text)).toHaveLength(n);
  });
  it.each([
    ['13:50 Austin-Kihara bilateral wraps up', 0],
    ['14:05 What Austin and Kihara agreed', 0],
    ['Austin and Kihara met at 12:30 p.m. on the sidelines.', 1],
  ] as [string, number][])('a clock time opening a live-blog line stamps the post: %s → %i times', (text, n) => {
    expect(claimsOf(text).flatMap((c) => c.times)).toHaveLength(n);
  });
});

describe('a meeting fact the record does not state is not "supported"', () => {
  // The record of May 4, 2022 gives no length; the one of October 29, 2025 does.
  const at = (text: string, published: string) => engine.analyze({ text, published, source: 'test', title: null }).claims.at(-1)!.verdict;
  it.each([
    ['Defense Minister Nobuo Kishi met Defense Secretary Lloyd Austin at the Pentagon on May 4. The meeting lasted about an hour, a Japanese official said.', '2022-05-05T01:00:00Z', 'unverified'],
    ['Defense Minister Nobuo Kishi met Defense Secretary Lloyd Austin at the Pentagon on May 4. The two ministers talked for about 90 minutes.', '2022-05-05T01:00:00Z', 'unverified'],
    ['Defense Minister Shinjiro Koizumi met War Secretary Pete Hegseth in Tokyo on October 29. The talks lasted about an hour.', '2025-10-29T12:00:00Z', 'supported'],
  ])('%s → %s', (text, published, verdict) => {
    expect(at(text, published)).toBe(verdict);
  });
});

describe('one of ours meeting another country\'s official is that other meeting', () => {
  it.each([
    ['may2', 'Austin also spoke with South Korean Defense Minister Shin Won-sik on Friday evening.'],
    ['may2', 'Kihara met Australia\'s defence minister Richard Marles on Saturday.'],
    ['oct29', 'Hegseth held talks with Philippine Defense Secretary Gilberto Teodoro on Thursday.'],
    ['jul29ja', 'オースティン氏は31日、フィリピンのテオドロ国防相と会談した。'],
    ['oct29ja', 'ヘグセス氏は27日、韓国国防相と電話で会談した。'],
  ] as [MeetingKey, string][])('[%s] %s gets no date flag', (meeting, sentence) => {
    const result = readAfter(meeting, sentence);
    expect(result).not.toContain('date:');
    expect(result.startsWith('supported')).toBe(false);
  });
  it('with both of our principals named it is still read against our meeting', () => {
    expect(readAfter('may2', 'Kihara and Austin met South Korean Defense Minister Shin Won-sik on May 5.')).toContain('date:major');
  });
});

describe('an item without a gazetteer entry is still compared on how firm it is', () => {
  // May 2, 2024: "concurred that … they will continue discussions to upgrade their respective command
  // and control frameworks"; July 29, 2024: 米軍再編計画を着実に進展させていくことで一致…代替施設の建設を含む、二国間の取組を加速させていくことを確認した.
  it.each([
    ['may2', 'Kihara and Austin agreed to set up a new joint headquarters to upgrade their command and control frameworks.'],
    ['may2', 'The two ministers signed an agreement to upgrade their respective command and control frameworks.'],
    ['may2', 'The ministers agreed to finish upgrading their command and control frameworks within a year.'],
    ['may2', 'Kihara and Austin signed an agreement to strengthen cooperation with like-minded regional partners, a step hard to imagine a year ago.'],
    ['jul29ja', '両氏は、辺野古における普天間飛行場代替施設の建設を2027年までに終えることで合意した。'],
    ['jul29ja', '両氏は、普天間飛行場代替施設の建設を含む二国間の取組について新たな文書に署名した。'],
    // January 15, 2026, 2(1): "welcomed tangible progress in the upgrade of U.S. Forces Japan" (the item opens the sentence).
    ['oct29ja', '両氏は、在日米軍の統合軍司令部への改編を来年3月までに完了させることで合意した。'],
  ] as [MeetingKey, string][])('[%s] %s is an overstated commitment', (meeting, sentence) => {
    expect(readAfter(meeting, sentence)).toContain('commitment:major');
  });
  it.each([
    ['may2', 'The ministers concurred that they will continue discussions to upgrade their command and control frameworks.'],
    ['may2', 'Kihara and Austin agreed to continue discussions on upgrading their command and control frameworks.'],
    ['jul29ja', '両氏は、米軍再編計画を着実に進展させていくことで一致した。'],
    ['jul29ja', '両氏は、普天間飛行場代替施設の建設を含む二国間の取組を加速させていくことを確認した。'],
    // Sharing only a region and a concept every outcome has is not the same item.
    ['jan15', 'The two agreed to steps aimed at bolstering deterrence in the Indo-Pacific.'],
    ['jan15', 'Koizumi and Hegseth pledged to strengthen cooperation across the Indo-Pacific region.'],
  ] as [MeetingKey, string][])('[%s] %s is as firm as the record', (meeting, sentence) => {
    expect(readAfter(meeting, sentence)).not.toContain('commitment');
  });
});

describe('a participant\'s own quoted words on a meeting fact', () => {
  // January 15, 2026: approximately 50 minutes; July 29, 2024: 13時15分から約50分間.
  it.each([
    ['jan15', '"We talked for about two hours," Koizumi told reporters.', 'conflict duration:major'],
    ['jan15', '"We had a great meeting — two hours, very productive," Hegseth said.', 'conflict duration:major'],
    ['jan15', 'Koizumi said: "We met for about 50 minutes and agreed on a great deal."', 'supported'],
    ['jul29ja', '木原氏は「オースティン長官とは1時間半ほど会談した」と述べた。', 'conflict duration:major'],
    ['jul29ja', '木原氏は記者団に「約50分間、率直に会談した」と語った。', 'supported'],
  ] as [MeetingKey, string, string][])('[%s] %s → %s', (meeting, sentence, expected) => {
    expect(readAfter(meeting, sentence)).toBe(expected);
  });
  it.each([
    ['jan15', 'Hegseth said: "That\'s a conversation between friends."'],
    ['jan15', '"It was a wonderful day," a Japanese diplomat said.'],
    ['jul29ja', '中国外務省の報道官は「日米は緊張をあおっている」と述べた。'],
  ] as [MeetingKey, string][])('[%s] %s is not a claim', (meeting, sentence) => {
    expect(readAfter(meeting, sentence)).toBe('none');
  });
  it('a quoted outcome is the speaker\'s wording: no commitment flag', () => {
    expect(readAfter('jan15', '"We signed a deal to co-produce SM-3 Block IIA missiles," Koizumi said.')).not.toContain('commitment');
  });
});

describe('a part of the day is a time: it agrees when the start falls in it', () => {
  // October 29, 2025 began at 10:25 in Tokyo; July 29, 2024 at 13時15分 in Tokyo.
  it.each([
    ['oct29', 'The two ministers met in the afternoon.'],
    ['oct29', 'The meeting started just before two in the afternoon.'],
    ['oct29', 'The two ministers sat down in the afternoon, after Hegseth accompanied President Donald Trump.'],
    ['jul29ja', '会談は同日午前に行われた。'],
    ['jul29ja', '両氏は29日午前、防衛省で会談した。'],
  ] as [MeetingKey, string][])('[%s] %s is a time conflict', (meeting, sentence) => {
    expect(readAfter(meeting, sentence)).toContain('time:major');
  });
  it.each([
    ['oct29', 'The two ministers met in the morning.'],
    ['oct29', 'Koizumi and Hegseth met on Wednesday morning.'],
    ['oct29', 'The meeting started at about ten in the morning.'],
    ['oct29', 'Koizumi met President Donald Trump in the afternoon.'],
    ['jul29ja', '会談は同日午後に行われた。'],
    ['jul29ja', '両氏は29日午後1時過ぎ、防衛省で会談した。'],
  ] as [MeetingKey, string][])('[%s] %s is no time conflict', (meeting, sentence) => {
    expect(readAfter(meeting, sentence)).not.toContain('time:major');
  });
});

describe('the time of an event around the meeting is not its start', () => {
  it.each([
    ['jul29ja', '会談後、共同記者会見に臨む木原防衛相とオースティン国防長官＝29日午前、防衛省'],
    ['oct29', 'After the talks, Koizumi and Hegseth spoke to reporters at 4 p.m.'],
    ['oct29', 'Ahead of the meeting, the two ministers reviewed an honor guard at 9 a.m.'],
  ] as [MeetingKey, string][])('[%s] %s gets no time flag', (meeting, sentence) => {
    expect(readAfter(meeting, sentence)).not.toContain('time:');
  });
});
