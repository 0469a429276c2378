// Words of the official records deliberately left out of the concept table (engine/lang/concepts.ts)
// and the gazetteer. Every content word of every official paragraph must be in a concept, a
// gazetteer entry, or here; the vocabulary test (tests/engine/vocabulary.test.ts) holds all three
// to that, and refuses a word here that a concept now covers or that no record uses.
//
// The rule for staying: a word stays only if it names nothing a claim could be checked on by
// itself: it reports or frames (verbs of telling, the meeting's own words), does anything (generic
// verbs), grades (adverbs, evaluative adjectives), abstracts (nouns every outcome shares), counts
// or dates, names an office or a generic body, is backdrop (regions, the world) or a part of a
// name held whole elsewhere, or is a fragment. A word that names a thing, a capability, an action
// on it, a threat, a place or a body goes into a concept (English and Japanese forms) or the
// gazetteer; reviewed word by word in issue 7. A word left alone still counts as a stemmed word
// (or Japanese character pair) in retrieval: it only gets no synonyms and no other language.
// Data only, used by the test, not bundled.

/** Words of reporting and of the meeting itself: verbs of telling and of discussion (the commitment
 * ladder in engine/lang/en.ts and ja.ts reads those that rank an outcome), courtesies, the occasion. */
export const EN_REPORT_AND_MEETING: readonly string[] = [
  'acknowledged', 'affirmed', 'announcements', 'appointment', 'behalf', 'called', 'candid', 'candidly',
  'commended', 'consultations', 'conveyed', 'courtesy', 'described', 'dialogue', 'encouraged', 'exchanged',
  'exploring', 'hosting', 'issue', 'issues', 'joined', 'looked', 'looks', 'matters', 'noting',
  'occasion', 'offered', 'opinions', 'outset', 'plenary', 'points', 'reassured', 'recognized', 'reconfirmed',
  'request', 'restated', 'topics', 'urged', 'views',
];

/** Verbs of doing anything (ensure, provide, take, work): the thing done is the content, not the verb. */
export const EN_GENERIC_VERBS: readonly string[] = [
  'abide', 'accept', 'account', 'act', 'acting', 'action', 'actions', 'address', 'aligned', 'alignment',
  'attempt', 'attempts', 'avoid', 'avoids', 'become', 'becoming', 'being', 'build', 'building',
  'complementing', 'conducting', 'conform', 'consideration', 'contribute', 'contribution', 'demonstrate',
  'demonstrated', 'demonstration', 'disrupt', 'does', 'ensure', 'ensuring', 'established', 'face', 'fall',
  'following', 'follows', 'formulated', 'formulating', 'fulfil', 'fulfilling', 'furthered', 'gaining',
  'garnering', 'going', 'having', 'heightens', 'implementation', 'implementing', 'impose', 'involvement',
  'involving', 'made', 'maintain', 'make', 'makes', 'materialize', 'maximizing', 'moving', 'need',
  'optimize', 'paid', 'participation', 'play', 'prepared', 'prevent', 'promotion',
  'provide', 'providing', 'pursue', 'realize', 'refrains', 'regard', 'regarding', 'regards', 'related',
  'remains', 'resolve', 'seeks', 'shape', 'shared', 'shoulder', 'stand', 'streamlining', 'take',
  'taken', 'taking', 'tie', 'tolerate', 'use', 'utilization', 'work', 'working',
];

/** Degree, manner and judgement: adverbs, intensifiers and evaluative adjectives (strongly, severe,
 * unacceptable). A claim's firmness is compared by the ladder, not by these. */
