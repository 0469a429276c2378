// Japanese: the words and characters the engine and the ingest parser read, as data only.
import type { LanguageTables } from './tables';

export const ja = {
  months: {},
  weekdays: { 日: 0, 月: 1, 火: 2, 水: 3, 木: 4, 金: 5, 土: 6 },
  // First Gregorian year of each era: 令和元年 = 2019, so 令和7年 = 2025.
  eras: { 令和: 2019, 平成: 1989, 昭和: 1926 },
  numberUnits: { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 },
  numberTens: {},
  numberExtras: { 十: 10, 百: 100 },
  abbreviations: [],
  // ---- meeting sentences (claims.ts) ----
  meetingWords: ['会談', '会合', '会見', '協議', '電話', 'テレビ会議', 'テレビ会談', '面会', '訪問', '会い', '会った'],
  pairSubjects: ['会談は', '両氏', '両閣僚', '両者', '両国', '日米', '両大臣', '両防衛相', '両長官'],
  meetingSubjects: [],
  meetingEventVerbs: [],
  analysisCues: ['とみられる', '見られる', '可能性', 'かもしれない', '専門家', '見方', '分析', 'と指摘', 'ではないか', 'か。'],
  elsewhereCues: ['前回', '以前', '別途', '昨年', '来月', '来年', 'とも会談', 'とも会い'],
  futureCues: ['予定', 'する見通し', '方針'],
  reportingCues: ['と述べ', 'と語っ', '記者団', '明らかにした', '発表'],
  negationCues: ['せず', 'しなかった', '至らなかった', 'ない'],
  formerCues: ['前任', '後任', '元防衛', '前防衛', '元国防', '前国防', '前首相', '元首相'],
  locativesBefore: [],
  nationalQualifiers: [],
  eventLocatives: [],
  /** Particles after a place that make it where something happened (「防衛省で」「において」). */
  locativesAfter: ['で', 'において', 'にて', 'を訪', '内で', 'に到着'],
  // ---- the commitment ladder (commitment.ts), strongest rung first ----
  commitmentSigned: ['署名', '締結', '調印', '決定'],
  determiners: [],
  agreementNouns: [],
  commitmentSignedPhrases: [],
  commitmentAgreed: ['一致', '合意', '約束', '表明'],
  agreementComplements: [],
  commitmentAgreedPhrases: [],
  commitmentConfirmed: ['確認', '歓迎', '再確認', '強調'],
  commitmentExploring: ['検討', '議論を進め', '協議を進め', '協議していく'],
  commitmentDiscussed: ['意見交換', '議論し', '議論を行', '協議し'],
  // ---- times, durations and counts (quantities.ts) ----
  zoneWords: { 現地時間: 'local', 日本時間: 'japan' },
  zonesBeforeTime: ['現地時間', '日本時間'],
  noonWords: [],
  timeHedgesBefore: ['約', 'ごろ'],
  timeHedgesAfter: ['ごろ', '頃', '過ぎ'],
  durationHedges: ['約'],
  counters: ['発', '基', '隻', '機', '回', '件', '人', '億', '兆', '万', 'カ国', 'か国', 'ヵ国'],
  countStopwords: [],
  // ---- dates (dates.ts) ----
  relativeDays: { 一昨日: -2, おととい: -2, 昨日: -1, きのう: -1, 今日: 0, きょう: 0, 本日: 0 },
  monthPrefixes: [],
  weekdayPrefixes: [],
  // ---- comparisons (compare-meeting.ts, compare-people.ts) ----
  dateBoundariesBefore: [],
  /** Particles after a date that make it a bound (「15日まで」「29日以降」). */
  dateBoundariesAfter: ['まで', '以降', '以来'],
  qualifiersBeforeName: [],
  qualifiersAfterName: ['米', '日本の', '日本'],
} as const satisfies LanguageTables;
