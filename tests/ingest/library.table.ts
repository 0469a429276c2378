// What a person reads in each official text of the record library (../shared/official, copied
// into data/sources, the refused ones into tests/fixtures/official-refused), read by hand and not
// by the ingest code. library-table.test.ts ingests every text as `npm run ingest` does and checks
// the record against its row, and each refusal's reason.
//
// Conventions: `date` is the meeting day in `zone` (local at the venue; U.S. readouts give U.S.
// Eastern dates unless they place the meeting); names are as the meeting sentence writes them
// (family name contained) with the title written there; `place` is the gazetteer id of the most
// specific venue the text names; `complete` is the copy's state (sources.json), `partial` the
// record's (a record of one section is whole when the copy's gap falls in a later section).
export interface LibraryRow {
  file: string;
  outcome: 'record' | 'refused';
  /** The reason ingest gives without --date (or always, for refused texts). */
  refusal?: 'no-date' | 'no-day' | 'ambiguous-year' | 'no-minister-meeting';
  /** The date a person supplies with --date; the record then says it was supplied. */
  supplyDate?: string;
  date?: string;
  dateBasis?: 'stated' | 'document-date' | 'release-date' | 'office-terms' | 'supplied';
  zone?: string | null;
  format?: 'in-person' | 'telephone';
  start?: string | null;
  durationMinutes?: number | null;
  /** "about/approx./約" in the duration. */
  approximate?: boolean;
  place?: string | null;
  japan?: { name: string; role: string };
  us?: { name: string; role: string };
  acting?: boolean;
  account: 'japan-mod' | 'us-dod';
  publisher: string;
  url: string | null;
  complete: boolean;
  partial?: boolean;
  /** The document's date line (a U.S. release date), or null. */
  published?: string | null;
  notes: string;
}

const MOD_JDF = 'Ministry of Defense (Japan), Japan Defense Focus (MoD\'s English periodical)';
const MOD = 'Ministry of Defense (Japan)';
const MOD_JA = 'Ministry of Defense (Japan) (防衛省)';
const J_DEFENSE = 'Ministry of Defense (Japan), republished by J-Defense News (イカロス出版)';
const DOD = 'U.S. Department of Defense';

