#!/usr/bin/env node
/**
 * Runs the browser tests in every engine this machine has: Chromium, Firefox and WebKit.
 * - On a Debian machine, as root, a missing engine is installed from Debian's packages first.
 * - Elsewhere it uses the Chrome/Chromium and Firefox already installed and says what it skipped.
 * - With CI=true every engine is required.
 * Then it runs the suite once more in one engine against Lit's production build.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import process from 'node:process';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const miniBrowser = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const engines = {
  chromium: {
    packages: ['chromium'],
    find: () =>
      firstExisting([
        process.env.CHROME_PATH,
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/usr/bin/google-chrome',
        '/usr/bin/google-chrome-stable',
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
        '/Applications/Chromium.app/Contents/MacOS/Chromium',
      ]),
  },
  firefox: {
    packages: ['firefox-esr'],
    find: () =>
      firstExisting([
        process.env.FIREFOX_PATH,
        '/usr/bin/firefox-esr',
        '/usr/bin/firefox',
        '/Applications/Firefox.app/Contents/MacOS/firefox',
      ]),
  },
  webkit: {
    packages: ['webkit2gtk-driver', 'xvfb'],
    find: () => (onPath('WebKitWebDriver') && onPath('xvfb-run') && existsSync(miniBrowser) ? 'WebKitWebDriver' : undefined),
  },
};

function firstExisting(paths) {
  return paths.find((path) => path && existsSync(path));
}

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function installMissing(missing) {
  const isRoot = process.getuid?.() === 0;
  if (!missing.length || !isRoot || !existsSync('/etc/debian_version') || !onPath('apt-get')) return;
  const packages = missing.flatMap((engine) => engines[engine].packages);
  console.log(`Installing ${packages.join(', ')} from Debian's packages…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', ...packages], { stdio: 'inherit', env });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForPort(port, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`WebKitWebDriver did not start on port ${port}`);
}

/** WebKitWebDriver under a virtual X display; one per run, on a free port. */
async function startWebKitDriver() {
  const port = await freePort();
  const driver = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], { stdio: 'ignore', detached: true });
  await waitForPort(port);
  return { port, stop: () => killGroup(driver) };
}

function killGroup(child) {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

function runTests(spec, env = {}) {
  return new Promise((resolve) => {
    const child = spawn('npx', ['web-test-runner', ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, ...env, DW_BROWSERS: spec },
    });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

let found = Object.fromEntries(Object.entries(engines).map(([name, engine]) => [name, engine.find()]));
installMissing(Object.keys(found).filter((name) => !found[name]));
found = Object.fromEntries(Object.entries(engines).map(([name, engine]) => [name, engine.find()]));

const available = Object.keys(found).filter((name) => found[name]);
const skipped = Object.keys(found).filter((name) => !found[name]);
const summary = `Browser engines run: ${available.join(', ') || 'none'}; skipped: ${skipped.join(', ') || 'none'}.`;
console.log(summary);
if (!available.length || (ci && skipped.length)) {
  console.error(ci ? 'CI=true requires Chromium, Firefox and WebKit.' : 'No browser engine was found.');
  process.exit(1);
}

const driver = found.webkit ? await startWebKitDriver() : undefined;
const stopDriver = () => driver?.stop();
process.on('exit', stopDriver);
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

const spec = available.map((name) => `${name}=${name === 'webkit' ? driver.port : found[name]}`).join(',');
let code = await runTests(spec);
if (code === 0) {
  // Once more against Lit's production build, in the first engine only: it is the build visitors run.
  const [first] = available;
  console.log(`Running the browser tests again in ${first} against Lit's production build…`);
  code = await runTests(spec.split(',')[0], { LIT_BUILD: 'production' });
}
console.log(summary);
process.exit(code);
