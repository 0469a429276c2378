// Japanese: the words and characters the engine and the ingest parser read, as data only.
import type { LanguageTables } from './tables';

export const ja = {
  months: {},
  weekdays: { 日: 0, 月: 1, 火: 2, 水: 3, 木: 4, 金: 5, 土: 6 },
  // First Gregorian year of each era: 令和元年 = 2019, so 令和7年 = 2025.
  eras: { 令和: 2019, 平成: 1989, 昭和: 1926 },
  numberUnits: { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 },
  numberTens: {},
  numberExtras: { 十: 10, 百: 100 },
  abbreviations: [],
} as const satisfies LanguageTables;
