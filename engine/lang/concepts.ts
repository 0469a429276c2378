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
  { id: 'concept/sustainment', en: ['sustainment', 'maintenance', 'repair', 'repairs', 'maintain and repair'], ja: ['維持整備', '整備', '修理'] },
  { id: 'concept/production', en: ['production', 'produce', 'produced', 'producing', 'manufacturing', 'manufacture'], ja: ['生産', '製造'] },
  { id: 'concept/revise', en: ['revise', 'revising', 'revision', 'revisions', 'review', 'reviewing', 'rewrite', 'rewrites', 'rewriting', 'update', 'updating', 'overhaul'], ja: ['改定', '見直し', '改訂'] },
  { id: 'concept/increase', en: ['increase', 'increased', 'increasing', 'boost', 'boosted', 'boosting', 'ramp up', 'ramping up', 'scale up', 'expand', 'expanded', 'expanding', 'expansion', 'raise', 'raising', 'hike', 'bolster production'], ja: ['増産', '増額', '増加', '増や', '拡大', '拡充', '引き上げ'] },
  { id: 'concept/workout', en: ['workout', 'joint workout', 'work out', 'worked out', 'physical training', 'exercised together', 'push-ups', 'pushups'], ja: ['合同トレーニング', 'トレーニング', '筋力トレーニング', '腕立て'] },
  { id: 'concept/strengthen', en: ['strengthen', 'strengthened', 'strengthening', 'reinforce', 'reinforcing', 'bolster', 'bolstering', 'bolstered', 'enhance', 'enhanced', 'enhancing', 'enhancement', 'reinforcement', 'strengthening of', 'beef up', 'shore up', 'deepen', 'deepening', 'step up'], ja: ['強化', '深化', '深め', '底上げ'] },
  { id: 'concept/cooperation', en: ['cooperation', 'cooperate', 'cooperating', 'collaboration', 'collaborate', 'work together', 'working together', 'work closely', 'coordination', 'coordinate', 'coordinating'], ja: ['協力', '連携', '協調', '緊密化'] },
  { id: 'concept/deterrence', en: ['deterrence', 'deter', 'deterrent', 'deterring'], ja: ['抑止力', '抑止'] },
  { id: 'concept/response', en: ['response', 'respond', 'responding', 'response capabilities'], ja: ['対処力', '対処', '対応'] },
  { id: 'concept/capability', en: ['capabilities', 'capability', 'capacity', 'defense capabilities', 'defence capabilities'], ja: ['能力', '防衛力'] },
  { id: 'concept/jointly', en: ['joint', 'jointly', 'together', 'combined'], ja: ['合同', '共同'] },
  { id: 'concept/accelerate', en: ['accelerate', 'accelerated', 'accelerating', 'acceleration', 'speed up', 'speeding up', 'faster', 'expedite', 'hasten'], ja: ['加速', '早期化', '迅速化'] },
  { id: 'concept/advance', en: ['advance', 'advancing', 'promote', 'promoting', 'push ahead', 'push forward', 'move forward', 'progress'], ja: ['推進', '進展', '前進'] },
  { id: 'concept/spending', en: ['defense spending', 'defence spending', 'defense budget', 'defence budget', 'military spending', 'defense expenditure', 'spending', 'budget'], ja: ['防衛費', '防衛予算', '予算', '国防費'] },
  { id: 'concept/equipment', en: ['equipment', 'defense equipment', 'weapons', 'arms'], ja: ['防衛装備', '装備品', '装備'] },
  { id: 'concept/technology', en: ['technology', 'technologies', 'technological'], ja: ['技術'] },
  { id: 'concept/industry', en: ['industrial', 'industry', 'industries', 'defense industry', 'defense industrial'], ja: ['防衛産業', '産業'] },
  { id: 'concept/supply-chain', en: ['supply chain', 'supply chains'], ja: ['サプライチェーン', '供給網'] },
  { id: 'concept/critical-minerals', en: ['critical minerals', 'rare earths', 'rare earth'], ja: ['重要鉱物', 'レアアース'] },
  { id: 'concept/missile', en: ['missile', 'missiles', 'interceptor', 'interceptors'], ja: ['ミサイル', '迎撃弾', '迎撃'] },
  { id: 'concept/space', en: ['space', 'outer space'], ja: ['宇宙'] },
  { id: 'concept/cyber', en: ['cyber', 'cyberspace', 'cybersecurity'], ja: ['サイバー'] },
  { id: 'concept/presence', en: ['presence'], ja: ['プレゼンス'] },
  { id: 'concept/command-and-control', en: ['command and control', 'command-and-control', 'command structure', 'command structures', 'command'], ja: ['指揮・統制', '指揮統制', '司令部', '指揮'] },
  { id: 'concept/multilateral', en: ['multilateral', 'like-minded countries', 'like-minded partners', 'regional partners', 'partners in the region', 'partner countries', 'partners'], ja: ['多国間', 'パートナー', '同志国'] },
  { id: 'concept/information-sharing', en: ['information sharing', 'information-sharing', 'share information', 'sharing information', 'intelligence sharing'], ja: ['情報共有'] },
  { id: 'concept/local-communities', en: ['local communities', 'local community', 'host communities', 'local residents', 'residents'], ja: ['地元', '地域社会', '住民'] },
  { id: 'concept/incidents', en: ['incidents', 'incident', 'accidents', 'accident', 'crimes'], ja: ['事件', '事故'] },
  { id: 'concept/relocation', en: ['relocation', 'relocate', 'relocating', 'transfer of', 'replacement facility'], ja: ['移設', '移転'] },
  { id: 'concept/realignment', en: ['realignment', 'realign'], ja: ['再編'] },
  { id: 'concept/only-solution', en: ['only solution', 'the only option', 'only viable solution', 'sole solution'], ja: ['唯一の解決策'] },
  { id: 'concept/commitment', en: ['commitment', 'commitments', 'committed', 'unwavering', 'ironclad', 'steadfast'], ja: ['コミットメント', '関与', '揺るぎない'] },
  { id: 'concept/peace-stability', en: ['peace and stability', 'peace', 'stability'], ja: ['平和と安定', '平和', '安定'] },
  { id: 'concept/unilateral-change', en: ['unilateral attempts', 'unilateral change', 'unilateral changes', 'change the status quo', 'status quo', 'status-quo', 'coercion'], ja: ['現状変更', '一方的', '威圧'] },
  { id: 'concept/roles-missions', en: ['roles and missions', 'roles, missions', 'roles and capabilities'], ja: ['役割・任務', '役割及び任務', '役割と任務', '役割'] },
  { id: 'concept/evolve', en: ['evolve', 'evolving', 'evolution', 'improve', 'improving', 'improvement', 'modernize', 'modernizing', 'modernization', 'upgrade', 'upgrading', 'upgraded', 'reorganize', 'reorganizing', 'reorganization', 'restructure', 'restructuring'], ja: ['進化', '向上', '近代化', '高度化', '改編'] },
  { id: 'concept/interoperability', en: ['interoperability', 'interoperable'], ja: ['相互運用性'] },
  { id: 'concept/working-group', en: ['working group', 'working groups', 'working-level', 'working level'], ja: ['作業部会', '実務者'] },
  { id: 'concept/early', en: ['early', 'earliest', 'as soon as possible', 'soon', 'promptly', 'at an early date'], ja: ['早期', '可能な限り早', '速やか'] },
  { id: 'concept/next-meeting', en: ['next meeting', 'next round', 'next session'], ja: ['次回'] },
  { id: 'concept/preparation', en: ['prepare', 'preparing', 'preparation', 'preparations', 'groundwork'], ja: ['準備'] },
  { id: 'concept/welcome', en: ['welcome', 'welcomed', 'welcoming', 'hailed', 'praised', 'applauded'], ja: ['歓迎'] },
  { id: 'concept/support', en: ['support', 'supported', 'supports', 'backing', 'backed', 'endorse', 'endorsed'], ja: ['支持', '支援', '後押し'] },
  { id: 'concept/initiative', en: ['initiative', 'initiatives', 'efforts', 'effort', 'steps', 'measures'], ja: ['取り組み', '取組', '措置', '施策'] },
  { id: 'concept/proactive', en: ['on its own initiative', 'of its own accord', 'proactively', 'own volition', 'independently', 'its own accord'], ja: ['主体的'] },
  { id: 'concept/launch', en: ['launch', 'launches', 'launched', 'firing', 'fired'], ja: ['発射'] },
  { id: 'concept/importance', en: ['importance', 'important', 'vital', 'crucial', 'significance'], ja: ['重要性', '重要'] },
  { id: 'concept/nuclear', en: ['nuclear'], ja: ['核'] },
  { id: 'concept/alliance', en: ['alliance', 'allies', 'allied'], ja: ['同盟'] },
  { id: 'concept/security-environment', en: ['security environment', 'security situation', 'regional situation', 'situation in the region'], ja: ['安全保障環境', '安全保障情勢', '地域情勢', '情勢'] },
  { id: 'concept/fighter', en: ['fighter', 'fighters', 'fighter jets', 'tactical fighter', 'tactical fighters', 'fighter aircraft'], ja: ['戦闘機'] },
  { id: 'concept/aircraft', en: ['aircraft', 'planes'], ja: ['航空機'] },
  { id: 'concept/vessels', en: ['vessels', 'vessel', 'ships', 'ship', 'warships'], ja: ['艦艇', '艦船'] },
  { id: 'concept/trilateral', en: ['trilateral', 'three-way', 'three countries'], ja: ['3カ国', '三か国', '3か国'] },
  { id: 'concept/base', en: ['base', 'bases', 'air station', 'airfield'], ja: ['基地', '飛行場'] },
  { id: 'concept/personnel', en: ['personnel', 'troops', 'service members', 'servicemembers'], ja: ['隊員', '要員', '兵士'] },
  { id: 'concept/pay', en: ['pay', 'salaries', 'salary', 'compensation', 'treatment'], ja: ['給与', '処遇'] },
  { id: 'concept/ai', en: ['artificial intelligence', 'AI'], ja: ['人工知能'] },
  { id: 'concept/unmanned', en: ['unmanned', 'drone', 'drones', 'uncrewed'], ja: ['無人機', '無人'] },
  { id: 'concept/strategy', en: ['strategy', 'strategies', 'strategic documents', 'defense strategy', 'security strategy'], ja: ['戦略'] },
  { id: 'concept/treaty', en: ['treaty', 'security pact', 'defense pact'], ja: ['安全保障条約', '条約'] },
  { id: 'concept/apply', en: ['covered by', 'applies to', 'apply to', 'applicable', 'application of', 'falls under', 'fall under'], ja: ['適用', '対象'] },
  { id: 'concept/regional-partners', en: ['Southeast Asian', 'Southeast Asia', 'ASEAN countries'], ja: ['東南アジア'] },
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
];

/** The participants' own departments: naming them says whose talks, not what was agreed. */
export const PARTICIPANT_DEPARTMENTS: readonly string[] = [
  'body/jp-mod', 'body/us-dow', 'body/us-government', 'body/jp-government',
  // the capitals as the governments ("Tokyo and Washington will keep cooperating")
  'place/tokyo', 'place/washington',
];
