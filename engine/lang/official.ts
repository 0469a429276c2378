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
