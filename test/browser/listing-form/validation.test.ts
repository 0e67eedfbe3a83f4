import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ListingErrorEvent, ListingInvalidEvent } from '../../../src/components/listing-form/events.js';
import type { ListingForm } from '../../../src/components/listing-form/listing-form.js';
import type { Taxonomy } from '../../../src/directory/contract.js';
import { checkListingValues, validateListing } from '../../../src/directory/listing-rules.js';
import { US_REGION_CODES } from '../../../demo/server/regions.js';
import {
  choose,
  compactForm,
  control,
  errorOf,
  faultyEndpoint,
  fillFull,
  forgetDrafts,
  formId,
  fullForm,
  fullListing,
  leave,
  listingForm,
  part,
  shadow,
  submitAndSettle,
  submitButton,
  switchedEndpoint,
  tick,
  type,
  uniqueEmail,
  until,
} from './helpers.js';
// Spanish ships as its own module; these tests use it.
import '../../../src/translations/register-es.js';


/** Changes a field and leaves it. */
function edit(el: Element, name: string, value: string): void {
  if (control(el, name).tagName === 'SELECT') choose(el, name, value);
  else type(el, name, value);
  leave(el, name);
}

describe('<listing-form> validation', () => {
  afterEach(forgetDrafts);

  // Every rule of the shared listing rules that the form's controls can break, with its message.
  const rules: Array<[field: string, value: string, message: string]> = [
    ['name', ' ', 'Please fill this in.'],
    ['name', 'N'.repeat(121), 'Please shorten this.'],
    ['email', '', 'Please fill this in.'],
    ['email', 'ada@', 'Please enter an email address such as name@example.com.'],
    ['email', 'ada quinn@example.org', 'Please enter an email address such as name@example.com.'],
    ['phone', '555-0142', 'Please enter a US phone number with its area code.'],
    ['phone', 'call me', 'Please enter a US phone number with its area code.'],
    ['practice', 'P'.repeat(161), 'Please shorten this.'],
    ['website', 'quinn.example.org', 'Please enter a web address starting with https://.'],
    ['website', 'ftp://quinn.example.org', 'Please enter a web address starting with https://.'],
    ['address.street', 'S'.repeat(201), 'Please shorten this.'],
    ['address.city', '', 'Please fill this in.'],
    ['address.city', 'C'.repeat(101), 'Please shorten this.'],
    ['address.region', '', 'Please fill this in.'],
    ['address.postalCode', '', 'Please fill this in.'],
    ['address.postalCode', '9720', 'Please enter a 5-digit ZIP code.'],
    ['address.postalCode', 'K1A 0B1', 'Please enter a 5-digit ZIP code.'],
    ['license.type', 'T'.repeat(61), 'Please shorten this.'],
    ['license.number', '1'.repeat(61), 'Please shorten this.'],
    ['message', 'M'.repeat(2001), 'Please shorten this.'],
  ];

  for (const [field, value, message] of rules) {
    it(`checks ${field} on blur: ${JSON.stringify(value.length > 20 ? `${value.length} characters` : value)}`, async () => {
      const el = await fullForm();
      // A field is checked once the person has changed it.
      const other = field === 'address.region' ? 'OR' : 'x';
      edit(el, field, other);
      edit(el, field, value);
      await el.updateComplete;
      const box = control(el, field);
      expect(errorOf(el, field)).to.equal(message);
      expect(box.getAttribute('aria-invalid')).to.equal('true');
      const errorId = box.getAttribute('aria-describedby')!;
      expect(shadow(el).getElementById(errorId)!.getAttribute('part')).to.equal('error');
    });
  }

  it("checks with the server's own rules: the same answers as validateListing for every request it builds", () => {
    const valid = { ...fullListing, email: 'ada@example.org', consent: true, consentText: 'I agree.' };
    const requests: Array<Record<string, unknown>> = [valid, {}, { variant: 'compact' }, { ...valid, variant: 'compact', region: 'ZZ' }];
    for (const [field, value] of rules) {
      const [head, tail] = field.split('.');
      const group = valid[head as 'address'];
      requests.push({ ...valid, [head]: tail ? { ...group, [tail]: value } : value });
    }
    requests.push({ ...valid, services: Array.from({ length: 31 }, (_, index) => `service-${index}`) });
    for (const request of requests) {
      expect(checkListingValues(request), JSON.stringify(request)).to.deep.equal(validateListing(request));
      // With the directory's regions, as the form checks once its taxonomy has loaded.
      const choices = { regions: US_REGION_CODES };
      expect(checkListingValues(request, choices), JSON.stringify(request)).to.deep.equal(validateListing(request, choices));
    }
    expect(checkListingValues(requests[3], { regions: US_REGION_CODES })).to.deep.equal({ region: 'region' });
  });

  it('does not check a field that the person has not changed yet, and clears an error once fixed', async () => {
    const el = await fullForm();
    leave(el, 'name');
    await el.updateComplete;
    expect(errorOf(el, 'name')).to.equal(undefined);
    type(el, 'email', 'ada@');
    await el.updateComplete;
    expect(errorOf(el, 'email')).to.equal(undefined, 'not while typing');
    leave(el, 'email');
    await el.updateComplete;
    expect(errorOf(el, 'email')).to.match(/email address/);
    type(el, 'email', 'ada@example.org');
    await el.updateComplete;
    expect(errorOf(el, 'email')).to.equal(undefined);
    expect(control(el, 'email').hasAttribute('aria-invalid')).to.equal(false);
  });

  it('checks a box group when focus leaves the group, not when it moves between its boxes', async () => {
    const el = await fullForm();
    // Ticked, then unticked: the group is empty again.
    tick(el, 'credentials', 'MD');
    control(el, 'credentials', 'MD').click();
    const md = control(el, 'credentials', 'MD');
    const next = control(el, 'credentials', 'DO');
    md.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true, relatedTarget: next }));
    await el.updateComplete;
    expect(errorOf(el, 'credentials', 'MD')).to.equal(undefined);
    md.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true, relatedTarget: control(el, 'practice') }));
    await el.updateComplete;
    expect(errorOf(el, 'credentials', 'DO')).to.equal('Please fill this in.');
    expect(next.getAttribute('aria-invalid')).to.equal('true');
  });

  it("checks a region against the taxonomy's regions, as a prefilled value may be anything", async () => {
    const el = await listingForm(html`<listing-form id=${formId()} variant="compact" endpoint="/api/v1"></listing-form>`);
    el.values = { region: 'ZZ', license: { region: 'ZZ' } };
    await el.updateComplete;
    tick(el, 'consent');
    expect(await submitAndSettle(el)).to.equal('invalid');
    expect(errorOf(el, 'region')).to.equal('Please choose a US state.');
  });

  it('lists every problem on submit in a focused summary whose links move focus to the fields', async () => {
    const el = await fullForm();
    type(el, 'email', 'not-an-email');
    const invalid = oneEvent(el, 'listing-invalid') as Promise<ListingInvalidEvent>;
    expect(await submitAndSettle(el)).to.equal('invalid');
    const { errors } = await invalid;
    expect(Object.keys(errors)).to.have.members(['name', 'email', 'credentials', 'address.city', 'address.region', 'address.postalCode', 'consent']);

    const summary = part(el, 'error-summary')!;
    expect(shadow(el).activeElement).to.equal(summary);
    expect(summary.getAttribute('tabindex')).to.equal('-1');
    expect(summary.getAttribute('role')).not.to.equal('alert');
    expect(summary.querySelector('h2')!.textContent).to.equal('There are 7 problems');
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((link) => link.textContent!.trim())).to.deep.equal([
      'Full name: Please fill this in.',
      'Email: Please enter an email address such as name@example.com.',
      'Credentials: Please fill this in.',
      'City: Please fill this in.',
      'State: Please fill this in.',
      'ZIP code: Please fill this in.',
      'Please agree to be listed.',
    ]);

    links[3].click();
    expect(shadow(el).activeElement).to.equal(control(el, 'address.city'));
    expect(location.hash).to.equal('');
    links[2].click();
    expect(shadow(el).activeElement).to.equal(control(el, 'credentials', 'MD'));
    links[6].click();
    expect(shadow(el).activeElement).to.equal(control(el, 'consent'));
    expect(errorOf(el, 'consent')).to.equal('Please agree to be listed.');

    // Fixed fields leave the summary.
    type(el, 'name', 'Dr. Ada Quinn');
    await el.updateComplete;
    expect(summary.querySelector('h2')!.textContent).to.equal('There are 6 problems');
  });

  it('maps a server 422 onto the same fields and the summary', async () => {
    const server = switchedEndpoint();
    await server.mode('invalid');
    const el = await listingForm(html`<listing-form id=${formId()} endpoint=${server.endpoint}></listing-form>`);
    fillFull(el, uniqueEmail('refused'));
    const invalid = oneEvent(el, 'listing-invalid') as Promise<ListingInvalidEvent>;
    const failed = oneEvent(el, 'listing-error') as Promise<ListingErrorEvent>;
    expect(await submitAndSettle(el)).to.equal('invalid');
    expect((await failed).error.status).to.equal(422);
    expect((await invalid).errors).to.include({ email: 'This email address already has a listing.' });

    expect(errorOf(el, 'email')).to.equal('This email address already has a listing.');
    expect(errorOf(el, 'address.city')).to.equal('We could not find this city in that state.');
    expect(errorOf(el, 'license.number')).to.equal('This license number is not on the state board’s register.');
    expect(control(el, 'address.city').getAttribute('aria-invalid')).to.equal('true');
    const summary = part(el, 'error-summary')!;
    expect(shadow(el).activeElement).to.equal(summary);
    const items = [...summary.querySelectorAll('li')].map((item) => item.textContent!.trim());
    expect(items).to.deep.equal([
      'Email: This email address already has a listing.',
      'City: We could not find this city in that state.',
      'License number: This license number is not on the state board’s register.',
      'We could not confirm that you own this website.',
    ]);
    expect(summary.querySelectorAll('a')).to.have.length(3, 'no link for a field the form lacks');
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal(null);
    expect(control(el, 'name').value).to.equal('Dr. Ada Quinn');

    type(el, 'address.city', 'Beaverton');
    await el.updateComplete;
    expect(errorOf(el, 'address.city')).to.equal(undefined);
  });

  it('speaks Spanish', async () => {
    const el = await listingForm(html`<listing-form id=${formId()} variant="compact" lang="es" endpoint="/api/v1"></listing-form>`);
    expect(shadow(el).querySelector('label[for="name"]')!.textContent!.trim()).to.equal('Nombre completo');
    expect(await submitAndSettle(el)).to.equal('invalid');
    expect(part(el, 'error-summary')!.querySelector('h2')!.textContent).to.equal('Hay 5 problemas');
    expect(errorOf(el, 'name')).to.equal('Complete este campo.');
    type(el, 'email', 'ada@');
    leave(el, 'email');
    await el.updateComplete;
    expect(errorOf(el, 'email')).to.equal('Escriba un correo electrónico como nombre@ejemplo.com.');
    expect(control(el, 'consent').closest('label')!.textContent).to.contain('Acepto que el directorio');
    expect(control(el, 'credentials', 'MD').closest('label')!.textContent).to.contain('Doctor en Medicina');
    // The regions of the Spanish taxonomy, by their Spanish names and in their order.
    const regions = [...control<HTMLSelectElement>(el, 'region').options].map((option) => option.textContent!.trim());
    expect(regions.slice(0, 3)).to.deep.equal(['Elija un estado', 'Alabama', 'Alaska']);
    expect(regions).to.include.members(['Nueva York', 'Carolina del Norte', 'Oregón']);
    expect(regions.indexOf('Nueva York')).to.be.above(regions.indexOf('Carolina del Norte'));
  });
});

