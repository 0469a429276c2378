// The concept table: ideas the official summaries and the news name in different words, each an
// id with its English and Japanese surface forms. Forms are found in the same one-pass trie as
// the gazetteer's aliases (engine/concepts.ts) and count like entity ids, so "drills" in a claim
// meets 訓練 in a Japanese paragraph and "exercises" in an English one. English forms match whole
// words (a plural "s" is allowed), Japanese forms anywhere; list the inflections news uses.

export interface Concept {
  id: string;
  en: readonly string[];
  ja: readonly string[];
}

export const CONCEPTS: readonly Concept[] = [
  { id: 'concept/training', en: ['training', 'drill', 'drills', 'exercise', 'exercises', 'trained', 'train together'], ja: ['訓練', '演習'] },
  { id: 'concept/co-production', en: ['co-production', 'coproduction', 'co-produce', 'co-producing', 'joint production', 'jointly produce', 'jointly producing', 'produce jointly', 'co-develop', 'co-development', 'joint development', 'jointly develop'], ja: ['共同生産', '共同開発'] },
  { id: 'concept/co-sustainment', en: ['co-sustainment', 'joint maintenance', 'jointly maintain'], ja: ['共同維持整備'] },
  { id: 'concept/sustainment', en: ['sustainment', 'maintenance', 'repair', 'repairs', 'maintain and repair', 'sustain', 'sustaining'], ja: ['維持整備', '整備', '修理'] },
  { id: 'concept/production', en: ['production', 'produce', 'produced', 'producing', 'manufacturing', 'manufacture'], ja: ['生産', '製造'] },
  { id: 'concept/revise', en: ['revise', 'revising', 'revision', 'revisions', 'review', 'reviewing', 'rewrite', 'rewrites', 'rewriting', 'update', 'updating', 'overhaul'], ja: ['改定', '見直し', '改訂'] },
  { id: 'concept/increase', en: ['increase', 'increased', 'increasing', 'boost', 'boosted', 'boosting', 'ramp up', 'ramping up', 'scale up', 'expand', 'expanded', 'expanding', 'expansion', 'raise', 'raising', 'hike', 'bolster production'], ja: ['増産', '増額', '増加', '増や', '拡大', '拡充', '引き上げ'] },
  { id: 'concept/workout', en: ['workout', 'joint workout', 'work out', 'worked out', 'physical training', 'exercised together', 'push-ups', 'pushups'], ja: ['合同トレーニング', 'トレーニング', '筋力トレーニング', '腕立て'] },
  { id: 'concept/strengthen', en: ['strengthen', 'strengthened', 'strengthening', 'reinforce', 'reinforcing', 'bolster', 'bolstering', 'bolstered', 'enhance', 'enhanced', 'enhancing', 'enhancement', 'reinforcement', 'strengthening of', 'beef up', 'shore up', 'deepen', 'deepening', 'step up', 'reinforced', 'deepened'], ja: ['強化', '深化', '深め', '底上げ'] },
  { id: 'concept/cooperation', en: ['cooperation', 'cooperate', 'cooperating', 'collaboration', 'collaborate', 'work together', 'working together', 'work closely', 'coordination', 'coordinate', 'coordinating'], ja: ['協力', '連携', '協調', '緊密化', '調整'] },
  { id: 'concept/deterrence', en: ['deterrence', 'deter', 'deterrent', 'deterring', 'integrated deterrence'], ja: ['抑止力', '抑止', '統合抑止'] },
  { id: 'concept/response', en: ['response', 'respond', 'responding', 'response capabilities'], ja: ['対処力', '対処', '対応'] },
  { id: 'concept/capability', en: ['capabilities', 'capability', 'capacity', 'defense capabilities', 'defence capabilities'], ja: ['能力', '防衛力'] },
  { id: 'concept/jointly', en: ['joint', 'jointly', 'together', 'combined'], ja: ['合同', '共同'] },
  { id: 'concept/accelerate', en: ['accelerate', 'accelerated', 'accelerating', 'acceleration', 'speed up', 'speeding up', 'faster', 'expedite', 'hasten'], ja: ['加速', '早期化', '迅速化'] },
  { id: 'concept/advance', en: ['advance', 'advancing', 'promote', 'promoting', 'push ahead', 'push forward', 'move forward', 'progress'], ja: ['推進', '進展', '前進'] },
  { id: 'concept/spending', en: ['defense spending', 'defence spending', 'defense budget', 'defence budget', 'military spending', 'defense expenditure', 'spending', 'budget'], ja: ['防衛費', '防衛予算', '予算', '国防費'] },
  { id: 'concept/equipment', en: ['equipment', 'defense equipment', 'weapons', 'arms'], ja: ['防衛装備', '装備品', '装備'] },
  { id: 'concept/technology', en: ['technology', 'technologies', 'technological'], ja: ['技術'] },
  { id: 'concept/industry', en: ['industrial', 'industry', 'industries', 'defense industry', 'defense industrial', 'industrial base', 'technological base', 'technology base', 'production base'], ja: ['防衛産業', '産業', '技術基盤', '生産基盤'] },
  { id: 'concept/supply-chain', en: ['supply chain', 'supply chains'], ja: ['サプライチェーン', '供給網'] },
  { id: 'concept/critical-minerals', en: ['critical minerals', 'rare earths', 'rare earth'], ja: ['重要鉱物', 'レアアース'] },
  { id: 'concept/missile', en: ['missile', 'missiles', 'interceptor', 'interceptors'], ja: ['ミサイル', '迎撃弾', '迎撃'] },
  { id: 'concept/space', en: ['space', 'outer space'], ja: ['宇宙'] },
  { id: 'concept/cyber', en: ['cyber', 'cyberspace', 'cybersecurity'], ja: ['サイバー'] },
  { id: 'concept/presence', en: ['presence'], ja: ['プレゼンス'] },
  { id: 'concept/command-and-control', en: ['command and control', 'command-and-control', 'command structure', 'command structures', 'command'], ja: ['指揮・統制', '指揮統制', '司令部', '指揮'] },
  { id: 'concept/multilateral', en: ['multilateral', 'like-minded countries', 'like-minded partners', 'regional partners', 'partners in the region', 'partner countries', 'partners', 'multinational', 'like-minded nations'], ja: ['多国間', 'パートナー', '同志国'] },
  { id: 'concept/information-sharing', en: ['information sharing', 'information-sharing', 'share information', 'sharing information', 'intelligence sharing'], ja: ['情報共有'] },
  { id: 'concept/local-communities', en: ['local communities', 'local community', 'host communities', 'local residents', 'residents'], ja: ['地元', '地域社会', '住民'] },
  { id: 'concept/incidents', en: ['incidents', 'incident', 'accidents', 'accident', 'crimes'], ja: ['事件', '事故'] },
  { id: 'concept/relocation', en: ['relocation', 'relocate', 'relocating', 'transfer of', 'replacement facility'], ja: ['移設', '移転'] },
  { id: 'concept/realignment', en: ['realignment', 'realign'], ja: ['再編'] },
  { id: 'concept/only-solution', en: ['only solution', 'the only option', 'only viable solution', 'sole solution'], ja: ['唯一の解決策'] },
  { id: 'concept/commitment', en: ['commitment', 'commitments', 'committed', 'unwavering', 'ironclad', 'steadfast'], ja: ['コミットメント', '関与', '揺るぎない'] },
  { id: 'concept/peace-stability', en: ['peace and stability', 'peace', 'stability'], ja: ['平和と安定', '平和', '安定'] },
  { id: 'concept/unilateral-change', en: ['unilateral attempts', 'unilateral change', 'unilateral changes', 'change the status quo', 'status quo', 'status-quo', 'coercion', 'coercive', 'unilateral', 'unilaterally'], ja: ['現状変更', '一方的', '威圧'] },
  { id: 'concept/roles-missions', en: ['roles and missions', 'roles, missions', 'roles and capabilities'], ja: ['役割・任務', '役割及び任務', '役割と任務', '役割'] },
  { id: 'concept/evolve', en: ['evolve', 'evolving', 'evolution', 'improve', 'improving', 'improvement', 'modernize', 'modernizing', 'modernization', 'upgrade', 'upgrading', 'upgraded', 'reorganize', 'reorganizing', 'reorganization', 'restructure', 'restructuring'], ja: ['進化', '向上', '近代化', '高度化', '改編'] },
  { id: 'concept/interoperability', en: ['interoperability', 'interoperable'], ja: ['相互運用性'] },
  { id: 'concept/working-group', en: ['working group', 'working groups', 'working-level', 'working level'], ja: ['作業部会', '実務者'] },
  { id: 'concept/early', en: ['early', 'earliest', 'as soon as possible', 'soon', 'promptly', 'at an early date'], ja: ['早期', '可能な限り早', '速やか'] },
  { id: 'concept/next-meeting', en: ['next meeting', 'next round', 'next session'], ja: ['次回'] },
  { id: 'concept/preparation', en: ['prepare', 'preparing', 'preparation', 'preparations', 'groundwork'], ja: ['準備'] },
  { id: 'concept/welcome', en: ['welcome', 'welcomed', 'welcoming', 'hailed', 'praised', 'applauded'], ja: ['歓迎'] },
  { id: 'concept/support', en: ['support', 'supported', 'supports', 'backing', 'backed', 'endorse', 'endorsed', 'assistance', 'assist', 'assisting'], ja: ['支持', '支援', '後押し'] },
  { id: 'concept/initiative', en: ['initiative', 'initiatives', 'efforts', 'effort', 'steps', 'measures'], ja: ['取り組み', '取組', '措置', '施策'] },
  { id: 'concept/proactive', en: ['on its own initiative', 'of its own accord', 'proactively', 'own volition', 'independently', 'its own accord'], ja: ['主体的'] },
  { id: 'concept/launch', en: ['launch', 'launches', 'launched', 'firing', 'fired'], ja: ['発射'] },
  { id: 'concept/importance', en: ['importance', 'important', 'vital', 'crucial', 'significance'], ja: ['重要性', '重要'] },
  { id: 'concept/nuclear', en: ['nuclear'], ja: ['核'] },
  { id: 'concept/alliance', en: ['alliance', 'allies', 'allied'], ja: ['同盟'] },
  { id: 'concept/security-environment', en: ['security environment', 'security situation', 'regional situation', 'situation in the region'], ja: ['安全保障環境', '安全保障情勢', '地域情勢', '情勢'] },
  { id: 'concept/fighter', en: ['fighter', 'fighters', 'fighter jets', 'tactical fighter', 'tactical fighters', 'fighter aircraft'], ja: ['戦術戦闘機', '戦闘機'] },
  { id: 'concept/aircraft', en: ['aircraft', 'planes'], ja: ['航空機'] },
  { id: 'concept/vessels', en: ['vessels', 'vessel', 'ships', 'ship', 'warships'], ja: ['艦艇', '艦船'] },
  { id: 'concept/trilateral', en: ['trilateral', 'three-way', 'three countries', 'trilaterally'], ja: ['3カ国', '三か国', '3か国'] },
  { id: 'concept/base', en: ['base', 'bases', 'air station', 'airfield'], ja: ['基地', '飛行場'] },
  { id: 'concept/personnel', en: ['personnel', 'troops', 'service members', 'servicemembers'], ja: ['隊員', '要員', '兵士'] },
  { id: 'concept/pay', en: ['pay', 'salaries', 'salary', 'compensation', 'treatment'], ja: ['給与', '処遇'] },
  { id: 'concept/ai', en: ['artificial intelligence', 'AI'], ja: ['人工知能'] },
  { id: 'concept/unmanned', en: ['unmanned', 'drone', 'drones', 'uncrewed', 'autonomous'], ja: ['無人機', '無人', '自律型', '自律'] },
  { id: 'concept/strategy', en: ['strategy', 'strategies', 'strategic documents', 'defense strategy', 'security strategy'], ja: ['戦略'] },
  { id: 'concept/treaty', en: ['treaty', 'security pact', 'defense pact'], ja: ['安全保障条約', '条約'] },
  { id: 'concept/apply', en: ['covered by', 'applies to', 'apply to', 'applicable', 'application of', 'falls under', 'fall under'], ja: ['適用', '対象'] },
  { id: 'concept/regional-partners', en: ['Southeast Asian', 'Southeast Asia', 'ASEAN countries'], ja: ['東南アジア'] },
  // ---- moved from the leave-alone list after review: what a claim can be checked on ----
  // domains and capabilities
  { id: 'concept/domain', en: ['domain', 'domains', 'new domains', 'cross-domain', 'multi-domain', 'all domains'], ja: ['領域', '新領域', '領域横断'] },
  { id: 'concept/electromagnetic', en: ['electromagnetic', 'electromagnetic spectrum', 'electronic warfare'], ja: ['電磁波', '電子戦'] },
  { id: 'concept/maritime', en: ['maritime', 'maritime security', 'maritime domain'], ja: ['海洋', '海洋安全保障', '海上'] },
  { id: 'concept/coast-guard', en: ['coast guard', 'coast guards', 'coastguard', 'coastguards'], ja: ['海上保安機関', '沿岸警備隊'] },
  { id: 'concept/ballistic', en: ['ballistic', 'ballistic missile', 'ballistic missiles'], ja: ['弾道ミサイル', '弾道'] },
  { id: 'concept/isr', en: ['ISR', 'intelligence, surveillance and reconnaissance', 'intelligence, surveillance, and reconnaissance', 'surveillance', 'reconnaissance', 'monitoring'], ja: ['情報収集・警戒監視・偵察', '警戒監視', '偵察', '監視'] },
  { id: 'concept/missile-warning', en: ['missile warning', 'missile warning data', 'warning data', 'early warning'], ja: ['ミサイル警戒情報', '警戒情報', '早期警戒'] },
  { id: 'concept/information-security', en: ['information security', 'information protection'], ja: ['情報保全', '情報セキュリティ'] },
  { id: 'concept/real-time', en: ['real-time', 'real time'], ja: ['リアルタイム'] },
  { id: 'concept/readiness', en: ['readiness', 'combat readiness'], ja: ['即応性', '即応'] },
  { id: 'concept/posture', en: ['posture', 'postures', 'force posture'], ja: ['態勢', '戦力態勢'] },
  { id: 'concept/operations', en: ['operational', 'operations', 'operationally'], ja: ['運用'] },
  { id: 'concept/resilience', en: ['resilience', 'resiliency', 'resilient'], ja: ['強靱', '強靭', 'レジリエンス'] },
  { id: 'concept/wargame', en: ['wargame', 'wargames', 'war game', 'war games', 'tabletop exercise', 'tabletop exercises'], ja: ['机上演習', 'ウォーゲーム'] },
  { id: 'concept/deployment', en: ['deploy', 'deploys', 'deployed', 'deploying', 'deployment', 'deployments', 'stationed', 'stationing', 'forward-deployed'], ja: ['配備', '駐留'] },
  { id: 'concept/replacement', en: ['replace', 'replaced', 'replacing', 'replacement', 'renewal', 'successor'], ja: ['更新', '後継'] },
  { id: 'concept/development', en: ['development', 'develop', 'developing', 'developed'], ja: ['開発'] },
  { id: 'concept/acquisition', en: ['acquire', 'acquiring', 'acquisition', 'procure', 'procurement', 'purchase', 'purchases', 'buy', 'buying'], ja: ['取得', '調達', '購入'] },
  { id: 'concept/delivery', en: ['delivery', 'deliveries', 'deliver', 'delivered', 'delivering'], ja: ['納入', '引き渡し', '供給'] },
  { id: 'concept/investment', en: ['investment', 'investments', 'invest', 'investing'], ja: ['投資'] },
  { id: 'concept/construction', en: ['construction', 'construct', 'constructing', 'constructed'], ja: ['建設', '工事'] },
  { id: 'concept/facilities', en: ['facilities', 'facility'], ja: ['施設'] },
  { id: 'concept/land-return', en: ['return of', 'land return', 'reversion', 'returned to Japan', 'full return'], ja: ['全面返還', '返還'] },
  { id: 'concept/burden-reduction', en: ['mitigate', 'mitigating', 'mitigation', 'burden reduction', 'reduce the burden', 'reducing the burden', 'ease the burden', 'easing the burden', 'lessen the burden'], ja: ['負担軽減', '軽減'] },
  { id: 'concept/contingency', en: ['contingency', 'contingencies', 'emergency', 'emergencies'], ja: ['有事', '緊急事態'] },
  { id: 'concept/peacetime', en: ['peacetime', 'in peacetime', 'gray zone', 'grey zone'], ja: ['平素', '平時', 'グレーゾーン'] },
  // North Korea and arms control
  { id: 'concept/denuclearization', en: ['denuclearization', 'denuclearisation', 'denuclearize', 'denuclearizing'], ja: ['非核化'] },
  { id: 'concept/wmd', en: ['weapons of mass destruction', 'WMD', 'WMDs'], ja: ['大量破壊兵器'] },
  { id: 'concept/dismantlement', en: ['dismantlement', 'dismantle', 'dismantling', 'abandonment', 'abandon', 'elimination', 'eliminate', 'verifiable', 'irreversible', 'CVID'], ja: ['廃棄', '放棄', '検証可能', '不可逆'] },
  { id: 'concept/sanctions', en: ['sanctions', 'sanction', 'Security Council resolutions', 'UNSC resolutions', 'UN resolutions', 'resolutions'], ja: ['制裁', '安保理決議', '決議'] },
  { id: 'concept/provocation', en: ['provocation', 'provocations', 'provocative'], ja: ['挑発'] },
  { id: 'concept/pressure', en: ['pressure', 'maximum pressure', 'pressure campaign'], ja: ['圧力'] },
  { id: 'concept/attack', en: ['attack', 'attacks', 'armed attack', 'strike on'], ja: ['武力攻撃', '攻撃'] },
  { id: 'concept/ship-to-ship', en: ['ship-to-ship transfers', 'ship-to-ship transfer', 'ship-to-ship'], ja: ['瀬取り'] },
  { id: 'concept/military-activities', en: ['military activities', 'military activity', 'military buildup'], ja: ['軍事活動', '軍備増強'] },
  { id: 'concept/threat', en: ['threat', 'threats', 'threatening', 'threatens'], ja: ['脅威'] },
  // order and its violation
  { id: 'concept/aggression', en: ['aggression', 'invasion', 'invade', 'invaded', 'invading'], ja: ['侵略', '侵攻'] },
  { id: 'concept/freedom-of-navigation', en: ['freedom of navigation', 'freedom of navigation and overflight', 'navigation', 'overflight'], ja: ['航行の自由', '航行', '上空飛行'] },
  { id: 'concept/rule-of-law', en: ['rule of law', 'international law', 'international laws'], ja: ['法の支配', '国際法'] },
  { id: 'concept/international-order', en: ['international order', 'rules-based order', 'rules-based international order', 'world order'], ja: ['国際秩序', '秩序'] },
  { id: 'concept/prosperity', en: ['prosperity', 'prosperous'], ja: ['繁栄'] },
  // occasions and courtesies a claim reports
  { id: 'concept/summit', en: ['summit', 'summits', 'summit meeting', 'leaders\' meeting'], ja: ['首脳会談', '首脳会合', '首脳'] },
  { id: 'concept/covid', en: ['COVID-19', 'COVID', 'coronavirus', 'pandemic'], ja: ['新型コロナウイルス', '新型コロナ', 'コロナ'] },
  { id: 'concept/wreath', en: ['wreath', 'laid a wreath', 'wreath-laying', 'paid tribute', 'paid respects'], ja: ['献花', '花輪'] },
  { id: 'concept/condolences', en: ['condolences', 'prayers', 'thoughts and prayers', 'sympathy', 'killed', 'wounded', 'victims'], ja: ['哀悼', 'お悔やみ', 'お見舞い', '犠牲'] },
  { id: 'concept/congratulate', en: ['congratulated', 'congratulate', 'congratulating', 'congratulations'], ja: ['祝意', '祝福'] },
  { id: 'concept/gratitude', en: ['thanked', 'thank', 'thanks', 'appreciation', 'gratitude', 'appreciated'], ja: ['謝意', '感謝'] },
  { id: 'concept/concern', en: ['concern', 'concerns', 'concerned', 'serious concern', 'grave concern'], ja: ['懸念', '憂慮'] },
  { id: 'concept/condemn', en: ['condemned', 'condemn', 'condemns', 'condemning', 'denounced'], ja: ['非難'] },
  { id: 'concept/oppose', en: ['oppose', 'opposed', 'opposes', 'opposing', 'opposition'], ja: ['反対'] },
];

