// The concepts moved out of the leave-alone list (engine/lang/concepts.ts), each tried as a reader
// meets it: an English claim phrased several ways finds the paragraph that states it in an English
// record and in a Japanese one, and is supported by it; and claims that share only one generic
// concept with a paragraph (a threat, a thank-you, a deployment of something else) are not.
import { describe, expect, it } from 'vitest';
import { RecordIndex } from '../../engine/record-index';
import { withBroader } from '../../engine/concepts';
import { checkIn, knowledge, record, supports } from './evidence-harness';

interface Row {
  id: string;
  /** The concepts this paragraph pair is written to test. */
  concepts: string[];
  en: string;
  ja: string;
  claims: string[];
}

const ROWS: Row[] = [
  {
    id: 'domains', concepts: ['concept/domain', 'concept/electromagnetic'],
    en: 'The Ministers concurred to strengthen cooperation in new domains such as space, cyberspace and the electromagnetic spectrum.',
    ja: '両閣僚は、宇宙・サイバー・電磁波といった新領域における協力を強化することで一致した。',
    claims: [
      'They agreed to deepen cooperation in the electromagnetic domain.',
      'The two vowed to work together on electronic warfare and in space.',
      'Both ministers pledged stronger collaboration across new domains, from cyber to space.',
    ],
  },
  {
    id: 'sea', concepts: ['concept/maritime', 'concept/coast-guard', 'concept/freedom-of-navigation', 'concept/rule-of-law'],
    en: 'The Ministers affirmed the importance of maritime security and freedom of navigation based on the rule of law, and welcomed cooperation between the Japan Coast Guard and the U.S. Coast Guard.',
    ja: '両閣僚は、法の支配に基づく航行の自由と海洋安全保障の重要性を確認し、海上保安庁と米沿岸警備隊の協力を歓迎した。',
    claims: [
      'They welcomed cooperation between their coast guards.',
      'The ministers hailed coordination between the Japan Coast Guard and its U.S. counterpart.',
      'They stressed the importance of freedom of navigation and the rule of law.',
      'Both sides underscored the importance of maritime security.',
    ],
  },
  {
    id: 'north-korea', concepts: ['concept/denuclearization', 'concept/wmd', 'concept/dismantlement', 'concept/ballistic', 'concept/sanctions'],
    en: 'The Ministers reaffirmed their commitment to the complete denuclearization of North Korea and the verifiable and irreversible dismantlement of all its weapons of mass destruction and ballistic missiles, and to the full implementation of sanctions.',
    ja: '両閣僚は、北朝鮮の完全な非核化と、全ての大量破壊兵器及び弾道ミサイルの検証可能かつ不可逆的な廃棄、制裁の完全な履行に向けたコミットメントを再確認した。',
    claims: [
      'They reaffirmed their commitment to North Korea\'s complete denuclearization.',
      'The two called for the irreversible dismantlement of North Korea\'s weapons of mass destruction.',
      'Both vowed to keep enforcing sanctions until Pyongyang abandons its ballistic missiles.',
      'They pledged to pursue the denuclearisation of the DPRK and the elimination of its WMD.',
    ],
  },
  {
    id: 'provocations', concepts: ['concept/provocation', 'concept/threat', 'concept/condemn', 'concept/pressure', 'concept/ship-to-ship'],
    en: 'The Ministers condemned North Korea\'s provocations as a grave threat, and agreed to keep up pressure, including against illicit ship-to-ship transfers.',
    ja: '両閣僚は、北朝鮮の挑発を重大な脅威として非難し、違法な瀬取りへの対処を含め圧力を維持することで一致した。',
    claims: [
      'They condemned North Korea\'s provocations.',
      'The two denounced Pyongyang\'s provocative behaviour as a threat to the region.',
      'They agreed to maintain pressure on North Korea, including over ship-to-ship transfers.',
    ],
  },
  {
    id: 'warning', concepts: ['concept/missile-warning', 'concept/real-time', 'concept/isr', 'concept/information-security'],
    en: 'The Ministers agreed to begin real-time sharing of missile warning data, and to strengthen cooperation on intelligence, surveillance and reconnaissance and on information security.',
    ja: '両閣僚は、ミサイル警戒情報のリアルタイムでの共有を開始し、警戒監視・偵察における協力と情報保全を強化することで一致した。',
    claims: [
      'They agreed to share missile warning data in real time.',
      'The two will start real-time exchange of missile-warning information.',
      'They pledged closer cooperation on surveillance and reconnaissance.',
      'The ministers agreed to bolster information security and ISR cooperation.',
    ],
  },
  {
    id: 'posture', concepts: ['concept/posture', 'concept/readiness', 'concept/operations', 'concept/peacetime', 'concept/contingency'],
    en: 'The Ministers agreed to optimize the Alliance force posture and raise readiness, so that the two can operate seamlessly from peacetime to contingencies, including in joint operations.',
    ja: '両閣僚は、平素から有事まで切れ目なく対処できるよう、同盟の戦力態勢を最適化し即応性を高め、共同運用を進めることで一致した。',
    claims: [
      'They agreed to raise the readiness of the alliance\'s force posture.',
      'The two pledged seamless responses from peacetime to contingencies.',
      'They vowed to improve readiness for joint operations in an emergency.',
    ],
  },
  {
    id: 'fighters', concepts: ['concept/deployment', 'concept/replacement'],
    en: 'The Ministers confirmed close coordination on the replacement of U.S. tactical fighters deployed in Japan.',
    ja: '両閣僚は、日本に配備されている米国の戦術戦闘機の更新について緊密に連携していくことを確認した。',
    claims: [
      'They agreed to coordinate on replacing U.S. fighter jets deployed in Japan.',
      'The two discussed the replacement of American fighters stationed in Japan.',
      'They confirmed cooperation on upgrading the tactical fighter fleet deployed to Japan.',
    ],
  },
  {
    id: 'futenma', concepts: ['concept/construction', 'concept/land-return', 'concept/burden-reduction', 'concept/facilities'],
    en: 'The Ministers confirmed that the construction of the new facilities at Henoko is the way to achieve the full return of Futenma and to mitigate the impact on Okinawa.',
    ja: '両閣僚は、辺野古における新たな施設の建設が、普天間飛行場の全面返還と沖縄の負担軽減を実現する方策であることを確認した。',
    claims: [
      'They confirmed that construction at Henoko will lead to the return of Futenma.',
      'The two reaffirmed building new facilities at Henoko to mitigate the burden on Okinawa.',
      'They agreed the Henoko construction is the path to the full return of Futenma.',
    ],
  },
  {
    id: 'industry', concepts: ['concept/investment', 'concept/resilience', 'concept/delivery', 'concept/development', 'concept/acquisition'],
    en: 'The Ministers welcomed investment in resilient supply chains, the timely delivery of Tomahawk missiles to Japan, and the development and acquisition of new interceptors.',
    ja: '両閣僚は、強靱なサプライチェーンへの投資、日本へのトマホークの早期納入、新たな迎撃ミサイルの開発と取得を歓迎した。',
    claims: [
      'They welcomed the delivery of Tomahawk missiles to Japan.',
      'The two hailed investment in more resilient supply chains.',
      'They welcomed the development of new interceptors.',
      'The ministers welcomed Japan\'s acquisition of new interceptors.',
    ],
  },
  {
    id: 'wargame', concepts: ['concept/wargame'],
    en: 'Secretary Hegseth welcomed Japan\'s participation in the Schriever Wargame and in bilateral tabletop exercises on space.',
    ja: 'ヘグセス長官は、シュリーバー・ウォーゲーム及び宇宙に関する日米の机上演習への日本の参加を歓迎した。',
    claims: [
      'Hegseth welcomed Japan joining a space wargame.',
      'The U.S. side welcomed Japan\'s role in tabletop exercises on space.',
    ],
  },
  {
    id: 'order', concepts: ['concept/aggression', 'concept/oppose', 'concept/international-order', 'concept/prosperity', 'concept/concern'],
    en: 'The Ministers opposed Russia\'s aggression against Ukraine as a challenge to the international order, and expressed concern over China\'s military activities that threaten regional peace and prosperity.',
    ja: '両閣僚は、ロシアのウクライナ侵略に国際秩序への挑戦として反対し、地域の平和と繁栄を脅かす中国の軍事活動に懸念を表明した。',
    claims: [
      'They opposed Russia\'s invasion of Ukraine.',
      'The two said Russia\'s aggression in Ukraine threatens the international order.',
      'Both ministers warned that Chinese military activity endangers peace and prosperity.',
    ],
  },
  {
    id: 'activities', concepts: ['concept/military-activities', 'concept/concern'],
    en: 'The Ministers shared serious concern over the intensifying military activities around the Senkaku Islands.',
    ja: '両閣僚は、尖閣諸島周辺で活発化する軍事活動に深刻な懸念を共有した。',
    claims: [
      'They voiced concern about military activities near the Senkakus.',
      'The two were concerned by stepped-up military activity around the Senkaku Islands.',
    ],
  },
  {
    id: 'courtesies', concepts: ['concept/congratulate', 'concept/gratitude', 'concept/summit'],
    en: 'Secretary Hegseth congratulated Minister Koizumi on his appointment and thanked him for his leadership, and the Ministers reaffirmed the outcomes of the Japan-U.S. summit.',
    ja: 'ヘグセス長官は小泉大臣の就任に祝意を述べ、そのリーダーシップに謝意を表し、両閣僚は日米首脳会談の成果を再確認した。',
    claims: [
      'Hegseth congratulated Koizumi on his appointment and thanked him.',
      'The two reaffirmed the results of the Japan-U.S. summit, and Hegseth thanked Koizumi.',
      'Hegseth offered his congratulations to Koizumi and expressed appreciation for his leadership.',
    ],
  },
  {
    id: 'tribute', concepts: ['concept/wreath', 'concept/condolences', 'concept/attack', 'concept/covid'],
    en: 'Minister Koizumi laid a wreath at Arlington National Cemetery and offered condolences for the service members killed in the attack, and the Ministers discussed the response to COVID-19.',
    ja: '小泉大臣はアーリントン国立墓地で献花し、攻撃で犠牲となった隊員に哀悼の意を表し、両閣僚は新型コロナウイルスへの対応について議論した。',
    claims: [
      'Koizumi laid a wreath in memory of the service members killed in the attack.',
      'Koizumi paid tribute at Arlington and offered condolences for the troops killed in the attack.',
      'The two discussed their response to the coronavirus pandemic.',
    ],
  },
];

