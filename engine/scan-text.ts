// A same-length view of a text for regular expressions: full-width ASCII → ASCII and odd
// spaces → " ", so every match offset is also an offset into the original text.

export function scanText(original: string): string {
  let out = '';
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000 || c === 0x00a0) out += ' ';
    else if (c === 0x2019) out += "'";
    else if (c >= 0x2010 && c <= 0x2015) out += '-';
    else out += original[i];
  }
  return out;
}

const KANJI_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Reads ASCII digits or simple kanji numerals (一, 十五, 二十, 百二十) up to 999. */
export function readNumber(s: string): number | null {
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  if (/^\d{1,3}(?:,\d{3})+$/.test(s)) return Number(s.replace(/,/g, ''));
  if (!/^[〇零一二三四五六七八九十百]+$/.test(s)) return null;
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch === '百') { total += (current || 1) * 100; current = 0; }
    else if (ch === '十') { total += (current || 1) * 10; current = 0; }
    else current = current * 10 + KANJI_DIGITS[ch]!;
  }
  return total + current;
}

const WORD_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12, half: 0.5,
};

/** English number words and digits: "two", "50", "1,000", "twenty-five". */
export function readEnglishNumber(s: string): number | null {
  const lower = s.toLowerCase();
  const digits = readNumber(lower);
  if (digits !== null) return digits;
  const parts = lower.split(/[- ]/);
  let sum = 0;
  for (const p of parts) {
    const v = WORD_NUMBERS[p];
    if (v === undefined) return null;
    sum += v;
  }
  return sum;
}

export const ENGLISH_NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety';
