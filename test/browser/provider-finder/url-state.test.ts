import { expect, oneEvent } from '@open-wc/testing';
import { $, $$, endpoint, fill, filtersReady, mount, names, search, settled, until } from './helpers.js';

const param = (key: string) => new URL(location.href).searchParams.get(key);

/** Back (-1) or forward (1) through the session history, and the popstate that follows. */
async function go(step: -1 | 1): Promise<void> {
  const moved = oneEvent(window, 'popstate');
  history.go(step);
  await moved;
}

describe('<provider-finder> url-state', () => {
  const start = location.href;
  afterEach(() => history.replaceState(null, '', start));

  it('leaves the URL alone unless the host opts in', async () => {
    const el = await mount({ endpoint: endpoint().url, near: '97201' });
    const length = history.length;
    await search(el);
    expect(location.href).to.equal(start);
    expect(history.length).to.equal(length);
  });

  it('pushes a search and replaces it when paging', async () => {
    const el = await mount({ endpoint: endpoint().url, 'url-state': true });
    await filtersReady(el);
    fill(el, '#near', '97201');
    fill(el, '#service', 'integration-therapy');
    const length = history.length;
    await search(el);
    expect(param('pf')).to.equal('near=97201&radius=25&service=integration-therapy&sort=relevance');
    expect(history.length, 'a new entry').to.equal(length + 1);
    $(el, '[part~="next-button"]').click();
    await until(() => param('pf')?.endsWith('&page=2'), 'the page is recorded');
    expect(history.length, 'the same entry').to.equal(length + 1);
    await settled(el);
    await go(-1);
  });

  it('restores a search from the URL on load: a reload or a shared link', async () => {
    const state = new URLSearchParams({ near: 'Portland, OR', radius: '10', accepting: 'true', page: '2' });
    history.replaceState(null, '', `?pf=${encodeURIComponent(state.toString())}&host=kept`);
    const api = endpoint();
    const el = await mount({ endpoint: api.url, 'url-state': true });
    await settled(el);
    const sent = new URLSearchParams((await api.log('providers'))[0].search);
    expect(Object.fromEntries(['near', 'radius', 'accepting', 'page'].map((key) => [key, sent.get(key)]))).to.deep.equal({
      near: 'Portland, OR',
      radius: '10',
      accepting: 'true',
      page: '2',
    });
    expect(names(el)).to.deep.equal(['Provider 16']);
    expect($<HTMLInputElement>(el, '#near').value).to.equal('Portland, OR');
    expect($<HTMLInputElement>(el, '[name=accepting]').checked).to.equal(true);
    expect($<HTMLSelectElement>(el, '#radius').value).to.equal('10');
    expect(param('host')).to.equal('kept');
  });

  it('restores a search near the visitor’s position, and the region the endpoint found', async () => {
    history.replaceState(null, '', `?pf=${encodeURIComponent('near=My location&lat=30.27&lng=-97.74')}`);
    const api = endpoint();
    const el = await mount({ endpoint: api.url, 'url-state': true });
    await settled(el);
    const sent = new URLSearchParams((await api.log('providers'))[0].search);
    expect([sent.get('lat'), sent.get('lng'), sent.has('near')]).to.deep.equal(['30.27', '-97.74', false]);
    expect($<HTMLInputElement>(el, '#near').value).to.equal('My location');
    await until(() => $$<HTMLOptionElement>(el, '#service option').find((o) => o.value === 'psilocybin-services')?.disabled, 'the region applies');
  });

  it('follows back and forward', async () => {
    const api = endpoint();
    const el = await mount({ endpoint: api.url, 'url-state': true });
    fill(el, '#near', 'portland, o');
    await until(() => el.shadowRoot!.querySelector('[role=option]'), 'suggestions');
    $(el, '[role=option]').click();
    await search(el);
    expect(param('pf'), 'a chosen place by its id').to.equal('near=97201&radius=25&sort=relevance');
    fill(el, '#q', 'Okafor');
    await search(el);
    expect(names(el)).to.deep.equal(['Ada Okafor']);

    await go(-1);
    await until(() => names(el).length === 10 && !el.shadowRoot!.querySelector('[aria-busy="true"]'), 'back to the first search');
    expect($<HTMLInputElement>(el, '#q').value).to.equal('');
    expect($<HTMLInputElement>(el, '#near').value).to.equal('97201');
    await go(1);
    await until(() => names(el).length === 1, 'forward to the second search');
    expect($<HTMLInputElement>(el, '#q').value).to.equal('Okafor');
    await go(-1);
    await settled(el);
    await go(-1);
    await until(() => !el.shadowRoot!.querySelector('[part~="results"]'), 'back to before the first search');
    expect(param('pf')).to.equal(null);
    await go(1);
    await until(() => names(el).length === 10, 'forward again');
    await go(-1);
  });

  it('keeps two finders on one page apart by their ids', async () => {
    const first = endpoint();
    const second = endpoint();
    const a = await mount({ id: 'a', endpoint: first.url, 'url-state': true });
    const b = await mount({ id: 'b', endpoint: second.url, 'url-state': true });
    fill(a, '#near', '97201');
    await search(a);
    fill(b, '#near', '78701');
    await search(b);
    expect(param('pf-a')).to.contain('near=97201');
    expect(param('pf-b')).to.contain('near=78701');
    expect(param('pf')).to.equal(null);

    await go(-1);
    await until(() => !b.shadowRoot!.querySelector('[part~="results"]'), 'b goes back');
    expect(names(a), 'a keeps its results').to.have.length(10);
    expect(await first.log('providers'), 'and does not search again').to.have.length(1);
    await go(-1);
    await until(() => !a.shadowRoot!.querySelector('[part~="results"]'), 'a goes back');
  });
});
