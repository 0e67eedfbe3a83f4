#!/usr/bin/env node
/**
 * Screenshots of every demo page at 1280 and 320 px wide, for looking at the widgets as a person
 * would after UI work. Start the demo first (`npm start`), then:
 *
 *   node scripts/screenshots.mjs [http://localhost:5173] [screenshots]
 *
 * Uses the machine's Chromium (CHROME_PATH, default /usr/bin/chromium); never downloads a browser.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const [base = 'http://localhost:5173', out = 'screenshots'] = process.argv.slice(2);
const pages = readdirSync('demo').filter((name) => name.endsWith('.html'));
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const width of [1280, 320]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const name of pages) {
      await page.goto(`${base}/demo/${name}`, { waitUntil: 'networkidle' });
      const file = `${out}/${name.replace('.html', '')}-${width}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await page.close();
  }
} finally {
  await browser.close();
}
