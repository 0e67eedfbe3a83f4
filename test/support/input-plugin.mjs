/**
 * A test-runner command, `dw-input`, for real key presses and pointer moves in every engine:
 * `executeServerCommand('dw-input', { press: 'Escape' })`, `{ move: [x, y] }`, `{ click: [x, y] }`
 * (coordinates in the test page's viewport), or `{ front: true }` before a test moves focus itself.
 * `control: true` or `shift: true` holds that key down during a key press (Control+V, Shift+Tab).
 *
 * Every command takes the browser's foreground for the test until `{ release: true }` (or until it
 * has been idle for 30 s): a tab that goes to the background loses focus and hover, so two test
 * files that need them must not take turns in the middle of a test. Another file's command waits
 * for the release. A file may hold the foreground from its first test to its last.
 *
 * - Chromium and Firefox (Puppeteer): the test's tab is brought to the front first. Two test files
 *   run at once in each browser, and Firefox neither focuses nor activates anything, nor sends
 *   hover events, in a background tab.
 * - WebKit (WebDriver): WebKit runs one test page at a time in its own session
 *   (webkit-one-page.mjs), where the actions go straight to the page. Should it run pages in iframes
 *   of one window again, where the runner's own `sendKeys`/`sendMouse` refuse device actions, this
 *   command enters the test's iframe, performs the actions, and leaves it, one test at a time.
 */
const CONTROL = '\uE009';
const SHIFT = '\uE008';
const KEYS = { Tab: '\uE004', Enter: '\uE007', Escape: '\uE00C', Space: ' ', ArrowDown: '\uE015', ArrowUp: '\uE013' };

/** The test that holds each browser's foreground, and a promise that settles when it lets go. */
const foreground = new Map();

async function takeForeground(browser, sessionId) {
  for (let holder = foreground.get(browser); holder && holder.sessionId !== sessionId; holder = foreground.get(browser)) await holder.released;
  const holder = foreground.get(browser);
  if (holder) {
    holder.timer.refresh();
    return;
  }
  let release;
  const released = new Promise((resolve) => (release = resolve));
  const timer = setTimeout(() => letGo(browser, sessionId), 30_000);
  foreground.set(browser, { sessionId, released, release, timer });
}

function letGo(browser, sessionId) {
  const holder = foreground.get(browser);
  if (holder?.sessionId !== sessionId) return;
  clearTimeout(holder.timer);
  foreground.delete(browser);
  holder.release();
}

export function inputPlugin() {
  let queue = Promise.resolve();
  return {
    name: 'dw-input',
    async executeCommand({ command, payload, session }) {
      if (command !== 'dw-input') return undefined;
      const { press, move, click, front, release, control, shift } = payload ?? {};
      const point = move ?? click;
      const browser = session.browser;
      if (release) return letGo(browser, session.id) ?? true;
      if (!front && typeof press !== 'string' && !(Array.isArray(point) && point.length === 2)) throw new Error('dw-input takes { press }, { move: [x, y] }, { click: [x, y] }, { front: true } or { release: true }.');
      await takeForeground(browser, session.id);
      if (browser.type === 'puppeteer') {
        const page = browser.getPage(session.id);
        await page.bringToFront();
        if (front) return true;
        if (press) {
          const held = [control && 'Control', shift && 'Shift'].filter(Boolean);
          for (const key of held) await page.keyboard.down(key);
          await page.keyboard.press(press);
          for (const key of held.reverse()) await page.keyboard.up(key);
        } else if (move) await page.mouse.move(...move);
        else await page.mouse.click(...click);
        return true;
      }
      if (browser.type === 'webdriver') {
        if (front) return true; // one window, one test file at a time
        const run = queue.then(() => inFrame(browser, session.id, (driver) => driver.performActions([action(press, move, click, control, shift)])));
        queue = run.catch(() => undefined);
        await run;
        return true;
      }
      throw new Error(`dw-input does not support ${browser.type} browsers.`);
    },
  };
}

function action(press, move, click, control, shift) {
  if (press) {
    const keys = [control && CONTROL, shift && SHIFT, KEYS[press] ?? press].filter(Boolean);
    return { type: 'key', id: 'keyboard', actions: [...keys.map((value) => ({ type: 'keyDown', value })), ...keys.reverse().map((value) => ({ type: 'keyUp', value }))] };
  }
  const [x, y] = (move ?? click).map(Math.round);
  const actions = [{ type: 'pointerMove', duration: 0, origin: 'viewport', x, y }];
  if (click) actions.push({ type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 });
  return { type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions };
}

async function inFrame(launcher, sessionId, act) {
  const { driver, driverManager } = launcher;
  if (typeof driverManager.getFrameId !== 'function') return act(driver);
  await driver.switchFrame(await driver.$(`iframe#${driverManager.getFrameId(sessionId)}`));
  try {
    return await act(driver);
  } finally {
    await driver.switchToParentFrame();
  }
}
