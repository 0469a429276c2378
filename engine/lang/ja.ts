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
  compoundPrefixes: [],
  // ---- meeting sentences (claims.ts) ----
  meetingWords: ['会談', '会合', '会見', '協議', '電話', 'テレビ会議', 'テレビ会談', '面会', '訪問', '会い', '会った'],
  aroundMeetingCues: ['会談後', '会談前', '会談に先立ち', '会談に先立って', '会談の後', '会談の前', '会談を終え'],
  sequenceWords: ['の後', '後に', 'の前に', 'に先立ち', 'に先立って'],
  quoteSpeakerCues: ['と述べ', 'と語っ', 'と強調', 'と説明', 'と話し', 'と明らかに', 'と記者団'],
  firstPersonPlural: ['我々', '私たち', 'われわれ'],
  pairSubjects: ['両氏', '両閣僚', '両者', '両国', '日米', '両大臣', '両防衛相', '両長官', '日米両政府', '両政府'],
  meetingSubjects: ['会談は', '会談では', '会談で', '協議では', '会合では', '電話会談では', '会談後'],
  meetingEventVerbs: [],
  analysisCues: ['とみられる', '見られる', '可能性', 'かもしれない', '専門家', '見方', '分析', 'と指摘', 'ではないか', 'か。'],
  elsewhereCues: ['前回', '以前', '別途', '昨年', '来月', '来年', 'とも会談', 'とも会い', 'この後', 'このあと', '会談後に', '次いで'],
  fiscalYearWords: ['来年度', '昨年度', '今年度', '本年度', '年度'],
  tellingAfterwards: [],
  heldEventMarkers: ['開いた', '開き', '開催し', '出席し', '参加し'],
  /** The main verb of a clause whose subject is the event (「首脳会談は…開かれた」「2プラス2が…開かれ、」). */
  eventHeldPassive: ['開かれた', '開かれ', '開催された', '開催され', '行われた', '行われ'],
  futureCues: ['予定', '見通し', '方針', '方向で調整', '調整している', '調整中', '意向'],
  futureEndings: ['する', 'します', 'へ', '予定', '予定だ', '予定です', '見通し', '見通しだ', '方針', '方針だ', '意向', '調整', '調整している', '見込み', '見込みだ'],
  outcomePredicates: [
    '一致', '合意', '確認', '申し合わせ', '方針', '議論した', '議論を行', '推進する', '加速する', '拡充する', '強化する',
    '歓迎', '強調', '表明', '協議した', '意見交換', '意見を交わ', '反対する', '懸念',
    // plain and causative verbs of what was taken forward (「議論を加速させる」「議論も続ける」), and
    // noun-final bullets (「…で引き続き緊密に連携」「…取り組みを加速」)
    '加速させる', 'を加速', '進展させる', '進める', '進めていく', '続ける', '深める', '緊密に連携', '連携していく', '連携する', '取り組んでいく',
  ],
  topicMarkers: ['は', 'が', 'も'],
  pronounSubjects: ['同氏は', '同氏が', '彼は', '彼女は'],
  topicHeads: ['の報道官', 'の当局者', '氏', '長官', '大臣', '相', '省', '政府', '報道官', '当局'],
  tellingWords: ['記者会見', '記者団', '会見で', '閣議後', 'インタビュー', '講演', '取材に'],
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
  commitmentExploring: [
    '検討', '議論を進め', '協議を進め', '協議していく', '議論を進展', '議論を深め', '協議を深め', '検討を進め', '検討を加速',
    '議論を加速',
  ],
  commitmentDiscussed: ['意見交換', '議論し', '議論を行', '協議し'],
  /** 「共同生産の推進で一致」「協力を進めることで一致」: agreed to advance, not agreed to do. */
  signingVerbs: ['署名', '調印', '締結'],
  deadlineCues: ['年内', '年度内', '月内', '今年中', '本年中', '年度中', 'までに'],
  timeLimitWords: ['まで', '年度', '年内', '月内', '期限', '末'],
  advanceCues: ['推進', '促進', '進める', '進めて', '進めていく', '前進', '進展'],
  // ---- times, durations and counts (quantities.ts) ----
  zoneWords: { 現地時間: 'local', 日本時間: 'japan' },
  zonesBeforeTime: ['現地時間', '日本時間'],
  noonWords: [],
  /** 「同日午前」「29日午後」: after a day, with no hour. */
  partsOfDay: { 午前: [0, 720], 午前中: [0, 720], 午後: [720, 1440], 夕方: [960, 1140], 未明: [0, 300], 深夜: [1320, 1440] },
  hourOfDayWords: {},
  timeHedgesBefore: ['約', 'ごろ'],
  timeHedgesAfter: ['ごろ', '頃', '過ぎ', 'すぎ'],
  durationHedges: ['約', 'およそ', 'おおよそ'],
  timeRangeParticles: ['から', 'より'],
  morningWords: ['午前'],
  afternoonWords: ['午後'],
  clockHourMarks: ['時'],
  clockMinuteMarks: ['分'],
  halfHourWords: ['半'],
  lengthMarks: ['間'],
  durationHedgesAfter: {
    余り: 'more than', あまり: 'more than', 以上: 'more than', 超: 'more than', 弱: 'nearly', 近く: 'nearly',
    ほど: 'about', 程度: 'about',
  },
  counters: ['発', '基', '隻', '機', '回', '件', '人', '億', '兆', '万', 'カ国', 'か国', 'ヵ国'],
  countStopwords: [],
  // ---- dates (dates.ts) ----
  relativeDays: { 一昨日: -2, おととい: -2, 昨日: -1, きのう: -1, 今日: 0, きょう: 0, 本日: 0 },
  monthPrefixes: [],
  weekdayPrefixes: [],
  /** 令和元年 = the era's year one. */
  firstYearWords: ['元'],
  yearSuffixes: ['年'],
  monthSuffixes: ['月'],
  daySuffixes: ['日'],
  /** 木曜日, 木曜 (and 15日（木） with the weekday alone in brackets). */
  weekdaySuffixes: ['曜日', '曜'],
  /** 「15日間」 is a duration and 「日本」 is Japan, not the 15th or a day. */
  notDayAfter: ['間', '本'],
  // ---- comparisons (compare-meeting.ts, compare-people.ts) ----
  dateBoundariesBefore: [],
  /** Particles after a date that make it a bound (「15日まで」「29日以降」). */
  dateBoundariesAfter: ['まで', '以降', '以来'],
  eventDateLinks: ['の'],
  eventParticipantLinks: [],
  qualifiersBeforeName: [],
  qualifiersAfterName: ['米', '日本の', '日本'],
  // ---- item actions across languages (compare-substance.ts) ----
  /** Japanese action words → the English stem of the action ("生産" ~ "produ"ction). */
  actionStems: {
    生産: 'produ', 製造: 'produ', 配備: 'deplo', 開発: 'devel', 取得: 'acqui', 調達: 'acqui', 維持整備: 'susta',
    供給: 'deliv', 納入: 'deliv', 輸出: 'expor', 移転: 'expor', 訓練: 'train', 演習: 'train', 増加: 'incre',
    増産: 'incre', 拡大: 'incre', 協力: 'coope',
  },
  actionStopwords: [],
  growthStems: [],
  // ---- official summaries (ingest/opening.ts) ----
  summaryMeetingWords: ['会談', '会議', '会合', '意見交換'],
  summaryMeetingVerbs: [],
  videoFormatWords: ['テレビ会談', 'テレビ会議', 'ビデオ会談', 'ビデオ会議', 'オンライン'],
  telephoneFormatWords: ['電話会談', '電話会議', '電話'],
  notPlaceWords: [],
  venueMarkers: ['において', 'にて', 'で'],
  visitMarkers: ['を訪問中', 'を訪問'],
  looseVenueMarkers: ['で'],
  captionConnectives: [],
  captionMarkers: ['(右)', '(左)', '(中央)', '(中)', '='],
  // ---- page reading (utils/page-reader) ----
} as const satisfies LanguageTables;

/** Japanese only: a part of the day counts after a day (「同日午前」), not as half of a clock time (「午前10時」). */
export const jaPartOfDay = {
  /** What a part of the day must follow. */
  after: '日',
  /** Digits that, right after it, make it the half of a clock time. */
  clockDigits: '\\d０-９一二三四五六七八九十',
} as const;

/** Japanese only: the clause of an event held (「首脳会談は…開かれた」「会合（2プラス2）が…開かれ、」). */
export const jaHeldClause = {
  /** Particles that make the event the clause's subject. */
  subjectParticles: 'はが',
  /** Marks that end the clause, so the verb is its main one and not a relative clause's. */
  clauseEnds: '、。',
  /** Full-width brackets around a short form after the event's name. */
  open: '（', close: '）',
};
