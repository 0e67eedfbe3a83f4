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
 *
 * Bringing one tab forward sends the other to the background, where its focused element loses focus
 * (a combobox closes, a field is checked). So a test file that types first takes the keyboard of
 * its browser with `{ acquire: true }` (answered `{ granted }`: ask again until it is granted) and
 * gives it back with `{ release: true }`; test/browser/provider-finder/keys.ts does both for every
 * file that imports it. A holder that has not been heard from for a minute loses the keyboard.
 */
const stale = 60_000;

export function frontKeysPlugin() {
  /** Per browser, the test session that holds the keyboard and when it was last heard from. */
  const holders = new Map();
  const holds = (session) => {
    const holder = holders.get(session.browser);
    const free = !holder || holder.id === session.id || Date.now() - holder.seen > stale;
    if (free) holders.set(session.browser, { id: session.id, seen: Date.now() });
    return free;
  };

  return {
    name: 'front-keys',
    async executeCommand({ command, payload, session }) {
      if (command !== 'front-keys') return undefined;
      if (payload.acquire) return { granted: holds(session) };
      if (payload.release) {
        if (holders.get(session.browser)?.id === session.id) holders.delete(session.browser);
        return true;
      }
      holds(session);
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
