#!/usr/bin/env node
/**
 * What a visitor of each demo page feels from the widgets, in Chromium with the CPU slowed down four
 * times (a mid-range phone): requests, bytes, layout shift, long tasks, and when the widget has
 * rendered. A benchmark that prints figures, not a test. Build first (`npm run build`), then:
 *
 *   npm run bench:pages
 *
 * It starts the production-like server (`npm run serve`) on a free port with a throwaway database,
 * loads every demo page three times, and prints the median of each figure. Uses the machine's
 * Chromium (CHROME_PATH, default /usr/bin/chromium); never downloads a browser. CPU_SLOWDOWN=1 measures
 * at this machine's full speed.
 */
/* global customElements, document, window -- the functions given to the page run in the browser. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const RUNS = 3;
const CPU_SLOWDOWN = Number(process.env.CPU_SLOWDOWN ?? 4);
const WIDGETS = 'provider-finder, article-references, listing-form';

const port = await new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});
const dataDir = mkdtempSync(join(tmpdir(), 'dw-bench-pages-'));
const server = spawn('npx', ['tsx', 'demo/server/main.ts'], {
  env: { ...process.env, PORT: String(port), DATABASE_PATH: join(dataDir, 'directory.db') },
  stdio: ['ignore', 'pipe', 'inherit'],
  detached: true,
});
await new Promise((resolve, reject) => {
  server.stdout.on('data', (chunk) => String(chunk).includes(String(port)) && resolve());
  server.on('exit', () => reject(new Error('The server did not start.')));
});

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/** One load of a page: its figures once the widgets have rendered and the network is idle. */
async function measure(url) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.addInitScript((selector) => {
    const seen = { shift: 0, longTasks: 0, longest: 0, rendered: 0 };
    // When the last widget on the page has first rendered.
    for (const tag of selector.split(', ')) {
      customElements.whenDefined(tag).then(async () => {
        for (const widget of document.querySelectorAll(tag)) await widget.updateComplete;
        seen.rendered = Math.max(seen.rendered, performance.now());
      });
    }
    window.__bench = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) seen.shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        seen.longTasks++;
        seen.longest = Math.max(seen.longest, entry.duration);
      }
    }).observe({ type: 'longtask', buffered: true });
  }, WIDGETS);
  const requests = [];
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => undefined);
    requests.push({ url: request.url(), bytes: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0 });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  const seen = await page.evaluate(() => window.__bench);
  await page.close();
  const ours = requests.filter(({ url: address }) => new URL(address).pathname.startsWith('/dist/') || address.includes('/api/'));
  return {
    requests: requests.length,
    widgetRequests: ours.length,
    kilobytes: requests.reduce((sum, { bytes }) => sum + bytes, 0) / 1000,
    shift: seen.shift,
    longTasks: seen.longTasks,
    longest: seen.longest,
    rendered: Math.round(seen.rendered),
  };
}

const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];

try {
  const pages = readdirSync('demo').filter((name) => name.endsWith('.html') && name !== 'index.html');
  console.log(`Chromium, CPU slowed ${CPU_SLOWDOWN}x, 390 x 844, median of ${RUNS} loads of each page served by \`npm run serve\`.\n`);
  console.log('| page | requests (bundle + API) | transferred | layout shift | long tasks (longest) | widgets first rendered |');
  console.log('|---|---|---|---|---|---|');
  for (const name of pages) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await measure(`http://127.0.0.1:${port}/demo/${name}`));
    const m = (key) => median(runs.map((figures) => figures[key]));
    console.log(
      `| ${name} | ${m('requests')} (${m('widgetRequests')}) | ${m('kilobytes').toFixed(1)} kB | ${m('shift').toFixed(3)} | ${m('longTasks')} (${Math.round(m('longest'))} ms) | ${m('rendered')} ms |`,
    );
  }
} finally {
  await browser.close();
  process.kill(-server.pid, 'SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
