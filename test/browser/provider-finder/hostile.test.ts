import { expect } from '@open-wc/testing';
import type { ProviderFinder } from '../../../src/components/provider-finder/provider-finder.js';
import { $, $$, endpoint, fill, filtersReady, focused, mount, search, settled, shown, text, until } from './helpers.js';

const markup = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script><b>bold</b>';
const rtl = 'د. ليلى حداد — عيادة الكيتامين';
/** The hostile taxonomy labels of test/support/finder-endpoint.mjs (`hostileLabels`). */
const labels = {
  format: { js: 'javascript:window.__pwned=2', markup: '<img src=x onerror="window.__pwned=3">format' },
  insurance: { long: 'Supercalifragilisticexpialidociousinsurance'.repeat(6), markup: '<script>window.__pwned=4</script>insurance' },
  language: { rtl: 'العربية الفصحى — لغة', markup: '<b>language</b><iframe src="javascript:window.__pwned=5"></iframe>' },
};
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

  it('renders hostile format, insurance and language labels, and a hostile searched region, as inert text in the filters, the card and the profile', async () => {
    const el = await mount({ endpoint: endpoint('hostile').url, near: '97201', autosearch: true }, 320);
    await settled(el);
    await filtersReady(el, '#language');
    expect(el.region, 'the region comes from the answer’s origin').to.equal(markup);
    inert(el);

    // The filters: every label is an option's text, and the open disclosure fits.
    const options = (select: string) => $$<HTMLOptionElement>(el, `${select} option`).map((option) => option.text);
    expect(options('#format')).to.include.members([labels.format.js, labels.format.markup]);
    expect(options('#insurance')).to.include.members([labels.insurance.long, labels.insurance.markup]);
    expect(options('#language')).to.include.members([labels.language.rtl, labels.language.markup]);
    $(el, '[part~="filters-summary"]').click();
    await until(() => shown(el, '#insurance'), 'the disclosure opens');
    inert(el);
    const host = el.getBoundingClientRect();
    for (const select of $$(el, 'select')) expect(select.getBoundingClientRect().right, `#${select.id} fits`).to.be.at.most(host.right + 0.5);
    expect(el.scrollWidth, 'the open filters do not scroll sideways').to.be.at.most(el.clientWidth);

    // The card: the formats' labels, as text in a dir=auto line, and no link.
    const card = $(el, '[part~="card"]');
    const formats = [...card.querySelectorAll('p')].find((line) => line.textContent!.includes(labels.format.markup));
    expect(formats, 'the formats line').not.to.equal(undefined);
    expect(formats!.textContent).to.contain(labels.format.js);
    expect(formats!.getAttribute('dir')).to.equal('auto');
    expect(card.querySelectorAll('a'), 'a javascript: label is no link').to.have.length(0);
    expect(card.scrollWidth).to.be.at.most(card.clientWidth);

    // The profile: formats, insurances and languages, each in its own dir=auto entry.
    $(el, '[part~="card-button"]').click();
    await until(() => el.shadowRoot!.querySelector('.facts'), 'the profile');
    inert(el);
    const entries = $$(el, '.facts dd');
    const entry = (value: string) => entries.find((dd) => dd.textContent!.includes(value));
    for (const value of [labels.format.js, labels.format.markup, labels.insurance.long, labels.insurance.markup, labels.language.rtl, labels.language.markup]) {
      const dd = entry(value);
      expect(dd, `the profile shows ${value}`).not.to.equal(undefined);
      expect(dd!.getAttribute('dir'), `${value} is isolated`).to.equal('auto');
      expect(dd!.scrollWidth, `${value} wraps`).to.be.at.most(dd!.clientWidth);
    }
    const facts = $(el, '.facts');
    expect([...facts.querySelectorAll('a')].map((a) => a.textContent), 'no link in the facts').to.deep.equal([]);
    const detail = $(el, '[part~="detail"]');
    expect(detail.scrollWidth, 'a very long insurance wraps').to.be.at.most(detail.clientWidth);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    await expect(el).to.be.accessible();
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
