import { expect } from '@open-wc/testing';
import { $, $$, fill, filtersReady, mount, search, shown, text, until } from './helpers.js';
import { checkFound, checkProfile } from './journey.js';

/**
 * "Done when": a person finds a ketamine-therapy provider who takes their insurance near a ZIP
 * code, against the real reference endpoint that the test runner serves at /api/v1 (a temporary
 * database of seeded sample providers). The same by keyboard alone is in keyboard.test.ts, with
 * every test that presses real keys.
 */
describe('<provider-finder> on the reference endpoint', () => {
  it('finds a ketamine-therapy provider who takes an insurance near a ZIP code, by mouse', async () => {
    const el = await mount({ endpoint: '/api/v1' }, 900);
    await filtersReady(el);
    fill(el, '#near', '9720');
    await until(() => shown(el, '[role=listbox]'), 'suggestions appear');
    const option = $$(el, '[role=option]').find((o) => text(o) === 'Portland, OR 97201')!;
    option.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    option.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#near').value).to.equal('Portland, OR 97201');
    fill(el, '#service', 'ketamine-assisted-psychotherapy');
    fill(el, '#insurance', 'united-healthcare');
    await search(el);
    await checkFound(el);
    $(el, '[part~="card-button"]').click();
    await checkProfile(el);
    await expect(el).to.be.accessible();
  });
});
