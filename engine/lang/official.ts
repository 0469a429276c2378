// Words of official texts that ingest reads to find the meeting in a document that is not a plain
// summary (U.S. readouts, visit reports, republications), in both languages, as data only.

/** Verbs saying a meeting or call took place ("met", "hosted", 会談). */
export const MEETING_VERBS = {
  en: ['met', 'meet', 'meets', 'held', 'hold', 'holds', 'had', 'hosted', 'hosts', 'spoke', 'speaks', 'talked', 'conducted'],
  /** A Japanese sentence states a meeting when it contains one of these. */
  ja: ['会談', '電話会談', 'テレビ会談', '会合', '意見交換'],
} as const;

/** A call rather than a meeting: "spoke by phone", "spoke with" (U.S. readouts), a "Call" title. */
export const CALL_PHRASES_EN: readonly RegExp[] = [/\b(?:spoke|speaks|talked)\s+(?:by\s+(?:tele)?phone\s+)?with\b/i, /\bspoke\s+by\s+(?:tele)?phone\b/i, /\b(?:phone\s+)?call\s+with\b/i];

/** A meeting held on the occasion of an event, whose venue the sentence does not name. */
export const OCCASION_CUES: readonly RegExp[] = [/\bon the (?:occasion|sidelines|margins?) of\b/i, /の(?:機会|際)に/u];

/** A heading naming a meeting with someone ("Meeting with U.S. Secretary of Defense James Mattis"). */
export const MEETING_HEADING_EN = ['meeting with', 'talks with', 'call with', 'telephone talk with'] as const;

/** Words that cut a sentence's meeting clause off from other meetings named after it. */
export const SEPARATE_MEETING_CUES = {
  en: ['separate', 'separately', 'in addition'],
  ja: ['また、', 'その後'],
} as const;

/** The start of a multi-meeting readout's paragraph on one meeting ("In his meeting with ..."). */
export const OWN_PARAGRAPH_LEADS_EN = ['in his meeting with', 'in her meeting with', 'in the meeting with', 'during his meeting with', 'during the meeting with', 'with minister', 'with defense minister'] as const;

/** "Today" in a readout: the day is the release date. */
export const TODAY = { en: ['today', 'this morning', 'this afternoon', 'this evening', 'tonight'], ja: ['本日'] } as const;

/** Words that make a preceding sentence's date carry over to the meeting sentence ("later met"). */
export const SAME_DAY_CUES = { en: ['later', 'then', 'afterwards', 'also', 'subsequently', 'same day'], ja: ['同日', 'その後', '続いて'] } as const;

/**
 * Lines a republisher puts just before the official text it reproduces ("リリースの内容はこちらの
 * 通り。", "発表内容は以下の通り。", "The full text follows:").
 */
export const REPUBLICATION_LEADS = {
  en: [/^(?:the )?(?:full )?text (?:of the (?:release|readout|statement) )?(?:follows|is as follows)[:.]?$/i, /^the following is the (?:full )?text/i],
  ja: [/^[^。]{0,24}(?:内容|リリース|発表|全文)[^。]{0,8}(?:以下|こちら|次)の(?:通り|とおり)[。:：]?$/u],
} as const;

/** A title line of an official page (a second release of the same call after an end mark). */
export const OFFICIAL_PAGE_TITLE: RegExp = /会談|会議|Ministerial|Meeting|Telephone|Call|Talks?\b|Readout/u;

/** Lines that close an official text (after which a republication's own page resumes). */
export const OFFICIAL_TEXT_ENDS = [/^[（(]\s*(?:了|以上|終)\s*[)）]$/u, /^\(?END\)?$/i] as const;

/**
 * Site furniture of reposted U.S. releases, e-mail bulletins and blogs, by whole line: banners
 * (".gov" notices, fund-raising headers), navigation, share and subscription footers.
 */
