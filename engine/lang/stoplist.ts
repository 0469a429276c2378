// Words of the news register and of every meeting report: they say nothing about what was agreed,
// so they are never content terms (engine/retrieve.ts). English words are stemmed by the terms'
// own stem function when loaded; Japanese words stop every two-character term they contain.

export const NEWS_REGISTER_EN: readonly string[] = [
  // the meeting itself and who held it
  'met', 'meet', 'meeting', 'meetings', 'talk', 'talks', 'held', 'hold', 'holding', 'session', 'sessions', 'minister', 'ministers',
  'secretary', 'defense', 'defence', 'ministerial', 'bilateral', 'counterpart', 'counterparts', 'chief', 'chiefs', 'head',
  'two', 'sides', 'side', 'both', 'pair', 'japan', 'japanese', 'united', 'states', 'state', 'war', 'visit', 'visiting', 'trip',
  'first', 'formal', 'readout', 'summary', 'hosts', 'host', 'hosted', 'sat', 'down', 'received', 'receive', 'receives',
  'telephone', 'phone', 'call', 'calls', 'video', 'confer', 'conferred', 'spoke', 'speak', 'lasted', 'last', 'lasts',
  'starting', 'started', 'start', 'began', 'begin', 'what', 'how', 'where', 'when',
  'talked', 'talking', 'beginning', 'begun', 'wrapped', 'finished',
  // a photograph's words: who stands where and what they do for the camera
  'left', 'right', 'center', 'centre', 'shake', 'shakes', 'shaking', 'hands', 'hand', 'pose', 'poses', 'posed', 'photo',
  'photographers', 'greet', 'greets', 'greeted', 'clasp', 'clasps',
  // reporting and attribution
  'said', 'say', 'says', 'told', 'tell', 'tells', 'according', 'officials', 'official', 'reporters', 'reporter', 'statement',
  'press', 'conference', 'briefing', 'spokesperson', 'spokesman', 'spokeswoman', 'sources', 'source', 'noted', 'explained',
  'added', 'stated', 'expressed', 'came', 'come', 'comes', 'took', 'questions', 'outside', 'agency', 'news',
  'kyodo', 'reuters', 'jiji', 'afp', 'nhk', 'nikkei', 'bloomberg', 'yonhap', 'associated',
  // the verbs of outcome (the commitment ladder compares them; they are not the topic)
  'signed', 'sign', 'signing', 'inked', 'discuss', 'discussed', 'agree', 'agreed', 'concurred', 'confirm', 'confirmed', 'reaffirmed', 'pledged', 'pledge', 'vowed', 'vow',
  'stressed', 'emphasized', 'emphasised', 'underscored', 'highlighted', 'reiterated', 'count', 'also', 'again', 'once', 'keep', 'continue', 'continued', 'would', 'will', 'plan', 'plans',
  // time words and hedges
  'roughly', 'about', 'approximately', 'around', 'nearly', 'some', 'minutes', 'minute', 'hour', 'hours', 'local', 'time',
  'noon', 'midday', 'shortly', 'just',
  'week', 'day', 'month', 'year', 'today', 'ahead', 'later', 'earlier', 'morning', 'afternoon', 'evening', 'night',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'ago', 'since', 'hard', 'imagine', 'unthinkable', 'unimaginable',
  'their', 'they', 'new', 'security', 'allies', 'ally', 'american', 'americans', 'america', 'sidelines', 'margins',
];

export const NEWS_REGISTER_JA: readonly string[] = [
  '会談', '会合', '会議', '防衛相', '防衛大臣', '国防長官', '戦争長官', '長官', '両氏', '両閣僚', '両防衛相', '両国', '日米', '米国',
  '確認', '一致', '合意', '申し合わせ', '表明', '強調', '考え', '説明', '伝え', '述べ', '示し', '改めて',
  '関係者', '記者', '発表', '明らか', '共同通信', '時事通信', '通信', '政府', '防衛省', '国防総省', '日本時間', '現地時間',
  '午前', '午後', '分間', '時間', '就任', '初めて', '今回', '写真', '特集', '来日', '訪問', '予定', '見通し', '写真特集', '代表撮影', '撮影', '来日中', '訪米中', '訪日中',
];
