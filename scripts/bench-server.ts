/**
 * `npm run bench:server`: latency and throughput of `GET /providers` for typical searches, at 5,000
 * and 50,000 providers. It starts the production-like server (demo/server/main.ts) in its own
 * process on a loopback port with a temporary database, and loads it with autocannon from here.
 * A benchmark, not a test: it prints figures and asserts nothing.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZES = [5_000, 50_000];
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const CONNECTIONS = 8;
const QUERIES: Array<[label: string, query: string]> = [
  ['near ZIP, 25 mi, service + insurance', 'near=10001&radius=25&service=ketamine-iv&service=esketamine&insurance=aetna'],
  ['near city, 50 mi, condition, sort=distance', 'near=Denver%2C%20CO&radius=50&condition=ptsd&sort=distance'],
  ['text search q="ptsd ketamine"', 'q=ptsd%20ketamine'],
  ['clinic scope (org)', 'org=cascade-ketamine-clinic'],
  ['no filters, page 3', 'page=3'],
];

const mainScript = fileURLToPath(new URL('../demo/server/main.ts', import.meta.url));

/** Starts the server with a fresh database of `count` providers; resolves with its API base. */
function startServer(count: number, databasePath: string): Promise<{ base: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', mainScript], {
      env: { ...process.env, PORT: '0', DATABASE_PATH: databasePath, PROVIDER_COUNT: String(count) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /directory API:\s+(http:\/\/localhost:\d+\/api\/v1)/.exec(output);
      if (match) resolve({ base: match[1].replace('localhost', '127.0.0.1'), child });
    });
    child.once('exit', (code) => reject(new Error(`the server stopped (exit ${code}) before it listened:\n${output}`)));
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Loads one URL; latencies are collected per response, so p95 is exact rather than bucketed. */
function load(url: string, seconds: number): Promise<{ p50: number; p95: number; rps: number; failures: number }> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon({ url, connections: CONNECTIONS, duration: seconds }, (error, result) => {
      if (error) return reject(error);
      latencies.sort((a, b) => a - b);
      resolve({
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        rps: result.requests.total / result.duration,
        failures: result.non2xx + result.errors,
      });
    });
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
}

const rows: string[] = [];
for (const count of SIZES) {
  const dir = mkdtempSync(join(tmpdir(), 'directory-bench-'));
  const started = Date.now();
  const { base, child } = await startServer(count, join(dir, 'directory.db'));
  console.error(`${count.toLocaleString('en-US')} providers ready in ${((Date.now() - started) / 1000).toFixed(1)} s; loading ${base}`);
  try {
    for (const [label, query] of QUERIES) {
      const url = `${base}/providers?${query}`;
      await load(url, 1); // warm-up: prepared statements and page cache
      const result = await load(url, DURATION_SECONDS);
      if (result.failures) throw new Error(`${result.failures} failed requests for ${url}`);
      rows.push(`| ${count.toLocaleString('en-US')} | ${label} | ${result.p50.toFixed(1)} | ${result.p95.toFixed(1)} | ${Math.round(result.rps).toLocaleString('en-US')} |`);
      console.error(rows.at(-1));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`\nGET /providers on loopback, ${CONNECTIONS} connections, ${DURATION_SECONDS} s per row (Node ${process.version})\n`);
console.log('| providers | query | p50 ms | p95 ms | req/s |');
console.log('|---:|---|---:|---:|---:|');
for (const row of rows) console.log(row);