export const RELEASE_CHROME_LINES: readonly RegExp[] = [
  /^an official website of the united states government/i, /^here'?s how you know/i, /^official websites use \.gov/i,
  /^\.gov website belongs/i, /^secure \.gov websites use https/i, /^a lock \(/i, /^you have accessed part of a historical collection/i,
  /^immediate release$/i, /^news release$/i, /^press operations$/i, /^release$/i, /^left$/i, /^right$/i, /^view online$/i,
  /^u\.s\. department of defense$/i, /^military$/i, /^united24\b/i, /^newsletter$/i, /^join the .* mailing list$/i,
  /^unsubscribe\b/i, /^this email was sent to/i, /^no comments:?$/i, /^post a comment$/i, /^\|$/, /^https?:\/\/\S+$/i,
  /^(?:press advisories|releases|transcripts|speeches|publications|contracts|about|news|help center|press products|facebook|twitter|instagram|youtube)(?:\s{2,}\S.*)?$/i,
  /^\d{3,5} defense pentagon/i,
];

/**
 * A release line: the date a U.S. release carries, with what may precede it on the line
 * ("Release No. NR-007-18 January 08, 2018", "Monday, July 29, 2024").
 */
export const RELEASE_LINE_PREFIXES: readonly RegExp[] = [
  /^release no\.?\s*\S+\s+/i, /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+/i, /^(?:immediate release|for immediate release)[\s:,-]+/i,
];

/** Japanese words of time-zone notes: 「以下記載の日時については現地時間」. */
export const LOCAL_TIME_NOTE = { en: [/\(\s*local time\s*\)/i, /dates and times (?:below )?are local/i], ja: [/現地時間/u] } as const;

/** Zone abbreviations after a time ("14:30 (ChST)", "10 a.m. EDT") → IANA zone. */
export const ZONE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  JST: 'Asia/Tokyo', ChST: 'Pacific/Guam', EDT: 'America/New_York', EST: 'America/New_York', ET: 'America/New_York',
  HST: 'Pacific/Honolulu', SGT: 'Asia/Singapore', ICT: 'Asia/Bangkok', CEST: 'Europe/Rome', CET: 'Europe/Rome',
  PDT: 'America/Los_Angeles', PST: 'America/Los_Angeles', KST: 'Asia/Seoul', AEST: 'Australia/Sydney', MYT: 'Asia/Kuala_Lumpur',
};

/** Zone notes written out ("(U.S. Eastern time)", 「（日本時間）」). */
export const ZONE_NOTES: readonly { pattern: RegExp; zone: string }[] = [
  { pattern: /U\.?S\.? Eastern (?:Standard |Daylight )?time|Eastern (?:Standard |Daylight )?Time/i, zone: 'America/New_York' },
  { pattern: /Japan (?:Standard )?time|日本時間/iu, zone: 'Asia/Tokyo' },
  { pattern: /Guam time|グアム時間/iu, zone: 'Pacific/Guam' },
  { pattern: /Hawaii time|ハワイ時間/iu, zone: 'Pacific/Honolulu' },
];

/** Who published an account, by the words of its publisher or source address. */
export const ACCOUNT_OF_PUBLISHER: readonly { pattern: RegExp; account: 'japan-mod' | 'us-dod' }[] = [
  { pattern: /Department of Defense|Department of War|defense\.gov|war\.gov|\bDoD\b|Pentagon/i, account: 'us-dod' },
  { pattern: /Ministry of Defen[cs]e|防衛省|mod\.go\.jp/iu, account: 'japan-mod' },
];

/** A U.S. readout announces itself in its title or speaker line. */
export const READOUT_MARKERS_EN: readonly RegExp[] = [/^readout of\b/i, /provided the following readout/i];

/** A span of days stated for a visit or event ("From June 3rd to 4th", "May 3-5", 「5月2日から5月4日まで」). */
export const DAY_SPANS: readonly RegExp[] = [
  /\b(?:from\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|to)\s*\d{1,2}/i,
  /\bfrom\s+\w+\s+\d{1,2}(?:st|nd|rd|th)?\s+to\s+(?:\w+\s+)?\d{1,2}(?:st|nd|rd|th)?/i,
  /\d{1,2}月\d{1,2}日[^。]{0,8}から[^。]{0,4}\d{1,2}月?\d{1,2}日/u,
];

/** Titles for records of texts that carry none, by whose account, language and format. */
export const CANONICAL_TITLES = {
  'japan-mod': {
    en: {
      'in-person': 'Japan-U.S. Defense Ministerial Meeting (Summary)',
      telephone: 'Japan-U.S. Defense Ministerial Telephone Talk (Summary)',
      video: 'Japan-U.S. Defense Ministerial Video Teleconference (Summary)',
    },
    ja: { 'in-person': '日米防衛相会談（概要）', telephone: '日米防衛相電話会談（概要）', video: '日米防衛相テレビ会談（概要）' },
  },
  'us-dod': {
    en: {
      'in-person': "Readout of the Secretary of Defense's Meeting with Japan's Minister of Defense",
      telephone: "Readout of the Secretary of Defense's Call with Japan's Minister of Defense",
      video: "Readout of the Secretary of Defense's Video Call with Japan's Minister of Defense",
    },
    ja: {
      'in-person': '米国防長官と日本の防衛大臣の会談（米国防省発表）',
      telephone: '米国防長官と日本の防衛大臣の電話会談（米国防省発表）',
      video: '米国防長官と日本の防衛大臣のテレビ会談（米国防省発表）',
    },
  },
} as const;

/** A heading that starts another section of a visit report (another meeting, visit or speech). */
export const SECTION_HEADINGS: RegExp = /meeting|talks|会談|visit|訪問|speech|演説/iu;

