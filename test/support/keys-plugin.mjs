/**
 * A test-runner command, `dw-keys`, that presses real keys in every engine:
 * `executeServerCommand('dw-keys', { press: 'Tab' })` or `{ type: 'text' }`.
 *
 * Why not `sendKeys` from `@web/test-runner-commands`: with WebDriver (our WebKit), the runner keeps
 * test files in iframes of one page, and its `sendKeys` switches into the test's iframe and never
 * switches back, so the next key press, or the runner's own bookkeeping, looks for the iframe inside
 * the iframe and fails ("Invalid frame ID object"). This command switches in, presses the keys and
 * switches back, one test at a time, following focus into a page the test opened in an iframe of
 * its own. It also presses and releases each key in turn: WebDriverIO's `keys()` presses every key
 * of a text before releasing any, so WebKit drops repeated letters ("summary" arrives as "sumary").
 *
 * Chromium and Firefox (Puppeteer) press keys on the test's own tab, brought to the front first.
 *
 * Key presses go to the page's focused frame, so the WebKit launcher runs one test file at a time
 * (`concurrency: 1` in browsers.mjs): a file running beside it would take focus away. For the same
 * reason, tests that type belong in one file, which runs its tests one after another.
 */
export function keysPlugin() {
  let queue = Promise.resolve();

  return {
    name: 'dw-keys',
    async executeCommand({ command, payload, session }) {
      if (command !== 'dw-keys') return undefined;
      const keys = typeof payload?.type === 'string' ? payload.type.split('') : [payload?.press];
      if (keys.some((key) => typeof key !== 'string')) throw new Error('dw-keys takes { press } or { type }.');
      const browser = session.browser;
      if (browser.type === 'puppeteer') {
        const page = browser.getPage(session.id);
        const { keyboard } = page;
        // Test pages run side by side in tabs; in a background tab Firefox moves focus on Tab but
        // does not activate a checkbox on Space or a button on Enter.
        await page.bringToFront();
        await (typeof payload.type === 'string' ? keyboard.type(payload.type) : keyboard.press(payload.press));
        return true;
      }
      if (browser.type === 'webdriver') {
        const run = queue.then(() => pressInFrame(browser, session.id, keys));
        queue = run.catch(() => undefined);
        await run;
        return true;
      }
      throw new Error(`dw-keys does not support ${browser.type} browsers.`);
    },
  };
}

/** WebDriver's codes of the named keys the tests press. */
const namedKeys = { Tab: '\uE004', Enter: '\uE007', Escape: '\uE00C', ArrowDown: '\uE015', ArrowUp: '\uE013' };

function press(driver, keys) {
  const action = driver.action('key');
  for (const key of keys) {
    const code = namedKeys[key] ?? key;
    action.down(code).up(code);
  }
  return action.perform();
}

async function pressInFrame(launcher, sessionId, keys) {
  const { driver, driverManager } = launcher;
  if (typeof driverManager.getFrameId !== 'function') {
    // One test file at a time as the top page (the runner's concurrency is 1): no frame to enter.
    await press(driver, keys);
    return;
  }
  await driver.switchFrame(await driver.findElement('css selector', `iframe#${driverManager.getFrameId(sessionId)}`));
  try {
    // A test may type into a page of its own in an iframe: WebKit takes keys only in the frame
    // that has the focus, so follow focus down into it.
    for (let depth = 0; depth < 3; depth++) {
      const frame = await driver.execute('return document.activeElement instanceof HTMLIFrameElement ? document.activeElement : null');
      if (!frame) break;
      await driver.switchFrame(frame);
    }
    await press(driver, keys);
  } finally {
    await driver.switchFrame(null);
  }
}
