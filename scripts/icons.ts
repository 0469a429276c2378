// Generates the PNG icons (16, 32, 48, 128 px) from the SVG sources in public/icons by
// rendering them in the system Chromium (playwright-core; nothing is downloaded). Run after
// editing an SVG: `npm run icons`; the PNGs are committed so that a build needs no browser.
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

import { ICON_SIZES } from '../utils/badge-icon';
export const ICON_NAMES = ['lens', 'lens-conflict'] as const;
const DIR = resolve(import.meta.dirname, '../public/icons');

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const name of ICON_NAMES) {
      const svg = await readFile(join(DIR, `${name}.svg`), 'utf8');
      const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      for (const size of ICON_SIZES) {
        await page.setViewportSize({ width: size, height: size });
        // An <img> scales the vector itself: crisp at every size, transparent around it.
        await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}">`);
        await page.waitForFunction(() => document.images[0]?.complete === true);
        const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
        await writeFile(join(DIR, `${name}-${size}.png`), png);
        console.log(`public/icons/${name}-${size}.png`);
      }
    }
  } finally {
    await browser.close();
  }
}

await main();