// ---- the layout of a summary: header lines, body lines, paragraph labels (header.ts, paragraphs.ts) ----

/** Lines under or around the date that carry no content ("Ministry of Defense", 「英語版/English」). */
export const HEADER_BOILERPLATE = /^(?:(?:Japan\s+)?Ministry of Defen[cs]e(?:,?\s+Japan)?|防衛省|英語版|English|日本語|Japanese|英語版\s*[/／]\s*English|English\s*[/／]\s*英語版|日本語\s*[/／]\s*Japanese|Japanese\s*[/／]\s*日本語|Print|印刷|Page top|ページの先頭へ)$/iu;
/** A label some pages put before the document date: "Date: October 29, 2025", 「掲載日：…」. */
export const DATE_LABEL = /^(?:Date|Published|Released|Updated|Issued|掲載日|公開日|発表日|更新日)\s*[:：]\s*/iu;
/** A line giving the source address: "Source: https://…", 「出典：…」. */
export const SOURCE_LINE = /^(?:Source|URL|出典|出所)\s*[:：]\s*(https?:\/\/\S+)$/iu;
/** A title line of a ministerial summary. */
export const SUMMARY_TITLE_LINE = /Ministerial (?:Meeting|Telephone|Video|Talk)|\((?:Summary|Overview)\)|防衛相(?:電話|テレビ)?会談|[（(]概要[)）]/u;
/** Trailing lines that close a page rather than say anything. */
export const BODY_BOILERPLATE = /^(?:\(?(?:END|End|end)\)?|[（(]?以上[）)]?|（了）|\(了\)|Page top|Back to top|ページの先頭へ|ページトップへ)$/u;
/** A bullet marker at the start of a line. */
export const BULLET_MARKER = /^(?:[-*‐－]\s+|[–—•・○●◯▪■◆◇※]\s*)/u;
/** Katakana used as sub-item letters, in order: ア = a, イ = b, … */
export const KATAKANA_LETTERS = 'アイウエオカキクケコサシスセソタチツテトナニヌネノ';
/** How error messages show what a summary should have, in both languages. */
export const EXPECTED_EXAMPLES = {
  opening: 'the opening sentence "On <date>, ... held ..." (「<日付>…会談…」)',
  meetingDate: 'a meeting date in the opening sentence, such as "On October 29," or 「令和7年3月30日」',
  documentDate: 'a document date such as "January 15, 2026" or 「令和7年3月30日」',
} as const;

// ---- dates (dates.ts) ----

/** Japanese date: optional era year (元年 = 1) or Gregorian year, then month and day; `ERA` is the era alternation. */
export const JA_DATE_SOURCE = (ERA: string): string =>
  `(?:(${ERA})\\s*(元|\\d{1,2})\\s*年|(\\d{4})\\s*年)?\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日`;
/** The first year of an era, as written: 令和元年. */
export const ERA_FIRST_YEAR = '元';
/** Weekday in parentheses after a date: "(Thu)", "（木）", "(Thursday)". */
export const WEEKDAY_SUFFIX = /^\s*[(（]\s*(?:[月火水木金土日]|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?)\s*[)）]/iu;

// ---- the opening sentence (opening.ts) ----

/** How a Japanese opening that names no readable date starts: 「令和…」「同日」. */
export const JA_OPENING_START = /^(?:令和|平成|昭和|\d{1,2}\s*月|本日|同日)/u;
/** Morning and afternoon marks before a clock time. */
export const CLOCK_HALVES = { am: ['am', '午前'], pm: ['pm', '午後'] } as const;
/** English: the words that introduce a start time and its end, as regex source. */
export const START_WORDS_EN = ['from', 'at', 'starting at', 'beginning at', 'commencing at'] as const;
export const START_HEDGES_EN = ['around', 'about', 'approximately'] as const;
export const END_WORDS_EN = ['to', 'until', 'till', '-', '–'] as const;
/** "(local time)" after a clock time. */
export const LOCAL_TIME_EN = '\\(local time\\)';
/** Japanese start and end of a time range: 「午後2時30分から」「11時15分まで」. */
export const START_JA = /(午前|午後)?\s*(\d{1,2})\s*時\s*(?:(\d{1,2})\s*分|(半))?\s*(?:\(現地時間\)\s*)?(?:から|より|～|~|〜|頃|ごろ)/u;
export const END_JA = /^\s*(?:\(現地時間\)\s*)?(?:から|より|～|~|〜)?\s*(午前|午後)?\s*(\d{1,2})\s*時\s*(?:(\d{1,2})\s*分|(半))?\s*まで/u;
/** What follows the clock in START_JA: where the quoted clock phrase ends. */
export const START_JA_TAIL = /(?:\s*\(現地時間\))?\s*(?:から|より|～|~|〜|頃|ごろ)$/u;
/** "(local time)" / 「現地時間」 anywhere in the opening. */
export const LOCAL_TIME_MARK = /\(\s*local time\s*\)|現地時間/iu;
/** English hedges before a duration ("approximately 50 minutes", "just over an hour"). */
export const DURATION_HEDGES_EN = ['approximately', 'about', 'around', 'roughly', 'some', 'nearly', 'almost', 'approx\\.', 'just over', 'over', 'more than'] as const;
/**
 * Japanese durations, tried in order: 「約1時間30分」「約1時間半」 (hours, minutes, half), 「85分間」
 * (minutes), 「約50分」 (minutes).
 */
