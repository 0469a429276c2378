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
