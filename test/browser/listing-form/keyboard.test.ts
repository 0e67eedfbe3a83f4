import { expect, html } from '@open-wc/testing';
import { fieldsOf, isFilled, type FormValue } from '../../../src/components/listing-form/fields.js';
import type { ListingForm } from '../../../src/components/listing-form/listing-form.js';
import {
  control,
  fillFull,
  forgetDrafts,
  formId,
  listingForm,
  openPage,
  part,
  shadow,
  storedListings,
  submitAndSettle,
  uniqueEmail,
  until,
} from './helpers.js';
import { press, typeKeys } from '../provider-finder/keys.js';

// Real key presses in every engine, through the provider finder's key helpers (the `dw-input`
// command: the test's own tab for Chromium and Firefox, WebDriver actions for WebKit).
// Every listing-form test that types is in this one file, so they run one after another.

const active = (el: ListingForm) => shadow(el).activeElement as HTMLInputElement | HTMLButtonElement | null;

/** Presses Tab until focus is on the named control (a box of a group when `value` is given). */
async function tabTo(el: ListingForm, name: string, value?: string): Promise<void> {
  for (let presses = 0; presses < 80; presses++) {
    const focused = active(el);
    if (focused && focused.getAttribute('name') === name && (value === undefined || focused.value === value)) return;
    await press('Tab');
  }
  throw new Error(`Tab never reached ${name}${value ? ` = ${value}` : ''}`);
}

async function tabToSubmit(el: ListingForm): Promise<void> {
  for (let presses = 0; presses < 80 && active(el) !== part(el, 'submit-button'); presses++) await press('Tab');
  expect(active(el)).to.equal(part(el, 'submit-button'));
}

/** A form after a button: the keyboard user's focus starts on the button and Tab enters the form. */
async function formAfterButton(variant: 'full' | 'compact'): Promise<ListingForm> {
  const el = await listingForm(html`<listing-form id=${formId('keys')} variant=${variant} endpoint="/api/v1"></listing-form>`);
  const before = document.createElement('button');
  before.type = 'button';
  before.textContent = 'Before';
  el.before(before);
  before.focus();
  await press('Tab');
  expect(active(el)).to.equal(control(el, 'name'), 'Tab enters the form at its first field');
  return el;
}

describe('<listing-form> with the keyboard alone', () => {
  afterEach(forgetDrafts);

  it('completes every field of the full form and sends it', async function () {
    this.timeout(120_000);
    const el = await formAfterButton('full');
    const email = uniqueEmail('keys');

    await typeKeys('Dr. Kay Board');
    await tabTo(el, 'email');
    await typeKeys(email);
    await tabTo(el, 'phone');
    await typeKeys('503 555 0199');
    await tabTo(el, 'credentials', 'MD');
    await press(' ');
    await tabTo(el, 'credentials', 'LCSW');
    await press(' ');
    await tabTo(el, 'practice');
    await typeKeys('Board Integration Therapy');
    await tabTo(el, 'website');
    await typeKeys('https://board.example.org');
    await tabTo(el, 'address.street');
    await typeKeys('12 Oak St');
    await tabTo(el, 'address.city');
    await typeKeys('Eugene');
    await tabTo(el, 'address.region');
    await typeKeys('Oregon');
    expect((active(el) as unknown as HTMLSelectElement).value).to.equal('OR');
    await tabTo(el, 'address.postalCode');
    await typeKeys('97401');
    await tabTo(el, 'services', 'integration-therapy');
    await press(' ');
    await tabTo(el, 'conditions', 'anxiety');
    await press(' ');
    await tabTo(el, 'conditions', 'ptsd');
    await press(' ');
    await tabTo(el, 'formats', 'telehealth');
    await press(' ');
    await tabTo(el, 'languages', 'es');
    await press(' ');
    await tabTo(el, 'insurances', 'cigna');
    await press(' ');
    await tabTo(el, 'license.region');
    await typeKeys('Washington');
    expect((active(el) as unknown as HTMLSelectElement).value).to.equal('WA');
    await tabTo(el, 'license.type');
    await typeKeys('LCSW');
    await tabTo(el, 'license.number');
    await typeKeys('C-4471');
    await tabTo(el, 'message');
    await typeKeys('Sliding scale available.');
    await tabTo(el, 'consent');
    await press(' ');
    await tabTo(el, 'marketingOptIn');
    await press(' ');
    await tabToSubmit(el);
    await press('Enter');

    const success = await until(() => part(el, 'success'), 'success');
    expect(shadow(el).activeElement).to.equal(success);
    const rows = await storedListings(email);
    expect(rows).to.have.length(1);
    const { body } = rows[0];
    expect(body).to.include({
      name: 'Dr. Kay Board',
      email,
      phone: '503 555 0199',
      practice: 'Board Integration Therapy',
      website: 'https://board.example.org',
      message: 'Sliding scale available.',
      consent: true,
      marketingOptIn: true,
      variant: 'full',
    });
    expect(body.credentials).to.have.members(['MD', 'LCSW']);
    expect(body.address).to.deep.equal({ street: '12 Oak St', city: 'Eugene', region: 'OR', postalCode: '97401' });
    expect(body.services).to.deep.equal(['integration-therapy']);
    expect(body.conditions).to.have.members(['anxiety', 'ptsd']);
    expect(body.formats).to.deep.equal(['telehealth']);
    expect(body.languages).to.deep.equal(['es']);
    expect(body.insurances).to.deep.equal(['cigna']);
    expect(body.license).to.deep.equal({ region: 'WA', type: 'LCSW', number: 'C-4471' });
    // Every field of the full variant was filled, so a field added later cannot be skipped here.
    for (const { name } of fieldsOf('full')) {
      const value = name.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], body);
      expect(isFilled(value as FormValue | undefined), `${name} was filled by keyboard`).to.equal(true);
    }
  });

  it('leads from the summary to the missing field, and sends the compact form with Enter', async function () {
    this.timeout(30_000);
    const el = await formAfterButton('compact');
    const email = uniqueEmail('summary-keys');
    // The name is left out on purpose.
    await tabTo(el, 'email');
    await typeKeys(email);
    await tabTo(el, 'credentials', 'PsyD');
    await press(' ');
    await tabTo(el, 'region');
    await typeKeys('Colorado');
    await tabTo(el, 'consent');
    await press(' ');
    await tabToSubmit(el);
    await press('Enter');
    const summary = await until(() => part(el, 'error-summary'), 'the error summary');
    expect(active(el)).to.equal(summary);
    expect(summary.textContent).to.contain('There is 1 problem');

    await press('Tab');
    expect(active(el)!.textContent).to.contain('Full name: Please fill this in.');
    await press('Enter');
    expect(active(el)).to.equal(control(el, 'name'));
    await typeKeys('Dr. Summary Keys');
    // Enter in a text field submits the form, as in any native form.
    await press('Enter');
    await until(() => part(el, 'success'), 'success');
    const [row] = await storedListings(email);
    expect(row.body).to.include({ name: 'Dr. Summary Keys', region: 'CO', variant: 'compact' });
    expect(row.body.credentials).to.deep.equal(['PsyD']);
  });
});

