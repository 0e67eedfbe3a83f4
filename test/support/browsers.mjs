/**
 * The browser launchers of the test run. `scripts/test-browsers.mjs` finds the engines on this
 * machine and passes them in `DW_BROWSERS` (for example `chromium=/usr/bin/chromium,webkit=4444`);
 * no test tool downloads a browser.
 */
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';

const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const launchers = {
  chromium: (executablePath) => named('Chromium', chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromiumArgs } })),
  // Puppeteer drives Firefox over WebDriver BiDi.
  firefox: (executablePath) =>
    named(
      'Firefox',
      chromeLauncher({
        launchOptions: {
          browser: 'firefox',
          executablePath,
          headless: true,
          // Test pages run side by side in tabs; background tabs must not have their timers slowed.
          extraPrefsFirefox: {
            'dom.min_background_timeout_value': 0,
            'dom.min_background_timeout_value_without_budget_throttling': 0,
            'dom.timeout.enable_budget_timer_throttling': false,
          },
        },
      }),
    ),
  // WebKitGTK's MiniBrowser through WebKitWebDriver, which the script started under Xvfb on this port.
  webkit: (port) =>
    named(
      'WebKit',
      webdriverLauncher({
        automationProtocol: 'webdriver',
        hostname: '127.0.0.1',
        port: Number(port),
        logLevel: 'error',
        capabilities: {
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': {
            binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
            args: ['--automation'],
          },
        },
      }),
    ),
};

/** Names the engine in the test output (the launchers call Firefox "Chrome", WebKit "MiniBrowser"). */
function named(name, launcher) {
  Object.defineProperty(launcher, 'name', { get: () => name, set: () => {}, configurable: true });
  return launcher;
}

export function browsersFromEnv(spec = process.env.DW_BROWSERS || 'chromium=/usr/bin/chromium') {
  return spec
    .split(',')
    .filter(Boolean)
    .map((entry) => {
      const [engine, where] = entry.split('=');
      return launchers[engine](where);
    });
}
