import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { $ } from './helpers.js';

/**
 * Real key presses in Chromium and Firefox, through Puppeteer's keyboard: the `front-keys` command
 * of `test/support/front-keys.mjs` first brings the test's tab to the front, since Firefox ignores
 * Enter and Space on a button in a background tab. Only one test file may press real keys, or two
 * files would take the front from each other: this module's users are all in keyboard.test.ts.
 *
 * WebKit is driven by WebKitWebDriver, and the runner puts two test pages in iframes of one window
 * there: its `sendKeys` switches into the test's iframe and never back, so a second key press
 * fails, and the two pages would share one keyboard focus anyway. In WebKit these helpers
 * therefore dispatch the same `keydown` events to the focused element, enter text with `input`
 * events, and do what the browser would do by default (Enter submits a form or presses a button,
 * Tab moves focus to the element that the real engines prove comes next).
 */
export const webdriver = /AppleWebKit/.test(navigator.userAgent) && !/Chrome/.test(navigator.userAgent);

const deepActive = (): HTMLElement => {
  let active = document.activeElement as HTMLElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as HTMLElement;
  return active;
};

const realKey = (press: string, shift = false) => executeServerCommand('front-keys', { press, shift });

export async function press(key: string): Promise<void> {
  if (!webdriver) return void (await realKey(key));
  const target = deepActive();
  const proceed = target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
  if (proceed && key === 'Enter') {
    if (target instanceof HTMLButtonElement) target.click();
    else if (target instanceof HTMLInputElement) target.form?.requestSubmit();
  }
  await new Promise((resolve) => setTimeout(resolve));
}

/** Types into the focused field, one key at a time; in a select, type-ahead chooses an option. */
export async function typeKeys(keys: string): Promise<void> {
  if (!webdriver) {
    for (const key of keys) await realKey(key);
    return;
  }
  const field = deepActive() as HTMLInputElement | HTMLSelectElement;
  for (const key of keys) {
    if (field instanceof HTMLSelectElement) {
      const typed = (field.dataset.typed = (field.dataset.typed ?? '') + key).toLowerCase();
      const option = [...field.options].find((o) => o.text.toLowerCase().startsWith(typed));
      if (option) field.value = option.value;
    } else {
      field.value += key;
    }
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
}

/** Tab (or Shift+Tab), which must land on `expected`. */
export async function tab(el: Element, expected: string, backwards = false): Promise<void> {
  if (webdriver) $(el, expected).focus();
  else await realKey('Tab', backwards);
  expect(el.shadowRoot!.activeElement, `Tab reaches ${expected}`).to.equal($(el, expected));
}
