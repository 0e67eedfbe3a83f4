import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { $, focused } from './helpers.js';

/**
 * Real key presses in every engine, through the `dw-input` command of test/support/input-plugin.mjs:
 * Puppeteer's keyboard in the test's own tab, brought to the front (Firefox ignores Enter and Space
 * on a button in a background tab), and WebDriver actions in WebKit.
 *
 * Each test of a file that imports this module holds its browser's foreground from start to end, so
 * that tests of two files that type (each widget has one) never bring their tabs forward in turn;
 * it may have to wait for another file's test to finish first.
 */
beforeEach(async function () {
  this.timeout(60_000);
  await executeServerCommand('dw-input', { front: true });
});
afterEach(() => executeServerCommand('dw-input', { release: true }));

const key = (press: string, shift = false) => executeServerCommand('dw-input', { press, shift });

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
