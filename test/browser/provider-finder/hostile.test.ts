import { expect } from '@open-wc/testing';
import type { ProviderFinder } from '../../../src/components/provider-finder/provider-finder.js';
import { $, $$, endpoint, fill, filtersReady, focused, mount, search, settled, text, until } from './helpers.js';

const markup = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script><b>bold</b>';
const rtl = 'د. ليلى حداد — عيادة الكيتامين';
const pwned = () => (window as unknown as { __pwned?: number }).__pwned;

/** Nothing from the data became an element, and every link has a safe address. */
function inert(el: ProviderFinder): void {
  expect(el.shadowRoot!.querySelectorAll('img, script, b, i, svg, iframe, object, embed'), 'no elements from the data').to.have.length(0);
  for (const link of $$<HTMLAnchorElement>(el, '[href]')) expect(link.getAttribute('href')).to.match(/^(https?:|mailto:|tel:)/);
  expect(pwned()).to.equal(undefined);
}

describe('<provider-finder> with hostile data', () => {
  it('renders markup, javascript: links, very long words and right-to-left text as inert text', async () => {
    const el = await mount({ endpoint: endpoint('hostile').url, near: '97201', autosearch: true }, 320);
    await settled(el);
    await filtersReady(el, '#condition');
    inert(el);
    const card = $(el, '[part~="card"]');
    expect(text(card)).to.contain(markup);
    expect(text(card)).to.contain(rtl);
    expect(text(card)).not.to.contain('Availability confirmed');
    const practice = [...card.querySelectorAll('[dir=auto]')].find((node) => node.textContent === rtl);
    expect(practice, 'right-to-left text sits in a dir=auto element').not.to.equal(undefined);
    expect(card.scrollWidth, 'a very long word wraps').to.be.at.most(card.clientWidth);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(text($(el, '#condition'))).to.contain(markup);
    expect(text($(el, '#service'))).to.contain(`only in ${markup}`);

    $(el, '[part~="card-button"]').click();
    await until(() => el.shadowRoot!.querySelector('.facts'), 'the profile');
    inert(el);
    const detail = $(el, '[part~="detail"]');
    expect($$(el, '[part~="contact-link"]'), 'no link from unsafe addresses').to.have.length(0);
    for (const value of ['javascript:window.__pwned=1', 'data:text/html,<script>window.__pwned=1</script>', markup, rtl]) {
      expect(text(detail)).to.contain(value);
    }
    expect($(el, '.bio').textContent).to.equal(`${markup}\n${rtl}\n${'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(8)}`);
    expect(detail.scrollWidth).to.be.at.most(detail.clientWidth);
    await expect(el).to.be.accessible();

    $(el, '[part~="back-button"]').click();
    await el.updateComplete;
    expect(focused(el)?.getAttribute('part'), 'back to the card, whatever its id').to.contain('card-button');
  });

  it('shows a hostile place suggestion and problem title as text', async () => {
    const places = await mount({ endpoint: endpoint('hostile').url });
    fill(places, '#near', 'xx');
    await until(() => $$(places, '[role=option]').length === 1, 'the suggestion');
    expect(text($(places, '[role=option]'))).to.equal(markup);
    inert(places);

    const problem = await mount({ endpoint: endpoint('hostile-problem').url, near: '97201' });
    await search(problem);
    expect(text($(problem, '[part~="error"] p'))).to.equal(markup);
    inert(problem);
  });
});
