// Japanese words of defence summaries and news, with the English stems the same idea has in the
// English summaries, so a Japanese sentence can find its English paragraph by more than names.
import { stem } from './text/stem';

const PAIRS: [string, string[]][] = [
  ['共同', ['joint']], ['統合', ['joint']], ['生産', ['production']], ['増産', ['production', 'increase']],
  ['拡大', ['expansion']], ['増加', ['increase']], ['強化', ['strengthen', 'enhance']], ['抑止', ['deterrence']],
  ['対処', ['response']], ['協力', ['cooperation']], ['訓練', ['training']], ['演習', ['exercise']],
  ['プレゼンス', ['presence']], ['司令部', ['command']], ['指揮', ['command']], ['統制', ['control']],
  ['防衛力', ['defense', 'capabilities']], ['防衛費', ['spending']], ['予算', ['budget']], ['装備', ['equipment']],
  ['技術', ['technology']], ['産業', ['industrial']], ['基盤', ['base']], ['維持整備', ['sustainment']],
  ['供給', ['supply']], ['サプライチェーン', ['supply', 'chain']], ['重要鉱物', ['critical', 'minerals']],
  ['宇宙', ['space']], ['ミサイル', ['missile']], ['迎撃', ['interceptor']], ['艦艇', ['vessels']], ['航空機', ['aircraft']],
  ['多国間', ['multilateral']], ['情報共有', ['information', 'sharing']], ['地元', ['local', 'communities']],
  ['事件', ['incidents']], ['事故', ['accidents']], ['再発防止', ['recurrence']], ['再編', ['realignment']],
  ['給与', ['pay']], ['処遇', ['treatment']], ['人工知能', ['utilization']], ['最優先', ['priorities', 'highest']],
  ['安全保障', ['security']], ['環境', ['environment']], ['情勢', ['situation']], ['取り組み', ['initiatives']],
  ['同盟', ['alliance']], ['日米', ['japan', 'united']], ['早期', ['early']], ['次回', ['next']],
];

const LEXICON: [string, string[]][] = PAIRS.map(([ja, en]) => [ja, en.map((w) => stem(w))]);

/** English stems for the Japanese words the text contains. */
export function englishStemsOf(japanese: string): string[] {
  const out: string[] = [];
  for (const [ja, stems] of LEXICON) if (japanese.includes(ja)) out.push(...stems);
  return out;
}