export const EN_DEGREE_AND_JUDGEMENT: readonly string[] = [
  'absolutely', 'across', 'active', 'advanced', 'among', 'apparent', 'based', 'beneficial', 'broad',
  'broader', 'broadly', 'but', 'capable', 'close', 'closely', 'common', 'complete', 'concrete', 'critical',
  'desirable', 'despite', 'destabilizing', 'effective', 'either', 'end', 'entire', 'entirely', 'especially',
  'etc', 'even', 'ever', 'existing', 'far', 'firm', 'firmly', 'flagrant', 'forward', 'front', 'full',
  'fundamentally', 'furthermore', 'grave', 'greatest', 'growing', 'highest', 'historic', 'illegal',
  'illicit', 'imminent', 'increasingly', 'intense', 'key', 'larger', 'like', 'limited', 'long', 'maximum',
  'moreover', 'mutually', 'namely', 'necessity', 'out', 'outrage', 'outrageous', 'own', 'particular',
  'particularly', 'peaceful', 'possible', 'problematic', 'rapidly', 'realistic', 'reckless', 'respective',
  'respectively', 'robust', 'serious', 'severe', 'should', 'standing', 'steadily', 'steady', 'strong',
  'strongly', 'substantially', 'successful', 'superiority', 'sure', 'tangible', 'unacceptable', 'unified',
  'unjustifiable', 'unlawful', 'unprecedented', 'unprovoked', 'urgency', 'utmost', 'various', 'well', 'wide',
  'within',
];

/** Abstract nouns every outcome shares (goals, challenges, role, framework, situation, policy). */
export const EN_ABSTRACT_NOUNS: readonly string[] = [
  'activities', 'addition', 'advancements', 'architecture', 'areas', 'arrangements', 'article',
  'assessments', 'awareness', 'behavior', 'behaviors', 'challenge', 'challenges', 'change', 'changes',
  'changing', 'competition', 'concerning', 'consistency', 'cornerstone', 'decision',
  'dedication', 'documents', 'draft', 'duties', 'engagements', 'expectations', 'fields', 'foundation',
  'framework', 'frameworks', 'functions', 'goal', 'goals', 'impact', 'intention', 'items', 'iteration',
  'landscape', 'level', 'light', 'means', 'mind', 'minded', 'momentum', 'networking', 'obligations',
  'opportunities', 'option', 'outcome', 'outcomes', 'path', 'place', 'policy', 'position', 'priorities',
  'problem', 'process', 'programs', 'purpose', 'pursuant', 'range', 'ranges', 'reason', 'recognition',
  'recurrence', 'reference', 'relation', 'relationship', 'resolution', 'responsibilities', 'responsibility',
  'role', 'scope', 'sense', 'separate', 'series', 'situation', 'situations', 'speed', 'stewardship',
  'stipulations', 'strategic', 'strength', 'system', 'systems', 'tension', 'terms', 'ties', 'vision', 'way',
  'ways',
];

/** Numbers, ordinals, eras and time words: dates and numbers are compared as facts (dates.ts, quantities.ts). */
export const EN_NUMBERS_AND_TIME: readonly string[] = [
  'age', 'current', 'fiscal', 'four', 'latest', 'next', 'one', 'past', 'recent', 'second', 'three',
];

/** Offices and generic bodies (president, department, forces): people and offices say whose talks,
 * not what was agreed; named bodies are in the gazetteer. */
export const EN_OFFICES_AND_GENERIC_BODIES: readonly string[] = [
  'administration', 'advisor', 'authorities', 'chairman', 'community', 'department', 'families',
  'force', 'forces', 'leaders', 'leadership', 'members', 'national', 'nations', 'nations\'', 'president',
  'president\'s', 'team',
];

/** The backdrop and parts of names: region and world words (a region is an outcome's setting, not
 * its object), and the leftover parts of names the gazetteer or a concept holds whole in another
 * paragraph (Taiwan Strait, Schriever Wargame, Takeo Akiba, Henoko-saki). */
export const EN_BACKDROP_AND_NAME_PARTS: readonly string[] = [
  'air', 'akiba', 'asia', 'cross', 'east', 'extended', 'free', 'gen', 'global', 'globally', 'international',
  'islands', 'kim\'s', 'law', 'open', 'order', 'pacific', 'region', 'regional', 'regionally', 'rule',
  'rules', 'saki', 'schriever', 'strait', 'takeo', 'waters', 'world',
];