export const DURATIONS_JA = {
  hours: /約?\s*(\d+(?:\.\d+)?)\s*時間\s*(?:(\d{1,2})\s*分|(半))?/u,
  minutesSpan: /(?:約\s*)?(\d+)\s*分間/u,
  minutesAbout: /約\s*(\d+)\s*分/u,
} as const;
/** Characters a Japanese place name is written in (a run before において, にて …). */
export const JA_PLACE_RUN = '[\\u3400-\\u4dbf\\u4e00-\\u9fff\\u30a0-\\u30ffー・A-Za-z0-9Ａ-Ｚａ-ｚ０-９.．]+';

// ---- participants and their titles (participants.ts, roles.ts) ----

/** Characters a Japanese name or title is written in, and a run of them. */
export const JA_NAME_CHAR = /[\u3400-\u4dbf\u4e00-\u9fff\u30a0-\u30ffー・A-Za-zＡ-Ｚａ-ｚ]/u;
export const JA_NAME_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\u30a0-\u30ffー・A-Za-zＡ-Ｚａ-ｚ]+/gu;
/** Joining characters left at the end of a run: 「及び」「並びに」. */
export const JA_TRAILING_JOINERS = /[及並]+$/u;
/** How a Japanese title must end to be a person's title (acting included). */
export const JA_TITLE_END = /(?:大臣|長官|首相|大統領|司令官|議長|幕僚長)(?:代行|代理)?$/u;

/** Words that make up an English official title ("Defense Minister", "Secretary of War"). */
export const ROLE_WORDS_EN: ReadonlySet<string> = new Set([
  'defense', 'defence', 'minister', 'secretary', 'of', 'war', 'u.s.', 'us', 'japanese', "japan's",
  'japan', 'state', 'foreign', 'affairs', 'deputy', 'vice', 'vice-minister', 'parliamentary',
  'senior', 'chief', 'staff', 'joint', 'chairman', 'chiefs', 'prime', 'president', 'ambassador',
  'general', 'admiral', 'commander', 'united', 'states', 'american', 'australian', 'philippine',
  'korean', 'british', 'french', 'indian', 'for', 'national', 'and', 'the', 'acting',
]);

/** At least one of these must be in a title. */
export const ROLE_HEADS_EN: ReadonlySet<string> = new Set([
  'minister', 'secretary', 'president', 'ambassador', 'chief', 'chairman', 'commander', 'admiral',
  'general', 'vice-minister',
]);

/** Japanese title beginnings; the name is what precedes the title. */
export const ROLE_START_JA = /(?:米国?|豪州?|英国?|仏|比|韓国|印|独|加|新|NZ)?(?:内閣|副|総理|首相|大統領|国務|国防|戦争|防衛|外務|統合|司令|長官|大臣)/u;

/** Country a title points to, tried in order; the first pattern that matches decides. */
export const ROLE_COUNTRIES: readonly { pattern: RegExp; country: string }[] = [
  { pattern: /\bU\.?S\.?\b|United States|American|Secretary of (?:Defense|War)|(?:War|Defense) Secretary|^米|国防長官|戦争長官|国務長官/u, country: 'US' },
  { pattern: /Australian|^豪/u, country: 'AU' },
  { pattern: /Philippine|^比/u, country: 'PH' },
  { pattern: /Korean|ROK|^韓国/u, country: 'KR' },
  { pattern: /British|^英/u, country: 'GB' },
  { pattern: /French|^仏/u, country: 'FR' },
  { pattern: /Indian|^印/u, country: 'IN' },
  { pattern: /Japanese|Japan's|Minister|防衛大臣|防衛副大臣|防衛大臣政務官|外務大臣|総理大臣|首相/u, country: 'JP' },
];

/** A written title of Japan's defence minister, and of the U.S. defence secretary (acting included). */
export const JP_DEFENSE_MINISTER_ROLE = /Defen[cs]e Minister|Minister of Defen[cs]e|^Minister$|防衛大臣|防衛相/u;
export const US_DEFENSE_SECRETARY_ROLE = /Secretary of (?:Defense|War)|(?:Defense|War) Secretary|^Secretary$|国防長官|戦争長官/u;
