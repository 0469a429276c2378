// Labels that mark text inside a story as not the story, in both languages, as data only. Kept
// apart from en.ts and ja.ts because the content script's page reader needs these few words and
// none of the engine's other tables (the engine itself runs in the background).

/** Headings of a glossary or definition box beside a story (「ことば」, "Explainer"). */
export const GLOSSARY_LABELS = {
  en: ['explainer', 'glossary', 'key terms', 'factbox', 'fact box', 'what is', 'what are', 'who is', 'backgrounder', 'definition'],
  ja: ['ことば', '用語解説', 'キーワード', '基礎知識', 'メモ', 'MEMO'],
} as const;

/** Words that open a line pointing at another story ("Read more:", 「関連記事」). */
export const OTHER_STORY_LABELS = {
  en: ['read more', 'related', 'see also', 'also read', 'more on this', 'recommended', 'read next', 'further reading', 'most read'],
  ja: ['関連記事', '関連ニュース', 'あわせて読みたい', '合わせて読みたい', 'こちらも読まれています', 'おすすめ記事', '【関連】'],
} as const;