describe('<listing-form> fields', () => {
  // [name, control, type, autocomplete]
  const full: Array<[string, string, string | null, string | null]> = [
    ['name', 'INPUT', 'text', 'name'],
    ['email', 'INPUT', 'email', 'email'],
    ['phone', 'INPUT', 'tel', 'tel'],
    ['practice', 'INPUT', 'text', 'organization'],
    ['website', 'INPUT', 'url', 'url'],
    ['address.street', 'INPUT', 'text', 'address-line1'],
    ['address.city', 'INPUT', 'text', 'address-level2'],
    ['address.region', 'SELECT', null, 'address-level1'],
    ['address.postalCode', 'INPUT', 'text', 'postal-code'],
    ['license.region', 'SELECT', null, null],
    ['license.type', 'INPUT', 'text', null],
    ['license.number', 'INPUT', 'text', null],
    ['message', 'TEXTAREA', null, null],
    ['consent', 'INPUT', 'checkbox', null],
    ['marketingOptIn', 'INPUT', 'checkbox', null],
  ];

  it('has native controls with their types, autocomplete tokens and labels in the same shadow root', async () => {
    const el = await fullForm();
    const form = shadow(el).querySelector('form')!;
    expect(form.getAttribute('part')).to.equal('form');
    expect(form.noValidate).to.equal(true);
    for (const [name, tag, inputType, autocomplete] of full) {
      const box = control(el, name);
      expect(box.tagName, name).to.equal(tag);
      if (inputType) expect(box.getAttribute('type'), name).to.equal(inputType);
      expect(box.getAttribute('autocomplete'), name).to.equal(autocomplete);
      expect(box.getAttribute('part'), name).to.equal('input');
      const label = box.closest('label') ?? shadow(el).querySelector(`label[for="${box.id}"]`);
      expect(label, `${name} has a label`).not.to.equal(null);
      expect(label!.textContent!.trim(), name).not.to.equal('');
    }
    expect(control(el, 'marketingOptIn').checked).to.equal(false, 'the opt-in starts unchecked');
    const required = [...shadow(el).querySelectorAll('[required]')].map((box) => box.getAttribute('name'));
    expect(required).to.have.members(['name', 'email', 'address.city', 'address.region', 'address.postalCode', 'consent']);
  });

  it('offers the option lists of /taxonomy as checkbox groups with legends, and its regions: the US states', async () => {
    const el = await fullForm();
    const taxonomy: Taxonomy = await (await fetch('/api/v1/taxonomy?lang=en')).json();
    for (const list of ['credentials', 'services', 'conditions', 'formats', 'languages', 'insurances'] as const) {
      const boxes = [...shadow(el).querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${list}"]`)];
      expect(boxes.map((box) => box.value), list).to.deep.equal(taxonomy[list].map((term) => term.id));
      const group = boxes[0].closest('fieldset')!;
      expect(group.querySelector('legend')!.textContent!.trim(), list).not.to.equal('');
    }
    const states = [...control<HTMLSelectElement>(el, 'address.region').options].map((option) => option.value).filter(Boolean);
    expect(states).to.deep.equal(taxonomy.regions.map((term) => term.id));
    expect(new Set(states)).to.deep.equal(new Set(US_REGION_CODES));
    // Each code is shown by its own name.
    const names = Object.fromEntries(
      [...control<HTMLSelectElement>(el, 'license.region').options].map((option) => [option.value, option.textContent!.trim()]),
    );
    expect(names).to.deep.include({ AL: 'Alabama', AK: 'Alaska', DC: 'District of Columbia', OR: 'Oregon', WY: 'Wyoming' });
    expect(names).to.deep.include({ AS: 'American Samoa', MP: 'Northern Mariana Islands', VI: 'U.S. Virgin Islands', '': 'Choose a state' });
  });

  it('shows an empty region select and the failure notice while the taxonomy cannot be loaded, and the regions after Retry', async () => {
    const server = faultyEndpoint();
    await server.down();
    const el = await fixture<ListingForm>(html`<listing-form id=${formId()} variant="compact" endpoint=${server.endpoint}></listing-form>`);
    const failure = await until(() => part(el, 'options-failure'), 'the failure notice');
    expect(failure.textContent).to.contain('The choices for this form could not be loaded.');
    const select = control<HTMLSelectElement>(el, 'region');
    expect([...select.options].map((option) => [option.value, option.textContent!.trim()])).to.deep.equal([['', 'Choose a state']]);
    expect(select.required).to.equal(true);
    // Nothing to choose from: the region is still required.
    tick(el, 'consent');
    expect(await submitAndSettle(el)).to.equal('invalid');
    expect(errorOf(el, 'region')).to.equal('Please fill this in.');

    await server.up();
    failure.querySelector('button')!.click();
    await until(() => select.options.length > 1, 'the regions after Retry');
    expect(part(el, 'options-failure')).to.equal(null);
    expect(select.options.length).to.equal(US_REGION_CODES.size + 1);
    choose(el, 'region', 'OR');
    await el.updateComplete;
    expect(select.value).to.equal('OR');
    expect(errorOf(el, 'region')).to.equal(undefined);
  });

  it('asks for name, email, credentials, state and consent in the compact variant', async () => {
    const el = await compactForm();
    const names = [...shadow(el).querySelectorAll<HTMLInputElement>('[part~="input"]')].map((box) => box.name);
    expect([...new Set(names)]).to.deep.equal(['name', 'email', 'credentials', 'region', 'consent']);
    expect(control(el, 'region').getAttribute('autocomplete')).to.equal('address-level1');
  });

  it('prefills from the values property, but never ticks the consent or opt-in boxes', async () => {
    const el = await fullForm();
    el.values = {
      name: 'Dr. Prefilled',
      address: { city: 'Salem', region: 'OR' },
      services: ['ketamine-iv'],
      consent: true,
      marketingOptIn: true,
    };
    await el.updateComplete;
    expect(control(el, 'name').value).to.equal('Dr. Prefilled');
    expect(control(el, 'address.city').value).to.equal('Salem');
    expect(control<HTMLSelectElement>(el, 'address.region').value).to.equal('OR');
    expect(control(el, 'services', 'ketamine-iv').checked).to.equal(true);
    expect(control(el, 'consent').checked).to.equal(false);
    expect(control(el, 'marketingOptIn').checked).to.equal(false);
  });
});
