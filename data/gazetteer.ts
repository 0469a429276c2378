// The entity gazetteer: people, offices, bodies, frameworks, systems, places, documents and events
// that U.S.–Japan defence coverage names, with the spellings outlets use in English and Japanese.
//
// Conventions (the engine relies on them):
// - Aliases are matched after folding (NFKC, lowercase, Latin diacritics stripped, hyphens and
//   dashes as spaces, curly quotes as straight ones), leftmost-longest, with word boundaries for
//   Latin script and none for Japanese. So "SM-3" and "SM 3" are one alias, and a longer alias
//   ("Futenma Replacement Facility") wins over a shorter one inside it ("Futenma").
// - A folded alias belongs to exactly one entity (tests/data/gazetteer.test.ts checks it).
// - Title terms: `from` is the first day in office, `to` the last day (the successor's first day
//   when the handover was same-day); `to: null` while still held.
// - Places form a chain through `within` up to a country (level "country"). Seas and wide regions
//   that lie in no single country (Indo-Pacific, East China Sea …) have country null and hang
//   under place/indo-pacific or place/pacific, which have no parent.
import { GazetteerSchema, type Entity, type EntityInput } from './schema';

export const gazetteerInput: EntityInput[] = [
  // ───────────────────────────── People ─────────────────────────────
  {
    id: 'person/hegseth', kind: 'person', name: 'Pete Hegseth', nameJa: 'ピート・ヘグセス', country: 'US',
    description: 'U.S. Secretary of Defense since January 2025, also styled Secretary of War since September 2025.',
    descriptionJa: '2025年1月から米国防長官。2025年9月からは戦争長官の呼称も用いる。',
    aliases: { en: ['Pete Hegseth', 'Peter Hegseth', 'Peter Brian Hegseth', 'Hegseth'], ja: ['ピート・ヘグセス', 'ヘグセス', 'ヘグセス長官'] },
    titles: [
      { title: 'Secretary of Defense', titleJa: '国防長官', office: 'office/us-secdef', from: '2025-01-25', to: null },
      { title: 'Secretary of War', titleJa: '戦争長官', office: 'office/us-secwar', from: '2025-09-05', to: null },
    ],
  },
  {
    id: 'person/austin', kind: 'person', name: 'Lloyd Austin', nameJa: 'ロイド・オースティン', country: 'US',
    description: 'U.S. Secretary of Defense under President Biden, 2021–2025.',
    descriptionJa: 'バイデン政権の米国防長官（2021〜2025年）。',
    aliases: { en: ['Lloyd Austin', 'Lloyd J. Austin', 'Lloyd J. Austin III', 'Lloyd Austin III', 'Austin'], ja: ['ロイド・オースティン', 'オースティン', 'オースティン長官'] },
    titles: [{ title: 'Secretary of Defense', titleJa: '国防長官', office: 'office/us-secdef', from: '2021-01-22', to: '2025-01-20' }],
  },
  {
    id: 'person/koizumi', kind: 'person', name: 'Shinjiro Koizumi', nameJa: '小泉進次郎', country: 'JP',
    description: 'Minister of Defense of Japan in the Takaichi cabinet since October 2025.',
    descriptionJa: '2025年10月から高市内閣の防衛大臣。',
    aliases: { en: ['Shinjiro Koizumi', 'Shinjirō Koizumi', 'Koizumi Shinjiro', 'Koizumi'], ja: ['小泉進次郎', '小泉'] },
    titles: [{ title: 'Minister of Defense', titleJa: '防衛大臣', office: 'office/jp-defmin', from: '2025-10-21', to: null }],
  },
  {
    id: 'person/koizumi-junichiro', kind: 'person', name: 'Junichiro Koizumi', nameJa: '小泉純一郎', country: 'JP',
    description: 'Prime Minister of Japan 2001–2006; father of Shinjiro Koizumi.',
    descriptionJa: '内閣総理大臣（2001〜2006年）。小泉進次郎の父。',
    aliases: { en: ['Junichiro Koizumi', "Jun'ichiro Koizumi", 'Koizumi Junichiro'], ja: ['小泉純一郎'] },
    titles: [{ title: 'Prime Minister', titleJa: '内閣総理大臣', office: 'office/jp-pm', from: '2001-04-26', to: '2006-09-26' }],
  },
  {
    id: 'person/nakatani', kind: 'person', name: 'Gen Nakatani', nameJa: '中谷元', country: 'JP',
    description: 'Minister of Defense of Japan 2014–2016 and in the Ishiba cabinet 2024–2025.',
    descriptionJa: '防衛大臣（2014〜2016年）、石破内閣でも防衛大臣（2024〜2025年）。',
    aliases: { en: ['Gen Nakatani', 'Nakatani Gen', 'Nakatani'], ja: ['中谷元', '中谷'] },
    titles: [
      { title: 'Minister of Defense', titleJa: '防衛大臣', office: 'office/jp-defmin', from: '2014-12-24', to: '2016-08-03' },
      { title: 'Minister of Defense', titleJa: '防衛大臣', office: 'office/jp-defmin', from: '2024-10-01', to: '2025-10-21' },
    ],
  },
  {
    id: 'person/kihara', kind: 'person', name: 'Minoru Kihara', nameJa: '木原稔', country: 'JP',
    description: 'Minister of Defense of Japan 2023–2024; Chief Cabinet Secretary since October 2025.',
    descriptionJa: '防衛大臣（2023〜2024年）。2025年10月から内閣官房長官。',
    aliases: { en: ['Minoru Kihara', 'Kihara Minoru', 'Kihara'], ja: ['木原稔', '木原'] },
    titles: [
      { title: 'Minister of Defense', titleJa: '防衛大臣', office: 'office/jp-defmin', from: '2023-09-13', to: '2024-10-01' },
      { title: 'Chief Cabinet Secretary', titleJa: '内閣官房長官', office: 'office/jp-ccs', from: '2025-10-21', to: null },
    ],
  },
  {
    id: 'person/hamada', kind: 'person', name: 'Yasukazu Hamada', nameJa: '浜田靖一', country: 'JP',
    description: 'Minister of Defense of Japan 2008–2009 and 2022–2023.',
    descriptionJa: '防衛大臣（2008〜2009年、2022〜2023年）。',
    aliases: { en: ['Yasukazu Hamada', 'Hamada Yasukazu', 'Hamada'], ja: ['浜田靖一', '浜田'] },
    titles: [
      { title: 'Minister of Defense', titleJa: '防衛大臣', office: 'office/jp-defmin', from: '2008-09-24', to: '2009-09-16' },
      { title: 'Minister of Defense', titleJa: '防衛大臣', office: 'office/jp-defmin', from: '2022-08-10', to: '2023-09-13' },
    ],
  },
  {
    id: 'person/iwaya', kind: 'person', name: 'Takeshi Iwaya', nameJa: '岩屋毅', country: 'JP',
    description: 'Minister of Defense of Japan 2018–2019; Minister for Foreign Affairs 2024–2025.',
    descriptionJa: '防衛大臣（2018〜2019年）、外務大臣（2024〜2025年）。',
    aliases: { en: ['Takeshi Iwaya', 'Iwaya Takeshi', 'Iwaya'], ja: ['岩屋毅', '岩屋'] },
    titles: [
      { title: 'Minister of Defense', titleJa: '防衛大臣', office: 'office/jp-defmin', from: '2018-10-02', to: '2019-09-11' },
      { title: 'Minister for Foreign Affairs', titleJa: '外務大臣', office: 'office/jp-fm', from: '2024-10-01', to: '2025-10-21' },
    ],
  },
  {
    id: 'person/takaichi', kind: 'person', name: 'Sanae Takaichi', nameJa: '高市早苗', country: 'JP',
    description: 'Prime Minister of Japan since October 2025.',
    descriptionJa: '2025年10月から内閣総理大臣。',
    aliases: { en: ['Sanae Takaichi', 'Takaichi Sanae', 'Takaichi'], ja: ['高市早苗', '高市'] },
    titles: [{ title: 'Prime Minister', titleJa: '内閣総理大臣', office: 'office/jp-pm', from: '2025-10-21', to: null }],
  },
  {
    id: 'person/ishiba', kind: 'person', name: 'Shigeru Ishiba', nameJa: '石破茂', country: 'JP',
    description: 'Prime Minister of Japan 2024–2025; Minister of Defense 2007–2008.',
    descriptionJa: '内閣総理大臣（2024〜2025年）、防衛大臣（2007〜2008年）。',
    aliases: { en: ['Shigeru Ishiba', 'Ishiba Shigeru', 'Ishiba'], ja: ['石破茂', '石破'] },
    titles: [
      { title: 'Minister of Defense', titleJa: '防衛大臣', office: 'office/jp-defmin', from: '2007-09-26', to: '2008-08-02' },
      { title: 'Prime Minister', titleJa: '内閣総理大臣', office: 'office/jp-pm', from: '2024-10-01', to: '2025-10-21' },
    ],
  },
  {
    id: 'person/kishida', kind: 'person', name: 'Fumio Kishida', nameJa: '岸田文雄', country: 'JP',
    description: 'Prime Minister of Japan 2021–2024; Minister for Foreign Affairs 2012–2017.',
    descriptionJa: '内閣総理大臣（2021〜2024年）、外務大臣（2012〜2017年）。',
    aliases: { en: ['Fumio Kishida', 'Kishida Fumio', 'Kishida'], ja: ['岸田文雄', '岸田'] },
    titles: [
      { title: 'Minister for Foreign Affairs', titleJa: '外務大臣', office: 'office/jp-fm', from: '2012-12-26', to: '2017-08-03' },
      { title: 'Prime Minister', titleJa: '内閣総理大臣', office: 'office/jp-pm', from: '2021-10-04', to: '2024-10-01' },
      // Minister for Foreign Affairs also serving as Minister of Defense after Inada resigned.
      { title: 'Minister of Defense (concurrently)', titleJa: '防衛大臣（兼務）', office: 'office/jp-defmin', from: '2017-07-28', to: '2017-08-03' },
    ],
  },
  {
    id: 'person/abe', kind: 'person', name: 'Shinzo Abe', nameJa: '安倍晋三', country: 'JP',
    description: 'Prime Minister of Japan 2006–2007 and 2012–2020.',
    descriptionJa: '内閣総理大臣（2006〜2007年、2012〜2020年）。',
    aliases: { en: ['Shinzo Abe', 'Shinzō Abe', 'Abe Shinzo'], ja: ['安倍晋三', '安倍'] },
    titles: [
      { title: 'Prime Minister', titleJa: '内閣総理大臣', office: 'office/jp-pm', from: '2006-09-26', to: '2007-09-26' },
      { title: 'Prime Minister', titleJa: '内閣総理大臣', office: 'office/jp-pm', from: '2012-12-26', to: '2020-09-16' },
    ],
  },
  {
    id: 'person/suga', kind: 'person', name: 'Yoshihide Suga', nameJa: '菅義偉', country: 'JP',
    description: 'Prime Minister of Japan 2020–2021; Chief Cabinet Secretary 2012–2020.',
    descriptionJa: '内閣総理大臣（2020〜2021年）、内閣官房長官（2012〜2020年）。',
    aliases: { en: ['Yoshihide Suga', 'Suga Yoshihide'], ja: ['菅義偉'] },
    titles: [
      { title: 'Chief Cabinet Secretary', titleJa: '内閣官房長官', office: 'office/jp-ccs', from: '2012-12-26', to: '2020-09-16' },
      { title: 'Prime Minister', titleJa: '内閣総理大臣', office: 'office/jp-pm', from: '2020-09-16', to: '2021-10-04' },
    ],
  },
  {
    id: 'person/motegi', kind: 'person', name: 'Toshimitsu Motegi', nameJa: '茂木敏充', country: 'JP',
    description: 'Minister for Foreign Affairs of Japan 2019–2021 and again since October 2025.',
    descriptionJa: '外務大臣（2019〜2021年）、2025年10月から再び外務大臣。',
    aliases: { en: ['Toshimitsu Motegi', 'Motegi Toshimitsu', 'Motegi'], ja: ['茂木敏充', '茂木'] },
    titles: [
      { title: 'Minister for Foreign Affairs', titleJa: '外務大臣', office: 'office/jp-fm', from: '2019-09-11', to: '2021-11-04' },
      { title: 'Minister for Foreign Affairs', titleJa: '外務大臣', office: 'office/jp-fm', from: '2025-10-21', to: null },
    ],
  },
  {
    id: 'person/hayashi', kind: 'person', name: 'Yoshimasa Hayashi', nameJa: '林芳正', country: 'JP',
    description: 'Minister for Foreign Affairs of Japan 2021–2023; Chief Cabinet Secretary 2023–2025.',
    descriptionJa: '外務大臣（2021〜2023年）、内閣官房長官（2023〜2025年）。',
    aliases: { en: ['Yoshimasa Hayashi', 'Hayashi Yoshimasa'], ja: ['林芳正'] },
    titles: [
      { title: 'Minister for Foreign Affairs', titleJa: '外務大臣', office: 'office/jp-fm', from: '2021-11-10', to: '2023-09-13' },
      { title: 'Chief Cabinet Secretary', titleJa: '内閣官房長官', office: 'office/jp-ccs', from: '2023-12-14', to: '2025-10-21' },
    ],
  },
  {
    id: 'person/kamikawa', kind: 'person', name: 'Yoko Kamikawa', nameJa: '上川陽子', country: 'JP',
    description: 'Minister for Foreign Affairs of Japan 2023–2024.',
    descriptionJa: '外務大臣（2023〜2024年）。',
    aliases: { en: ['Yoko Kamikawa', 'Yōko Kamikawa', 'Kamikawa'], ja: ['上川陽子'] },
    titles: [{ title: 'Minister for Foreign Affairs', titleJa: '外務大臣', office: 'office/jp-fm', from: '2023-09-13', to: '2024-10-01' }],
  },
  {
    id: 'person/trump', kind: 'person', name: 'Donald Trump', nameJa: 'ドナルド・トランプ', country: 'US',
    description: 'President of the United States 2017–2021 and since January 2025.',
    descriptionJa: '米国大統領（2017〜2021年、2025年1月から）。',
    aliases: { en: ['Donald Trump', 'Donald J. Trump', 'Trump'], ja: ['ドナルド・トランプ', 'トランプ', 'トランプ大統領'] },
    titles: [
      { title: 'President of the United States', titleJa: '大統領', office: 'office/us-president', from: '2017-01-20', to: '2021-01-20' },
      { title: 'President of the United States', titleJa: '大統領', office: 'office/us-president', from: '2025-01-20', to: null },
    ],
  },
  {
    id: 'person/biden', kind: 'person', name: 'Joe Biden', nameJa: 'ジョー・バイデン', country: 'US',
    description: 'President of the United States 2021–2025; Vice President 2009–2017.',
    descriptionJa: '米国大統領（2021〜2025年）、副大統領（2009〜2017年）。',
    aliases: { en: ['Joe Biden', 'Joseph R. Biden', 'Joseph R. Biden Jr.', 'Biden'], ja: ['ジョー・バイデン', 'バイデン'] },
    titles: [
      { title: 'Vice President of the United States', titleJa: '副大統領', office: 'office/us-vp', from: '2009-01-20', to: '2017-01-20' },
      { title: 'President of the United States', titleJa: '大統領', office: 'office/us-president', from: '2021-01-20', to: '2025-01-20' },
    ],
  },
  {
    id: 'person/vance', kind: 'person', name: 'JD Vance', nameJa: 'J・D・バンス', country: 'US',
    description: 'Vice President of the United States since January 2025.',
    descriptionJa: '2025年1月から米国副大統領。',
    aliases: { en: ['JD Vance', 'J.D. Vance', 'J. D. Vance', 'James David Vance', 'Vance'], ja: ['J・D・バンス', 'JD・バンス', 'バンス', 'ヴァンス', 'バンス副大統領'] },
    titles: [{ title: 'Vice President of the United States', titleJa: '副大統領', office: 'office/us-vp', from: '2025-01-20', to: null }],
  },
  {
    id: 'person/rubio', kind: 'person', name: 'Marco Rubio', nameJa: 'マルコ・ルビオ', country: 'US',
    description: 'U.S. Secretary of State since January 2025.',
    descriptionJa: '2025年1月から米国務長官。',
    aliases: { en: ['Marco Rubio', 'Rubio'], ja: ['マルコ・ルビオ', 'ルビオ', 'ルビオ国務長官'] },
    titles: [{ title: 'Secretary of State', titleJa: '国務長官', office: 'office/us-secstate', from: '2025-01-21', to: null }],
  },
  {
    id: 'person/blinken', kind: 'person', name: 'Antony Blinken', nameJa: 'アントニー・ブリンケン', country: 'US',
    description: 'U.S. Secretary of State 2021–2025.',
    descriptionJa: '米国務長官（2021〜2025年）。',
    aliases: { en: ['Antony Blinken', 'Tony Blinken', 'Blinken'], ja: ['アントニー・ブリンケン', 'ブリンケン'] },
    titles: [{ title: 'Secretary of State', titleJa: '国務長官', office: 'office/us-secstate', from: '2021-01-26', to: '2025-01-20' }],
  },
  {
    id: 'person/paparo', kind: 'person', name: 'Samuel Paparo', nameJa: 'サミュエル・パパロ', country: 'US',
    description: 'U.S. Navy admiral, Commander of U.S. Indo-Pacific Command since May 2024.',
    descriptionJa: '米海軍大将。2024年5月から米インド太平洋軍司令官。',
    aliases: {
      en: ['Samuel Paparo', 'Samuel J. Paparo', 'Sam Paparo', 'Adm. Samuel Paparo', 'Admiral Samuel Paparo', 'Adm. Paparo', 'Admiral Paparo', 'Paparo'],
      ja: ['サミュエル・パパロ', 'パパロ', 'パパロ司令官'],
    },
    titles: [{ title: 'Commander, U.S. Indo-Pacific Command', titleJa: 'インド太平洋軍司令官', office: 'office/indopacom-commander', from: '2024-05-03', to: null }],
  },
  {
    id: 'person/nagumo', kind: 'person', name: 'Kenichiro Nagumo', nameJa: '南雲憲一郎', country: 'JP',
    description: 'Air Self-Defense Force general, first Commander of the Japan Joint Operations Command (from its launch in March 2025).',
    descriptionJa: '航空自衛隊の空将。2025年3月の発足時からの初代統合作戦司令官。',
    aliases: { en: ['Kenichiro Nagumo', "Ken'ichiro Nagumo", 'Nagumo'], ja: ['南雲憲一郎', '南雲'] },
    titles: [{ title: 'Commander, Japan Joint Operations Command', titleJa: '統合作戦司令官', office: 'office/jjoc-commander', from: '2025-03-24', to: null }],
  },
  {
    id: 'person/xi', kind: 'person', name: 'Xi Jinping', nameJa: '習近平', country: 'CN',
    description: 'President of the People\'s Republic of China since 2013.',
    descriptionJa: '2013年から中華人民共和国国家主席。',
    aliases: { en: ['Xi Jinping', 'Xi'], ja: ['習近平', '習主席'] },
    titles: [{ title: 'President of the People\'s Republic of China', titleJa: '国家主席', office: 'office/cn-president', from: '2013-03-14', to: null }],
  },
  {
    id: 'person/dong-jun', kind: 'person', name: 'Dong Jun', nameJa: '董軍', country: 'CN',
    description: 'Minister of National Defense of China since December 2023.',
    descriptionJa: '2023年12月から中国国防相。',
    aliases: { en: ['Dong Jun', 'Admiral Dong Jun', 'Adm. Dong Jun'], ja: ['董軍'] },
    titles: [{ title: 'Minister of National Defense', titleJa: '国防相', office: 'office/cn-defmin', from: '2023-12-29', to: null }],
  },

  // Holders of the two offices since 2012, acting holders included (dated terms; `to` is the
  // successor's first day when the handover was same-day).
  {
    id: 'person/panetta', kind: 'person', name: 'Leon Panetta', nameJa: 'レオン・パネッタ', country: 'US',
    description: 'U.S. Secretary of Defense 2011–2013.',
    descriptionJa: '米国防長官（2011〜2013年）。',
    aliases: { en: ['Leon Panetta', 'Leon E. Panetta', 'Panetta'], ja: ['レオン・パネッタ', 'パネッタ'] },
    titles: [{ title: 'Secretary of Defense', titleJa: '国防長官', office: 'office/us-secdef', from: '2011-07-01', to: '2013-02-26' }],
  },
  {
    id: 'person/hagel', kind: 'person', name: 'Chuck Hagel', nameJa: 'チャック・ヘーゲル', country: 'US',
    description: 'U.S. Secretary of Defense 2013–2015.',
    descriptionJa: '米国防長官（2013〜2015年）。',
    aliases: { en: ['Chuck Hagel', 'Charles Hagel', 'Hagel'], ja: ['チャック・ヘーゲル', 'ヘーゲル長官'] },
    titles: [{ title: 'Secretary of Defense', titleJa: '国防長官', office: 'office/us-secdef', from: '2013-02-27', to: '2015-02-17' }],
  },
  {
    id: 'person/carter', kind: 'person', name: 'Ash Carter', nameJa: 'アシュトン・カーター', country: 'US',
    description: 'U.S. Secretary of Defense 2015–2017.',
    descriptionJa: '米国防長官（2015〜2017年）。',
    aliases: { en: ['Ash Carter', 'Ashton Carter', 'Ashton B. Carter', 'Carter Ash', 'Carter'], ja: ['アシュトン・カーター', 'アッシュ・カーター', 'カーター長官', 'カーター国防長官'] },
    titles: [{ title: 'Secretary of Defense', titleJa: '国防長官', office: 'office/us-secdef', from: '2015-02-17', to: '2017-01-20' }],
  },
  {
    id: 'person/mattis', kind: 'person', name: 'Jim Mattis', nameJa: 'ジェームズ・マティス', country: 'US',
    description: 'U.S. Secretary of Defense 2017–2019.',
    descriptionJa: '米国防長官（2017〜2019年）。',
    aliases: { en: ['Jim Mattis', 'James Mattis', 'James N. Mattis', 'Mattis James', 'Mattis'], ja: ['ジェームズ・マティス', 'ジム・マティス', 'マティス'] },
    titles: [{ title: 'Secretary of Defense', titleJa: '国防長官', office: 'office/us-secdef', from: '2017-01-20', to: '2019-01-01' }],
  },
  {
    id: 'person/shanahan', kind: 'person', name: 'Patrick Shanahan', nameJa: 'パトリック・シャナハン', country: 'US',
    description: 'Acting U.S. Secretary of Defense January–June 2019.',
    descriptionJa: '米国防長官代行（2019年1月〜6月）。',
    aliases: { en: ['Patrick Shanahan', 'Patrick M. Shanahan', 'Shanahan Patrick', 'Shanahan'], ja: ['パトリック・シャナハン', 'シャナハン'] },
    titles: [{ title: 'Acting Secretary of Defense', titleJa: '国防長官代行', office: 'office/us-secdef', from: '2019-01-01', to: '2019-06-24' }],
  },
  {
    id: 'person/spencer', kind: 'person', name: 'Richard V. Spencer', nameJa: 'リチャード・スペンサー', country: 'US',
    description: 'Secretary of the Navy; acting U.S. Secretary of Defense in July 2019.',
    descriptionJa: '米海軍長官。2019年7月に米国防長官代行。',
    aliases: { en: ['Richard V. Spencer', 'Richard Spencer'], ja: ['リチャード・スペンサー'] },
    titles: [{ title: 'Acting Secretary of Defense', titleJa: '国防長官代行', office: 'office/us-secdef', from: '2019-07-15', to: '2019-07-23' }],
  },
  {
    id: 'person/esper', kind: 'person', name: 'Mark Esper', nameJa: 'マーク・エスパー', country: 'US',
    description: 'U.S. Secretary of Defense 2019–2020 (acting from June 2019).',
    descriptionJa: '米国防長官（2019〜2020年。2019年6月からは代行）。',
    aliases: { en: ['Mark Esper', 'Mark T. Esper', 'Esper Mark', 'Esper'], ja: ['マーク・エスパー', 'エスパー'] },
    titles: [
      { title: 'Acting Secretary of Defense', titleJa: '国防長官代行', office: 'office/us-secdef', from: '2019-06-24', to: '2019-07-15' },
      { title: 'Secretary of Defense', titleJa: '国防長官', office: 'office/us-secdef', from: '2019-07-23', to: '2020-11-09' },
    ],
  },
  {
    id: 'person/miller', kind: 'person', name: 'Christopher C. Miller', nameJa: 'クリストファー・ミラー', country: 'US',
    description: 'Acting U.S. Secretary of Defense November 2020–January 2021.',
    descriptionJa: '米国防長官代行（2020年11月〜2021年1月）。',
    aliases: { en: ['Christopher C. Miller', 'Christopher Miller', 'Chris Miller'], ja: ['クリストファー・ミラー', 'ミラー国防長官代行'] },
    titles: [{ title: 'Acting Secretary of Defense', titleJa: '国防長官代行', office: 'office/us-secdef', from: '2020-11-09', to: '2021-01-20' }],
  },
  {
    id: 'person/norquist', kind: 'person', name: 'David Norquist', nameJa: 'デビッド・ノーキスト', country: 'US',
    description: 'Deputy Secretary of Defense; acting U.S. Secretary of Defense January 20–22, 2021.',
    descriptionJa: '米国防副長官。2021年1月20日〜22日に米国防長官代行。',
    aliases: { en: ['David Norquist', 'David L. Norquist', 'Norquist'], ja: ['デビッド・ノーキスト', 'ノーキスト'] },
    titles: [{ title: 'Acting Secretary of Defense', titleJa: '国防長官代行', office: 'office/us-secdef', from: '2021-01-20', to: '2021-01-22' }],
  },
  {
    id: 'person/salesses', kind: 'person', name: 'Robert Salesses', nameJa: 'ロバート・セールシズ', country: 'US',
    description: 'Acting U.S. Secretary of Defense January 20–25, 2025.',
    descriptionJa: '米国防長官代行（2025年1月20日〜25日）。',
    aliases: { en: ['Robert Salesses', 'Robert G. Salesses', 'Salesses'], ja: ['ロバート・セールシズ'] },
    titles: [{ title: 'Acting Secretary of Defense', titleJa: '国防長官代行', office: 'office/us-secdef', from: '2025-01-20', to: '2025-01-25' }],
  },
  {
    id: 'person/morimoto', kind: 'person', name: 'Satoshi Morimoto', nameJa: '森本敏', country: 'JP',
    description: 'Minister of Defense of Japan June–December 2012.',
    descriptionJa: '防衛大臣（2012年6月〜12月）。',
    aliases: { en: ['Satoshi Morimoto', 'Morimoto Satoshi', 'Morimoto'], ja: ['森本敏'] },
    titles: [{ title: 'Minister of Defense', titleJa: '防衛大臣', office: 'office/jp-defmin', from: '2012-06-04', to: '2012-12-26' }],
  },
  {
    id: 'person/onodera', kind: 'person', name: 'Itsunori Onodera', nameJa: '小野寺五典', country: 'JP',
    description: 'Minister of Defense of Japan 2012–2014 and 2017–2018.',
    descriptionJa: '防衛大臣（2012〜2014年、2017〜2018年）。',
    aliases: { en: ['Itsunori Onodera', 'Onodera Itsunori', 'Onodera'], ja: ['小野寺五典', '小野寺'] },
    titles: [
      { title: 'Minister of Defense', titleJa: '防衛大臣', office: 'office/jp-defmin', from: '2012-12-26', to: '2014-09-03' },
      { title: 'Minister of Defense', titleJa: '防衛大臣', office: 'office/jp-defmin', from: '2017-08-03', to: '2018-10-02' },
    ],
  },
  {
    id: 'person/eto', kind: 'person', name: 'Akinori Eto', nameJa: '江渡聡徳', country: 'JP',
    description: 'Minister of Defense of Japan September–December 2014.',
    descriptionJa: '防衛大臣（2014年9月〜12月）。',
    aliases: { en: ['Akinori Eto', 'Eto Akinori'], ja: ['江渡聡徳', '江渡'] },
    titles: [{ title: 'Minister of Defense', titleJa: '防衛大臣', office: 'office/jp-defmin', from: '2014-09-03', to: '2014-12-24' }],
  },
  {
    id: 'person/inada', kind: 'person', name: 'Tomomi Inada', nameJa: '稲田朋美', country: 'JP',
    description: 'Minister of Defense of Japan 2016–2017.',
    descriptionJa: '防衛大臣（2016〜2017年）。',
    aliases: { en: ['Tomomi Inada', 'Inada Tomomi', 'Inada'], ja: ['稲田朋美', '稲田防衛大臣', '稲田大臣', '稲田'] },
    titles: [{ title: 'Minister of Defense', titleJa: '防衛大臣', office: 'office/jp-defmin', from: '2016-08-03', to: '2017-07-28' }],
  },
  {
    id: 'person/kono', kind: 'person', name: 'Taro Kono', nameJa: '河野太郎', country: 'JP',
    description: 'Minister for Foreign Affairs of Japan 2017–2019; Minister of Defense 2019–2020.',
    descriptionJa: '外務大臣（2017〜2019年）、防衛大臣（2019〜2020年）。',
    aliases: { en: ['Taro Kono', 'Tarō Kōno', 'Kono Taro', 'Kono'], ja: ['河野太郎', '河野防衛大臣', '河野大臣'] },
    titles: [
      { title: 'Minister for Foreign Affairs', titleJa: '外務大臣', office: 'office/jp-fm', from: '2017-08-03', to: '2019-09-11' },
      { title: 'Minister of Defense', titleJa: '防衛大臣', office: 'office/jp-defmin', from: '2019-09-11', to: '2020-09-16' },
    ],
  },
  {
    id: 'person/kishi', kind: 'person', name: 'Nobuo Kishi', nameJa: '岸信夫', country: 'JP',
    description: 'Minister of Defense of Japan 2020–2022.',
    descriptionJa: '防衛大臣（2020〜2022年）。',
    aliases: { en: ['Nobuo Kishi', 'Kishi Nobuo', 'Kishi'], ja: ['岸信夫', '岸防衛大臣', '岸大臣'] },
    titles: [{ title: 'Minister of Defense', titleJa: '防衛大臣', office: 'office/jp-defmin', from: '2020-09-16', to: '2022-08-10' }],
  },
  {
    id: 'person/kerry', kind: 'person', name: 'John Kerry', nameJa: 'ジョン・ケリー', country: 'US',
    description: 'U.S. Secretary of State 2013–2017.',
    descriptionJa: '米国務長官（2013〜2017年）。',
    aliases: { en: ['John Kerry', 'John F. Kerry', 'Kerry'], ja: ['ジョン・ケリー', 'ケリー国務長官'] },
    titles: [{ title: 'Secretary of State', titleJa: '国務長官', office: 'office/us-secstate', from: '2013-02-01', to: '2017-01-20' }],
  },
  {
    id: 'person/marles', kind: 'person', name: 'Richard Marles', nameJa: 'リチャード・マールズ', country: 'AU',
    description: 'Deputy Prime Minister and Minister for Defence of Australia since June 2022.',
    descriptionJa: '2022年6月からオーストラリア副首相兼国防相。',
    aliases: { en: ['Richard Marles', 'Marles'], ja: ['リチャード・マールズ', 'マールズ'] },
    titles: [{ title: 'Deputy Prime Minister and Minister for Defence', titleJa: '副首相兼国防大臣', office: 'office/au-defmin', from: '2022-06-01', to: null }],
  },
  {
    id: 'person/teodoro', kind: 'person', name: 'Gilberto Teodoro', nameJa: 'ギルベルト・テオドロ', country: 'PH',
    description: 'Secretary of National Defense of the Philippines since June 2023.',
    descriptionJa: '2023年6月からフィリピン国防相。',
    aliases: { en: ['Gilberto Teodoro', 'Gilberto Teodoro Jr.', 'Teodoro'], ja: ['ギルベルト・テオドロ', 'テオドロ'] },
    titles: [{ title: 'Secretary of National Defense', titleJa: '国防大臣', office: 'office/ph-defsec', from: '2023-06-05', to: null }],
  },
  {
    id: 'person/shin-won-sik', kind: 'person', name: 'Shin Won-sik', nameJa: '申源湜', country: 'KR',
    description: 'Minister of National Defense of the Republic of Korea 2023–2024.',
    descriptionJa: '韓国国防相（2023〜2024年）。',
    aliases: { en: ['Shin Won-sik', 'Shin Won Sik'], ja: ['申源湜', 'シン・ウォンシク'] },
    titles: [{ title: 'Minister of National Defense', titleJa: '国防部長官', office: 'office/kr-defmin', from: '2023-10-07', to: '2024-09-06' }],
  },
  {
    id: 'person/nakasone', kind: 'person', name: 'Paul M. Nakasone', nameJa: 'ポール・ナカソネ', country: 'US',
    description: 'U.S. Army general, Commander of U.S. Cyber Command 2018–2024.',
    descriptionJa: '米陸軍大将。米サイバー軍司令官（2018〜2024年）。',
    aliases: { en: ['Paul M. Nakasone', 'Paul Nakasone', 'Nakasone'], ja: ['ポール・ナカソネ', 'ナカソネ'] },
    titles: [{ title: 'Commander, U.S. Cyber Command', titleJa: '米サイバー軍司令官', office: 'office/cybercom-commander', from: '2018-05-04', to: '2024-02-02' }],
  },

  // ───────────────────────────── Offices ─────────────────────────────
  {
    id: 'office/us-secdef', kind: 'office', name: 'U.S. Secretary of Defense', nameJa: '米国防長官', country: 'US', role: 'defense-chief',
    description: 'Head of the U.S. Department of Defense (Department of War).',
    aliases: {
      en: ['Secretary of Defense', 'U.S. Secretary of Defense', 'US Secretary of Defense', 'Defense Secretary', 'U.S. Defense Secretary', 'US Defense Secretary',
        'U.S. Secretary of Defence', 'U.S. Defence Secretary', 'US Defence Secretary', 'Pentagon chief', 'SecDef'],
      ja: ['国防長官', '米国防長官'],
    },
  },
  {
    id: 'office/us-secwar', kind: 'office', name: 'U.S. Secretary of War', nameJa: '米戦争長官', country: 'US', role: 'defense-chief',
    description: 'Secondary title of the U.S. Secretary of Defense under the executive order of September 5, 2025.',
    aliases: {
      en: ['Secretary of War', 'U.S. Secretary of War', 'US Secretary of War', 'War Secretary', 'U.S. War Secretary', 'US War Secretary', 'SecWar'],
      ja: ['戦争長官', '米戦争長官'],
    },
  },
  {
    id: 'office/jp-defmin', kind: 'office', name: 'Minister of Defense of Japan', nameJa: '防衛大臣', country: 'JP', role: 'defense-chief',
    description: 'Cabinet minister heading Japan\'s Ministry of Defense.',
    aliases: {
      en: ['Minister of Defense', 'Minister of Defence', 'Defense Minister', 'Defence Minister', 'Japanese Defense Minister', 'Japanese Defence Minister',
        "Japan's Defense Minister", "Japan's Defence Minister", 'Japan Defense Minister', 'Minister of Defense of Japan', 'Japanese Minister of Defense'],
      ja: ['防衛大臣', '防衛相'],
    },
  },
  {
    id: 'office/jp-pm', kind: 'office', name: 'Prime Minister of Japan', nameJa: '内閣総理大臣', country: 'JP', role: 'head-of-government',
    description: 'Head of the government of Japan.',
    aliases: {
      en: ['Prime Minister of Japan', 'Japanese Prime Minister', "Japan's Prime Minister", 'Prime Minister', 'Japanese PM'],
      ja: ['内閣総理大臣', '総理大臣', '首相'],
    },
  },
  {
    id: 'office/jp-fm', kind: 'office', name: 'Minister for Foreign Affairs of Japan', nameJa: '外務大臣', country: 'JP', role: 'foreign-minister',
    description: 'Cabinet minister heading Japan\'s Ministry of Foreign Affairs.',
    aliases: {
      en: ['Minister for Foreign Affairs of Japan', 'Minister for Foreign Affairs', 'Minister of Foreign Affairs', 'Foreign Minister', 'Japanese Foreign Minister', "Japan's Foreign Minister"],
      ja: ['外務大臣', '外相'],
    },
  },
  {
    id: 'office/jp-ccs', kind: 'office', name: 'Chief Cabinet Secretary', nameJa: '内閣官房長官', country: 'JP', role: 'chief-cabinet-secretary',
    description: 'Japan\'s top government spokesperson, heading the Cabinet Secretariat.',
    aliases: { en: ['Chief Cabinet Secretary'], ja: ['内閣官房長官', '官房長官'] },
  },
  {
    id: 'office/us-president', kind: 'office', name: 'President of the United States', nameJa: '米国大統領', country: 'US', role: 'head-of-state',
    description: 'Head of state and government of the United States.',
    aliases: {
      en: ['President of the United States', 'U.S. President', 'US President', 'American President', 'POTUS'],
      ja: ['米国大統領', '米大統領', 'アメリカ大統領', 'アメリカ合衆国大統領'],
    },
  },
  {
    id: 'office/us-vp', kind: 'office', name: 'Vice President of the United States', nameJa: '米国副大統領', country: 'US', role: 'vice-president',
    description: 'Vice President of the United States.',
    aliases: { en: ['Vice President of the United States', 'U.S. Vice President', 'US Vice President'], ja: ['米国副大統領', '米副大統領'] },
  },
  {
    id: 'office/us-secstate', kind: 'office', name: 'U.S. Secretary of State', nameJa: '米国務長官', country: 'US', role: 'foreign-minister',
    description: 'Head of the U.S. Department of State.',
    aliases: { en: ['Secretary of State', 'U.S. Secretary of State', 'US Secretary of State'], ja: ['国務長官', '米国務長官'] },
  },
  {
    id: 'office/indopacom-commander', kind: 'office', name: 'Commander, U.S. Indo-Pacific Command', nameJa: '米インド太平洋軍司令官', country: 'US', role: 'military-commander',
    description: 'Four-star commander of U.S. forces in the Indo-Pacific.',
    aliases: {
      en: ['Commander, U.S. Indo-Pacific Command', 'Commander of U.S. Indo-Pacific Command', 'INDOPACOM commander', 'Indo-Pacific Command commander', 'Indo-Pacific Command chief', 'INDOPACOM chief'],
      ja: ['米インド太平洋軍司令官', 'インド太平洋軍司令官'],
    },
  },
  {
    id: 'office/usfj-commander', kind: 'office', name: 'Commander, U.S. Forces Japan', nameJa: '在日米軍司令官', country: 'US', role: 'military-commander',
    description: 'Commander of U.S. Forces Japan.',
    aliases: { en: ['Commander, U.S. Forces Japan', 'Commander of U.S. Forces Japan', 'USFJ commander'], ja: ['在日米軍司令官'] },
  },
  {
    id: 'office/jjoc-commander', kind: 'office', name: 'Commander, Japan Joint Operations Command', nameJa: '統合作戦司令官', country: 'JP', role: 'military-commander',
    description: 'Commander of the Self-Defense Forces\' Joint Operations Command.',
    aliases: { en: ['Commander, Japan Joint Operations Command', 'JJOC commander', 'Joint Operations Commander'], ja: ['統合作戦司令官'] },
  },
  {
    id: 'office/cn-president', kind: 'office', name: 'President of the People\'s Republic of China', nameJa: '中国国家主席', country: 'CN', role: 'head-of-state',
    description: 'Head of state of the People\'s Republic of China.',
    aliases: { en: ['President of the People\'s Republic of China', 'Chinese President', 'President of China', "China's President"], ja: ['中国国家主席', '国家主席'] },
  },
  {
    id: 'office/cn-defmin', kind: 'office', name: 'Minister of National Defense of China', nameJa: '中国国防相', country: 'CN', role: 'defense-chief',
    description: 'China\'s minister of national defense.',
    aliases: { en: ['Minister of National Defense of China', 'Chinese Defense Minister', 'Chinese Defence Minister', "China's Defense Minister", "China's Defence Minister"], ja: ['中国国防相', '中国国防部長'] },
  },

  {
    id: 'office/au-defmin', kind: 'office', name: 'Minister for Defence of Australia', nameJa: '豪国防大臣', country: 'AU', role: 'defense-chief',
    description: 'Australia\'s defence minister.',
    aliases: { en: ['Minister for Defence of Australia', 'Australian Defence Minister', 'Australian Defense Minister'], ja: ['豪国防大臣', '豪国防相'] },
  },
  {
    id: 'office/ph-defsec', kind: 'office', name: 'Secretary of National Defense of the Philippines', nameJa: '比国防大臣', country: 'PH', role: 'defense-chief',
    description: 'The Philippines\' defence minister.',
    aliases: { en: ['Secretary of National Defense of the Philippines', 'Philippine Defense Secretary', 'Philippine Defence Secretary'], ja: ['比国防大臣', 'フィリピン国防相'] },
  },
  {
    id: 'office/kr-defmin', kind: 'office', name: 'Minister of National Defense of the Republic of Korea', nameJa: '韓国国防部長官', country: 'KR', role: 'defense-chief',
    description: 'South Korea\'s defence minister.',
    aliases: { en: ['Minister of National Defense of the Republic of Korea', 'South Korean Defense Minister', 'South Korean Defence Minister'], ja: ['韓国国防部長官', '韓国国防相'] },
  },
  {
    id: 'office/cybercom-commander', kind: 'office', name: 'Commander, U.S. Cyber Command', nameJa: '米サイバー軍司令官', country: 'US', role: 'military-commander',
    description: 'Head of U.S. Cyber Command.',
    aliases: { en: ['Commander, U.S. Cyber Command', 'Commander of U.S. Cyber Command'], ja: ['米サイバー軍司令官'] },
  },

  // ───────────────────────────── Bodies ─────────────────────────────
  {
    id: 'body/us-dow', kind: 'body', name: 'U.S. Department of War', nameJa: '米国防総省', country: 'US', seat: 'place/pentagon',
    description: 'The U.S. Department of Defense, given the secondary name Department of War in September 2025; headquartered at the Pentagon.',
    descriptionJa: '米国防総省。2025年9月に戦争省の別称が与えられた。本庁舎はペンタゴン。',
    aliases: {
      en: ['U.S. Department of War', 'US Department of War', 'United States Department of War', 'Department of War', 'War Department', 'U.S. War Department', 'US War Department',
        'Department of Defense', 'U.S. Department of Defense', 'US Department of Defense', 'United States Department of Defense',
        'Defense Department', 'U.S. Defense Department', 'US Defense Department', 'DoD'],
      ja: ['米国防総省', '国防総省', '米国防省', '米戦争省', '戦争省'],
    },
  },
  {
    id: 'body/jp-mod', kind: 'body', name: 'Ministry of Defense of Japan', nameJa: '防衛省', country: 'JP', seat: 'place/ichigaya',
    description: 'Japan\'s Ministry of Defense, at Ichigaya in Shinjuku, Tokyo.',
    descriptionJa: '日本の防衛省。所在地は東京都新宿区市ヶ谷。',
    aliases: {
      en: ['Ministry of Defense of Japan', 'Ministry of Defense', 'Ministry of Defence', 'Japan Ministry of Defense', "Japan's Ministry of Defense", 'Japanese Ministry of Defense',
        'Japanese Defense Ministry', 'Japanese Defence Ministry', "Japan's Defense Ministry", "Japan's Defence Ministry", 'Defense Ministry', 'Defence Ministry', 'MOD', 'JMOD', 'Japan MOD'],
      ja: ['防衛省'],
    },
  },
  {
    id: 'body/usfj', kind: 'body', name: 'U.S. Forces Japan', nameJa: '在日米軍', country: 'US', seat: 'place/yokota',
    description: 'The U.S. military command for U.S. forces stationed in Japan, headquartered at Yokota Air Base.',
    descriptionJa: '日本に駐留する米軍部隊を統べる米軍の司令部（在日米軍）。司令部は横田基地。',
    aliases: {
      en: ['U.S. Forces Japan', 'US Forces Japan', 'United States Forces Japan', 'U.S. Forces, Japan', 'USFJ', 'U.S. forces in Japan', 'US forces in Japan',
        'American forces in Japan', 'U.S. military in Japan', 'US military in Japan', 'U.S. troops in Japan', 'US troops in Japan'],
      ja: ['在日米軍', '在日米軍司令部'],
    },
  },
  {
    id: 'body/jjoc', kind: 'body', name: 'Japan Joint Operations Command', nameJa: '統合作戦司令部', country: 'JP', seat: 'place/ichigaya',
    description: 'Permanent joint command of Japan\'s Self-Defense Forces, launched in March 2025.',
    descriptionJa: '自衛隊の常設の統合司令部。2025年3月に発足。',
    aliases: {
      en: ['Japan Joint Operations Command', 'JJOC', 'Joint Operations Command', 'Japan Self-Defense Forces Joint Operations Command', 'JSDF Joint Operations Command', 'SDF Joint Operations Command'],
      ja: ['統合作戦司令部', '自衛隊統合作戦司令部'],
    },
  },
  {
    id: 'body/sdf', kind: 'body', name: 'Japan Self-Defense Forces', nameJa: '自衛隊', country: 'JP',
    description: 'Japan\'s armed forces.',
    descriptionJa: '日本の防衛組織（自衛隊）。',
    aliases: {
      en: ['Japan Self-Defense Forces', 'Japan Self-Defense Force', 'Japanese Self-Defense Forces', 'Self-Defense Forces', 'Self-Defense Force', 'Self-Defence Forces', 'Self-Defence Force',
        'Japan Self-Defence Forces', 'SDF', 'JSDF'],
      ja: ['自衛隊'],
    },
  },
  {
    id: 'body/jmsdf', kind: 'body', name: 'Japan Maritime Self-Defense Force', nameJa: '海上自衛隊', country: 'JP',
    description: 'Japan\'s navy.',
    descriptionJa: '日本の海上防衛を担う自衛隊（海上自衛隊）。',
    aliases: { en: ['Japan Maritime Self-Defense Force', 'Maritime Self-Defense Force', 'Maritime Self-Defence Force', 'JMSDF', 'MSDF'], ja: ['海上自衛隊', '海自'] },
  },
  {
    id: 'body/jasdf', kind: 'body', name: 'Japan Air Self-Defense Force', nameJa: '航空自衛隊', country: 'JP',
    description: 'Japan\'s air force.',
    descriptionJa: '日本の航空防衛を担う自衛隊（航空自衛隊）。',
    aliases: { en: ['Japan Air Self-Defense Force', 'Air Self-Defense Force', 'Air Self-Defence Force', 'JASDF', 'ASDF'], ja: ['航空自衛隊', '空自'] },
  },
  {
    id: 'body/jgsdf', kind: 'body', name: 'Japan Ground Self-Defense Force', nameJa: '陸上自衛隊', country: 'JP',
    description: 'Japan\'s army.',
    descriptionJa: '日本の陸上防衛を担う自衛隊（陸上自衛隊）。',
    aliases: { en: ['Japan Ground Self-Defense Force', 'Ground Self-Defense Force', 'Ground Self-Defence Force', 'JGSDF', 'GSDF'], ja: ['陸上自衛隊', '陸自'] },
  },
  {
    id: 'body/ardb', kind: 'body', name: 'Amphibious Rapid Deployment Brigade', nameJa: '水陸機動団', country: 'JP', seat: 'place/sasebo',
    description: 'Ground Self-Defense Force amphibious unit for the defence of remote islands, based at Sasebo.',
    descriptionJa: '島嶼防衛のための陸上自衛隊の水陸両用部隊。佐世保に所在。',
    aliases: { en: ['Amphibious Rapid Deployment Brigade', 'ARDB'], ja: ['水陸機動団'] },
  },
  {
    id: 'body/joint-staff', kind: 'body', name: 'Joint Staff (Japan)', nameJa: '統合幕僚監部', country: 'JP', seat: 'place/ichigaya',
    description: 'The Self-Defense Forces\' Joint Staff Office, headed by the Chief of Staff, Joint Staff.',
    descriptionJa: '自衛隊の統合幕僚監部。統合幕僚長が長を務める。',
    aliases: { en: ['Joint Staff (Japan)', 'Japan Joint Staff', 'Joint Staff Office'], ja: ['統合幕僚監部', '統幕'] },
  },
  {
    id: 'body/atla', kind: 'body', name: 'Acquisition, Technology & Logistics Agency', nameJa: '防衛装備庁', country: 'JP', seat: 'place/ichigaya',
    description: 'Japan Ministry of Defense agency for procurement and defence equipment.',
    descriptionJa: '防衛装備の調達を担う防衛省の外局（防衛装備庁）。',
    aliases: { en: ['Acquisition, Technology & Logistics Agency', 'Acquisition, Technology and Logistics Agency', 'ATLA'], ja: ['防衛装備庁'] },
  },
  {
    id: 'body/jcg', kind: 'body', name: 'Japan Coast Guard', nameJa: '海上保安庁', country: 'JP',
    description: 'Japan\'s coast guard.',
    descriptionJa: '日本の海上保安機関（海上保安庁）。',
    aliases: { en: ['Japan Coast Guard', 'JCG'], ja: ['海上保安庁', '海保'] },
  },
  {
    id: 'body/jp-government', kind: 'body', name: 'Government of Japan', nameJa: '日本政府', country: 'JP', seat: 'place/tokyo',
    description: 'The Japanese government.',
    descriptionJa: '日本の政府。',
    aliases: { en: ['Government of Japan', 'Japanese government', "Japan's government"], ja: ['日本政府'] },
  },
  {
    id: 'body/jp-mofa', kind: 'body', name: 'Ministry of Foreign Affairs of Japan', nameJa: '外務省', country: 'JP', seat: 'place/tokyo',
    description: 'Japan\'s foreign ministry.',
    descriptionJa: '日本の外務省。',
    aliases: {
      en: ['Ministry of Foreign Affairs of Japan', 'Ministry of Foreign Affairs', "Japan's Ministry of Foreign Affairs", 'Japanese Foreign Ministry', "Japan's Foreign Ministry", 'Foreign Ministry', 'MOFA'],
      ja: ['外務省'],
    },
  },
  {
    id: 'body/us-military', kind: 'body', name: 'United States Armed Forces', nameJa: '米軍', country: 'US',
    description: 'The U.S. military as a whole.',
    descriptionJa: '米軍全体。',
    aliases: {
      en: ['United States Armed Forces', 'U.S. Armed Forces', 'US Armed Forces', 'U.S. military', 'US military', 'American military', 'U.S. forces', 'US forces', 'American forces', 'U.S. troops', 'US troops'],
      ja: ['米軍', '米国軍', 'アメリカ軍'],
    },
  },
  {
    id: 'body/indopacom', kind: 'body', name: 'U.S. Indo-Pacific Command', nameJa: '米インド太平洋軍', country: 'US', seat: 'place/camp-smith',
    description: 'U.S. combatant command for the Indo-Pacific, headquartered at Camp H.M. Smith, Hawaii (formerly Pacific Command).',
    descriptionJa: 'インド太平洋地域を担当する米国の統合軍（旧太平洋軍）。司令部はハワイのキャンプ・H・M・スミス。',
    aliases: {
      en: ['U.S. Indo-Pacific Command', 'US Indo-Pacific Command', 'United States Indo-Pacific Command', 'Indo-Pacific Command', 'INDOPACOM', 'USINDOPACOM', 'U.S. Pacific Command', 'PACOM'],
      ja: ['米インド太平洋軍', 'インド太平洋軍', 'インド太平洋軍司令部', '米太平洋軍'],
    },
  },
  {
    id: 'body/us-marines', kind: 'body', name: 'U.S. Marine Corps', nameJa: '米海兵隊', country: 'US',
    description: 'The U.S. Marine Corps, with major forces in Okinawa.',
    descriptionJa: '米海兵隊。沖縄に主要部隊を置く。',
    aliases: { en: ['U.S. Marine Corps', 'US Marine Corps', 'United States Marine Corps', 'USMC', 'Marine Corps', 'U.S. Marines', 'US Marines'], ja: ['米海兵隊', '海兵隊'] },
  },
  {
    id: 'body/iii-mef', kind: 'body', name: 'III Marine Expeditionary Force', nameJa: '第3海兵遠征軍', country: 'US', seat: 'place/okinawa',
    description: 'The U.S. Marine Corps\' forward-deployed force headquartered in Okinawa.',
    descriptionJa: '米海兵隊の前方展開部隊。司令部は沖縄。',
    aliases: { en: ['III Marine Expeditionary Force', 'III MEF', 'Third Marine Expeditionary Force'], ja: ['第3海兵遠征軍', '第三海兵遠征軍'] },
  },
  {
    id: 'body/12th-mlr', kind: 'body', name: '12th Marine Littoral Regiment', nameJa: '第12海兵沿岸連隊', country: 'US', seat: 'place/okinawa',
    description: 'U.S. Marine Corps littoral regiment stood up in Okinawa in 2023.',
    descriptionJa: '2023年に沖縄で編成された米海兵隊の海兵沿岸連隊。',
    aliases: { en: ['12th Marine Littoral Regiment', '12th MLR', 'Marine Littoral Regiment'], ja: ['第12海兵沿岸連隊', '海兵沿岸連隊'] },
  },
  {
    id: 'body/us-navy', kind: 'body', name: 'U.S. Navy', nameJa: '米海軍', country: 'US',
    description: 'The U.S. Navy.',
    descriptionJa: '米海軍。',
    aliases: { en: ['U.S. Navy', 'US Navy', 'United States Navy', 'USN'], ja: ['米海軍'] },
  },
  {
    id: 'body/seventh-fleet', kind: 'body', name: 'U.S. 7th Fleet', nameJa: '米第7艦隊', country: 'US', seat: 'place/yokosuka',
    description: 'The U.S. Navy\'s forward-deployed fleet, headquartered at Yokosuka.',
    descriptionJa: '米海軍の前方展開艦隊。司令部は横須賀。',
    aliases: { en: ['U.S. 7th Fleet', 'US 7th Fleet', '7th Fleet', 'Seventh Fleet', 'U.S. Seventh Fleet'], ja: ['米第7艦隊', '第7艦隊', '第七艦隊'] },
  },
  {
    id: 'body/us-air-force', kind: 'body', name: 'U.S. Air Force', nameJa: '米空軍', country: 'US',
    description: 'The U.S. Air Force.',
    descriptionJa: '米空軍。',
    aliases: { en: ['U.S. Air Force', 'US Air Force', 'United States Air Force', 'USAF'], ja: ['米空軍'] },
  },
  {
    id: 'body/us-army', kind: 'body', name: 'U.S. Army', nameJa: '米陸軍', country: 'US',
    description: 'The U.S. Army.',
    descriptionJa: '米陸軍。',
    aliases: { en: ['U.S. Army', 'US Army', 'United States Army'], ja: ['米陸軍'] },
  },
  {
    id: 'body/white-house', kind: 'body', name: 'White House', nameJa: 'ホワイトハウス', country: 'US', seat: 'place/washington',
    description: 'The U.S. president\'s residence and office in Washington.',
    descriptionJa: 'ワシントンにある米大統領の公邸兼執務の場。',
    aliases: { en: ['White House'], ja: ['ホワイトハウス', '米ホワイトハウス'] },
  },
  {
    id: 'body/us-state-dept', kind: 'body', name: 'U.S. Department of State', nameJa: '米国務省', country: 'US', seat: 'place/washington',
    description: 'The U.S. foreign ministry.',
    descriptionJa: '米国の外交を担う省（米国務省）。',
    aliases: { en: ['U.S. Department of State', 'US Department of State', 'Department of State', 'State Department', 'U.S. State Department', 'US State Department'], ja: ['米国務省', '国務省'] },
  },
  {
    id: 'body/us-government', kind: 'body', name: 'U.S. government', nameJa: '米政府', country: 'US', seat: 'place/washington',
    description: 'The government of the United States.',
    descriptionJa: '米国の政府。',
    aliases: { en: ['U.S. government', 'US government', 'United States government', 'American government'], ja: ['米政府', '米国政府', 'アメリカ政府'] },
  },
  {
    id: 'body/pla', kind: 'body', name: 'People\'s Liberation Army', nameJa: '中国人民解放軍', country: 'CN',
    description: 'China\'s armed forces.',
    descriptionJa: '中国の軍（中国人民解放軍）。',
    aliases: {
      en: ["People's Liberation Army", "Chinese People's Liberation Army", 'PLA', 'PLA Navy', 'Chinese military', "China's military", 'Chinese navy', 'Chinese armed forces'],
      ja: ['中国人民解放軍', '人民解放軍', '解放軍', '中国軍', '中国海軍'],
    },
  },
  {
    id: 'body/china-coast-guard', kind: 'body', name: 'China Coast Guard', nameJa: '中国海警局', country: 'CN',
    description: 'China\'s coast guard.',
    descriptionJa: '中国の海上保安機関（中国海警局）。',
    aliases: { en: ['China Coast Guard', 'Chinese Coast Guard', 'CCG', "China's Coast Guard", 'China Coast Guard Law', "China's Coast Guard Law", 'Coast Guard Law'], ja: ['中国海警局', '中国海警', '海警局', '海警法'] },
  },
  {
    id: 'body/china-mfa', kind: 'body', name: 'Ministry of Foreign Affairs of China', nameJa: '中国外務省', country: 'CN', seat: 'place/beijing',
    description: 'China\'s foreign ministry.',
    descriptionJa: '中国の外務省。',
    aliases: {
      en: ['Ministry of Foreign Affairs of China', 'Chinese Foreign Ministry', "China's Foreign Ministry", 'Chinese Ministry of Foreign Affairs'],
      ja: ['中国外務省', '中国外交部'],
    },
  },
  {
    id: 'body/asean', kind: 'body', name: 'Association of Southeast Asian Nations', nameJa: '東南アジア諸国連合', country: null,
    description: 'Regional organisation of ten Southeast Asian states.',
    descriptionJa: '東南アジアの10か国による地域機構。',
    aliases: { en: ['Association of Southeast Asian Nations', 'ASEAN'], ja: ['東南アジア諸国連合'] },
  },
  {
    id: 'body/g7', kind: 'body', name: 'Group of Seven', nameJa: '主要7カ国', country: null,
    description: 'Forum of seven advanced economies and the EU.',
    descriptionJa: '先進7か国とEUによる枠組み。',
    aliases: { en: ['Group of Seven', 'G7', 'G-7'], ja: ['主要7カ国', 'G7', '先進7カ国'] },
  },
  {
    id: 'body/nato', kind: 'body', name: 'North Atlantic Treaty Organization', nameJa: '北大西洋条約機構', country: null,
    description: 'The transatlantic military alliance.',
    descriptionJa: '大西洋をまたぐ軍事同盟（北大西洋条約機構）。',
    aliases: { en: ['North Atlantic Treaty Organization', 'NATO'], ja: ['北大西洋条約機構'] },
  },
  {
    id: 'body/iiss', kind: 'body', name: 'International Institute for Strategic Studies', nameJa: '英国際戦略研究所', country: 'GB',
    description: 'London think tank that organises the Shangri-La Dialogue.',
    descriptionJa: 'シャングリラ会合を主催するロンドンのシンクタンク。',
    aliases: { en: ['International Institute for Strategic Studies', 'IISS'], ja: ['英国際戦略研究所', '国際戦略研究所'] },
  },
  {
    id: 'body/csis', kind: 'body', name: 'Center for Strategic and International Studies', nameJa: '米戦略国際問題研究所', country: 'US', seat: 'place/washington',
    description: 'Washington think tank.',
    descriptionJa: 'ワシントンのシンクタンク。',
    aliases: { en: ['Center for Strategic and International Studies', 'CSIS'], ja: ['米戦略国際問題研究所', '戦略国際問題研究所'] },
  },

  // News outlets whose names would otherwise read as places ("the Washington Post reported").
  {
    id: 'body/washington-post', kind: 'body', name: 'The Washington Post', nameJa: 'ワシントン・ポスト', country: 'US',
    description: 'U.S. newspaper (a source, not a place).',
    descriptionJa: '米国の新聞（情報源であり、地名ではない）。',
    aliases: { en: ['The Washington Post', 'Washington Post'], ja: ['ワシントン・ポスト', 'ワシントンポスト'] },
  },
  {
    id: 'body/washington-times', kind: 'body', name: 'The Washington Times', nameJa: 'ワシントン・タイムズ', country: 'US',
    description: 'U.S. newspaper (a source, not a place).',
    descriptionJa: '米国の新聞（情報源であり、地名ではない）。',
    aliases: { en: ['The Washington Times', 'Washington Times'], ja: ['ワシントン・タイムズ'] },
  },
  {
    id: 'body/japan-times', kind: 'body', name: 'The Japan Times', nameJa: 'ジャパンタイムズ', country: 'JP',
    description: 'Japanese English-language newspaper (a source, not a place).',
    descriptionJa: '日本の英字新聞（情報源であり、地名ではない）。',
    aliases: { en: ['The Japan Times', 'Japan Times'], ja: ['ジャパンタイムズ', 'ジャパン・タイムズ'] },
  },
  {
    id: 'body/japan-news', kind: 'body', name: 'The Japan News', nameJa: 'ジャパンニューズ', country: 'JP',
    description: 'English-language newspaper of the Yomiuri Shimbun (a source, not a place).',
    descriptionJa: '読売新聞の英字新聞（情報源であり、地名ではない）。',
    aliases: { en: ['The Japan News', 'Japan News'], ja: ['ジャパンニューズ'] },
  },

  // ───────────────────────────── Frameworks ─────────────────────────────
  {
    id: 'framework/dicas', kind: 'framework', name: 'Defense Industrial Cooperation, Acquisition and Sustainment', nameJa: '日米防衛産業協力・取得・維持整備定期協議',
    description: 'The Japan-U.S. Forum on Defense Industrial Cooperation, Acquisition and Sustainment (DICAS): co-production and co-sustainment.',
    descriptionJa: '日米防衛産業協力・取得・維持整備定期協議（DICAS）。共同生産と共同維持整備を扱う。',
    aliases: {
      en: ['Defense Industrial Cooperation, Acquisition and Sustainment', 'Defense Industrial Cooperation, Acquisition, and Sustainment', 'Defence Industrial Cooperation, Acquisition and Sustainment',
        'Forum for Defense Industrial Cooperation, Acquisition and Sustainment', 'Forum on Defense Industrial Cooperation, Acquisition and Sustainment', 'DICAS', 'DICAS forum'],
      ja: ['日米防衛産業協力・取得・維持整備定期協議', '防衛産業協力・取得・維持整備定期協議'],
    },
  },
  {
    id: 'framework/2plus2', kind: 'framework', name: 'Japan-U.S. Security Consultative Committee', nameJa: '日米安全保障協議委員会',
    description: 'The "2+2" meeting of the two countries\' foreign and defence ministers.',
    descriptionJa: '両国の外務・防衛担当閣僚による日米安全保障協議委員会（2+2）。',
    aliases: {
      en: ['Japan-U.S. Security Consultative Committee', 'U.S.-Japan Security Consultative Committee', 'Security Consultative Committee', 'SCC', '2+2', 'two-plus-two', '2-plus-2',
        'Japan-U.S. 2+2', 'Japan-US 2+2', 'U.S.-Japan 2+2', 'US-Japan 2+2'],
      ja: ['日米安全保障協議委員会', '日米安保協議委員会', '2プラス2', '日米2プラス2', 'ツー・プラス・ツー'],
    },
  },
  {
    id: 'framework/alliance', kind: 'framework', name: 'Japan-U.S. Alliance', nameJa: '日米同盟',
    description: 'The security alliance between Japan and the United States.',
    descriptionJa: '日本と米国の安全保障上の同盟（日米同盟）。',
    aliases: {
      en: ['Japan-U.S. Alliance', 'Japan-US alliance', 'U.S.-Japan alliance', 'US-Japan alliance', 'Japan-U.S. security alliance', 'Japan-US security alliance',
        'U.S.-Japan security alliance', 'US-Japan security alliance', 'U.S.-Japanese alliance', 'US-Japanese alliance', 'Japanese-US alliance', 'Japanese-U.S. alliance'],
      ja: ['日米同盟'],
    },
  },
  {
    id: 'framework/okinawa-consolidation-plan', kind: 'framework', name: 'Okinawa Consolidation Plan', nameJa: '沖縄統合計画',
    description: 'The 2013 bilateral plan for the return of U.S. facilities and areas south of Kadena in Okinawa.',
    descriptionJa: '嘉手納以南の沖縄の米軍施設・区域の返還に関する2013年の日米の計画。',
    aliases: {
      en: ['Okinawa Consolidation Plan', 'Consolidation Plan for Facilities and Areas in Okinawa'],
      ja: ['沖縄統合計画', '沖縄における在日米軍施設・区域に関する統合計画'],
    },
  },
  {
    id: 'framework/realignment', kind: 'framework', name: 'Realignment of U.S. Forces in Japan', nameJa: '在日米軍再編',
    description: 'The bilateral plan to realign U.S. forces in Japan, including the Futenma relocation and Marines to Guam.',
    descriptionJa: '普天間飛行場の移設や海兵隊のグアム移転を含む、在日米軍を再編する日米の計画。',
    aliases: {
      en: ['Realignment of U.S. Forces in Japan', 'realignment of US forces in Japan', 'realignment of U.S. forces', 'realignment of US forces', 'U.S. force realignment', 'US force realignment',
        'U.S. military realignment', 'US military realignment'],
      ja: ['在日米軍再編', '米軍再編'],
    },
  },
  {
    id: 'framework/foip', kind: 'framework', name: 'Free and Open Indo-Pacific', nameJa: '自由で開かれたインド太平洋',
    description: 'Japan\'s (and the shared) vision of a rules-based Indo-Pacific.',
    descriptionJa: 'ルールに基づくインド太平洋という日本の（そして日米共有の）ビジョン。',
    aliases: { en: ['Free and Open Indo-Pacific', 'FOIP'], ja: ['自由で開かれたインド太平洋'] },
  },
  {
    id: 'framework/extended-deterrence', kind: 'framework', name: 'Extended deterrence', nameJa: '拡大抑止',
    description: 'The U.S. commitment to defend Japan with all its capabilities, including nuclear.',
    descriptionJa: '核を含むあらゆる能力で日本を防衛するという米国のコミットメント。',
    aliases: { en: ['extended deterrence', 'nuclear umbrella', 'U.S. extended deterrence', 'US extended deterrence'], ja: ['拡大抑止', '核の傘'] },
  },
  {
    id: 'framework/edd', kind: 'framework', name: 'Japan-U.S. Extended Deterrence Dialogue', nameJa: '日米拡大抑止協議',
    description: 'Regular bilateral consultations on extended deterrence.',
    descriptionJa: '拡大抑止に関する日米の定期協議。',
    aliases: { en: ['Japan-U.S. Extended Deterrence Dialogue', 'Extended Deterrence Dialogue', 'EDD'], ja: ['日米拡大抑止協議', '拡大抑止協議'] },
  },
  {
    id: 'framework/host-nation-support', kind: 'framework', name: 'Host Nation Support', nameJa: '在日米軍駐留経費負担',
    description: 'Japan\'s financial support for stationing U.S. forces ("sympathy budget", "alliance resilience budget").',
    descriptionJa: '在日米軍の駐留を支える日本の財政支援（「思いやり予算」「同盟強靱化予算」）。',
    aliases: {
      en: ['Host Nation Support', 'HNS', 'sympathy budget', 'alliance resilience budget'],
      ja: ['在日米軍駐留経費負担', '在日米軍駐留経費', '駐留経費負担', '思いやり予算', '同盟強靱化予算', '同盟強靭化予算'],
    },
  },
  {
    id: 'framework/quad', kind: 'framework', name: 'Quadrilateral Security Dialogue', nameJa: '日米豪印戦略対話',
    description: 'The Quad: Japan, the United States, Australia and India.',
    descriptionJa: '日本、米国、オーストラリア、インドによるクアッド。',
    aliases: { en: ['Quadrilateral Security Dialogue', 'Quad'], ja: ['日米豪印戦略対話', '日米豪印', 'クアッド'] },
  },
  {
    id: 'framework/japan-us-australia', kind: 'framework', name: 'Japan-U.S.-Australia trilateral cooperation', nameJa: '日米豪',
    description: 'Trilateral defence cooperation among Japan, the United States and Australia.',
    descriptionJa: '日本、米国、オーストラリアの3か国の防衛協力。',
    aliases: {
      en: ['Japan-U.S.-Australia trilateral cooperation', 'Japan-U.S.-Australia', 'Japan-US-Australia', 'U.S.-Japan-Australia', 'US-Japan-Australia', 'Australia-Japan-U.S.', 'Australia-Japan-US'],
      ja: ['日米豪'],
    },
  },
  {
    id: 'framework/japan-us-philippines', kind: 'framework', name: 'Japan-U.S.-Philippines trilateral cooperation', nameJa: '日米比',
    description: 'Trilateral defence cooperation among Japan, the United States and the Philippines.',
    descriptionJa: '日本、米国、フィリピンの3か国の防衛協力。',
    aliases: {
      en: ['Japan-U.S.-Philippines trilateral cooperation', 'Japan-U.S.-Philippines', 'Japan-US-Philippines', 'U.S.-Japan-Philippines', 'US-Japan-Philippines'],
      ja: ['日米比'],
    },
  },
  {
    id: 'framework/japan-us-rok', kind: 'framework', name: 'Japan-U.S.-ROK trilateral cooperation', nameJa: '日米韓',
    description: 'Trilateral security cooperation among Japan, the United States and South Korea.',
    descriptionJa: '日本、米国、韓国の3か国の安全保障協力。',
    aliases: {
      en: ['Japan-U.S.-ROK trilateral cooperation', 'Japan-U.S.-ROK', 'Japan-US-ROK', 'U.S.-Japan-ROK', 'US-Japan-ROK', 'U.S.-Japan-South Korea', 'US-Japan-South Korea', 'Japan-U.S.-South Korea', 'Japan-US-South Korea',
        'Defense Trilateral Talks', 'DTT'],
      ja: ['日米韓', '日米韓防衛実務者協議'],
    },
  },
  {
    id: 'framework/aukus', kind: 'framework', name: 'AUKUS', nameJa: 'オーカス',
    description: 'Security partnership of Australia, the United Kingdom and the United States.',
    descriptionJa: 'オーストラリア、英国、米国の安全保障パートナーシップ（オーカス）。',
    aliases: { en: ['AUKUS'], ja: ['オーカス'] },
  },
  {
    id: 'framework/counterstrike', kind: 'framework', name: 'Counterstrike capabilities', nameJa: '反撃能力',
    description: 'Japan\'s capability to strike missile launch sites in self-defence, adopted in the 2022 strategic documents.',
    descriptionJa: '自衛のためミサイル発射拠点を攻撃する日本の能力。2022年の戦略文書で保有を決定。',
    aliases: {
      en: ['counterstrike capabilities', 'counterstrike capability', 'counter-strike capabilities', 'counter-strike capability', 'enemy base strike capability', 'enemy base strike capabilities'],
      ja: ['反撃能力', '敵基地攻撃能力'],
    },
  },
  {
    id: 'framework/fms', kind: 'framework', name: 'Foreign Military Sales', nameJa: '対外有償軍事援助',
    description: 'U.S. government-to-government arms sales programme.',
    descriptionJa: '米国の政府間武器売却制度（対外有償軍事援助）。',
    aliases: { en: ['Foreign Military Sales', 'FMS'], ja: ['対外有償軍事援助', '有償援助'] },
  },
  {
    id: 'framework/equipment-technology-cooperation', kind: 'framework', name: 'Defense equipment and technology cooperation', nameJa: '防衛装備・技術協力',
    description: 'Bilateral cooperation on defence equipment, technology, production and sustainment.',
    descriptionJa: '防衛装備・技術、生産、維持整備に関する日米の協力。',
    aliases: { en: ['defense equipment and technology cooperation', 'defence equipment and technology cooperation'], ja: ['防衛装備・技術協力'] },
  },

  // ───────────────────────────── Systems ─────────────────────────────
  {
    id: 'system/sm-3-block-iia', kind: 'system', name: 'SM-3 Block IIA', nameJa: 'SM-3ブロックIIA',
    description: 'Standard Missile-3 Block IIA, the jointly developed Japan-U.S. interceptor missile for ballistic missile defense.',
    descriptionJa: 'SM-3ブロックIIA。弾道ミサイル防衛のため日米が共同開発した迎撃ミサイル。',
    aliases: {
      en: ['SM-3 Block IIA', 'SM-3 Block 2A', 'SM3 Block IIA', 'SM3 Block 2A', 'SM-3 Blk IIA', 'SM-3 IIA', 'SM-3IIA',
        'Standard Missile-3 Block IIA', 'Standard Missile-3 Block 2A', 'Standard Missile 3 Block IIA', 'Standard Missile-3', 'SM-3', 'SM3',
        'interceptor missile for Ballistic Missile Defense', 'interceptor missile for ballistic missile defence', 'interceptor missiles for Ballistic Missile Defense'],
      ja: ['SM-3ブロックIIA', 'SM-3ブロック2A', 'SM3ブロックIIA', 'SM3ブロック2A', 'SM-3ブロック・IIA', 'スタンダード・ミサイル3ブロックIIA', '弾道ミサイル防衛用迎撃ミサイル'],
    },
  },
  {
    id: 'system/sm-3-block-ib', kind: 'system', name: 'SM-3 Block IB', nameJa: 'SM-3ブロックIB',
    description: 'Earlier Standard Missile-3 variant deployed on Aegis destroyers.',
    descriptionJa: 'イージス艦に配備された、より初期のSM-3の派生型。',
    aliases: { en: ['SM-3 Block IB', 'SM-3 Block 1B', 'SM3 Block IB', 'Standard Missile-3 Block IB'], ja: ['SM-3ブロックIB', 'SM-3ブロック1B'] },
  },
  {
    id: 'system/sm-6', kind: 'system', name: 'SM-6', nameJa: 'SM-6',
    description: 'Standard Missile-6 multi-role interceptor.',
    descriptionJa: '多用途の迎撃ミサイル、SM-6。',
    aliases: { en: ['SM-6', 'SM6', 'Standard Missile-6'], ja: [] },
  },
  {
    id: 'system/pac-3-mse', kind: 'system', name: 'PAC-3 MSE', nameJa: 'PAC-3MSE',
    description: 'Patriot Advanced Capability-3 Missile Segment Enhancement, a surface-to-air interceptor missile co-produced in Japan.',
    descriptionJa: 'PAC-3MSE（ペトリオット・PAC-3ミサイル・セグメント強化型）。日本で共同生産される地対空迎撃ミサイル。',
    aliases: {
      en: ['PAC-3 MSE', 'PAC-3MSE', 'PAC3 MSE', 'PAC3MSE', 'PAC-3 Missile Segment Enhancement', 'Patriot Advanced Capability-3 Missile Segment Enhancement', 'Patriot PAC-3 MSE',
        'PAC-3', 'PAC3', 'Patriot Advanced Capability-3', 'surface-to-air interceptor missile', 'surface-to-air interceptor'],
      ja: ['地対空誘導弾PAC-3MSE', 'ペトリオットPAC-3MSE', 'パトリオットPAC-3MSE', '地対空迎撃ミサイル'],
    },
  },
  {
    id: 'system/patriot', kind: 'system', name: 'Patriot air defense system', nameJa: 'ペトリオット',
    description: 'U.S.-designed surface-to-air missile system (MIM-104), operated by Japan.',
    descriptionJa: '米国が設計し日本も運用する地対空ミサイルシステム（MIM-104）。',
    aliases: {
      en: ['Patriot air defense system', 'Patriot missile', 'Patriot system', 'Patriot battery', 'Patriot interceptor', 'Patriot air defence system', 'MIM-104'],
      ja: ['ペトリオット', 'パトリオット'],
    },
  },
  {
    id: 'system/amraam', kind: 'system', name: 'AMRAAM', nameJa: '中距離空対空ミサイル',
    description: 'AIM-120 Advanced Medium-Range Air-to-Air Missile.',
    descriptionJa: 'AIM-120中距離空対空ミサイル（AMRAAM）。',
    aliases: {
      en: ['AMRAAM', 'AIM-120', 'AIM-120 AMRAAM', 'Advanced Medium-Range Air-to-Air Missile', 'advanced medium range air-to-air missile'],
      ja: ['中距離空対空ミサイル', '先進中距離空対空ミサイル', 'アムラーム'],
    },
  },
  {
    id: 'system/tomahawk', kind: 'system', name: 'Tomahawk', nameJa: 'トマホーク',
    description: 'U.S. long-range land-attack cruise missile being acquired by Japan.',
    descriptionJa: '日本が取得を進める米国の長射程対地巡航ミサイル。',
    aliases: { en: ['Tomahawk', 'Tomahawk cruise missile', 'Tomahawk missile', 'BGM-109'], ja: ['トマホーク'] },
  },
  {
    id: 'system/f-35', kind: 'system', name: 'F-35', nameJa: 'F-35',
    description: 'F-35 Lightning II stealth fighter (A and B variants in Japan).',
    descriptionJa: 'ステルス戦闘機F-35ライトニングII（日本ではA型とB型）。',
    aliases: { en: ['F-35', 'F35', 'F-35A', 'F-35B', 'F-35 Lightning II', 'Joint Strike Fighter'], ja: ['F-35', 'ステルス戦闘機F-35'] },
  },
  {
    id: 'system/aegis-system-equipped-vessel', kind: 'system', name: 'Aegis System Equipped Vessel', nameJa: 'イージス・システム搭載艦',
    description: 'Japan\'s planned large Aegis ships replacing the cancelled Aegis Ashore.',
    descriptionJa: '中止されたイージス・アショアに代わる、日本が計画する大型のイージス艦。',
    aliases: {
      en: ['Aegis System Equipped Vessel', 'Aegis system-equipped vessel', 'ASEV', 'Aegis-equipped vessel'],
      ja: ['イージス・システム搭載艦', 'イージスシステム搭載艦', 'イージス搭載艦'],
    },
  },
  {
    id: 'system/aegis', kind: 'system', name: 'Aegis combat system', nameJa: 'イージス',
    description: 'Aegis combat system and the Aegis destroyers that carry it.',
    descriptionJa: 'イージス戦闘システムと、それを搭載するイージス艦。',
    aliases: { en: ['Aegis combat system', 'Aegis', 'Aegis destroyer', 'Aegis-equipped destroyer', 'Aegis system'], ja: ['イージス', 'イージス艦', 'イージス・システム'] },
  },
  {
    id: 'system/aegis-ashore', kind: 'system', name: 'Aegis Ashore', nameJa: 'イージス・アショア',
    description: 'Land-based Aegis missile defense system; Japan cancelled its deployment in 2020.',
    descriptionJa: '陸上配備型イージス・システム。日本は2020年にその配備を中止した。',
    aliases: { en: ['Aegis Ashore'], ja: ['イージス・アショア', 'イージスアショア'] },
  },
  {
    id: 'system/gpi', kind: 'system', name: 'Glide Phase Interceptor', nameJa: '滑空段階迎撃用誘導弾',
    description: 'Japan-U.S. co-developed interceptor against hypersonic glide weapons.',
    descriptionJa: '極超音速滑空兵器に対処する、日米が共同開発する迎撃ミサイル。',
    aliases: { en: ['Glide Phase Interceptor', 'GPI'], ja: ['滑空段階迎撃用誘導弾', '滑空段階迎撃ミサイル', '滑空段階迎撃弾'] },
  },
  {
    id: 'system/hypersonic', kind: 'system', name: 'Hypersonic weapons', nameJa: '極超音速兵器',
    description: 'Hypersonic missiles and glide vehicles.',
    descriptionJa: '極超音速ミサイルと滑空体。',
    aliases: {
      // The bare adjective too: "counter-hypersonic technology", "hypersonic threats", 極超音速の脅威.
      en: ['Hypersonic weapons', 'hypersonic weapon', 'hypersonic missile', 'hypersonic glide vehicle', 'hypersonic threats', 'hypersonic'],
      ja: ['極超音速兵器', '極超音速ミサイル', '極超音速滑空兵器', '極超音速滑空体', '極超音速'],
    },
  },
  {
    id: 'system/hvgp', kind: 'system', name: 'Hyper Velocity Gliding Projectile', nameJa: '島嶼防衛用高速滑空弾',
    description: 'Japan\'s stand-off glide weapon for the defence of remote islands.',
    descriptionJa: '島嶼防衛のための日本のスタンド・オフ滑空兵器。',
    aliases: { en: ['Hyper Velocity Gliding Projectile', 'HVGP'], ja: ['島嶼防衛用高速滑空弾', '高速滑空弾'] },
  },
  {
    id: 'system/type-12-ssm', kind: 'system', name: 'Type 12 surface-to-ship missile', nameJa: '12式地対艦誘導弾',
    description: 'Japanese anti-ship missile; the upgraded version is a stand-off weapon.',
    descriptionJa: '日本の対艦ミサイル。能力向上型はスタンド・オフ兵器。',
    aliases: {
      en: ['Type 12 surface-to-ship missile', 'Type 12 SSM', 'Type-12 missile', 'upgraded Type 12 surface-to-ship missile', 'Type 12 anti-ship missile'],
      ja: ['12式地対艦誘導弾', '12式地対艦誘導弾能力向上型'],
    },
  },
  {
    id: 'system/osprey', kind: 'system', name: 'V-22 Osprey', nameJa: 'オスプレイ',
    description: 'Tiltrotor aircraft (MV-22, CV-22) operated by the U.S. and Japan.',
    descriptionJa: '米国と日本が運用するティルトローター機（MV-22、CV-22）。',
    aliases: { en: ['V-22 Osprey', 'Osprey', 'MV-22', 'MV-22B', 'V-22', 'CV-22', 'MV-22 Osprey'], ja: ['オスプレイ', 'MV-22', 'V-22'] },
  },
  {
    id: 'system/himars', kind: 'system', name: 'HIMARS', nameJa: '高機動ロケット砲システム',
    description: 'M142 High Mobility Artillery Rocket System.',
    descriptionJa: 'M142高機動ロケット砲システム（HIMARS）。',
    aliases: { en: ['HIMARS', 'High Mobility Artillery Rocket System', 'M142'], ja: ['高機動ロケット砲システム', 'ハイマース'] },
  },
  {
    id: 'system/typhon', kind: 'system', name: 'Typhon missile system', nameJa: 'タイフォン',
    description: 'U.S. Army Mid-Range Capability launcher for SM-6 and Tomahawk.',
    descriptionJa: 'SM-6とトマホークを発射する米陸軍の中距離能力（MRC）発射装置。',
    aliases: { en: ['Typhon missile system', 'Typhon', 'Typhon launcher', 'Mid-Range Capability'], ja: ['タイフォン', '中距離ミサイルシステム「タイフォン」'] },
  },
  {
    id: 'system/nmesis', kind: 'system', name: 'NMESIS', nameJa: 'NMESIS',
    description: 'Navy-Marine Expeditionary Ship Interdiction System, a Marine Corps anti-ship missile launcher.',
    descriptionJa: '海軍・海兵隊遠征艦艇阻止システム（NMESIS）。海兵隊の対艦ミサイル発射装置。',
    aliases: { en: ['NMESIS', 'Navy-Marine Expeditionary Ship Interdiction System', 'Navy/Marine Expeditionary Ship Interdiction System'], ja: ['ネメシス'] },
  },
  {
    id: 'system/gcap', kind: 'system', name: 'Global Combat Air Programme', nameJa: '次期戦闘機',
    description: 'Japan-UK-Italy next-generation fighter programme.',
    descriptionJa: '日英伊の次期戦闘機計画。',
    aliases: { en: ['Global Combat Air Programme', 'Global Combat Air Program', 'GCAP'], ja: ['次期戦闘機', 'グローバル戦闘航空プログラム'] },
  },
  {
    id: 'system/golden-dome', kind: 'system', name: 'Golden Dome', nameJa: 'ゴールデン・ドーム',
    description: 'U.S. homeland missile defense initiative announced in 2025.',
    descriptionJa: '2025年に発表された米国本土のミサイル防衛構想。',
    aliases: { en: ['Golden Dome', 'Golden Dome for America'], ja: ['ゴールデン・ドーム', 'ゴールデンドーム'] },
  },
  {
    id: 'system/bmd', kind: 'system', name: 'Ballistic Missile Defense', nameJa: '弾道ミサイル防衛',
    description: 'Defence against ballistic missiles.',
    descriptionJa: '弾道ミサイルに対する防衛。',
    aliases: { en: ['Ballistic Missile Defense', 'ballistic missile defence', 'BMD'], ja: ['弾道ミサイル防衛'] },
  },
  {
    id: 'system/iamd', kind: 'system', name: 'Integrated Air and Missile Defense', nameJa: '統合防空ミサイル防衛',
    description: 'Integrated air and missile defense capabilities.',
    descriptionJa: '統合防空ミサイル防衛能力。',
    aliases: { en: ['Integrated Air and Missile Defense', 'Integrated Air Missile Defense', 'Integrated Air and Missile Defence', 'IAMD'], ja: ['統合防空ミサイル防衛', 'IAMD'] },
  },
  {
    id: 'system/uss-george-washington', kind: 'system', name: 'USS George Washington', nameJa: '空母ジョージ・ワシントン',
    description: 'U.S. Navy aircraft carrier forward-deployed at Yokosuka.',
    descriptionJa: '横須賀に前方展開する米海軍の空母。',
    aliases: { en: ['USS George Washington', 'George Washington'], ja: ['空母ジョージ・ワシントン', 'ジョージ・ワシントン'] },
  },

  // ───────────────────────────── Places ─────────────────────────────
  {
    id: 'place/japan', kind: 'place', name: 'Japan', nameJa: '日本', country: 'JP', level: 'country', timeZone: 'Asia/Tokyo',
    description: 'Japan (UTC+9 all year).',
    descriptionJa: '日本（年間を通じてUTC+9）。',
    aliases: { en: ['Japan'], ja: ['日本', '日本国', '我が国', 'わが国'] },
  },
  {
    id: 'place/us', kind: 'place', name: 'United States', nameJa: '米国', country: 'US', level: 'country', timeZone: null,
    description: 'The United States of America (several time zones).',
    descriptionJa: 'アメリカ合衆国（複数の時間帯）。',
    aliases: { en: ['United States', 'United States of America', 'U.S.', 'U.S.A.', 'USA', 'America'], ja: ['米国', 'アメリカ', 'アメリカ合衆国', '合衆国'] },
  },
  {
    id: 'place/hiroshima', kind: 'place', name: 'Hiroshima', nameJa: '広島', country: 'JP', level: 'city', within: 'place/japan', timeZone: 'Asia/Tokyo',
    description: 'City in western Japan; host of the 2023 G7 summit.',
    descriptionJa: '西日本の都市。2023年のG7サミットの開催地。',
    aliases: { en: ['Hiroshima'], ja: ['広島', '広島市'] },
  },
  {
    id: 'place/tokyo', kind: 'place', name: 'Tokyo', nameJa: '東京', country: 'JP', level: 'city', within: 'place/japan', timeZone: 'Asia/Tokyo',
    description: 'Capital of Japan.',
    descriptionJa: '日本の首都。',
    aliases: { en: ['Tokyo'], ja: ['東京', '東京都'] },
  },
  {
    id: 'place/ichigaya', kind: 'place', name: 'Ichigaya, Shinjuku', nameJa: '市ヶ谷', country: 'JP', level: 'district', within: 'place/tokyo', timeZone: 'Asia/Tokyo',
    description: 'District of Shinjuku, Tokyo, where the Ministry of Defense stands.',
    descriptionJa: '東京都新宿区の地区。防衛省がある。',
    aliases: { en: ['Ichigaya, Shinjuku', 'Ichigaya'], ja: ['市ヶ谷', '市谷', '市ケ谷'] },
  },
  {
    id: 'place/kantei', kind: 'place', name: "Prime Minister's Office of Japan", nameJa: '首相官邸', country: 'JP', level: 'venue', within: 'place/tokyo', timeZone: 'Asia/Tokyo',
    description: 'The Prime Minister\'s official office in Nagatacho, Chiyoda, Tokyo (the Kantei).',
    descriptionJa: '東京都千代田区永田町にある内閣総理大臣の執務拠点（首相官邸）。',
    aliases: { en: ["Prime Minister's Office of Japan", "Prime Minister's Office", "Prime Minister's official residence", 'Kantei'], ja: ['首相官邸', '総理大臣官邸', '官邸'] },
  },
  {
    id: 'place/yokota', kind: 'place', name: 'Yokota Air Base', nameJa: '横田基地', country: 'JP', level: 'venue', within: 'place/tokyo',
    description: 'U.S. air base in western Tokyo; headquarters of U.S. Forces Japan.',
    descriptionJa: '東京都西部の米空軍基地。在日米軍司令部がある。',
    aliases: { en: ['Yokota Air Base', 'Yokota AB', 'Yokota base'], ja: ['横田基地', '米軍横田基地'] },
  },
  {
    id: 'place/washington', kind: 'place', name: 'Washington, D.C.', nameJa: 'ワシントン', country: 'US', level: 'city', within: 'place/us', timeZone: 'America/New_York',
    description: 'Capital of the United States (UTC−5, UTC−4 in summer).',
    descriptionJa: '米国の首都（UTC−5、夏はUTC−4）。',
    aliases: { en: ['Washington, D.C.', 'Washington D.C.', 'Washington, DC', 'Washington DC', 'Washington', 'District of Columbia'], ja: ['ワシントン', 'ワシントンDC', 'ワシントンD.C.', '米ワシントン'] },
  },
  {
    id: 'place/arlington', kind: 'place', name: 'Arlington, Virginia', nameJa: 'アーリントン', country: 'US', level: 'district', within: 'place/washington', timeZone: 'America/New_York',
    description: 'Arlington County, Virginia, across the Potomac from Washington; treated as part of the Washington area.',
    descriptionJa: 'ポトマック川を挟んでワシントンの対岸にあるバージニア州アーリントン郡。ワシントン地域の一部として扱う。',
    aliases: { en: ['Arlington, Virginia', 'Arlington, Va.', 'Arlington County', 'Arlington', 'Arlington National Cemetery'], ja: ['アーリントン', 'バージニア州アーリントン', 'アーリントン国立墓地'] },
  },
  {
    id: 'place/pentagon', kind: 'place', name: 'The Pentagon', nameJa: 'ペンタゴン', country: 'US', level: 'venue', within: 'place/arlington', timeZone: 'America/New_York',
    description: 'Headquarters building of the U.S. Department of War (Defense) in Arlington, Virginia.',
    descriptionJa: 'バージニア州アーリントンにある米戦争省（国防総省）の本庁舎。',
    aliases: { en: ['The Pentagon', 'Pentagon'], ja: ['ペンタゴン'] },
  },
  {
    id: 'place/hawaii', kind: 'place', name: 'Hawaii', nameJa: 'ハワイ', country: 'US', level: 'region', within: 'place/us', timeZone: 'Pacific/Honolulu',
    description: 'U.S. state in the Pacific (UTC−10, no daylight saving).',
    descriptionJa: '太平洋にある米国の州（UTC−10、夏時間なし）。',
    aliases: { en: ['Hawaii', 'Hawaiʻi', 'State of Hawaii'], ja: ['ハワイ', 'ハワイ州'] },
  },
  {
    id: 'place/honolulu', kind: 'place', name: 'Honolulu', nameJa: 'ホノルル', country: 'US', level: 'city', within: 'place/hawaii', timeZone: 'Pacific/Honolulu',
    description: 'Capital of Hawaii.',
    descriptionJa: 'ハワイ州の州都。',
    aliases: { en: ['Honolulu'], ja: ['ホノルル'] },
  },
  {
    id: 'place/camp-smith', kind: 'place', name: 'Camp H.M. Smith', nameJa: 'キャンプ・スミス', country: 'US', level: 'venue', within: 'place/honolulu', timeZone: 'Pacific/Honolulu',
    description: 'Marine Corps base near Honolulu; headquarters of U.S. Indo-Pacific Command.',
    descriptionJa: 'ホノルル近郊の海兵隊基地。米インド太平洋軍司令部がある。',
    aliases: { en: ['Camp H.M. Smith', 'Camp H. M. Smith', 'Camp Smith'], ja: ['キャンプ・スミス'] },
  },
  {
    id: 'place/guam', kind: 'place', name: 'Guam', nameJa: 'グアム', country: 'US', level: 'region', within: 'place/us', timeZone: 'Pacific/Guam',
    description: 'U.S. territory in the western Pacific (UTC+10).',
    descriptionJa: '西太平洋にある米国の準州（UTC+10）。',
    aliases: { en: ['Guam'], ja: ['グアム', 'グアム島'] },
  },
  {
    id: 'place/andersen-afb', kind: 'place', name: 'Andersen Air Force Base', nameJa: 'アンダーセン空軍基地', country: 'US', level: 'venue', within: 'place/guam', timeZone: 'Pacific/Guam',
    description: 'U.S. Air Force base in the north of Guam (often misspelt "Anderson").',
    descriptionJa: 'グアム北部の米空軍基地（英語で "Anderson" と誤記されることが多い）。',
    aliases: { en: ['Andersen Air Force Base', 'Anderson Air Force Base', 'Andersen AFB', 'Anderson AFB'], ja: ['アンダーセン空軍基地', 'アンダーセン基地'] },
  },
  {
    id: 'place/thailand', kind: 'place', name: 'Thailand', nameJa: 'タイ王国', country: 'TH', level: 'country', timeZone: 'Asia/Bangkok',
    description: 'Kingdom of Thailand (UTC+7).',
    descriptionJa: 'タイ王国（UTC+7）。',
    aliases: { en: ['Thailand', 'Kingdom of Thailand'], ja: ['タイ王国'] },
  },
  {
    id: 'place/bangkok', kind: 'place', name: 'Bangkok', nameJa: 'バンコク', country: 'TH', level: 'city', within: 'place/thailand', timeZone: 'Asia/Bangkok',
    description: 'Capital of Thailand; host of the 2019 ADMM-Plus.',
    descriptionJa: 'タイの首都。2019年の拡大ASEAN国防相会議（ADMMプラス）の開催地。',
    aliases: { en: ['Bangkok'], ja: ['バンコク'] },
  },
  {
    id: 'place/italy', kind: 'place', name: 'Italy', nameJa: 'イタリア', country: 'IT', level: 'country', timeZone: 'Europe/Rome',
    description: 'Italian Republic (UTC+1, UTC+2 in summer).',
    descriptionJa: 'イタリア共和国（UTC+1、夏はUTC+2）。',
    aliases: { en: ['Italy'], ja: ['イタリア'] },
  },
  {
    id: 'place/naples', kind: 'place', name: 'Naples', nameJa: 'ナポリ', country: 'IT', level: 'city', within: 'place/italy', timeZone: 'Europe/Rome',
    description: 'City in southern Italy; venue of the G7 defence ministers\' meeting in October 2024.',
    descriptionJa: 'イタリア南部の都市。2024年10月のG7国防相会合の開催地。',
    aliases: { en: ['Naples', 'Napoli'], ja: ['ナポリ'] },
  },
  {
    id: 'place/rome', kind: 'place', name: 'Rome', nameJa: 'ローマ', country: 'IT', level: 'city', within: 'place/italy', timeZone: 'Europe/Rome',
    description: 'Capital of Italy.',
    descriptionJa: 'イタリアの首都。',
    aliases: { en: ['Rome'], ja: ['ローマ'] },
  },
  {
    id: 'place/new-york', kind: 'place', name: 'New York', nameJa: 'ニューヨーク', country: 'US', level: 'city', within: 'place/us', timeZone: 'America/New_York',
    description: 'New York City.',
    descriptionJa: 'ニューヨーク市。',
    aliases: { en: ['New York', 'New York City'], ja: ['ニューヨーク'] },
  },
  {
    id: 'place/singapore-state', kind: 'place', name: 'Republic of Singapore', nameJa: 'シンガポール共和国', country: 'SG', level: 'country', timeZone: 'Asia/Singapore',
    description: 'The city-state of Singapore as a country (UTC+8).',
    descriptionJa: '国家としてのシンガポール（都市国家、UTC+8）。',
    aliases: { en: ['Republic of Singapore'], ja: ['シンガポール共和国'] },
  },
  {
    id: 'place/singapore', kind: 'place', name: 'Singapore', nameJa: 'シンガポール', country: 'SG', level: 'city', within: 'place/singapore-state', timeZone: 'Asia/Singapore',
    description: 'Singapore, city-state in Southeast Asia; venue of the Shangri-La Dialogue.',
    descriptionJa: '東南アジアの都市国家シンガポール。シャングリラ・ダイアローグの開催地。',
    aliases: { en: ['Singapore'], ja: ['シンガポール'] },
  },
  {
    id: 'place/shangri-la-hotel', kind: 'place', name: 'Shangri-La Hotel, Singapore', nameJa: 'シャングリラ・ホテル', country: 'SG', level: 'venue', within: 'place/singapore', timeZone: 'Asia/Singapore',
    description: 'Hotel in Singapore that hosts the Shangri-La Dialogue.',
    descriptionJa: 'シャングリラ・ダイアローグの会場となるシンガポールのホテル。',
    aliases: { en: ['Shangri-La Hotel, Singapore', 'Shangri-La Hotel', 'Shangri-La Hotel Singapore'], ja: ['シャングリラ・ホテル', 'シャングリラホテル'] },
  },
  {
    id: 'place/malaysia', kind: 'place', name: 'Malaysia', nameJa: 'マレーシア', country: 'MY', level: 'country', timeZone: 'Asia/Kuala_Lumpur',
    description: 'Malaysia (UTC+8).',
    descriptionJa: 'マレーシア（UTC+8）。',
    aliases: { en: ['Malaysia'], ja: ['マレーシア'] },
  },
  {
    id: 'place/kuala-lumpur', kind: 'place', name: 'Kuala Lumpur', nameJa: 'クアラルンプール', country: 'MY', level: 'city', within: 'place/malaysia', timeZone: 'Asia/Kuala_Lumpur',
    description: 'Capital of Malaysia; venue of the ADMM-Plus in 2025.',
    descriptionJa: 'マレーシアの首都。2025年の拡大ASEAN国防相会議（ADMMプラス）の開催地。',
    aliases: { en: ['Kuala Lumpur'], ja: ['クアラルンプール'] },
  },
  {
    id: 'place/southwestern-region', kind: 'place', name: 'Southwestern region of Japan', nameJa: '南西地域', country: 'JP', level: 'region', within: 'place/japan', timeZone: 'Asia/Tokyo',
    description: 'Japan\'s southwestern islands: the Nansei (Ryukyu) chain from Kyushu to Yonaguni, including Okinawa and the Sakishima islands.',
    descriptionJa: '日本の南西諸島。九州から与那国島に至る南西（琉球）諸島で、沖縄と先島諸島を含む。',
    aliases: {
      en: ['Southwestern region of Japan', 'southwestern region', 'southwest region', "Japan's southwest", 'southwestern Japan', 'southwest of Japan', 'southwestern islands', 'southwest islands', "Japan's Southwest Islands", "Japan's southwestern islands",
        'Nansei', 'Nansei Islands', 'Nansei Shoto', 'Ryukyu', 'Ryukyus', 'Ryukyu Islands', 'Ryukyu island chain', 'Ryukyu chain', 'Sakishima', 'Sakishima Islands'],
      ja: ['南西地域', '南西諸島', '南西方面', '琉球諸島', '先島諸島', '先島'],
    },
  },
  {
    id: 'place/okinawa', kind: 'place', name: 'Okinawa', nameJa: '沖縄', country: 'JP', level: 'region', within: 'place/southwestern-region', timeZone: 'Asia/Tokyo',
    description: 'Okinawa Prefecture, hosting most U.S. military facilities in Japan.',
    descriptionJa: '沖縄県。在日米軍施設の大半が所在する。',
    aliases: { en: ['Okinawa', 'Okinawa Prefecture', 'Okinawa Island'], ja: ['沖縄', '沖縄県', '沖縄本島'] },
  },
  {
    id: 'place/futenma', kind: 'place', name: 'Marine Corps Air Station Futenma', nameJa: '普天間飛行場', country: 'JP', level: 'venue', within: 'place/okinawa',
    description: 'U.S. Marine Corps air station in Ginowan, Okinawa, to be returned once the Henoko replacement facility is built.',
    descriptionJa: '沖縄県宜野湾市にある米海兵隊の航空基地。辺野古の代替施設の完成後に返還される。',
    aliases: {
      en: ['Marine Corps Air Station Futenma', 'Marine Corps Air Station (MCAS) Futenma', 'MCAS Futenma', 'Futenma', 'Futenma Air Station', 'Futenma air base', 'Futenma base'],
      ja: ['普天間飛行場', '普天間', '普天間基地', '米軍普天間飛行場'],
    },
  },
  {
    id: 'place/henoko', kind: 'place', name: 'Henoko', nameJa: '辺野古', country: 'JP', level: 'district', within: 'place/okinawa',
    description: 'Coastal district of Nago, Okinawa, site of the Futenma Replacement Facility.',
    descriptionJa: '沖縄県名護市の沿岸地区。普天間飛行場代替施設の建設地。',
    aliases: { en: ['Henoko'], ja: ['辺野古', '名護市辺野古'] },
  },
  {
    id: 'place/camp-schwab', kind: 'place', name: 'Camp Schwab', nameJa: 'キャンプ・シュワブ', country: 'JP', level: 'venue', within: 'place/henoko',
    description: 'U.S. Marine Corps camp at Henoko adjoining the replacement-facility site.',
    descriptionJa: '辺野古にある米海兵隊のキャンプ。代替施設の建設地に隣接する。',
    aliases: { en: ['Camp Schwab'], ja: ['キャンプ・シュワブ', 'キャンプシュワブ'] },
  },
  {
    id: 'place/futenma-replacement-facility', kind: 'place', name: 'Futenma Replacement Facility', nameJa: '普天間飛行場代替施設', country: 'JP', level: 'venue', within: 'place/henoko',
    description: 'Replacement airfield for MCAS Futenma under construction at Henoko.',
    descriptionJa: '辺野古で建設中の、普天間飛行場に代わる飛行場。',
    aliases: {
      en: ['Futenma Replacement Facility', 'FRF', 'Futenma replacement base', 'Futenma replacement airfield'],
      ja: ['普天間飛行場代替施設', '普天間代替施設', '辺野古新基地', '辺野古移設'],
    },
  },
  {
    id: 'place/kadena', kind: 'place', name: 'Kadena Air Base', nameJa: '嘉手納基地', country: 'JP', level: 'venue', within: 'place/okinawa',
    description: 'U.S. Air Force base in Okinawa.',
    descriptionJa: '沖縄県にある米空軍基地。',
    aliases: { en: ['Kadena Air Base', 'Kadena AB', 'Kadena'], ja: ['嘉手納基地', '米軍嘉手納基地', '嘉手納'] },
  },
  {
    id: 'place/senkaku', kind: 'place', name: 'Senkaku Islands', nameJa: '尖閣諸島', country: 'JP', level: 'region', within: 'place/okinawa',
    description: 'Japanese-administered islands in the East China Sea claimed by China (Diaoyu) and Taiwan.',
    descriptionJa: '東シナ海にある日本が施政を行う島々。中国（釣魚島）と台湾が領有権を主張している。',
    aliases: { en: ['Senkaku Islands', 'Senkakus', 'Senkaku', 'Diaoyu Islands', 'Diaoyu'], ja: ['尖閣諸島', '尖閣', '釣魚島'] },
  },
  {
    id: 'place/yonaguni', kind: 'place', name: 'Yonaguni Island', nameJa: '与那国島', country: 'JP', level: 'region', within: 'place/okinawa',
    description: 'Japan\'s westernmost inhabited island, about 110 km from Taiwan.',
    descriptionJa: '日本最西端の有人島。台湾から約110km。',
    aliases: { en: ['Yonaguni Island', 'Yonaguni'], ja: ['与那国島', '与那国'] },
  },
  {
    id: 'place/ishigaki', kind: 'place', name: 'Ishigaki Island', nameJa: '石垣島', country: 'JP', level: 'region', within: 'place/okinawa',
    description: 'Island in the Sakishima group, site of a GSDF missile garrison.',
    descriptionJa: '先島諸島の島。陸上自衛隊のミサイル部隊の駐屯地がある。',
    aliases: { en: ['Ishigaki Island', 'Ishigaki'], ja: ['石垣島'] },
  },
  {
    id: 'place/miyako', kind: 'place', name: 'Miyako Island', nameJa: '宮古島', country: 'JP', level: 'region', within: 'place/okinawa',
    description: 'Island in the Sakishima group, site of a GSDF garrison.',
    descriptionJa: '先島諸島の島。陸上自衛隊の駐屯地がある。',
    aliases: { en: ['Miyako Island', 'Miyakojima'], ja: ['宮古島'] },
  },
  {
    id: 'place/miyako-strait', kind: 'place', name: 'Miyako Strait', nameJa: '宮古海峡', country: 'JP', level: 'region', within: 'place/southwestern-region',
    description: 'Strait between Okinawa Island and Miyako Island used by Chinese naval transits.',
    descriptionJa: '沖縄本島と宮古島の間の海峡。中国海軍艦艇が通過に用いる。',
    aliases: { en: ['Miyako Strait'], ja: ['宮古海峡'] },
  },
  {
    id: 'place/amami', kind: 'place', name: 'Amami Oshima', nameJa: '奄美大島', country: 'JP', level: 'region', within: 'place/southwestern-region',
    description: 'Island in Kagoshima Prefecture in the Nansei chain.',
    descriptionJa: '南西諸島に属する鹿児島県の島。',
    aliases: { en: ['Amami Oshima', 'Amami Island', 'Amami'], ja: ['奄美大島', '奄美'] },
  },
  {
    id: 'place/mageshima', kind: 'place', name: 'Mageshima', nameJa: '馬毛島', country: 'JP', level: 'region', within: 'place/southwestern-region',
    description: 'Island off Kagoshima being built into an SDF base and U.S. carrier landing practice site.',
    descriptionJa: '鹿児島県沖の島。自衛隊基地と米空母艦載機の着陸訓練施設の建設が進む。',
    aliases: { en: ['Mageshima', 'Mage Island'], ja: ['馬毛島'] },
  },
  {
    id: 'place/yokosuka', kind: 'place', name: 'Yokosuka', nameJa: '横須賀', country: 'JP', level: 'city', within: 'place/japan', timeZone: 'Asia/Tokyo',
    description: 'Port city in Kanagawa, home of the U.S. 7th Fleet and a major MSDF base.',
    descriptionJa: '神奈川県の港湾都市。米第7艦隊の母港で、海上自衛隊の主要基地がある。',
    aliases: { en: ['Yokosuka', 'Yokosuka Naval Base', 'Fleet Activities Yokosuka'], ja: ['横須賀', '横須賀市', '横須賀基地', '米海軍横須賀基地'] },
  },
  {
    id: 'place/iwakuni', kind: 'place', name: 'Iwakuni', nameJa: '岩国', country: 'JP', level: 'city', within: 'place/japan', timeZone: 'Asia/Tokyo',
    description: 'City in Yamaguchi hosting Marine Corps Air Station Iwakuni.',
    descriptionJa: '山口県の市。米海兵隊岩国航空基地がある。',
    aliases: { en: ['Iwakuni', 'MCAS Iwakuni', 'Marine Corps Air Station Iwakuni'], ja: ['岩国', '岩国市', '岩国基地', '米軍岩国基地'] },
  },
  {
    id: 'place/misawa', kind: 'place', name: 'Misawa', nameJa: '三沢', country: 'JP', level: 'city', within: 'place/japan', timeZone: 'Asia/Tokyo',
    description: 'City in Aomori hosting Misawa Air Base.',
    descriptionJa: '青森県の市。三沢基地がある。',
    aliases: { en: ['Misawa', 'Misawa Air Base'], ja: ['三沢', '三沢基地'] },
  },
  {
    id: 'place/sasebo', kind: 'place', name: 'Sasebo', nameJa: '佐世保', country: 'JP', level: 'city', within: 'place/japan', timeZone: 'Asia/Tokyo',
    description: 'Port city in Nagasaki with U.S. Navy and MSDF bases.',
    descriptionJa: '長崎県の港湾都市。米海軍と海上自衛隊の基地がある。',
    aliases: { en: ['Sasebo'], ja: ['佐世保', '佐世保基地'] },
  },
  {
    id: 'place/china', kind: 'place', name: 'China', nameJa: '中国', country: 'CN', level: 'country', timeZone: 'Asia/Shanghai',
    description: 'People\'s Republic of China (UTC+8).',
    descriptionJa: '中華人民共和国（UTC+8）。',
    aliases: { en: ['China', "People's Republic of China", 'PRC', 'mainland China'], ja: ['中国', '中華人民共和国', '中国本土'] },
  },
  {
    id: 'place/beijing', kind: 'place', name: 'Beijing', nameJa: '北京', country: 'CN', level: 'city', within: 'place/china', timeZone: 'Asia/Shanghai',
    description: 'Capital of China.',
    descriptionJa: '中国の首都。',
    aliases: { en: ['Beijing'], ja: ['北京'] },
  },
  {
    id: 'place/taiwan', kind: 'place', name: 'Taiwan', nameJa: '台湾', country: 'TW', level: 'country', timeZone: 'Asia/Taipei',
    description: 'Taiwan (UTC+8).',
    descriptionJa: '台湾（UTC+8）。',
    aliases: { en: ['Taiwan'], ja: ['台湾'] },
  },
  {
    id: 'place/korea', kind: 'place', name: 'Republic of Korea', nameJa: '韓国', country: 'KR', level: 'country', timeZone: 'Asia/Seoul',
    description: 'South Korea (UTC+9).',
    descriptionJa: '韓国（UTC+9）。',
    aliases: { en: ['Republic of Korea', 'South Korea', 'ROK', 'Korea'], ja: ['韓国', '大韓民国'] },
  },
  {
    id: 'place/north-korea', kind: 'place', name: 'North Korea', nameJa: '北朝鮮', country: 'KP', level: 'country', timeZone: 'Asia/Pyongyang',
    description: 'Democratic People\'s Republic of Korea.',
    descriptionJa: '朝鮮民主主義人民共和国。',
    aliases: { en: ['North Korea', 'DPRK', "Democratic People's Republic of Korea", 'North Korean'], ja: ['北朝鮮', '朝鮮民主主義人民共和国'] },
  },
  {
    id: 'place/philippines', kind: 'place', name: 'Philippines', nameJa: 'フィリピン', country: 'PH', level: 'country', timeZone: 'Asia/Manila',
    description: 'Republic of the Philippines (UTC+8).',
    descriptionJa: 'フィリピン共和国（UTC+8）。',
    aliases: { en: ['Philippines', 'Republic of the Philippines'], ja: ['フィリピン', 'フィリピン共和国'] },
  },
  {
    id: 'place/australia', kind: 'place', name: 'Australia', nameJa: 'オーストラリア', country: 'AU', level: 'country', timeZone: null,
    description: 'Australia (several time zones).',
    descriptionJa: 'オーストラリア（複数の時間帯）。',
    aliases: { en: ['Australia', 'Commonwealth of Australia'], ja: ['オーストラリア', '豪州'] },
  },
  {
    id: 'place/india', kind: 'place', name: 'India', nameJa: 'インド', country: 'IN', level: 'country', timeZone: 'Asia/Kolkata',
    description: 'Republic of India.',
    descriptionJa: 'インド共和国。',
    aliases: { en: ['India', 'Republic of India'], ja: ['インド'] },
  },
  {
    id: 'place/uk', kind: 'place', name: 'United Kingdom', nameJa: '英国', country: 'GB', level: 'country', timeZone: 'Europe/London',
    description: 'United Kingdom of Great Britain and Northern Ireland.',
    descriptionJa: 'グレートブリテン及び北アイルランド連合王国。',
    aliases: { en: ['United Kingdom', 'U.K.', 'UK', 'Britain', 'Great Britain'], ja: ['英国', 'イギリス'] },
  },
  {
    id: 'place/russia', kind: 'place', name: 'Russia', nameJa: 'ロシア', country: 'RU', level: 'country', timeZone: null,
    description: 'Russian Federation (several time zones).',
    descriptionJa: 'ロシア連邦（複数の時間帯）。',
    aliases: { en: ['Russia', 'Russian Federation'], ja: ['ロシア', 'ロシア連邦'] },
  },
  {
    id: 'place/ukraine', kind: 'place', name: 'Ukraine', nameJa: 'ウクライナ', country: 'UA', level: 'country', timeZone: 'Europe/Kyiv',
    description: 'Ukraine, invaded by Russia in 2022 (UTC+2).',
    descriptionJa: '2022年にロシアの侵略を受けたウクライナ（UTC+2）。',
    aliases: { en: ['Ukraine', 'Ukrainian'], ja: ['ウクライナ'] },
  },
  {
    id: 'place/hong-kong', kind: 'place', name: 'Hong Kong', nameJa: '香港', country: 'CN', level: 'region', within: 'place/china', timeZone: 'Asia/Hong_Kong',
    description: 'Hong Kong Special Administrative Region of China (UTC+8).',
    descriptionJa: '中国の香港特別行政区（UTC+8）。',
    aliases: { en: ['Hong Kong'], ja: ['香港'] },
  },
  {
    id: 'place/syria', kind: 'place', name: 'Syria', nameJa: 'シリア', country: 'SY', level: 'country', timeZone: 'Asia/Damascus',
    description: 'Syrian Arab Republic (UTC+3).',
    descriptionJa: 'シリア・アラブ共和国（UTC+3）。',
    aliases: { en: ['Syria'], ja: ['シリア'] },
  },
  {
    id: 'place/manbij', kind: 'place', name: 'Manbij', nameJa: 'マンビジ', country: 'SY', level: 'city', within: 'place/syria', timeZone: 'Asia/Damascus',
    description: 'Town in northern Syria; a 2019 attack there killed U.S. service members.',
    descriptionJa: 'シリア北部の町。2019年にここで米兵が死亡する攻撃があった。',
    aliases: { en: ['Manbij'], ja: ['マンビジ'] },
  },
  {
    id: 'place/indo-pacific', kind: 'place', name: 'Indo-Pacific', nameJa: 'インド太平洋', country: null, level: 'region',
    description: 'The Indo-Pacific region, from the Indian Ocean to the western Pacific.',
    descriptionJa: 'インド洋から西太平洋に及ぶインド太平洋地域。',
    aliases: { en: ['Indo-Pacific', 'Indo-Pacific region'], ja: ['インド太平洋', 'インド太平洋地域'] },
  },
  {
    id: 'place/pacific', kind: 'place', name: 'Pacific Ocean', nameJa: '太平洋', country: null, level: 'region',
    description: 'The Pacific Ocean.',
    descriptionJa: '太平洋。',
    aliases: { en: ['Pacific Ocean', 'the Pacific', 'western Pacific', 'West Pacific'], ja: ['太平洋', '西太平洋'] },
  },
  {
    id: 'place/taiwan-strait', kind: 'place', name: 'Taiwan Strait', nameJa: '台湾海峡', country: null, level: 'region', within: 'place/indo-pacific',
    description: 'Strait between Taiwan and mainland China.',
    descriptionJa: '台湾と中国大陸の間の海峡。',
    aliases: { en: ['Taiwan Strait', 'Taiwan Straits', 'Strait of Taiwan', 'Formosa Strait'], ja: ['台湾海峡'] },
  },
  {
    id: 'place/east-china-sea', kind: 'place', name: 'East China Sea', nameJa: '東シナ海', country: null, level: 'region', within: 'place/indo-pacific',
    description: 'Sea between China, Japan\'s Nansei islands and Korea.',
    descriptionJa: '中国、日本の南西諸島、朝鮮半島の間の海。',
    aliases: { en: ['East China Sea'], ja: ['東シナ海'] },
  },
  {
    id: 'place/south-china-sea', kind: 'place', name: 'South China Sea', nameJa: '南シナ海', country: null, level: 'region', within: 'place/indo-pacific',
    description: 'Sea bounded by China, Vietnam, the Philippines, Malaysia and Brunei.',
    descriptionJa: '中国、ベトナム、フィリピン、マレーシア、ブルネイに囲まれた海。',
    aliases: { en: ['South China Sea', 'West Philippine Sea'], ja: ['南シナ海'] },
  },
  {
    id: 'place/first-island-chain', kind: 'place', name: 'First island chain', nameJa: '第1列島線', country: null, level: 'region', within: 'place/indo-pacific',
    description: 'Island arc from Japan through the Ryukyus and Taiwan to the Philippines.',
    descriptionJa: '日本から南西諸島、台湾を経てフィリピンに至る島の連なり。',
    aliases: { en: ['First island chain'], ja: ['第1列島線', '第一列島線'] },
  },
  {
    id: 'place/second-island-chain', kind: 'place', name: 'Second island chain', nameJa: '第2列島線', country: null, level: 'region', within: 'place/indo-pacific',
    description: 'Island arc from Japan through Guam to Palau.',
    descriptionJa: '日本からグアムを経てパラオに至る島の連なり。',
    aliases: { en: ['Second island chain'], ja: ['第2列島線', '第二列島線'] },
  },

  // ───────────────────────────── Documents ─────────────────────────────
  {
    id: 'document/three-strategic-documents', kind: 'document', name: 'Three strategic documents', nameJa: '戦略三文書',
    description: 'Japan\'s National Security Strategy, National Defense Strategy and Defense Buildup Program (December 2022).',
    descriptionJa: '日本の国家安全保障戦略、国家防衛戦略、防衛力整備計画（2022年12月）。',
    aliases: {
      en: ['Three strategic documents', 'three security documents', 'three national security documents', 'three key security documents', 'three security-related documents', 'three defense documents'],
      ja: ['戦略三文書', '戦略3文書', '安保3文書', '安保三文書', '安全保障関連3文書', '安保関連3文書', '安保関連三文書'],
    },
  },
  {
    id: 'document/nss', kind: 'document', name: 'National Security Strategy', nameJa: '国家安全保障戦略',
    description: 'Japan\'s top-level security policy document (one of the three strategic documents).',
    descriptionJa: '日本の安全保障政策の最上位の文書（戦略三文書の一つ）。',
    aliases: { en: ['National Security Strategy', "Japan's National Security Strategy", 'NSS'], ja: ['国家安全保障戦略'] },
  },
  {
    id: 'document/nds', kind: 'document', name: 'National Defense Strategy', nameJa: '国家防衛戦略',
    description: 'Japan\'s defence strategy document (one of the three strategic documents).',
    descriptionJa: '日本の防衛戦略の文書（戦略三文書の一つ）。',
    aliases: { en: ['National Defense Strategy', 'National Defence Strategy', "Japan's National Defense Strategy", 'NDS'], ja: ['国家防衛戦略'] },
  },
  {
    id: 'document/dbp', kind: 'document', name: 'Defense Buildup Program', nameJa: '防衛力整備計画',
    description: 'Japan\'s five-year defence procurement plan (one of the three strategic documents).',
    descriptionJa: '日本の5か年の防衛力整備の計画（戦略三文書の一つ）。',
    aliases: { en: ['Defense Buildup Program', 'Defence Buildup Program', 'Defense Buildup Plan', 'Defense Force Buildup Program'], ja: ['防衛力整備計画'] },
  },
  {
    id: 'document/mtdp', kind: 'document', name: 'Medium Term Defense Program', nameJa: '中期防衛力整備計画',
    description: 'Predecessor of the Defense Buildup Program (until 2022).',
    descriptionJa: '防衛力整備計画の前身（2022年まで）。',
    aliases: { en: ['Medium Term Defense Program', 'Mid-Term Defense Program', 'Medium Term Defense Buildup Program', 'MTDP'], ja: ['中期防衛力整備計画', '中期防'] },
  },
  {
    id: 'document/ndpg', kind: 'document', name: 'National Defense Program Guidelines', nameJa: '防衛計画の大綱',
    description: 'Japan\'s defence policy outline, replaced by the National Defense Strategy in 2022.',
    descriptionJa: '日本の防衛政策の大綱。2022年に国家防衛戦略に置き換えられた。',
    aliases: { en: ['National Defense Program Guidelines', 'National Defence Program Guidelines', 'NDPG'], ja: ['防衛計画の大綱', '防衛大綱'] },
  },
  {
    id: 'document/raa', kind: 'document', name: 'Reciprocal Access Agreement', nameJa: '円滑化協定',
    description: 'Agreement easing joint training and visits of forces (Japan–Australia 2022, Japan–U.K. 2023, Japan–Philippines 2024).',
    descriptionJa: '部隊の相互訪問と共同訓練を円滑にする協定（日豪2022年、日英2023年、日比2024年）。',
    aliases: { en: ['Reciprocal Access Agreement', 'Reciprocal Access Agreements', 'RAA', 'Japan-Australia Reciprocal Access Agreement'], ja: ['円滑化協定', '日豪円滑化協定', '部隊間協力円滑化協定'] },
  },
  {
    id: 'document/us-nss', kind: 'document', name: 'U.S. National Security Strategy', nameJa: '米国家安全保障戦略',
    description: 'The U.S. president\'s National Security Strategy.',
    descriptionJa: '米大統領の国家安全保障戦略。',
    aliases: { en: ['U.S. National Security Strategy', 'US National Security Strategy'], ja: ['米国家安全保障戦略'] },
  },
  {
    id: 'document/us-nds', kind: 'document', name: 'U.S. National Defense Strategy', nameJa: '米国家防衛戦略',
    description: 'The U.S. Department of War\'s National Defense Strategy.',
    descriptionJa: '米戦争省の国家防衛戦略。',
    aliases: { en: ['U.S. National Defense Strategy', 'US National Defense Strategy'], ja: ['米国家防衛戦略'] },
  },
  {
    id: 'document/guidelines', kind: 'document', name: 'Guidelines for Japan-U.S. Defense Cooperation', nameJa: '日米防衛協力のための指針',
    description: 'Bilateral guidelines on roles and missions (last revised 2015).',
    descriptionJa: '役割・任務に関する日米の指針（最終改定は2015年）。',
    aliases: {
      en: ['Guidelines for Japan-U.S. Defense Cooperation', 'Guidelines for U.S.-Japan Defense Cooperation', 'Japan-U.S. Defense Cooperation Guidelines', 'U.S.-Japan Defense Cooperation Guidelines',
        'defense cooperation guidelines', 'Guidelines for Bilateral Defense Cooperation', 'Revised Guidelines for Bilateral Defense Cooperation',
        '2015 Guidelines', '2015 defense cooperation guidelines', 'bilateral defense guidelines', 'Japan-U.S. Guidelines', 'U.S.-Japan Guidelines'],
      ja: ['日米防衛協力のための指針', '日米防衛協力指針', '日米ガイドライン'],
    },
  },
  {
    id: 'document/sofa', kind: 'document', name: 'Japan-U.S. Status of Forces Agreement', nameJa: '日米地位協定',
    description: 'Agreement governing U.S. forces and personnel in Japan.',
    descriptionJa: '在日米軍とその要員の地位を定める協定。',
    aliases: {
      en: ['Japan-U.S. Status of Forces Agreement', 'U.S.-Japan Status of Forces Agreement', 'Status of Forces Agreement', 'SOFA'],
      ja: ['日米地位協定', '地位協定'],
    },
  },
  {
    id: 'document/security-treaty', kind: 'document', name: 'Japan-U.S. Security Treaty', nameJa: '日米安全保障条約',
    description: 'The 1960 Treaty of Mutual Cooperation and Security between Japan and the United States.',
    descriptionJa: '1960年の日本国とアメリカ合衆国との間の相互協力及び安全保障条約。',
    aliases: {
      en: ['Japan-U.S. Security Treaty', 'Japan-US Security Treaty', 'U.S.-Japan Security Treaty', 'US-Japan Security Treaty', 'Treaty of Mutual Cooperation and Security', 'U.S.-Japan security pact'],
      ja: ['日米安全保障条約', '日米安保条約', '日米安保', '安保条約'],
    },
  },
  {
    id: 'document/three-principles', kind: 'document', name: 'Three Principles on Transfer of Defense Equipment and Technology', nameJa: '防衛装備移転三原則',
    description: 'Japan\'s 2014 rules on defence exports, loosened since.',
    descriptionJa: '防衛装備の輸出に関する日本の2014年の規則。その後緩和されている。',
    aliases: { en: ['Three Principles on Transfer of Defense Equipment and Technology', 'Three Principles on Transfer of Defense Equipment'], ja: ['防衛装備移転三原則'] },
  },
  {
    id: 'document/itar', kind: 'document', name: 'International Traffic in Arms Regulations', nameJa: '国際武器取引規則',
    description: 'U.S. export-control rules for defence articles.',
    descriptionJa: '防衛品目に関する米国の輸出管理規則。',
    aliases: { en: ['International Traffic in Arms Regulations', 'ITAR'], ja: ['国際武器取引規則'] },
  },
  {
    id: 'document/realignment-roadmap', kind: 'document', name: 'United States-Japan Roadmap for Realignment Implementation', nameJa: '再編実施のための日米のロードマップ',
    description: 'The 2006 bilateral roadmap for realigning U.S. forces in Japan.',
    descriptionJa: '在日米軍再編のための2006年の日米のロードマップ。',
    aliases: { en: ['United States-Japan Roadmap for Realignment Implementation', 'Roadmap for Realignment Implementation', 'realignment roadmap'], ja: ['再編実施のための日米のロードマップ', '再編ロードマップ'] },
  },
  {
    id: 'document/special-measures-agreement', kind: 'document', name: 'Special Measures Agreement', nameJa: '在日米軍駐留経費負担特別協定',
    description: 'The agreement setting Japan\'s host nation support for U.S. forces.',
    descriptionJa: '在日米軍に対する日本の駐留経費負担を定める協定。',
    aliases: { en: ['Special Measures Agreement'], ja: ['在日米軍駐留経費負担特別協定'] },
  },

  // ───────────────────────────── Events ─────────────────────────────
  {
    id: 'event/shangri-la-dialogue', kind: 'event', name: 'Shangri-La Dialogue', nameJa: 'シャングリラ会合', within: 'place/singapore',
    description: 'The IISS Asia Security Summit, held each year around the start of June at the Shangri-La Hotel, Singapore.',
    descriptionJa: 'IISSアジア安全保障会議。毎年6月初め頃にシンガポールのシャングリラ・ホテルで開催。',
    aliases: {
      en: ['Shangri-La Dialogue', 'IISS Shangri-La Dialogue', 'Shangri-La Dialog', 'Shangri-La security forum', 'Shangri-La forum', 'Asia Security Summit'],
      ja: ['シャングリラ会合', 'シャングリラ・ダイアローグ', 'シャングリラ対話', 'アジア安全保障会議'],
    },
  },
  {
    id: 'event/honolulu-defense-forum', kind: 'event', name: 'Honolulu Defense Forum', nameJa: 'ホノルル防衛フォーラム', within: 'place/honolulu',
    description: 'Defence conference in Honolulu.',
    descriptionJa: 'ホノルルで開かれる防衛会議。',
    aliases: { en: ['Honolulu Defense Forum', 'Honolulu Defence Forum'], ja: ['ホノルル防衛フォーラム'] },
  },
  {
    id: 'event/admm-plus', kind: 'event', name: 'ADMM-Plus', nameJa: '拡大ASEAN国防相会議',
    description: 'ASEAN Defence Ministers\' Meeting-Plus with eight partner countries; venue rotates with the ASEAN chair.',
    descriptionJa: 'ASEAN国防相会議に8か国のパートナー国を加えた会議（拡大ASEAN国防相会議）。開催地はASEAN議長国に合わせて持ち回り。',
    aliases: {
      en: ['ADMM-Plus', 'ADMM+', "ASEAN Defence Ministers' Meeting-Plus", "ASEAN Defense Ministers' Meeting-Plus", 'ASEAN Defence Ministers Meeting-Plus', 'ASEAN Defense Ministers Meeting Plus'],
      ja: ['拡大ASEAN国防相会議', 'ADMMプラス'],
    },
  },
  {
    id: 'event/japan-us-summit', kind: 'event', name: 'Japan-U.S. summit meeting', nameJa: '日米首脳会談',
    description: 'Meeting between the Japanese prime minister and the U.S. president.',
    descriptionJa: '日本の内閣総理大臣と米大統領の会談。',
    aliases: {
      en: ['Japan-U.S. summit meeting', 'Japan-U.S. summit', 'Japan-US summit', 'U.S.-Japan summit', 'US-Japan summit', 'Japan-US summit meeting'],
      ja: ['日米首脳会談'],
    },
  },
  {
    id: 'event/defense-ministerial', kind: 'event', name: 'Japan-U.S. Defense Ministerial Meeting', nameJa: '日米防衛相会談',
    description: 'Meeting between Japan\'s defense minister and the U.S. secretary of defense (war).',
    descriptionJa: '日本の防衛大臣と米国防長官（戦争長官）の会談。',
    aliases: {
      en: ['Japan-U.S. Defense Ministerial Meeting', 'Japan-US Defense Ministerial Meeting', 'U.S.-Japan defense ministerial', 'US-Japan defense ministerial', 'Japan-U.S. defense ministerial',
        "Japan-U.S. defense ministers' meeting", "Japan-US defense ministers' meeting", "U.S.-Japan defense ministers' meeting"],
      ja: ['日米防衛相会談', '日米防衛相会合'],
    },
  },
  {
    id: 'event/resolute-dragon', kind: 'event', name: 'Resolute Dragon', nameJa: 'レゾリュート・ドラゴン',
    description: 'Annual GSDF–U.S. Marine Corps field exercise in Japan.',
    descriptionJa: '日本国内で毎年行われる陸上自衛隊と米海兵隊の実動訓練。',
    aliases: { en: ['Resolute Dragon'], ja: ['レゾリュート・ドラゴン'] },
  },
  {
    id: 'event/orient-shield', kind: 'event', name: 'Orient Shield', nameJa: 'オリエント・シールド',
    description: 'Annual GSDF–U.S. Army field exercise in Japan.',
    descriptionJa: '日本国内で毎年行われる陸上自衛隊と米陸軍の実動訓練。',
    aliases: { en: ['Orient Shield'], ja: ['オリエント・シールド'] },
  },
  {
    id: 'event/keen-sword', kind: 'event', name: 'Keen Sword', nameJa: 'キーン・ソード',
    description: 'Biennial Japan-U.S. joint field exercise (Keen Edge is its command-post counterpart).',
    descriptionJa: '2年ごとに行われる日米共同統合実動演習（キーン・エッジはその指揮所演習版）。',
    aliases: { en: ['Keen Sword', 'Keen Edge'], ja: ['キーン・ソード', 'キーン・エッジ'] },
  },
  {
    id: 'event/talisman-sabre', kind: 'event', name: 'Talisman Sabre', nameJa: 'タリスマン・セイバー',
    description: 'Biennial Australia-U.S. exercise with Japanese participation.',
    descriptionJa: '2年ごとに行われ日本も参加する豪米の演習。',
    aliases: { en: ['Talisman Sabre', 'Talisman Saber'], ja: ['タリスマン・セイバー', 'タリスマン・セーバー'] },
  },
  {
    id: 'event/balikatan', kind: 'event', name: 'Balikatan', nameJa: 'バリカタン',
    description: 'Annual Philippines-U.S. exercise with Japanese participation.',
    descriptionJa: '毎年行われ日本も参加する比米の演習。',
    aliases: { en: ['Balikatan'], ja: ['バリカタン'] },
  },
  {
    id: 'event/freedom-edge', kind: 'event', name: 'Freedom Edge', nameJa: 'フリーダム・エッジ',
    description: 'Japan-U.S.-ROK multi-domain exercise.',
    descriptionJa: '日米韓の多領域演習。',
    aliases: { en: ['Freedom Edge'], ja: ['フリーダム・エッジ'] },
  },
];

/**
 * The gazetteer with schema defaults filled in. It is hand-written code, not outside input, so it is
 * validated by the tests (GazetteerSchema.parse must equal this) rather than on every page load,
 * where zod would cost the content script ~30 ms of start-up.
 */
export const gazetteer: Entity[] = gazetteerInput.map((e) => ({
  country: null, titles: [], within: null, seat: null, level: null, timeZone: null, role: null, ...e,
}));

/** Full validation, for tests and tools. */
export function validateGazetteer(): Entity[] {
  return GazetteerSchema.parse(gazetteerInput);
}
