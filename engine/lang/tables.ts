// The shape every language's table file fills in (engine/lang/en.ts, engine/lang/ja.ts): data
// only, one entry per surface form, so that the logic files hold no words of any language.

export interface LanguageTables {
  /** Month names and abbreviations → month number. */
  months: Readonly<Record<string, number>>;
  /** Day-of-week names → 0 (Sunday) … 6. */
  weekdays: Readonly<Record<string, number>>;
  /** Era names → the Gregorian year of the era's first year (令和元年 = 2019). */
  eras: Readonly<Record<string, number>>;
  /** Number words and numerals that stand for themselves (one…nineteen, 一…九). */
  numberUnits: Readonly<Record<string, number>>;
  /** Tens words combined with a unit ("seventy-five"); empty where numerals combine by rule. */
  numberTens: Readonly<Record<string, number>>;
  /** Other counting words ("a", "dozen", "half"; 十, 百 as multipliers). */
  numberExtras: Readonly<Record<string, number>>;
  /** Words a period follows without ending the sentence ("Gen.", "U.S."). */
  abbreviations: readonly string[];
  /** Word-initial prefixes of closed compounds: a name may start after one ("counterhypersonic"). */
  compoundPrefixes: readonly string[];
  meetingWords: readonly string[];
  /** An event just before or after the meeting ("after the talks", 「会談後」): its clock time is not the meeting's. */
  aroundMeetingCues: readonly string[];
  /** Words that make a person's event the time reference of another ("after Hegseth joins Trump", 「首脳会談の後」). */
  sequenceWords: readonly string[];
  /** Words that say the speaker of a quotation ("Koizumi said", 「と述べた」). */
  quoteSpeakerCues: readonly string[];
  /** First-person subjects inside a quotation: the speaker and the counterpart together ("we"). */
  firstPersonPlural: readonly string[];
  pairSubjects: readonly string[];
  meetingSubjects: readonly string[];
  meetingEventVerbs: readonly string[];
  analysisCues: readonly string[];
  elsewhereCues: readonly string[];
  /** Fiscal-year words that contain an elsewhere cue but name a budget period (来年度 is not 来年). */
  fiscalYearWords: readonly string[];
  /** Words before (English) or after (Japanese) an event that make it what was held (「2プラス2を開いた」): another meeting. */
  tellingAfterwards: readonly string[];
  heldEventMarkers: readonly string[];
  eventHeldPassive: readonly string[];
  futureCues: readonly string[];
  /** Endings of a Japanese sentence or headline that put it in the future (「会談する」「会談へ」). */
  futureEndings: readonly string[];
  /** Predicates of an outcome (一致, 確認, 推進する): a Japanese sentence with one and no subject takes the last claim's. */
  outcomePredicates: readonly string[];
  /** Words that make a sentence's subject a topic of its own (「中国は」): no zero subject to fill. */
  topicMarkers: readonly string[];
  /** Pronoun subjects ("He met Austin", 「同氏は」) that stand for the person the sentence before led with. */
  pronounSubjects: readonly string[];
  /** Words between a named subject and its topic marker (「中国外務省の報道官は」). */
  topicHeads: readonly string[];
  /** The occasion of a telling ("told reporters", 「記者会見で」): a date next to it is the telling's. */
  tellingWords: readonly string[];
  reportingCues: readonly string[];
  negationCues: readonly string[];
  formerCues: readonly string[];
  locativesBefore: readonly string[];
  nationalQualifiers: readonly string[];
  eventLocatives: readonly string[];
  locativesAfter: readonly string[];
  commitmentSigned: readonly string[];
  determiners: readonly string[];
  agreementNouns: readonly string[];
  commitmentSignedPhrases: readonly string[];
  commitmentAgreed: readonly string[];
  agreementComplements: readonly string[];
  commitmentAgreedPhrases: readonly string[];
  commitmentConfirmed: readonly string[];
  commitmentExploring: readonly string[];
  commitmentDiscussed: readonly string[];
  /** Words that make an agreement one to advance something (「〜の推進で一致」): at most "confirmed". */
  advanceCues: readonly string[];
  /** Signing a document: a distinct event, so signing where the record agreed is overstated. */
  signingVerbs: readonly string[];
  /** A deadline an article puts on an outcome ("within a year", 「年内に」, 「までに」). */
  deadlineCues: readonly string[];
  /** Any wording of the record that may set a time limit, read loosely so that a stated one is never missed. */
  timeLimitWords: readonly string[];
  zoneWords: Readonly<Record<string, 'local' | 'japan' | 'us-eastern' | 'utc'>>;
  zonesBeforeTime: readonly string[];
  noonWords: readonly string[];
  /** A part of the day, and the clock window it spans in minutes after midnight ("in the afternoon", 「午前」 alone). */
  partsOfDay: Readonly<Record<string, readonly [number, number]>>;
  /** Words after an hour in words that make it a clock time ("two in the afternoon"), and whether it is after noon. */
  hourOfDayWords: Readonly<Record<string, boolean>>;
  timeHedgesBefore: readonly string[];
  timeHedgesAfter: readonly string[];
  durationHedges: readonly string[];
  /** Particles between a clock time and its zone (「10時から（現地時間）」). */
  timeRangeParticles: readonly string[];
  /** Words before a clock time for the morning and the afternoon (午前, 午後). */
  morningWords: readonly string[];
  afternoonWords: readonly string[];
  /** Marks after a number for the hour and the minute (2時50分), and a half hour (1時間半). */
  clockHourMarks: readonly string[];
  clockMinuteMarks: readonly string[];
  halfHourWords: readonly string[];
  /** The mark after an hour or minute that makes it a length (時間, 分間). */
  lengthMarks: readonly string[];
  /** Words after a length that bound or widen it (「50分以上」 more than, 「50分弱」 nearly). */
  durationHedgesAfter: Readonly<Record<string, 'more than' | 'nearly' | 'about'>>;
  counters: readonly string[];
  countStopwords: readonly string[];
  relativeDays: Readonly<Record<string, number>>;
  monthPrefixes: readonly string[];
  weekdayPrefixes: readonly string[];
  /** The word for an era's first year (令和元年). */
  firstYearWords: readonly string[];
  /** Marks after a number that make it a year, month, day (2025年1月15日) or weekday (木曜日). */
  yearSuffixes: readonly string[];
  monthSuffixes: readonly string[];
  daySuffixes: readonly string[];
  weekdaySuffixes: readonly string[];
  /** Characters after a day mark that make it another word (「15日間」 a duration, 「日本」). */
  notDayAfter: readonly string[];
  dateBoundariesBefore: readonly string[];
  dateBoundariesAfter: readonly string[];
  /** Words between a date and the event it dates ("Monday's summit", 「28日の首脳会談」): the date is that event's. */
  eventParticipantLinks: readonly string[];
  eventDateLinks: readonly string[];
  qualifiersBeforeName: readonly string[];
  qualifiersAfterName: readonly string[];
  actionStems: Readonly<Record<string, string>>;
  actionStopwords: readonly string[];
  growthStems: readonly string[];
  summaryMeetingWords: readonly string[];
  summaryMeetingVerbs: readonly string[];
  videoFormatWords: readonly string[];
  telephoneFormatWords: readonly string[];
  notPlaceWords: readonly string[];
  venueMarkers: readonly string[];
  visitMarkers: readonly string[];
  looseVenueMarkers: readonly string[];
  /** Marks of a photo caption: who stands where ("(L)", 「（右）」) and the caption's date-and-place tail (「＝30日、防衛省」). */
  captionMarkers: readonly string[];
  /** The only lowercase words of a verbless English caption ("Koizumi and Hegseth at the Pentagon, Jan. 15."). */
  captionConnectives: readonly string[];
}