// The demo landing page itself (demo/listing-form.html, as `npm start` serves it), in an iframe: a
// therapist gets listed from it with the keyboard in the quick form, and with clicks in the full one.

async function demoPage() {
  const frame = await openPage('/demo/listing-form.html');
  const form = (id: string) =>
    until(() => {
      const el = frame.contentDocument!.getElementById(id) as ListingForm | null;
      return el?.shadowRoot?.querySelector('[name="credentials"]') ? el : undefined;
    }, `#${id}`);
  return { frame, quick: await form('quick-signup'), full: await form('full-listing') };
}

describe('the demo landing page', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    for (const frame of frames.splice(0)) {
      frame.contentWindow!.sessionStorage.removeItem('listing-form:quick-signup');
      frame.contentWindow!.sessionStorage.removeItem('listing-form:full-listing');
      frame.remove();
    }
  });

  it('lists a therapist from the quick sign-up, by keyboard', async function () {
    this.timeout(40_000);
    const { frame, quick } = await demoPage();
    frames.push(frame);
    // The host's no-JavaScript form inside the element is not shown.
    expect(quick.querySelector('form')!.getClientRects().length).to.equal(0);
    const email = uniqueEmail('demo-keys');
    // From the top of the page: Tab past the site's links into the form.
    frame.focus();
    await tabTo(quick, 'name');
    await typeKeys('Dr. Demo Keys');
    await tabTo(quick, 'email');
    await typeKeys(email);
    await tabTo(quick, 'credentials', 'LMFT');
    await press(' ');
    await tabTo(quick, 'region');
    await typeKeys('Washington');
    await tabTo(quick, 'consent');
    await press(' ');
    await press('Tab');
    expect(shadow(quick).activeElement).to.equal(part(quick, 'submit-button'));
    await press('Enter');
    await until(() => part(quick, 'success'), 'success');
    expect(part(quick, 'success')!.textContent).to.contain('Check your inbox');
    const [row] = await storedListings(email);
    expect(row.body).to.include({ name: 'Dr. Demo Keys', region: 'WA', variant: 'compact' });
  });

  it('lists a therapist from the full form, by mouse', async () => {
    const { frame, full } = await demoPage();
    frames.push(frame);
    const email = uniqueEmail('demo-mouse');
    fillFull(full, email);
    expect(await submitAndSettle(full)).to.equal('success');
    expect(await storedListings(email)).to.have.length(1);
  });
});