/**
 * Narrower ideas a text implies: naming one also names the broader one ("the National Security
 * Strategy" is one of "the three strategic documents"). Keys and values are entity or concept ids.
 */
export const BROADER: Readonly<Record<string, readonly string[]>> = {
  'document/nss': ['document/three-strategic-documents'],
  'document/nds': ['document/three-strategic-documents'],
  'document/dbp': ['document/three-strategic-documents'],
  'document/three-strategic-documents': ['concept/strategy'],
  'document/us-nss': ['concept/strategy'],
  'document/us-nds': ['concept/strategy'],
  'document/security-treaty': ['concept/treaty'],
  'framework/equipment-technology-cooperation': ['concept/equipment', 'concept/technology', 'concept/cooperation'],
  'framework/dicas': ['concept/industry', 'concept/sustainment'],
  'framework/extended-deterrence': ['concept/deterrence'],
  'framework/alliance': ['concept/alliance'],
  'concept/co-production': ['concept/production', 'concept/cooperation'],
  'concept/co-sustainment': ['concept/sustainment', 'concept/cooperation'],
  'framework/counterstrike': ['concept/capability'],
  'concept/ballistic': ['concept/missile'],
  'concept/missile-warning': ['concept/missile'],
  'body/jcg': ['concept/coast-guard'],
  'event/japan-us-summit': ['concept/summit'],
  // China's armed forces name China ("China's military activities" ~ 中国の軍事活動)
  'body/pla': ['place/china'],
  'body/china-coast-guard': ['concept/coast-guard', 'place/china'],
  // a three-country framework is trilateral ("deepen trilateral ties" ~ "Japan-U.S.-ROK ties")
  'framework/japan-us-rok': ['concept/trilateral'],
  'framework/japan-us-australia': ['concept/trilateral'],
  'framework/japan-us-philippines': ['concept/trilateral'],
};

