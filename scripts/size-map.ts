// Attributes the bytes of a built script to the source files they came from, using its source
// map, and prices each file (or group of files) in gzip bytes: what the gzipped script would
// lose without that file's code (the script gzipped whole, minus the script gzipped without it).
// Pure: the caller reads the files; `npm run size` (scripts/size.ts) prints the result.
import { gzipSync } from 'node:zlib';

export interface SourceMapLike {
  sources: string[];
  mappings: string;
}

/** A run of the generated code (a half-open character range of one line) and where it came from. */
export interface Piece {
  line: number;
  start: number;
  end: number;
  /** Index into `sources`, or -1 for code no source maps to (the bundler's glue). */
  source: number;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((ch, i) => [ch, i]));

/** The numbers of one mapping segment (base64 VLQ, as the source map format defines it). */
export function decodeSegment(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = DIGIT.get(ch);
    if (digit === undefined) throw new Error(`not a base64 VLQ digit: ${JSON.stringify(ch)}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    out.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  if (shift !== 0) throw new Error(`unfinished VLQ number in ${JSON.stringify(segment)}`);
  return out;
}

/** Every generated character range of `code`, with the source it maps to. */
export function piecesOf(code: string, map: SourceMapLike): Piece[] {
  const lines = code.split('\n');
  const mapped = map.mappings.split(';');
  const pieces: Piece[] = [];
  let source = 0; // source indexes are deltas across the whole map
  lines.forEach((text, line) => {
    const segments = (mapped[line] ?? '').split(',').filter((s) => s !== '');
    let column = 0;
    const starts: Array<{ column: number; source: number }> = [];
    for (const segment of segments) {
      const fields = decodeSegment(segment);
      column += fields[0] ?? 0;
      if (fields.length >= 4) {
        source += fields[1]!;
        starts.push({ column, source });
      } else starts.push({ column, source: -1 });
    }
    let at = 0;
    starts.forEach((s, i) => {
      if (s.column > at) pieces.push({ line, start: at, end: s.column, source: -1 });
      const end = Math.min(text.length, starts[i + 1]?.column ?? text.length);
      if (end > s.column) pieces.push({ line, start: s.column, end, source: s.source });
      at = Math.max(at, end);
    });
    if (at < text.length) pieces.push({ line, start: at, end: text.length, source: -1 });
  });
  return pieces;
}

/** A map's source path as the repository names it (maps hold paths relative to the built file). */
export function sourcePath(source: string): string {
  const at = source.lastIndexOf('node_modules/');
  return at >= 0 ? source.slice(at) : source.replace(/^(\.\.\/)+/, '');
}

export const gzipSize = (text: string): number => gzipSync(text, { level: 9 }).length;

export interface GroupSize {
  name: string;
  /** Characters of minified code. */
  raw: number;
  /** Gzip bytes the script would lose without this group's code. */
  gzip: number;
}

/**
 * Sizes per group (`groupOf` names the group of a source path; glue is "(bundler)"), largest
 * first. Each group's gzip price is measured by blanking its code and gzipping again.
 */
export function sizeByGroup(code: string, map: SourceMapLike, groupOf: (source: string) => string): { total: GroupSize; groups: GroupSize[] } {
  const lines = code.split('\n');
  const pieces = piecesOf(code, map);
  const byGroup = new Map<string, Piece[]>();
  for (const piece of pieces) {
    const name = piece.source < 0 ? '(bundler)' : groupOf(map.sources[piece.source] ?? '?');
    const list = byGroup.get(name) ?? [];
    list.push(piece);
    byGroup.set(name, list);
  }
  const whole = gzipSize(code);
  const groups = [...byGroup].map(([name, own]): GroupSize => {
    const without = lines.map((text, line) => {
      const cut = own.filter((p) => p.line === line);
      if (cut.length === 0) return text;
      let out = '';
      let at = 0;
      for (const p of cut) {
        out += text.slice(at, p.start);
        at = p.end;
      }
      return out + text.slice(at);
    });
    const raw = own.reduce((n, p) => n + p.end - p.start, 0);
    return { name, raw, gzip: whole - gzipSize(without.join('\n')) };
  });
  groups.sort((a, b) => b.gzip - a.gzip || b.raw - a.raw);
  return { total: { name: 'total', raw: code.length, gzip: whole }, groups };
}
