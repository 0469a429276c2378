// English: the words the engine and the ingest parser read, as data only.
import type { LanguageTables } from './tables';

export const en = {
  months: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
    july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
    november: 11, nov: 11, december: 12, dec: 12,
  },
  weekdays: { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 },
  eras: {},
  numberUnits: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
    eighteen: 18, nineteen: 19,
  },
  numberTens: { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 },
  numberExtras: { a: 1, an: 1, hundred: 100, dozen: 12, half: 0.5 },
  abbreviations: [
    'u.s', 'u.k', 'u.n', 'mr', 'mrs', 'ms', 'dr', 'gen', 'adm', 'lt', 'col', 'maj', 'capt', 'sgt', 'sen',
    'rep', 'gov', 'pres', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
    'dec', 'no', 'nos', 'vs', 'e.g', 'i.e', 'st', 'jr', 'sr', 'inc', 'corp', 'co', 'd.c', 'a.m', 'p.m',
    'approx', 'est', 'dept', 'mt', 'ft', 'cmdr',
  ],
} as const satisfies LanguageTables;