/**
 * A record's own short forms: once a summary has named "the Japan-U.S. Alliance" it says "the
 * Alliance"; "the Ministers" / 両閣僚 are its two participants. Linked to their ids when a record's
 * derived data is built (engine/short-forms.ts). `participants` stands for the record's people.
 */
export const RECORD_SHORT_FORMS: readonly { pattern: RegExp; target: string }[] = [
  { pattern: /\b(?:the|our|this)\s+Alliance\b/, target: 'framework/alliance' },
  { pattern: /(?<!日米)同盟/, target: 'framework/alliance' },
  { pattern: /\b(?:the|both|two)\s+(?:Ministers|Secretaries|leaders)\b/i, target: 'participants' },
  { pattern: /両閣僚|両大臣|両者/, target: 'participants' },
];

/**
 * Concepts of every outcome ("strengthen", "cooperation", "advance"): sharing only these and
 * places does not make an article's item and an official one the same item (compare-firmness.ts).
 */
export const BROAD_CONCEPTS: readonly string[] = [
  'concept/strengthen', 'concept/cooperation', 'concept/advance', 'concept/early', 'concept/importance',
  'concept/welcome', 'concept/support', 'concept/initiative', 'concept/alliance', 'concept/jointly',
  'concept/increase', 'concept/accelerate', 'concept/peace-stability', 'concept/security-environment',
  'concept/threat', 'concept/prosperity', 'concept/operations', 'concept/gratitude',
];

/** The participants' own departments: naming them says whose talks, not what was agreed. */
export const PARTICIPANT_DEPARTMENTS: readonly string[] = [
  'body/jp-mod', 'body/us-dow', 'body/us-government', 'body/jp-government',
  // the capitals as the governments ("Tokyo and Washington will keep cooperating")
  'place/tokyo', 'place/washington',
];
