import { expect, oneEvent } from '@open-wc/testing';
import type { LoadErrorEvent } from '../../../src/internal/events.js';
import { $, $$, endpoint, fill, filtersReady, mount, names, search, settled, status, text, until } from './helpers.js';

const errorText = (el: Element) => text(el.shadowRoot!.querySelector('[part~="error"] p'));

describe('<provider-finder> when things go wrong', () => {
  it('shows a 500 problem in plain words with a Retry button, and fires error', async () => {
    const api = endpoint('status-500');
    const el = await mount({ endpoint: api.url, near: '97201' });
    const failed = oneEvent(el, 'error') as Promise<LoadErrorEvent>;
    await search(el);
    expect((await failed).error.status).to.equal(500);
    expect(errorText(el)).to.equal('The directory is having trouble right now.');
    expect($(el, '[part~="error"]').getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();
    $(el, '[part~="error"] [part~="retry-button"]').click();
    await until(async () => (await api.log('providers')).length === 2, 'Retry asks again');
    await settled(el);
    expect(errorText(el)).to.equal('The directory is having trouble right now.');
  });

  it('says that an answer it could not read is not the person’s fault', async () => {
    const el = await mount({ endpoint: endpoint('malformed').url, near: '97201' });
    await search(el);
    expect(errorText(el)).to.equal('The directory sent an answer we could not read. Please try again later.');
  });

  it('shows the endpoint’s words for an unknown place', async () => {
    const el = await mount({ endpoint: endpoint().url });
    fill(el, '#near', 'Atlantis');
    await search(el);
    expect(errorText(el)).to.equal('No place called “Atlantis” was found. Try a ZIP code, or a city and state.');
  });

  it('gives up on an endpoint that does not answer, and says so', async function () {
    this.timeout(25_000);
    const el = await mount({ endpoint: endpoint('hang').url, near: '97201' });
    $(el, '[part~="search-button"]').click();
    await until(() => el.shadowRoot!.querySelector('[part~="error"]'), 'the timeout', 20_000);
    expect(errorText(el)).to.equal('The directory is taking too long to answer. Please try again.');
  });

  it('keeps a usable name and place search when the taxonomy fails', async () => {
    const api = endpoint('taxonomy-500');
    const el = await mount({ endpoint: api.url });
    await until(() => el.shadowRoot!.querySelector('[part~="taxonomy-error"]'), 'the notice');
    expect(text($(el, '[part~="taxonomy-error"]'))).to.contain('The filters could not be loaded. You can still search by name and place.');
    expect($$(el, '#service option')).to.have.length(1);
    await expect(el).to.be.accessible();
    fill(el, '#q', 'Okafor');
    fill(el, '#near', '97201');
    await search(el);
    expect(names(el)).to.deep.equal(['Ada Okafor']);
    expect(text($(el, '[part~="card"]')), 'ids stand in for labels').to.contain('ketamine-iv and ketamine-assisted-psychotherapy');
    $(el, '[part~="taxonomy-error"] button').click();
    await until(async () => (await api.log('taxonomy')).length === 2, 'Retry asks again');
  });

  it('keeps the previous results on screen while a search runs', async () => {
    const api = endpoint('slow-first');
    const el = await mount({ endpoint: api.url, near: '97201' });
    await filtersReady(el);
    $(el, '[part~="search-button"]').click();
    await until(() => el.shadowRoot!.querySelector('[aria-busy="true"]'), 'busy');
    expect(status(el)).to.equal('Searching…');
    expect(text($(el, '[part~="count"]'))).to.equal('Searching…');
    const reserved = $(el, '[part~="results"]').getBoundingClientRect().height;
    expect(reserved, 'height is reserved').to.be.greaterThan(150);
    await expect(el).to.be.accessible();
    await settled(el);
    const before = names(el);
    fill(el, '#q', 'Provider');
    $(el, '[part~="search-button"]').click();
    await el.updateComplete;
    expect($(el, '[part~="results"]').getAttribute('aria-busy')).to.equal('true');
    expect(names(el), 'the previous results stay').to.deep.equal(before);
    await settled(el);
  });

  it('never lets a slow first answer win over a fast second one', async () => {
    const api = endpoint('slow-first');
    const el = await mount({ endpoint: api.url, near: '97201' });
    fill(el, '#q', 'Okafor');
    $(el, '[part~="search-button"]').click();
    await until(async () => (await api.log('providers')).length === 1, 'the first search reaches the endpoint');
    fill(el, '#q', 'Provider 0');
    $(el, '[part~="search-button"]').click();
    await el.updateComplete;
    await settled(el);
    const second = names(el);
    expect(second).to.have.length(8);
    await until(async () => (await api.log('providers'))[0].ended, 'the first search ends');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(second);
    expect(status(el)).to.equal('8 providers found');
    expect((await api.log('providers'))[0].aborted, 'the stale search was aborted').to.equal(true);
  });
});
