import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { DirectoryError } from '../../../src/directory/errors.js';
import { DirectoryElement } from '../../../src/internal/directory-element.js';
import type { LoadErrorEvent } from '../../../src/internal/events.js';
import { registerTranslation } from '../../../src/internal/localize.js';
// Spanish ships as its own module; these tests use it.
import '../../../src/translations/register-es.js';

/** A minimal widget on the shared base: it shows one message, or the missing-endpoint notice. */
class ProbeWidget extends DirectoryElement {
  static readonly tagName = 'dw-probe-widget';

  load() {
    return this.track(this.client.getTaxonomy());
  }

  describe(error: unknown) {
    return this.describeError(error);
  }

  override render() {
    return this.endpoint ? litHtml`<p>${this.localize.term('retry')}</p>` : this.renderMissingEndpoint();
  }
}
ProbeWidget.define();

const text = (el: Element) => el.shadowRoot!.textContent!.trim();

/**
 * The widget inside a wrapper, once rendered. `fixture` would wait a frame for a wrapper that is no
 * Lit element, and a page in the background gets no frames while another page has the foreground.
 */
async function inside(template: ReturnType<typeof html>): Promise<ProbeWidget> {
  const widget = fixtureSync(template).querySelector<ProbeWidget>('dw-probe-widget')!;
  await widget.updateComplete;
  return widget;
}

describe('DirectoryElement', () => {
  describe('language', () => {
    afterEach(() => document.documentElement.removeAttribute('lang'));

    it('speaks English by default', async () => {
      const el = await fixture(html`<dw-probe-widget endpoint="/x"></dw-probe-widget>`);
      expect(text(el)).to.equal('Try again');
    });

    it('uses its own lang first, then the nearest ancestor, then <html lang>', async () => {
      document.documentElement.lang = 'fr';
      const own = await inside(html`<div lang="en"><dw-probe-widget endpoint="/x" lang="es"></dw-probe-widget></div>`);
      expect(text(own)).to.equal('Reintentar');
      const ancestor = await inside(html`<div lang="es-MX"><dw-probe-widget endpoint="/x"></dw-probe-widget></div>`);
      expect(text(ancestor)).to.equal('Reintentar');
      const page = await fixture(html`<dw-probe-widget endpoint="/x"></dw-probe-widget>`);
      expect(text(page)).to.equal('Try again', 'no French catalogue: English');
    });

    it('follows a change of <html lang>', async () => {
      const el = await fixture<ProbeWidget>(html`<dw-probe-widget endpoint="/x"></dw-probe-widget>`);
      document.documentElement.lang = 'es';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(text(el)).to.equal('Reintentar');
    });

    it('falls back to English for a malformed language tag', async () => {
      const el = await fixture(html`<dw-probe-widget endpoint="/x" lang="not a tag!"></dw-probe-widget>`);
      expect(text(el)).to.equal('Try again');
    });

    it('lets the host override single messages and register languages', async () => {
      const el = await fixture<ProbeWidget>(html`<dw-probe-widget endpoint="/x"></dw-probe-widget>`);
      el.messages = { retry: 'Search again' };
      await el.updateComplete;
      expect(text(el)).to.equal('Search again');

      registerTranslation('de', { retry: 'Erneut versuchen' });
      const german = await fixture(html`<dw-probe-widget endpoint="/x" lang="de-AT"></dw-probe-widget>`);
      expect(text(german)).to.equal('Erneut versuchen');
    });
  });

  describe('network lifecycle', () => {
    const scripted = (scenario: string) => `/scripted/${Math.random().toString(36).slice(2)}/${scenario}/`;

    it('fires loadstart, load and loadend around a call, without bubbling', async () => {
      const el = await fixture<ProbeWidget>(html`<dw-probe-widget endpoint=${scripted('ok')}></dw-probe-widget>`);
      const seen: string[] = [];
      for (const type of ['loadstart', 'load', 'error', 'loadend']) {
        el.addEventListener(type, (event) => seen.push(`${event.type}${event.bubbles ? ' bubbles' : ''}`));
      }
      await el.load();
      expect(seen).to.deep.equal(['loadstart', 'load', 'loadend']);
    });

    it('fires error with the directory error, and describes it in plain words', async () => {
      const el = await fixture<ProbeWidget>(html`<dw-probe-widget endpoint=${scripted('status-500')}></dw-probe-widget>`);
      const failed = oneEvent(el, 'error') as Promise<LoadErrorEvent>;
      const call = el.load().catch((error) => error);
      const event = await failed;
      expect(event.error.status).to.equal(500);
      expect(await call).to.equal(event.error);
      expect(el.describe(event.error)).to.equal('The directory is having trouble right now.');
      expect(el.describe(new DirectoryError('timeout'))).to.equal('The directory is taking too long to answer. Please try again.');
    });
  });

  describe('missing endpoint', () => {
    it('shows a visible message and logs one console error', async () => {
      const logged: unknown[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => logged.push(args);
      try {
        const el = await fixture<ProbeWidget>(html`<dw-probe-widget></dw-probe-widget>`);
        el.requestUpdate();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('endpoint attribute');
        expect(logged).to.have.length(1);
        await expect(el).to.be.accessible();
      } finally {
        console.error = original;
      }
    });
  });
});
