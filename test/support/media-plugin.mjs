/**
 * A test-runner command, `dw-media`, that emulates the media features a person sets in their system:
 * `executeServerCommand('dw-media', { forcedColors: 'active', reducedMotion: 'reduce' })`, and
 * `{}` to stop emulating them. The runner's own `emulateMedia` cannot emulate `forced-colors` in
 * Puppeteer (Puppeteer refuses the feature), so this goes to the DevTools protocol directly.
 *
 * Chromium only: Firefox over WebDriver BiDi and WebKit over WebDriver have no way to emulate these
 * features, and the command says so. Each test page keeps one DevTools session, since an emulation
 * ends with the session that set it.
 */
const sessions = new WeakMap();

export function mediaPlugin() {
  return {
    name: 'dw-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'dw-media') return undefined;
      const { forcedColors, reducedMotion } = payload ?? {};
      const browser = session.browser;
      const page = browser.type === 'puppeteer' ? browser.getPage(session.id) : undefined;
      if (!page || !/chrom/i.test(await page.browser().version())) throw new Error('dw-media emulates media features in Chromium only.');
      let cdp = sessions.get(page);
      if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
      const features = [];
      if (forcedColors) features.push({ name: 'forced-colors', value: forcedColors });
      if (reducedMotion) features.push({ name: 'prefers-reduced-motion', value: reducedMotion });
      await cdp.send('Emulation.setEmulatedMedia', { features });
      return true;
    },
  };
}
