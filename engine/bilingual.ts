// English stems for a Japanese text, from the equivalents table of engine/lang/ja.ts, so a
// Japanese sentence can find its English paragraph by more than names.
import { stem } from './text/stem';
import { ja } from './lang/ja';


const LEXICON: [string, string[]][] = Object.entries(ja.englishEquivalents).map(([word, en]) => [word, en.map((w) => stem(w))]);

/** English stems for the Japanese words the text contains. */
export function englishStemsOf(japanese: string): string[] {
  const out: string[] = [];
  for (const [ja, stems] of LEXICON) if (japanese.includes(ja)) out.push(...stems);
  return out;
}
