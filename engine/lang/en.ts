// English: the words the engine and the ingest parser read, as data only.
import type { LanguageTables } from './tables';

export const en = {
  months: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
    july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
    november: 11, nov: 11, december: 12, dec: 12,
  },
  weekdays: { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 },
  eras: {},
  numberUnits: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
    eighteen: 18, nineteen: 19,
  },
  numberTens: { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 },
  numberExtras: { a: 1, an: 1, hundred: 100, dozen: 12, half: 0.5 },
  abbreviations: [
    'u.s', 'u.k', 'u.n', 'mr', 'mrs', 'ms', 'dr', 'gen', 'adm', 'lt', 'col', 'maj', 'capt', 'sgt', 'sen',
    'rep', 'gov', 'pres', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
    'dec', 'no', 'nos', 'vs', 'e.g', 'i.e', 'st', 'jr', 'sr', 'inc', 'corp', 'co', 'd.c', 'a.m', 'p.m',
    'approx', 'est', 'dept', 'mt', 'ft', 'cmdr',
  ],
  compoundPrefixes: ['counter', 'anti'],
  // ---- meeting sentences (claims.ts) ----
  meetingWords: [
    'met', 'meet', 'meets', 'meeting', 'talks', 'held talks', 'held discussions', 'held a meeting', 'held a call',
    'held a phone call', 'held a video call', 'held consultations', 'discussions', 'spoke', 'phone call', 'telephone',
    'call', 'video conference', 'videoconference', 'sat down', 'roundtable', 'bilateral', 'hosted', 'hosts',
    'received', 'greeted', 'sit-down', 'huddled', 'talked for', 'talked with', 'spoke for', 'sit down', 'sits down',
    'phoned', 'phones', 'telephoned', 'rang', 'talked by phone', 'talked by telephone',
  ],
  aroundMeetingCues: [
    'after the talks', 'after the meeting', 'after their meeting', 'after their talks', 'before the talks',
    'before the meeting', 'ahead of the talks', 'ahead of the meeting', 'ahead of their meeting', 'ahead of their talks',
  ],
  sequenceWords: ['after', 'before', 'following', 'ahead of', 'prior to'],
  quoteSpeakerCues: ['said', 'says', 'told', 'tells', 'added', 'recalled', 'stressed', 'quote', 'in remarks', 'in a clip'],
  firstPersonPlural: ['we', "we've", "we're"],
  /** Subjects that stand for both ministers. */
  pairSubjects: [
    'the two', 'both sides', 'both ministers', 'both men', 'both officials', 'both leaders', 'both defense chiefs',
    'both countries', 'both nations', 'the ministers', 'the defense chiefs', 'the defence chiefs', 'the allies',
    'the pair', 'they', 'tokyo and washington', 'washington and tokyo', 'japan and the u.s.', 'japan and the us',
    'japan and the united states', 'the u.s. and japan', 'the us and japan', 'the united states and japan',
    'both governments', 'the two governments', 'the two sides', 'japanese and u.s. defense chiefs',
    'japanese and american defense chiefs', 'u.s. and japanese defense chiefs', 'japanese and u.s. defense ministers',
    'u.s. and japanese defense ministers', 'the japanese and u.s. officials', 'the two allies', 'the allies\' defense chiefs',
  ],
  /** "The talks lasted …": the meeting itself as subject, with one of meetingEventVerbs. */
  meetingSubjects: ['the meeting', 'the talks', 'the discussion', 'the discussions', 'the session', 'the call', 'the conversation'],
  meetingEventVerbs: ['began', 'started', 'lasted', 'ran', 'took place', 'was held', 'were held', 'ended', 'will be held', 'is scheduled', 'focused', 'covered', 'produced', 'yielded'],
  /** Analysis, hedges and questions: not a claim of fact. */
  analysisCues: [
    'analyst', 'analysts', 'expert', 'experts', 'observers', 'critics', 'commentators', 'could', 'might', 'may',
    'perhaps', 'likely', 'suggest', 'suggests', 'suggested', 'signal', 'signals', 'signaling', 'signalling',
    'signaled', 'signalled', 'appear to', 'appears to', 'seem to', 'seems to', 'expected to', 'interpreted',
    'speculate', 'speculates', 'speculated', 'speculating', 'speculation', 'speculative', 'whether', '?',
  ],
  /** An earlier, later or separate meeting. */
  elsewhereCues: [
    'previously', 'earlier this year', 'last met', 'first met', 'previous meeting', 'previous talks', 'separately',
    'also met', 'later met', 'in their previous', 'in a previous', 'last year', 'next month', 'next year', 'upcoming',
    'planned', 'will travel', 'went on to', 'afterwards', 'after the talks',
  ],
  /** After a telling ("told reporters afterwards"), when the telling was: not another event. */
  tellingAfterwards: ['afterwards', 'afterward', 'after the talks', 'after the meeting', 'after the call', 'later'],
  fiscalYearWords: ['fiscal year', 'fiscal years'],
  heldEventMarkers: ['held', 'convened', 'hosted', 'attended', 'chaired'],
  /** Right after an event's name, the event as subject of its own holding ("the 2+2 was held …"). */
  eventHeldPassive: ['was held', 'were held', 'is held', 'will be held', 'took place', 'was convened', 'opened', 'is scheduled', 'was scheduled'],
  futureCues: ['will', 'is to', 'are to', 'plan to', 'plans to', 'scheduled to', 'set to', 'next week', 'tomorrow', 'due to meet', 'to meet'],
  futureEndings: [],
  outcomePredicates: [],
  topicMarkers: [],
  pronounSubjects: ['he', 'she', 'his', 'her'],
  topicHeads: [],
  tellingWords: ['reporters', 'press conference', 'news conference', 'briefing', 'interview', 'speaking', 'in remarks', 'in a statement', 'in a post'],
  /** The telling of a fact: its date and place are the telling's. */
  reportingCues: ['told', 'tells', 'said', 'says', 'tweeted', 'posted', 'wrote', 'announced', 'briefed', 'according to', 'recalled', 'reported'],
  negationCues: ['not', 'no', 'never', 'failed to', 'without', 'declined to', 'refused to', 'did not', "didn't", "won't"],
  /** Someone named as no longer (or not yet) in office. */
  formerCues: ['former', 'predecessor', 'succeeded', 'succeeding', 'replaced', 'replacing', 'then-', 'ex-', 'successor', 'late'],
  /** Words before a place that make it where something happened ("in Tokyo", "at the Pentagon"). */
  locativesBefore: ['in', 'at', 'inside', 'near', 'outside'],
  nationalQualifiers: ['U.S.', 'US', 'Japanese', "Japan's"],
  /** Before an event: where it happened ("on the sidelines of the Shangri-La Dialogue"). */
  eventLocatives: ['at', 'during', 'on the sidelines of'],
  locativesAfter: [],
  // ---- the commitment ladder (commitment.ts), strongest rung first ----
  commitmentSigned: [
    'signed', 'signing', 'sign', 'inked', 'ink', 'struck', 'strike', 'sealed', 'seal', 'clinched', 'finalised',
    'finalized', 'finalise', 'finalize', 'concluded',
  ],
  /** Words that may follow a signing verb as part of the cue ("signed a new deal"). */
  determiners: ['a', 'an', 'the', 'new'],
  agreementNouns: ['deal', 'agreement', 'accord', 'contract', 'pact', 'memorandum', 'arrangement'],
  commitmentSignedPhrases: ['decided to', 'decide to', 'deal to', 'agreement to', 'contract to', 'pact to'],
  commitmentAgreed: [
    'agreed', 'agree', 'agreeing', 'concurred', 'concur', 'pledged', 'pledge', 'vowed', 'vow', 'committed', 'commit',
    'promised', 'promise',
  ],
  agreementComplements: ['to', 'that', 'on'],
  commitmentAgreedPhrases: ['will', 'plan to', 'plans to', 'set to'],
  commitmentConfirmed: [
    'confirmed', 'confirm', 'reaffirmed', 'reaffirm', 'affirmed', 'reiterated', 'welcomed', 'welcome', 'endorsed',
    'underscored', 'stressed', 'emphasised', 'emphasized', 'recognised', 'recognized',
  ],
  commitmentExploring: [
    'explore', 'explored', 'exploring', 'consider', 'considered', 'considering', 'study', 'studied', 'studying',
    'look into', 'looked into', 'looking into', 'advance discussion', 'advance discussions', 'advancing discussion',
    'advancing discussions', 'further talks', 'further discussion', 'further discussions', 'talk on', 'talk about',
    'talk to', 'talks on', 'talks about', 'talks to', 'discussion on', 'discussion about', 'discussion to',
    'discussion toward', 'discussion towards', 'discussions on', 'discussions about', 'discussions to',
    'discussions toward', 'discussions towards', 'discussed the necessity of', 'discussed the possibility of',
    'discussed the need of', 'work toward', 'have consultations', 'hold consultations', 'consultations on',
    'consult on', 'consult with each other on',
  ],
  commitmentDiscussed: [
    'discussed', 'discuss', 'exchanged views', 'exchanged candid views', 'candidly exchanged', 'talked about',
    'touched on', 'raised',
  ],
  signingVerbs: ['signed', 'signing', 'sign', 'inked', 'ink'],
  deadlineCues: [
    'within a year', 'within one year', 'within two years', 'within three years', 'within months', 'within weeks',
    'within the year', 'within a month', 'within six months', 'by the end of', 'by year-end', 'by year end',
    'by the year\'s end', 'no later than', 'by next year', 'by next spring', 'by next summer', 'by next fall',
    'by next autumn', 'by next winter', 'by spring', 'by summer', 'by autumn', 'by fall', 'by winter',
    'by 2024', 'by 2025', 'by 2026', 'by 2027', 'by 2028', 'by 2029', 'by 2030', 'by 2035', 'by january',
    'by february', 'by march', 'by april', 'by may', 'by june', 'by july', 'by august', 'by september',
    'by october', 'by november', 'by december', 'deadline',
  ],
  timeLimitWords: ['by', 'within', 'until', 'deadline', 'fiscal year', 'FY', 'no later than', 'end of'],
  advanceCues: [
    'advance', 'advancing', 'promote', 'promoting', 'push ahead with', 'pushing ahead with', 'press ahead with',
    'pressing ahead with', 'move forward with', 'moving forward with', 'push forward', 'pushing forward',
  ],
  // ---- times, durations and counts (quantities.ts) ----
  /** Words naming the zone of a clock time, and which zone they mean. */
  zoneWords: {
    'local time': 'local', 'japan time': 'japan', 'japan standard time': 'japan', 'tokyo time': 'japan',
    'washington time': 'us-eastern', 'eastern time': 'us-eastern', 'eastern standard time': 'us-eastern',
    'eastern daylight time': 'us-eastern', et: 'us-eastern', est: 'us-eastern', edt: 'us-eastern', jst: 'japan',
    gmt: 'utc', utc: 'utc',
  },
  /** Zone words that may also stand before the time ("Tokyo time 9 a.m."). */
  zonesBeforeTime: ['japan time', 'tokyo time', 'washington time', 'local time'],
  noonWords: ['noon', 'midday'],
  partsOfDay: {
    'in the morning': [300, 720], 'this morning': [300, 720], 'that morning': [300, 720],
    'in the afternoon': [720, 1080], 'this afternoon': [720, 1080], 'that afternoon': [720, 1080],
    'in the evening': [1020, 1380], 'this evening': [1020, 1380], 'that evening': [1020, 1380],
    'monday morning': [300, 720], 'tuesday morning': [300, 720], 'wednesday morning': [300, 720],
    'thursday morning': [300, 720], 'friday morning': [300, 720], 'saturday morning': [300, 720], 'sunday morning': [300, 720],
    'monday afternoon': [720, 1080], 'tuesday afternoon': [720, 1080], 'wednesday afternoon': [720, 1080],
    'thursday afternoon': [720, 1080], 'friday afternoon': [720, 1080], 'saturday afternoon': [720, 1080], 'sunday afternoon': [720, 1080],
  },
  hourOfDayWords: { "o'clock": false, 'in the morning': false, 'in the afternoon': true, 'in the evening': true, 'at night': true },
  /** Words before a clock time that make it approximate, and (Japanese) after it. */
  timeHedgesBefore: ['about', 'around', 'approximately', 'roughly', 'shortly after', 'shortly before', 'just after', 'just before', 'some time after'],
  timeHedgesAfter: [],
  /** Words before a length that widen or bound it ("about an hour", "more than two hours"). */
  durationHedges: [
    'about', 'around', 'approximately', 'approx.', 'roughly', 'nearly', 'almost', 'some', 'close to', 'more than',
    'over', 'just over', 'just under', 'less than', 'under', 'at least', 'barely', 'a little over', 'a little under',
  ],
  timeRangeParticles: [],
  morningWords: [],
  afternoonWords: [],
  clockHourMarks: [],
  clockMinuteMarks: [],
  halfHourWords: [],
  lengthMarks: [],
  durationHedgesAfter: {},
  /** Counter words after a number (Japanese); English counts any noun. */
  counters: [],
  /** Words that end the noun phrase a number counts ("four of the …"). */
  countStopwords: ['of', 'the', 'and', 'or', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'a', 'an', 'more', 'than', 'percent'],
  // ---- dates (dates.ts) ----
  /** Days counted from the publication date. */
  relativeDays: { yesterday: -1, today: 0, tonight: 0, 'the day before': -1 },
  /** Words before a month alone that make it a time reference ("last October"). */
  monthPrefixes: ['in', 'last', 'this', 'since', 'early', 'late', 'mid', 'mid-', 'until'],
  weekdayPrefixes: ['on', 'last', 'this', 'next', 'from', 'since'],
  firstYearWords: [],
  yearSuffixes: [],
  monthSuffixes: [],
  daySuffixes: [],
  weekdaySuffixes: [],
  notDayAfter: [],
  // ---- comparisons (compare-meeting.ts, compare-people.ts) ----
  /** Words before a date that make it a bound, not the meeting's day ("since Monday"). */
  dateBoundariesBefore: ['since', 'until', 'by', 'before', 'after', 'ahead of', 'through'],
  dateBoundariesAfter: [],
  eventDateLinks: ["'s", '’s'],
  /** After another event's name, the words that introduce its participants ("the summit between Biden and Kishida"). */
  eventParticipantLinks: ['between', 'with', 'of', 'by', 'among', 'held by', 'hosted by'],
  /** Words that may stand between an office and a name ("Defense Minister, the Japanese Koizumi"). */
  qualifiersBeforeName: ['the', 'U.S.', 'US', 'American', 'Japanese', "Japan's", 'Japan', 'then', 'new'],
  qualifiersAfterName: ['the', 'U.S.', 'US', 'Japanese', "Japan's"],
  // ---- item actions across languages (compare-substance.ts) ----
  actionStems: {},
  /** Words of an item phrase that say nothing about the action itself. */
  actionStopwords: [
    'the', 'and', 'to', 'of', 'in', 'on', 'for', 'with', 'a', 'an', 'such', 'as', 'more', 'jointly', 'joint',
    'further', 'substantially', 'hold', 'talks', 'discussion', 'advance', 'including', 'under', 'deal', 'agreement',
    'signed', 'agreed', 'confirmed', 'welcomed', 'exploring', 'progress', 'missile', 'missiles', 'efforts',
    'ministers', 'two', 'they',
  ],
  /** Stems of growth words that count as one action: "ramp up", "expand", "boost" ~ "increase". */
  growthStems: ['ramp', 'expan', 'boost', 'incre'],
  // ---- official summaries (ingest/opening.ts) ----
  /** Words of an opening sentence that says a meeting took place. */
  summaryMeetingWords: ['held', 'met', 'hold', 'had', 'conducted', 'talk', 'talks', 'meeting', 'conference', 'discussion', 'discussions', 'telecon'],
  /** Without a leading "On <date>", the opening must say someone met: a title only names a meeting. */
  summaryMeetingVerbs: ['held', 'met', 'had', 'conducted', 'talked', 'spoke'],
  videoFormatWords: [
    'video conference', 'video-conference', 'videoconference', 'video teleconference', 'video-teleconference',
    'videoteleconference', 'video call', 'video meeting', 'online meeting',
  ],
  telephoneFormatWords: ['telephone', 'telecon', 'teleconference', 'phone call', 'phone talk', 'phone conversation'],
  /** Capitalised words that name an event or a person, never a place (matched as written). */
  notPlaceWords: ['Meeting', 'Conference', 'Talk', 'Talks', 'Dialogue', 'Summit', 'Minister', 'Secretary', 'Telecon'],
  /** Words before (English) or after (Japanese) the place of the meeting, and of a visit. */
  venueMarkers: ['at', 'in'],
  visitMarkers: ['visit to', 'visiting', 'trip to'],
  /** Venue markers too loose to name a place the gazetteer does not know. */
  looseVenueMarkers: [],
  captionConnectives: ['and', 'at', 'in', 'on', 'the', 'of', 'with', 'during', 'before', 'after', 'a', 'an', 'outside', 'inside', 'near', 'minister', 'secretary'],
  captionMarkers: ['(L)', '(R)', '(C)', '(left)', '(right)', '(center)', '(centre)', '(file photo)', '(photo)', ', left,', ', right,', ', center,', ', centre,'],
  // ---- page reading (utils/page-reader) ----
} as const satisfies LanguageTables;
