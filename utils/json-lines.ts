// Where in a JSON text each value starts (1-based line), so that a schema error in an imported
// record file can name its line. Assumes the text is valid JSON (JSON.parse succeeded first).

export type JsonPath = readonly (string | number)[];

const key = (path: JsonPath) => JSON.stringify(path);

/** Line of every value in the document, keyed by its path. */
export function jsonValueLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i]!)) {
      if (text[i] === '\n') line += 1;
      i += 1;
    }
  };
  const readString = (): string => {
    const start = i;
    i += 1; // opening quote
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i += 1;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: (string | number)[]): void => {
    skipSpace();
    lines.set(key(path), line);
    const c = text[i];
    if (c === '{') {
      i += 1;
      skipSpace();
      if (text[i] === '}') { i += 1; return; }
      for (;;) {
        skipSpace();
        const name = readString();
        skipSpace();
        i += 1; // colon
        value([...path, name]);
        skipSpace();
        if (text[i++] === '}') return;
      }
    } else if (c === '[') {
      i += 1;
      skipSpace();
      if (text[i] === ']') { i += 1; return; }
      for (let n = 0; ; n++) {
        value([...path, n]);
        skipSpace();
        if (text[i++] === ']') return;
      }
    } else if (c === '"') {
      readString();
    } else {
      while (i < text.length && /[^\s,\]}]/.test(text[i]!)) i += 1;
    }
  };
  value([]);
  return lines;
}

/** Line of the value at `path`, or of its nearest ancestor that exists (a missing key). */
export function lineOf(lines: Map<string, number>, path: JsonPath): number | null {
  for (let n = path.length; n >= 0; n--) {
    const found = lines.get(key(path.slice(0, n)));
    if (found !== undefined) return found;
  }
  return null;
}

/** 1-based line of a JSON.parse error, from either engine's message, or null. */
export function jsonErrorLine(text: string, message: string): number | null {
  const lineCol = /line (\d+) column \d+/.exec(message);
  if (lineCol) return Number(lineCol[1]);
  const position = /position (\d+)/.exec(message);
  if (position) return text.slice(0, Number(position[1])).split('\n').length;
  if (/unexpected end/i.test(message)) return text.split('\n').length;
  return null;
}
