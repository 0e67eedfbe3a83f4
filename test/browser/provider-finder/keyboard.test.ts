import { expect } from '@open-wc/testing';
import type { ProviderFinder } from '../../../src/components/provider-finder/provider-finder.js';
import { $, $$, endpoint, fill, filtersReady, mount, names, settled, shown, text, until, focused } from './helpers.js';
import { checkFound, checkProfile } from './journey.js';
import { press, tab, typeKeys } from './keys.js';

const options = (el: Element) => $$(el, '[role=option]').map(text);

/**
 * Searches by keyboard alone, from the name field: types `zip` into the place box and chooses
 * its first suggestion, then ketamine-assisted psychotherapy and an insurance (by type-ahead in
 * the selects), Tabbing through every field in order, and presses the Search button.
 */
async function searchByKeyboard(el: ProviderFinder, zip: string, insurance: string, insuranceKeys: string): Promise<void> {
  await filtersReady(el);
  $(el, '#q').focus();
  await tab(el, '#near');
  await typeKeys(zip);
  await until(() => options(el)[0] === 'Portland, OR 97201', 'suggestions appear');
  await press('ArrowDown');
  expect(text(el.shadowRoot!.getElementById($(el, '#near').getAttribute('aria-activedescendant')!))).to.equal('Portland, OR 97201');
  await press('Enter');
  await el.updateComplete;
  expect($<HTMLInputElement>(el, '#near').value).to.equal('Portland, OR 97201');
  await tab(el, '[part~="locate-button"]');
  await tab(el, '#radius');
  await tab(el, '#condition');
  await tab(el, '#service');
  await typeKeys('Ketamine-');
  await until(() => $<HTMLSelectElement>(el, '#service').value === 'ketamine-assisted-psychotherapy', 'type-ahead chose the service');
  await tab(el, '#format');
  await tab(el, '#insurance');
  await typeKeys(insuranceKeys);
  await until(() => $<HTMLSelectElement>(el, '#insurance').value === insurance, 'type-ahead chose the insurance');
  await tab(el, '#language');
  await tab(el, '[name=accepting]');
  await tab(el, '[part~="search-button"]');
  await press('Enter');
  await el.updateComplete;
  await settled(el);
  await tab(el, '[part~="results"] select');
  await tab(el, '[part~="card-button"]');
}

