import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { $, focused } from './helpers.js';

/**
 * Real key presses in every engine.
 *
 * - Chromium and Firefox, through Puppeteer's keyboard: the `front-keys` command of
 *   `test/support/front-keys.mjs` first brings the test's tab to the front, since Firefox ignores
 *   Enter and Space on a button in a background tab. A file that imports this module holds its
 *   browser's keyboard from its first test to its last (see below), so files never type at once.
 * - WebKit, through WebKitWebDriver and the runner's `sendKeys`, which works there because WebKit
 *   runs one test page at a time (`test/support/webkit-one-page.mjs`). WebDriver presses all the
 *   keys of one command together, so text goes one key at a time, and Shift+Tab is Shift and Tab
 *   in WebDriver's own key codes.
 */
const webdriver = /AppleWebKit/.test(navigator.userAgent) && !/Chrome/.test(navigator.userAgent);

// A file that types holds its browser's keyboard from its first test to its last, so that two such
// files (each widget has one) never bring their tabs forward in turn: see test/support/front-keys.mjs.
before(async function () {
  this.timeout(170_000);
  while (!((await executeServerCommand('front-keys', { acquire: true })) as { granted: boolean }).granted) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
});
after(() => executeServerCommand('front-keys', { release: true }));

function key(press: string, shift = false): Promise<unknown> {
  if (!webdriver) return executeServerCommand('front-keys', { press, shift });
  return shift ? sendKeys({ type: '\uE008\uE004' }) : sendKeys({ press });
}

export const press = (name: string) => key(name);

/** Types into the focused field, one key at a time; in a select, type-ahead chooses an option. */
export async function typeKeys(keys: string): Promise<void> {
  for (const name of keys) await key(name);
}

/** Tab (or Shift+Tab), which must land on `expected`. */
export async function tab(el: Element, expected: string, backwards = false): Promise<void> {
  await key('Tab', backwards);
  expect(focused(el), `Tab reaches ${expected}`).to.equal($(el, expected));
}
