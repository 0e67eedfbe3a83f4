import { expect } from '@open-wc/testing';

type Bundle = { define: (tagName: string, element: CustomElementConstructor) => boolean };

/** Loads the built bundle as a separate module instance: a second copy of the script on the page. */
const loadCopy = (copy: string): Promise<Bundle> => import(/* @vite-ignore */ `/dist/directory-widgets.js?copy=${copy}`);

/** The tags that the bundle defines on load. */
const bundledTags = ['provider-finder', 'article-references', 'cite-ref', 'listing-form'];

describe('define guard (built bundle)', () => {
  const errors: ErrorEvent[] = [];
  const onError = (event: ErrorEvent) => errors.push(event);
  let warn: typeof console.warn;
  const warnings: unknown[][] = [];

  before(() => {
    window.addEventListener('error', onError);
    warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  after(() => {
    window.removeEventListener('error', onError);
    console.warn = warn;
  });

  it('loads twice without throwing, and the first copy keeps its definitions', async () => {
    const first = await loadCopy('first');
    const definitions = new Map(bundledTags.map((tag) => [tag, customElements.get(tag)]));
    const second = await loadCopy('second');
    expect(second).not.to.equal(first);
    for (const tag of bundledTags) {
      expect(customElements.get(tag), tag).to.be.a('function');
      expect(customElements.get(tag), tag).to.equal(definitions.get(tag));
    }
    expect(errors).to.deep.equal([]);
  });

  it('keeps the first definition when another copy defines the same tag, and says so once', async () => {
    const first = await loadCopy('first');
    const second = await loadCopy('second');
    class FromFirst extends HTMLElement {}
    class FromSecond extends HTMLElement {}
    expect(first.define('dw-guard-probe', FromFirst)).to.equal(true);
    warnings.length = 0;
    expect(second.define('dw-guard-probe', FromSecond)).to.equal(false);
    expect(customElements.get('dw-guard-probe')).to.equal(FromFirst);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.contain('<dw-guard-probe> is already defined');
    // The same copy defining the same element again is quiet.
    expect(first.define('dw-guard-probe', FromFirst)).to.equal(false);
    expect(warnings).to.have.length(1);
  });

  it('defines an element under a second tag name for hosts whose names clash', async () => {
    const { define } = await loadCopy('first');
    class Widget extends HTMLElement {}
    expect(define('dw-guard-one', Widget)).to.equal(true);
    expect(define('dw-guard-two', Widget)).to.equal(true);
    const two = document.createElement('dw-guard-two');
    expect(two).to.be.instanceOf(Widget);
    expect(customElements.get('dw-guard-two')).not.to.equal(Widget);
  });

  it('speaks Spanish when the page loads directory-widgets.es.js, which brings the main module', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<html lang="es"><script type="module" src="/dist/directory-widgets.es.js"></script>
      <provider-finder endpoint="/api/v1" crisis-line="none"></provider-finder></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const finder = frame.contentDocument!.querySelector('provider-finder') as HTMLElement & { updateComplete: Promise<unknown> };
      await frame.contentWindow!.customElements.whenDefined('provider-finder');
      await finder.updateComplete;
      expect(finder.shadowRoot!.querySelector('label[for=q]')!.textContent).to.equal('Nombre o consulta');
    } finally {
      frame.remove();
    }
  });
});
