import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { ArticleReferences } from '../../../src/components/article-references/article-references.js';
import type { CiteRef } from '../../../src/components/cite-ref/cite-ref.js';
import { entries, mount, one, seedItems, shadow, toFront, until } from './helpers.js';

const visible = (element: Element) => getComputedStyle(element).display !== 'none' && element.getClientRects().length > 0;

describe('<article-references> in print', () => {
  // Print media can only be emulated through the DevTools protocol: Chromium checks the print styles,
  // which are the same in every engine. (Firefox over WebDriver BiDi and WebKit over WebDriver cannot.)
  const chromium = /Chrome\//.test(navigator.userAgent);
  before(function () {
    if (!chromium) this.skip();
  });
  afterEach(() => (chromium ? emulateMedia({ media: 'screen' }) : undefined));

  it('prints the whole list with its DOIs, without buttons, back-links or previews', async () => {
    await toFront();
    const items = await seedItems();
    const container = await mount<HTMLElement>(html`<div>
      <p>Cited<cite-ref ref=${items[0].id}></cite-ref>.</p>
      <article-references .items=${items}></article-references>
    </div>`);
    const el = container.querySelector<ArticleReferences>('article-references')!;
    const marker = container.querySelector<CiteRef>('cite-ref')!;
    await until(() => marker.citation, 'numbered');
    await marker.updateComplete;
    marker.focus();
    await marker.updateComplete;
    const preview = one(marker, '[part~=preview]');
    await until(() => visible(preview), 'the preview opens on focus');

    await emulateMedia({ media: 'print' });
    expect(visible(preview), 'no preview').to.equal(false);
    expect(entries(el).every(visible)).to.equal(true);
    expect(shadow(el, 'button').some(visible), 'no buttons').to.equal(false);
    expect(shadow(el, '[part~=backlinks]').some(visible), 'no back-links').to.equal(false);
    expect(shadow(el, '[part~=citation] a').map((a) => visible(a) && a.textContent)).to.deep.equal(items.map((item) => `https://doi.org/${item.DOI}`));
    marker.blur();
  });
});