const EN = record('phrasings-en', 'en', [['intro', 'On January 15, Minister Koizumi and Secretary Hegseth held a meeting at the Pentagon.'], ...ROWS.map((r): [string, string] => [r.id, r.en])]);
const JA = record('phrasings-ja', 'ja', [['intro', '1月15日、小泉防衛大臣とヘグセス戦争長官は国防総省で会談を行った。'], ...ROWS.map((r): [string, string] => [r.id, r.ja])]);
const index = new RecordIndex([EN, JA], knowledge);
const idsIn = (text: string) => new Set(knowledge.termMatcher.findAll(text).flatMap((h) => withBroader(h.entity)));

describe('each new concept is named in both languages of its paragraph', () => {
  it.each(ROWS.map((r) => [r.id, r] as const))('%s', (_, row) => {
    const en = idsIn(row.en);
    const ja = idsIn(row.ja);
    for (const c of row.concepts) {
      expect(en.has(c), `${c} in the English paragraph`).toBe(true);
      expect(ja.has(c), `${c} in the Japanese paragraph`).toBe(true);
    }
  });
});

describe('an English claim, phrased several ways, meets its paragraph in either language', () => {
  it.each(ROWS.flatMap((r) => r.claims.map((c) => [r.id, c] as const)))('[%s] %s', (paragraph, claim) => {
    for (const target of [EN, JA]) {
      const found = checkIn(index, claim, target);
      expect(found?.paragraph.paragraph.id, target.id).toBe(paragraph);
      expect(supports(found), target.id).toBe(true);
    }
  });
});

describe('a shared generic concept alone supports nothing', () => {
  it.each([
    ['Hegseth thanked reporters for their patience.', 'a thank-you to someone else'],
    ['Officials said the threat of a government shutdown loomed over the talks.', 'a threat of another kind'],
    ['They discussed operations at a new Patriot factory in Arizona.', 'operations of something else'],
    ['Koizumi congratulated the Dodgers on winning the World Series.', 'congratulations on something else'],
    ['The two agreed to expand investment in Alaskan natural gas.', 'investment in something else'],
    ['They opposed any tariff increase on Japanese cars.', 'opposing something else'],
    ['Hegseth offered condolences over the earthquake on the Noto Peninsula.', 'condolences for something else'],
    ['They condemned China\'s deployment of a new aircraft carrier.', 'two generic concepts from two different paragraphs'],
    ['The ministers will return to Washington next spring.', '"return to" is not the return of land'],
    ['Koizumi toured a shipyard building new destroyers for the navy.', 'building ships is not the construction at Henoko'],
  ])('%s (%s)', (claim) => {
    for (const target of [EN, JA]) expect(supports(checkIn(index, claim, target)), target.id).toBe(false);
  });
});