/** Fragments: words cut off in a partial record (impor…, orde…, shi…) or split from a foreign phrase (vis-à-vis). */
export const EN_FRAGMENTS: readonly string[] = [
  'impor', 'orde', 'shi', 'trilat', 'vis',
];

/** Words of reporting and of the meeting itself: verbs of telling and of discussion (the commitment
 * ladder in engine/lang/en.ts and ja.ts reads those that rank an outcome), courtesies, the occasion. */
export const JA_REPORT_AND_MEETING: readonly string[] = [
  '事項', '二国間', '冒頭', '大臣', '意見交換', '挨拶', '率直', '留意', '認識', '議論', '防衛', '電話',
];

/** Verbs of doing anything (ensure, provide, take, work): the thing done is the content, not the verb. */
export const JA_GENERIC_VERBS: readonly string[] = [
  '作業', '共有', '増進', '変化', '実施', '実現', '容認', '決意', '発揮', '継続', '許容', '開始',
];

/** Degree, manner and judgement: adverbs, intensifiers and evaluative adjectives (strongly, severe,
 * unacceptable). A claim's firmness is compared by the ladder, not by these. */
export const JA_DEGREE_AND_JUDGEMENT: readonly string[] = [
  '一層', '共通', '切迫感', '力強', '効果的', '危機感', '強固', '必要', '急速', '抜本的', '暴挙', '活発化', '着実', '緊密', '複雑', '重点的',
];

/** Abstract nouns every outcome shares (goals, challenges, role, framework, situation, policy). */
export const JA_ABSTRACT_NOUNS: readonly string[] = [
  'ビジョン', 'リーダーシップ', '事態', '動向', '国民', '安全', '安全保障上', '影響', '念頭', '枠組', '根幹', '機会', '活動', '計画', '課題', '軍事',
  '関係',
];

/** Numbers, ordinals, eras and time words: dates and numbers are compared as facts (dates.ts, quantities.ts). */
export const JA_NUMBERS_AND_TIME: readonly string[] = [
  '今後', '今般', '令和', '以上', '最近', '本年', '本年末',
];

/** The backdrop and parts of names: region and world words (a region is an outcome's setting, not
 * its object), and the leftover parts of names the gazetteer or a concept holds whole in another
 * paragraph (Taiwan Strait, Schriever Wargame, Takeo Akiba, Henoko-saki). */
export const JA_BACKDROP_AND_NAME_PARTS: readonly string[] = [
  'アジア', '世界', '周辺', '地域',
];

/** Fragments: words cut off in a partial record (impor…, orde…, shi…) or split from a foreign phrase (vis-à-vis). */
export const JA_FRAGMENTS: readonly string[] = [
  'シップ', '一層厳', '力又', '国間', '後初', '概要次', '的イニシアティブ', '維持・', '要領',
];

/** Every English word left alone, by the reasons above. */
export const LEAVE_ALONE_EN: readonly string[] = [
  ...EN_REPORT_AND_MEETING, ...EN_GENERIC_VERBS, ...EN_DEGREE_AND_JUDGEMENT, ...EN_ABSTRACT_NOUNS,
  ...EN_NUMBERS_AND_TIME, ...EN_OFFICES_AND_GENERIC_BODIES, ...EN_BACKDROP_AND_NAME_PARTS, ...EN_FRAGMENTS,
];

/** Every Japanese word left alone, by the same reasons. */
export const LEAVE_ALONE_JA: readonly string[] = [
  ...JA_REPORT_AND_MEETING, ...JA_GENERIC_VERBS, ...JA_DEGREE_AND_JUDGEMENT, ...JA_ABSTRACT_NOUNS,
  ...JA_NUMBERS_AND_TIME, ...JA_BACKDROP_AND_NAME_PARTS, ...JA_FRAGMENTS,
];
