// The content script is injected into every page the reader opens, so its size is a budget:
// at most 30 KB gzip (gzip -9, 1 KB = 1,000 bytes, as the performance issue measures it) in
// both browsers' builds, and none of the interface's string catalogues inside (the card's words
// come from the background, in the reader's language only). `npm run size` shows where the
// bytes go.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIRS, BROWSERS } from './config';
import { en } from '../../utils/strings-en';
import { ja } from '../../utils/strings-ja';

const BUDGET = 30_000;

describe.each(BROWSERS)('%s: the always-injected content script', (name) => {
  const script = readFileSync(join(EXTENSION_DIRS[name], 'content-scripts', 'news.js'), 'utf8');

  it(`is at most ${BUDGET / 1000} KB gzip`, () => {
    const gzip = gzipSync(script, { level: 9 }).length;
    expect(script.length).toBeGreaterThan(20_000); // (the real build, not a stub)
    expect(gzip).toBeLessThanOrEqual(BUDGET);
  });

  it('carries no interface strings of either language', () => {
    // Long strings only (a short one, "Close", may be spelt in code for another reason), and not
    // the product's name, which the script's log lines carry.
    const strings = [...Object.entries(en), ...Object.entries(ja)].filter(([key]) => key !== 'brand').map(([, s]) => s);
    const carried = strings.filter((s) => s.length >= 12 && script.includes(s));
    expect(carried).toEqual([]);
  });
});