export const LIBRARY: LibraryRow[] = [
  { file: '2015-04-28_mod-en_summary_en.txt', outcome: 'record', refusal: 'ambiguous-year', supplyDate: '2015-04-28',
    date: '2015-04-28', dateBasis: 'supplied', zone: 'America/New_York', format: 'in-person', start: null, durationMinutes: null,
    place: 'body/us-dow', japan: { name: 'Nakatani', role: 'Minister' }, us: { name: 'Carter', role: 'Secretary of Defense' },
    account: 'japan-mod', publisher: MOD_JDF, url: 'http://www.mod.go.jp/e/jdf/no65/topics.html', complete: false, partial: true, published: null,
    notes: 'visit report; the meeting is section 4 "(April 28th)"; no year anywhere: Nakatani and Carter both held office on April 28 of 2015 and 2016; the 2+2 in New York (with the foreign ministers) and the summit are other meetings' },
  { file: '2017-02-04_mod-en_summary_en.txt', outcome: 'record',
    date: '2017-02-04', dateBasis: 'office-terms', zone: 'Asia/Tokyo', format: 'in-person', start: '09:15', durationMinutes: 85, approximate: true,
    place: 'body/jp-mod', japan: { name: 'Inada', role: 'Minister of Defense' }, us: { name: 'Mattis', role: 'U.S. Secretary of Defense' },
    account: 'japan-mod', publisher: MOD_JDF, url: 'http://www.mod.go.jp/e/jdf/no86/leaders.html', complete: false, partial: true, published: null,
    notes: 'no year: only 2017 has Inada and Mattis both in office on February 4; "9:15am", "approx. 85 minutes", "at the MOD"' },
  { file: '2017-06-03_mod-en_summary_en.txt', outcome: 'record', refusal: 'no-day', supplyDate: '2017-06-03',
    date: '2017-06-03', dateBasis: 'supplied', zone: 'Asia/Singapore', format: 'in-person', start: null, durationMinutes: null,
    place: 'event/shangri-la-dialogue', japan: { name: 'Inada', role: 'Minister of Defense' }, us: { name: 'Mattis', role: 'U.S. Secretary of Defense' },
    account: 'japan-mod', publisher: MOD_JDF, url: 'http://www.mod.go.jp/e/jdf/no90/specialfeature.html', complete: false, partial: true, published: null,
    notes: 'the summit ran "From June 3rd to 4th"; the section "Meeting with U.S. Secretary of Defense James Mattis" never states its day; the Japan-U.S.-Australia section is another meeting; the venue is the Shangri-La Dialogue (Singapore), named only as the summit' },
  { file: '2017-08-17_dod_readout_en.txt', outcome: 'record', refusal: 'no-date', supplyDate: '2017-08-17',
    date: '2017-08-17', dateBasis: 'supplied', zone: 'America/New_York', format: 'in-person', start: null, durationMinutes: null,
    place: null, japan: { name: 'Onodera', role: 'Japanese Defense Minister' }, us: { name: 'Mattis', role: 'Secretary of Defense' },
    account: 'us-dod', publisher: DOD, url: 'https://dod.defense.gov/News/News-Releases/News-Release-View/Article/1282053/readout-of-secretary-mattis-meeting-with-japanese-defense-minister-itsunori-ono/', complete: true, partial: false, published: null,
    notes: '"Today" with no release date in the copy; no place ("on the sidelines of" the SCC)' },
  { file: '2017-09-14_dod_readout_en.txt', outcome: 'record',
    date: '2017-09-14', dateBasis: 'document-date', zone: 'America/New_York', format: 'telephone', start: null, durationMinutes: null,
    place: null, japan: { name: 'Onodera', role: 'Minister of Defense' }, us: { name: 'Mattis', role: 'Secretary of Defense' },
    account: 'us-dod', publisher: DOD, url: 'https://www.defense.gov/News/News-Releases/News-Release-View/Article/1313583/readout-of-secretary-mattis-call-with-japan-minister-of-defense-itsunori-onodera/', complete: true, partial: false, published: '2017-09-15',
    notes: '"spoke by phone ... on the evening of 14 September" under the release line "September 15, 2017": the U.S. evening is the Japanese morning of the 15th' },
  { file: '2018-01-08_dod_readout_en.txt', outcome: 'record',
    date: '2018-01-08', dateBasis: 'release-date', zone: 'America/New_York', format: 'telephone', start: null, durationMinutes: null,
    place: null, japan: { name: 'Onodera', role: 'Japan Minister of Defense' }, us: { name: 'Mattis', role: 'Secretary of Defense' },
    account: 'us-dod', publisher: 'U.S. Department of Defense, Press Operations (reposted by GlobalSecurity.org)', url: 'https://www.globalsecurity.org/military/library/news/2018/01/mil-180108-dod01.htm', complete: true, partial: false, published: '2018-01-08',
    notes: '"spoke with ... today" under "Release No. NR-007-18 January 08, 2018"; the UNITED24 banner, the defense.gov link and the newsletter footer are the repost\'s' },
  { file: '2019-01-16_dod_readout_en.txt', outcome: 'record', refusal: 'no-date', supplyDate: '2019-01-16',
    date: '2019-01-16', dateBasis: 'supplied', zone: 'America/New_York', format: 'in-person', start: null, durationMinutes: null,
    place: null, japan: { name: 'Iwaya', role: 'Japanese Minister of Defense' }, us: { name: 'Shanahan', role: 'Acting Secretary of Defense' }, acting: true,
    account: 'us-dod', publisher: 'U.S. Department of Defense (reposted by EIN Presswire)', url: 'https://www.einpresswire.com/article/473844357/readout-of-acting-secretary-of-defense-patrick-m-shanahan-meeting-with-defense-minister-takeshi-iwaya-of-japan', complete: true, partial: false, published: null,
    notes: '"met with ... today" and no release date in the copy; "today\'s attack in Manbij, Syria" is another event' },
  { file: '2019-01-16_mod-en_summary_en.txt', outcome: 'record',
    date: '2019-01-16', dateBasis: 'stated', zone: 'America/New_York', format: 'in-person', start: '14:05', durationMinutes: 90, approximate: true,
    place: 'body/us-dow', japan: { name: 'Iwaya', role: 'Minister' }, us: { name: 'Shanahan', role: 'Acting Secretary of Defense' }, acting: true,
    account: 'japan-mod', publisher: MOD, url: 'https://www.mod.go.jp/en/article/2019/01/3119e20e01da26f7fd13ab79d845c8d993ae19d6.html', complete: false, partial: true, published: '2019-01-16',
    notes: '"from 14:05 pm for about 90 minutes at the Department of Defense"; the opening says "Minister Iwaya" (the title line "Defense Minister Iwaya")' },
  { file: '2019-06-04_dod_readout_en.txt', outcome: 'refused', refusal: 'no-minister-meeting',
    account: 'us-dod', publisher: DOD, url: 'https://dod.defense.gov/News/News-Releases/News-Release-View/Article/1866261/readout-of-acting-secretary-of-defense-patrick-m-shanahans-meetings-in-japan/', complete: false,
    notes: 'one readout of meetings with Abe, Iwaya, Kono and Suga; the copy stops inside the paragraph on Abe, before any paragraph on Iwaya' },
  { file: '2019-08-07_dod_readout_en.txt', outcome: 'refused', refusal: 'no-minister-meeting',
    account: 'us-dod', publisher: DOD, url: 'https://www.defense.gov/News/Releases/Release/Article/1928922/readout-of-secretary-of-defense-mark-t-espers-meetings-in-japan/', complete: false,
    notes: 'one readout of meetings with Abe, Iwaya, Suga and Sato; the copy stops inside the paragraph on Abe' },
  { file: '2019-11-18_mod-en_summary_en.txt', outcome: 'record',
    date: '2019-11-18', dateBasis: 'stated', zone: null, format: 'in-person', start: null, durationMinutes: null,
    place: null, japan: { name: 'Kono', role: 'Minister' }, us: { name: 'Esper', role: 'Secretary' },
    account: 'japan-mod', publisher: 'Japan Ministry of Defense', url: 'https://www.mod.go.jp/en/d_act/exc/area/docs/2019/20191118_j-usa.html', complete: false, partial: true, published: '2019-11-18',
    notes: '"On November 18 2019" (no comma); only "on the occasion of the ADMM-Plus": the text names no city (it was Bangkok), so the record has no place and no zone rather than a guessed one' },
  { file: '2020-08-29_dod_readout_en.txt', outcome: 'record',
    date: '2020-08-29', dateBasis: 'office-terms', zone: 'Pacific/Guam', format: 'in-person', start: null, durationMinutes: null,
    place: 'place/guam', japan: { name: 'Kono', role: 'Japanese Defense Minister' }, us: { name: 'Esper', role: 'Secretary of Defense' },
    account: 'us-dod', publisher: 'U.S. Department of Defense (reposted by MarketScreener)', url: 'https://www.marketscreener.com/news/Readout-of-Secretary-of-Defense-Mark-T-Esper-s-Meeting-With-Japanese-Defense-Minister-Taro-Kono--31197980/?utm_medium=RSS&utm_content=20200829', complete: false, partial: true, published: null,
    notes: '"08/29/2020 | 06:05am EDT" is the repost\'s time, not a date line of the release; "On August 29 ... hosted ... in Guam" has no year: only 2020 has Esper and Kono both in office; the "2018 Singapore Summit" is another event' },
  { file: '2021-01-24_dod_readout_en.txt', outcome: 'record', refusal: 'no-date', supplyDate: '2021-01-23',
    date: '2021-01-23', dateBasis: 'supplied', zone: 'America/New_York', format: 'telephone', start: null, durationMinutes: null,
    place: null, japan: { name: 'Kishi', role: 'Japanese Defense Minister' }, us: { name: 'Austin', role: 'Secretary of Defense' },
    account: 'us-dod', publisher: DOD, url: 'https://www.defense.gov/News/Releases/Release/Article/2480919/readout-of-secretary-of-defense-lloyd-austins-call-with-japanese-defense-minist/', complete: false, partial: true, published: null,
    notes: '"spoke with ... today" and no date in the copy; released January 23 (Eastern) for the call on the Japanese morning of January 24: the same call as the MoD telecon. The copy marks no gap but sources.json says it is incomplete: ingested with --partial' },
  { file: '2021-01-24_mod-en_telecon_en.txt', outcome: 'record',
    date: '2021-01-24', dateBasis: 'stated', zone: 'Asia/Tokyo', format: 'telephone', start: null, durationMinutes: null,
    place: null, japan: { name: 'Kishi', role: 'Defense Minister' }, us: { name: 'Austin', role: 'Defense Secretary' },
    account: 'japan-mod', publisher: MOD, url: 'https://www.mod.go.jp/en/d_act/us/docs/20210124_e-usa.html', complete: false, partial: true, published: '2021-01-24',
    notes: 'telephone conference' },
  { file: '2021-03-16_mod-en_summary_en.txt', outcome: 'record',
    date: '2021-03-16', dateBasis: 'stated', zone: 'Asia/Tokyo', format: 'in-person', start: '12:50', durationMinutes: 90, approximate: false,
    place: null, japan: { name: 'Kishi', role: 'Defense Minister' }, us: { name: 'Austin', role: 'Defense Secretary' },
    account: 'japan-mod', publisher: MOD, url: 'https://www.mod.go.jp/en/d_act/us/docs/20210316a_e-usa.html', complete: false, partial: true, published: '2021-03-16',
    notes: '"from 12:50 for 90 minutes" (exact); no place stated' },
  { file: '2022-05-04_mod-en_summary_en.txt', outcome: 'record', refusal: 'ambiguous-year', supplyDate: '2022-05-04',
    date: '2022-05-04', dateBasis: 'supplied', zone: 'America/New_York', format: 'in-person', start: null, durationMinutes: null,
    place: 'body/us-dow', japan: { name: 'Kishi', role: 'Minister' }, us: { name: 'Austin', role: 'U.S. Secretary of Defense' },
    account: 'japan-mod', publisher: MOD, url: 'https://www.mod.go.jp/en/article/2022/05/d5cdd23bba809a26fdc7804b825c8fb78a5b7987.html', complete: true, partial: false, published: null,
    notes: 'visit report "From May 3-5", no year: "On May 4, ... visited Arlington ... later met with ... Austin": Kishi and Austin both held office on May 4 of 2021 and 2022; the Missile Defense Agency and Cyber Command visits are other events' },
  { file: '2022-10-04_mod-en_telecon_en.txt', outcome: 'record',
    date: '2022-10-04', dateBasis: 'document-date', zone: 'Asia/Tokyo', format: 'telephone', start: null, durationMinutes: null,
    place: null, japan: { name: 'Hamada', role: 'Defense Minister' }, us: { name: 'Austin', role: 'Defense Secretary' },
    account: 'japan-mod', publisher: MOD, url: 'https://www.mod.go.jp/en/article/2022/10/8751440398d695220b83a7bf145c73214338d451.html', complete: true, partial: false, published: '2022-10-04',
    notes: '"On October 4" without a year under the date line "Oct 4, 2022"' },
  { file: '2023-06-01_dod_readout_en.txt', outcome: 'record',
    date: '2023-06-01', dateBasis: 'office-terms', zone: 'Asia/Tokyo', format: 'in-person', start: null, durationMinutes: null,
    place: 'place/tokyo', japan: { name: 'Hamada', role: 'Minister of Defense' }, us: { name: 'Austin', role: 'Secretary of Defense' },
    account: 'us-dod', publisher: 'U.S. Department of Defense (text reposted by nims360.blogspot.com)', url: 'https://nims360.blogspot.com/search?max-results=10&reverse-paginate=true&updated-max=2023-06-01T05%3A52%3A00-07%3A00', complete: false, partial: true, published: null,
    notes: '"June 1 in Tokyo", no year: only 2023 has Hamada and Austin both in office; "Hamada Yasukazu" in Japanese order; the "separate discussions" with Kishida, Hayashi and Akiba are other meetings' },
  { file: '2023-06-01_mod-en_summary_en.txt', outcome: 'record',
    date: '2023-06-01', dateBasis: 'document-date', zone: 'Asia/Tokyo', format: 'in-person', start: '09:20', durationMinutes: 75, approximate: true,
    place: 'body/jp-mod', japan: { name: 'Hamada', role: 'Defense Minister' }, us: { name: 'Austin', role: 'Defense Secretary' },
    account: 'japan-mod', publisher: MOD, url: 'https://www.mod.go.jp/en/article/2023/06/64e28ea86671d5d4feddce01dd14d833d3857213.html', complete: false, partial: true, published: '2023-06-01',
    notes: '"On June 1" under "June 1, 2023"; "at Japan Ministry of Defense"' },
  { file: '2023-10-04_mod-ja_summary_ja.txt', outcome: 'record',
    date: '2023-10-04', dateBasis: 'stated', zone: 'America/New_York', format: 'in-person', start: '13:10', durationMinutes: 55, approximate: true,
    place: 'body/us-dow', japan: { name: '木原', role: '防衛大臣' }, us: { name: 'オースティン', role: '米国防長官' },
    account: 'japan-mod', publisher: MOD_JA, url: 'https://www.mod.go.jp/j/approach/anpo/2023/1005a_usa-j.html', complete: false, partial: true, published: '2023-10-05',
    notes: 'document dated 令和5年10月5日 for the meeting of 令和5年10月4日13時10分(現地時間) 米国防省において' },
  { file: '2024-05-02_mod-en_summary_en.txt', outcome: 'record',
    date: '2024-05-02', dateBasis: 'document-date', zone: 'Pacific/Honolulu', format: 'in-person', start: '11:53', durationMinutes: 45, approximate: true,
    place: 'place/hawaii', japan: { name: 'Kihara', role: 'Defense Minister' }, us: { name: 'Austin', role: 'Defense Secretary' },
    account: 'japan-mod', publisher: MOD, url: 'http://www.mod.go.jp/en/article/2024/05/cc97a978d551395bb4fc46753beec10f25d64703.html', complete: false, partial: true, published: '2024-05-03',
    notes: 'document dated May 3, 2024 for "On May 2"; "11:53 (local time)"' },
  { file: '2024-05-02_mod-ja_summary_ja.txt', outcome: 'record',
    date: '2024-05-02', dateBasis: 'document-date', zone: 'Pacific/Honolulu', format: 'in-person', start: null, durationMinutes: null,
    place: 'place/hawaii', japan: { name: '木原', role: '防衛大臣' }, us: { name: 'オースティン', role: '米国防長官' },
    account: 'japan-mod', publisher: MOD_JA, url: 'https://www.mod.go.jp/j/approach/anpo/2024/0502b_usa-j.html', complete: false, partial: false, published: '2024-05-04',
    notes: 'visit report 5月2日(木)〜5月4日(土) to 米国ハワイ州, "以下記載の日時については現地時間"; the bilateral is the first 5月2日(木) paragraph, the 日米豪, 日米豪比 and 日豪 paragraphs are other meetings; the copy\'s gap is in the 日豪 paragraph, so the record of the bilateral is whole' },
  { file: '2024-06-02_mod-ja_summary_ja.txt', outcome: 'record',
    date: '2024-06-02', dateBasis: 'stated', zone: 'Asia/Singapore', format: 'in-person', start: '13:15', durationMinutes: 30, approximate: true,
    place: 'place/singapore', japan: { name: '木原', role: '防衛大臣' }, us: { name: 'オースティン', role: '米国防長官' },
    account: 'japan-mod', publisher: 'Ministry of Defense (Japan), republished by J-Defense News (イカロス出版)', url: 'https://j-defense.ikaros.jp/docs/mod/000628.html', complete: true, partial: false, published: null,
    notes: 'republication: the headline, "2024-6-3 11:26", the intro\'s 18時10分 (the announcement) and the sidebar are the site\'s; the official text runs from 日米防衛相会談の概要 to （了）' },
  { file: '2024-07-29_dod_readout_en.txt', outcome: 'record',
    date: '2024-07-29', dateBasis: 'release-date', zone: 'Asia/Tokyo', format: 'in-person', start: null, durationMinutes: null,
    place: 'place/tokyo', japan: { name: 'Kihara', role: 'Japanese Minister of Defense' }, us: { name: 'Austin', role: 'Secretary of Defense' },
    account: 'us-dod', publisher: 'U.S. Department of Defense (e-mail release reposted by creativenewsandviews.blogspot.com)', url: 'https://creativenewsandviews.blogspot.com/2024/07/readout-of-secretary-of-defense-lloyd-j_29.html', complete: true, partial: false, published: '2024-07-29',
    notes: '"met today ... in Tokyo" under "Monday, July 29, 2024"; "Kihara Minoru" in Japanese order; the July 28 trilateral is another meeting; the e-mail and blog footers are the repost\'s' },
  { file: '2024-07-29_mod-ja_summary_ja.txt', outcome: 'record',
    date: '2024-07-29', dateBasis: 'stated', zone: 'Asia/Tokyo', format: 'in-person', start: '13:15', durationMinutes: 50, approximate: true,
    place: 'body/jp-mod', japan: { name: '木原', role: '防衛大臣' }, us: { name: 'オースティン', role: '米国防長官' },
    account: 'japan-mod', publisher: MOD_JA, url: null, complete: true, partial: false, published: '2024-07-29',
    notes: 'no title line; no source address known' },
  { file: '2024-10-08_mod-ja_telecon_ja.txt', outcome: 'record',
    date: '2024-10-08', dateBasis: 'office-terms', zone: 'Asia/Tokyo', format: 'telephone', start: null, durationMinutes: null,
    place: null, japan: { name: '中谷', role: '防衛大臣' }, us: { name: 'オースティン', role: '米国防長官' },
    account: 'japan-mod', publisher: J_DEFENSE, url: 'https://j-defense.ikaros.jp/docs/mod/001705.html', complete: false, partial: true, published: null,
    notes: 'the official text says only 10月8日: the year comes from the terms (Nakatani from 2024-10-01, with Austin); the republisher\'s 令和6(2024)年10月9日 and its headline\'s 米国務長官 are its own; two official pages (動静, お知らせ) of one call' },
  { file: '2024-10-19_mod-ja_summary_ja.txt', outcome: 'record',
    date: '2024-10-19', dateBasis: 'stated', zone: 'Europe/Rome', format: 'in-person', start: '13:45', durationMinutes: 35, approximate: true,
    place: 'place/naples', japan: { name: '中谷', role: '防衛大臣' }, us: { name: 'オースティン', role: '米国防長官' },
    account: 'japan-mod', publisher: J_DEFENSE, url: 'https://j-defense.ikaros.jp/docs/mod/001945.html', complete: false, partial: true, published: null,
    notes: 'the republisher\'s 16時00分(現地時間) is its announcement, not the meeting (13時45分, ナポリにおいて)' },
];