describe('<provider-finder> by keyboard', () => {
  it('autocompletes a place by keyboard alone: arrows, Escape and Enter', async () => {
    const api = endpoint();
    const el = await mount({ endpoint: api.url });
    const input = $<HTMLInputElement>(el, '#near');
    input.focus();
    await typeKeys('port');
    await until(() => shown(el, '[role=listbox]'), 'suggestions appear');
    expect(options(el)).to.deep.equal(['Portland, OR 97201', 'Portland, OR', 'Portland, ME']);
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(input.getAttribute('aria-controls')).to.equal('places');
    expect(input.hasAttribute('aria-activedescendant')).to.equal(false);

    const active = () => el.shadowRoot!.getElementById(input.getAttribute('aria-activedescendant') ?? '');
    await press('ArrowDown');
    expect(text(active())).to.equal('Portland, OR 97201');
    expect(active()!.getAttribute('aria-selected')).to.equal('true');
    await press('ArrowDown');
    expect(text(active())).to.equal('Portland, OR');
    await press('ArrowUp');
    await press('ArrowUp');
    expect(text(active()), 'wraps to the last').to.equal('Portland, ME');

    await press('Escape');
    await el.updateComplete;
    expect(shown(el, '[role=listbox]')).to.equal(false);
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
    expect(input.value).to.equal('port');

    await press('ArrowDown');
    expect(text(active()), 'reopens on the first').to.equal('Portland, OR 97201');
    await press('ArrowDown');
    await press('Enter');
    await el.updateComplete;
    expect(input.value).to.equal('Portland, OR');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(focused(el)).to.equal(input);
    expect(await api.log('providers'), 'choosing does not submit').to.have.length(0);

    await press('Enter');
    await settled(el);
    const sent = new URLSearchParams((await api.log('providers'))[0].search);
    expect([sent.get('near'), sent.has('lat')], 'a chosen place is sent as its id').to.deep.equal(['Portland, OR', false]);
    expect(names(el)).to.include('Ada Okafor');
  });

  it('finds a ketamine provider who takes an insurance near a ZIP code, by keyboard alone', async () => {
    const el = await mount({ endpoint: endpoint().url }, 900);
    await searchByKeyboard(el, '9720', 'aetna', 'Ae');
    expect(names(el)).to.deep.equal(['Ada Okafor']);
    expect(text(focused(el))).to.equal('Ada Okafor');
    await press('Enter');
    await until(() => focused(el)?.id === 'detail-name', 'focus moves to the profile heading');
    await until(() => el.shadowRoot!.querySelector('.facts'), 'the full profile loads');
    expect(text($(el, '.facts'))).to.contain('Aetna');
    await tab(el, '[part~="back-button"]', true);
    await press('Enter');
    await until(() => text(focused(el)) === 'Ada Okafor', 'focus returns to the card');
  });

  it('debounces lookups: a burst of typing asks once', async () => {
    const api = endpoint();
    const el = await mount({ endpoint: api.url });
    for (const value of ['p', 'po', 'por', 'port', 'portland, o']) fill(el, '#near', value);
    await until(() => options(el).length === 2, 'suggestions appear');
    const lookups = await api.log('places');
    expect(lookups.map((entry) => new URLSearchParams(entry.search).get('q'))).to.deep.equal(['portland, o']);
  });

  it('aborts a stale lookup, whose late answer never shows', async () => {
    const api = endpoint('slow-first-places');
    const el = await mount({ endpoint: api.url });
    fill(el, '#near', 'aus');
    await until(async () => (await api.log('places')).length === 1, 'the first lookup reaches the endpoint');
    fill(el, '#near', 'portland, o');
    await until(() => options(el).length === 2, 'the second lookup answers');
    await until(async () => (await api.log('places'))[0].ended, 'the first lookup ends');
    expect((await api.log('places'))[0].aborted, 'the stale lookup was aborted').to.equal(true);
    expect(options(el)).to.deep.equal(['Portland, OR 97201', 'Portland, OR']);
  });

  describe('"Use my location"', () => {
    let calls = 0;
    const geolocation = navigator.geolocation;
    const answer = (respond: (success: PositionCallback, failure: PositionErrorCallback) => void) => {
      geolocation.getCurrentPosition = ((success: PositionCallback, failure: PositionErrorCallback) => {
        calls++;
        respond(success, failure);
      }) as Geolocation['getCurrentPosition'];
    };
    beforeEach(() => (calls = 0));
    afterEach(() => Reflect.deleteProperty(geolocation, 'getCurrentPosition'));

    it('asks only when pressed, and a refusal gets a plain message', async () => {
      answer((_, failure) => failure({ code: 1, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: 'denied' } as GeolocationPositionError));
      const api = endpoint();
      const el = await mount({ endpoint: api.url });
      await filtersReady(el);
      expect(calls).to.equal(0);
      $(el, '[part~="locate-button"]').click();
      await el.updateComplete;
      expect(calls).to.equal(1);
      expect(text($(el, '#geo'))).to.equal('Location sharing is turned off. Type a city or ZIP code instead.');
      expect($(el, '#geo').getAttribute('role')).to.equal('status');
      expect(await api.log('providers')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('searches near the position, rounded to about a kilometre', async () => {
      answer((success) => success({ coords: { latitude: 45.512345, longitude: -122.687654 } } as GeolocationPosition));
      const api = endpoint();
      const el = await mount({ endpoint: api.url });
      $(el, '[part~="locate-button"]').click();
      await el.updateComplete;
      await settled(el);
      const sent = new URLSearchParams((await api.log('providers'))[0].search);
      expect([sent.get('lat'), sent.get('lng')]).to.deep.equal(['45.51', '-122.69']);
      expect($<HTMLInputElement>(el, '#near').value).to.equal('My location');
      expect(names(el)[0]).to.equal('Ada Okafor');
    });
  });

  it('finds one on the reference endpoint by keyboard alone', async () => {
    const el = await mount({ endpoint: '/api/v1' }, 900);
    await searchByKeyboard(el, '97201', 'united-healthcare', 'Un');
    await checkFound(el);
    await press('Enter');
    await checkProfile(el);
  });
});
