/**
 * A test-runner command, `front-keys`, that presses a key in the test's own tab after bringing
 * that tab to the front, for the launchers driven by Puppeteer (Chromium and Firefox).
 *
 * Two test files run at once in each browser, so one tab is always in the background, and Firefox
 * does not activate a focused button with Enter or Space in a background tab (Tab, typing and
 * Enter in a text field still work). The keyboard tests press their keys through this command, in
 * one step with bringing their tab forward, so that a real key press does what it does for people.
 *
 * Payload: `{ press: 'Enter' }`, with `shift: true` for Shift+Tab.
 */
export function frontKeysPlugin() {
  return {
    name: 'front-keys',
    async executeCommand({ command, payload, session }) {
      if (command !== 'front-keys') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page) throw new Error('front-keys needs a Puppeteer launcher (Chromium or Firefox).');
      await page.bringToFront();
      if (payload.shift) await page.keyboard.down('Shift');
      await page.keyboard.press(payload.press);
      if (payload.shift) await page.keyboard.up('Shift');
      return true;
    },
  };
}
