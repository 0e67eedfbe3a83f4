import { expect, oneEvent } from '@open-wc/testing';
import type { ProviderSearchEvent } from '../../../src/components/provider-finder/events.js';
import { $, $$, endpoint, fill, filtersReady, mount, names, search, settled, shown, sortBy, status, text, until } from './helpers.js';
// Spanish ships as its own module; these tests use it.
import '../../../src/translations/register-es.js';

describe('<provider-finder> search', () => {
  it('asks for nothing but the taxonomy before the person acts', async () => {
    const api = endpoint();
    const el = await mount({ endpoint: api.url });
    await filtersReady(el);
    expect((await api.log()).map((entry) => entry.path)).to.deep.equal(['taxonomy']);
    expect($$(el, '[part~="results"]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('runs the whole search flow with every filter', async () => {
    const api = endpoint();
    const el = await mount({ endpoint: api.url });
    await filtersReady(el);
    fill(el, '#q', 'Willamette');
    fill(el, '#near', '97201');
    fill(el, '#radius', '10');
    fill(el, '#condition', 'depression');
    fill(el, '#service', 'ketamine-assisted-psychotherapy');
    fill(el, '#format', 'telehealth');
    fill(el, '#insurance', 'aetna');
    fill(el, '#language', 'es');
    fill(el, '[name=accepting]', true);
    await el.updateComplete;
    const searched = oneEvent(el, 'provider-search') as Promise<ProviderSearchEvent>;
    await search(el);

    const { query } = await searched;
    expect(query).to.deep.include({ q: 'Willamette', near: '97201', radius: 10, unit: 'mi', accepting: true, page: 1, pageSize: 10 });
    expect(query).to.deep.include({ condition: ['depression'], service: ['ketamine-assisted-psychotherapy'], format: ['telehealth'] });
    expect(query).to.deep.include({ insurance: ['aetna'], language: ['es'] });
    const [request] = await api.log('providers');
    const sent = new URLSearchParams(request.search);
    for (const [key, value] of Object.entries({
      q: 'Willamette',
      near: '97201',
      radius: '10',
      unit: 'mi',
      condition: 'depression',
      service: 'ketamine-assisted-psychotherapy',
      format: 'telehealth',
      insurance: 'aetna',
      language: 'es',
      accepting: 'true',
    })) {
      expect(sent.get(key), key).to.equal(value);
    }
    expect(names(el)).to.deep.equal(['Ada Okafor']);
    expect(status(el)).to.equal('1 provider found');
    await expect(el).to.be.accessible();
  });

  it('shows everything a card promises', async () => {
    const el = await mount({ endpoint: endpoint().url, near: '97201', autosearch: true });
    await settled(el);
    await filtersReady(el);
    const card = $(el, '[part~="card"]');
    const words = text(card);
    expect(text(card.querySelector('[part~="card-name"]'))).to.equal('Ada Okafor, MD, PhD');
    for (const expected of [
      'Willamette Ketamine Clinic',
      'Portland, OR · 0.7 mi away',
      'Ketamine IV infusion and Ketamine-assisted psychotherapy',
      'In person and Telehealth',
      'Featured',
      '✓ Verified',
      'Accepting new clients',
      'Availability confirmed 3 days ago',
    ]) {
      expect(words).to.contain(expected);
    }
    const waitlisted = $$(el, '[part~="card"]').find((c) => text(c).includes('Provider 03'))!;
    expect(text(waitlisted)).to.contain('Waitlist');
    expect(text(waitlisted)).not.to.contain('Verified');
  });

  it('speaks Spanish with lang="es", distances in km', async () => {
    const el = await mount({ endpoint: endpoint().url, near: '97201', unit: 'km', lang: 'es', autosearch: true });
    await settled(el);
    expect(status(el)).to.equal('Se encontraron 16 profesionales · Página 1 de 2');
    const card = text($(el, '[part~="card"]'));
    expect(card).to.contain('a 1,1 km');
    expect(card).to.contain('Disponibilidad confirmada hace 3 días');
    expect(text($(el, '[part~="search-button"]'))).to.equal('Buscar');
  });

  it('starts from its initial values, clamps page-size, and keeps to one clinic with org', async () => {
    const api = endpoint();
    const el = await mount({
      endpoint: api.url,
      org: 'cascade-ketamine-clinic',
      service: 'integration-therapy',
      format: 'in-person',
      condition: 'anxiety',
      sort: 'name',
      'page-size': '500',
      radius: '50',
      near: 'Portland, OR',
      autosearch: true,
    });
    await settled(el);
    const sent = new URLSearchParams((await api.log('providers'))[0].search);
    expect(sent.get('org')).to.equal('cascade-ketamine-clinic');
    expect(sent.get('pageSize')).to.equal('50');
    expect(sent.get('sort')).to.equal('name');
    expect(sent.get('radius')).to.equal('50');
    expect(names(el)).to.deep.equal(['Provider 02', 'Provider 03', 'Provider 04']);
    await filtersReady(el);
    expect($<HTMLSelectElement>(el, '#service').value).to.equal('integration-therapy');
    expect($<HTMLSelectElement>(el, '#format').value).to.equal('in-person');
    expect($<HTMLSelectElement>(el, '#radius').value).to.equal('50');
    expect($<HTMLInputElement>(el, '#near').value).to.equal('Portland, OR');
  });

  it('hides the filters that hide-filters names, and still applies their values', async () => {
    const api = endpoint();
    const el = await mount({ endpoint: api.url, 'hide-filters': 'near, radius service  accepting', service: 'ketamine-iv', autosearch: true });
    await filtersReady(el, '#condition');
    for (const id of ['#near', '#radius', '#service', '[name=accepting]']) expect(el.shadowRoot!.querySelector(id), id).to.equal(null);
    for (const id of ['#q', '#condition', '#format', '#insurance', '#language']) expect(el.shadowRoot!.querySelector(id), id).not.to.equal(null);
    await settled(el);
    expect(new URLSearchParams((await api.log('providers'))[0].search).get('service')).to.equal('ketamine-iv');
  });

  it('sorts, and fires the network lifecycle events without bubbling', async () => {
    const el = await mount({ endpoint: endpoint().url, near: '97201', autosearch: true });
    await settled(el);
    await filtersReady(el); // the taxonomy's own events are over too
    const seen: string[] = [];
    for (const type of ['loadstart', 'load', 'error', 'loadend']) {
      el.addEventListener(type, (event) => seen.push(`${type}${event.bubbles ? ' bubbles' : ''}`));
    }
    await sortBy(el, 'distance');
    expect(names(el).slice(0, 3)).to.deep.equal(['Provider 02', 'Ada Okafor', 'Provider 03']);
    await sortBy(el, 'availability');
    expect(names(el).slice(0, 2)).to.deep.equal(['Provider 02', 'Ada Okafor']);
    expect(seen, seen.join()).to.deep.equal(['loadstart', 'load', 'loadend', 'loadstart', 'load', 'loadend']);
  });

  it('keys each card to its provider: a card never carries over to another provider', async () => {
    const el = await mount({ endpoint: endpoint().url, near: '97201', autosearch: true });
    await settled(el);
    const cards = () => $$(el, '[part~="card"]');
    const nameOf = (card: Element) => text(card.querySelector('[part~="card-button"]'));
    const before = cards();
    el.requestUpdate();
    await el.updateComplete;
    // Compared by identity (and reported by name: a failing DOM comparison would print whole trees).
    expect(cards().every((card, index) => card === before[index]), 'a re-render keeps every card').to.equal(true);
    const order = before.map(nameOf);
    await sortBy(el, 'distance');
    expect(cards().map(nameOf), 'the order changed').not.to.deep.equal(order);
    const takenOver = cards().filter((card) => before.includes(card) && order[before.indexOf(card)] !== nameOf(card)).map(nameOf);
    expect(takenOver, 'cards that now show another provider').to.deep.equal([]);
  });

  it('suggests widening the radius or clearing filters when nothing matches', async () => {
    const api = endpoint();
    const el = await mount({ endpoint: api.url, near: '97201', radius: '5', service: 'esketamine', autosearch: true });
    await settled(el);
    expect(status(el)).to.equal('No providers match this search.');
    await expect(el).to.be.accessible();
    const widen = $(el, '[part~="widen-button"]');
    expect(text(widen)).to.equal('Search within 10 mi');
    widen.click();
    await until(async () => (await api.log('providers')).length === 2);
    await settled(el);
    expect(new URLSearchParams((await api.log('providers'))[1].search).get('radius')).to.equal('10');
    $(el, '[part~="clear-button"]').click();
    await until(() => names(el).length === 10, 'cleared filters find the Portland providers');
    expect(new URLSearchParams((await api.log('providers'))[2].search).has('service')).to.equal(false);
    expect($<HTMLSelectElement>(el, '#service').value).to.equal('');
  });

  it('marks services that are not legal in the searched region, and says where they are', async () => {
    const el = await mount({ endpoint: endpoint().url });
    await filtersReady(el);
    const option = () => $$<HTMLOptionElement>(el, '#service option').find((o) => o.value === 'psilocybin-services')!;
    const everywhere = () => $$<HTMLOptionElement>(el, '#service option').find((o) => o.value === 'integration-therapy')!;
    expect(option().text).to.equal('Psilocybin services (only in OR and CO)');
    expect(option().disabled).to.equal(false);
    expect(text($(el, '#legal-note'))).to.equal('Some services are legal only in some states.');
    expect($(el, '#service').getAttribute('aria-describedby')).to.equal('legal-note');

    fill(el, '#near', 'Austin, TX');
    await search(el);
    expect(option().text).to.equal('Psilocybin services (only in OR and CO)');
    expect(option().disabled).to.equal(true);
    expect(everywhere().disabled).to.equal(false);

    fill(el, '#near', '80202');
    await search(el);
    expect(option().text).to.equal('Psilocybin services');
    expect(option().disabled).to.equal(false);
  });

  it('folds the filters into a disclosure when the finder is narrow, not the viewport', async () => {
    const narrow = await mount({ endpoint: endpoint().url }, 300);
    const wide = await mount({ endpoint: endpoint().url }, 800);
    await filtersReady(narrow);
    await filtersReady(wide);
    expect(shown(narrow, '[part~="filters-summary"]')).to.equal(true);
    expect(shown(narrow, '#condition')).to.equal(false);
    $(narrow, '[part~="filters-summary"]').click();
    await until(() => shown(narrow, '#condition'), 'the disclosure opens');
    expect(shown(wide, '[part~="filters-summary"]')).to.equal(false);
    expect(shown(wide, '#condition')).to.equal(true);
    await expect(narrow).to.be.accessible();
  });

  it('brings the results into view after a search that ends below the fold', async () => {
    const el = await mount({ endpoint: endpoint().url, near: '97201' }, 300);
    const spacer = Object.assign(document.createElement('div'), { style: `height: ${innerHeight}px` });
    el.before(spacer);
    try {
      scrollTo(0, 0);
      expect($(el, '[part~="search-button"]').getBoundingClientRect().top, 'the form starts below the fold').to.be.greaterThan(innerHeight);
      $(el, '[part~="search-button"]').click();
      await settled(el);
      await until(() => $(el, '#count').getBoundingClientRect().top < innerHeight, 'the results heading is in view');
      expect($(el, '#count').getBoundingClientRect().top, 'not above it (sub-pixel rounding aside)').to.be.greaterThan(-1);
    } finally {
      spacer.remove();
      scrollTo(0, 0);
    }
  });

  it('shows the 988 crisis notice by default, another text, or none', async () => {
    const byDefault = await mount({ endpoint: endpoint().url });
    const notice = $(byDefault, '[part~="crisis-notice"]');
    expect(text(notice)).to.equal('If you are in crisis, call or text 988 (Suicide & Crisis Lifeline).');
    expect(notice.querySelector('a')!.getAttribute('href')).to.equal('tel:988');
    const custom = await mount({ endpoint: endpoint().url, 'crisis-line': 'In Canada, call or text <b>9-8-8</b>.' });
    expect(text($(custom, '[part~="crisis-notice"]'))).to.equal('In Canada, call or text <b>9-8-8</b>.');
    expect($(custom, '[part~="crisis-notice"]').children).to.have.length(0);
    const none = await mount({ endpoint: endpoint().url, 'crisis-line': 'none' });
    expect(none.shadowRoot!.querySelector('[part~="crisis-notice"]')).to.equal(null);
  });

  it('shows a configuration message and logs one error without an endpoint', async () => {
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      const el = await mount({});
      el.requestUpdate();
      await el.updateComplete;
      expect(text($(el, '[role=alert]'))).to.contain('endpoint attribute');
      expect(logged).to.have.length(1);
      await expect(el).to.be.accessible();
    } finally {
      console.error = original;
    }
  });
});
