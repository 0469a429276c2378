// Which writing system a text is in: the one test of "is this Japanese" for the engine and ingest.

/** Hiragana, katakana (full and half width), CJK ideographs and their extensions. */
const JAPANESE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]/u;

export function isJapaneseChar(ch: string | undefined): boolean {
  return ch !== undefined && JAPANESE.test(ch);
}

export function hasJapanese(text: string): boolean {
  return JAPANESE.test(text);
}

/**
 * 'ja' when Japanese characters are more than 0.3 of the Latin letters: a Japanese article
 * keeps many Latin names (SM-3, DICAS, Hegseth). Long texts are sampled every 7th character.
 */
export function detectLanguage(text: string): 'en' | 'ja' {
  let japanese = 0;
  let latin = 0;
  const step = text.length > 20_000 ? 7 : 1;
  for (let i = 0; i < text.length; i += step) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    else if (c >= 0x3040 && isJapaneseChar(text[i])) japanese++;
  }
  return japanese > latin * 0.3 ? 'ja' : 'en';
}
