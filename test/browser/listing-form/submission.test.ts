import { expect, html, oneEvent } from '@open-wc/testing';
import type { ListingErrorEvent, ListingSubmitEvent, ListingSuccessEvent } from '../../../src/components/listing-form/events.js';
import type { ListingRequest } from '../../../src/directory/contract.js';
import {
  compactForm,
  control,
  faultyEndpoint,
  fillCompact,
  fillFull,
  forgetDrafts,
  formId,
  fullListing,
  listingForm,
  part,
  shadow,
  storedListings,
  submitAndSettle,
  submitButton,
  switchedEndpoint,
  type,
  uniqueEmail,
  until,
} from './helpers.js';

/** Every field that `fillFull` typed, as stored. */
function expectEveryField(body: ListingRequest, email: string): void {
  const { name, phone, practice, website, message } = fullListing;
  expect(body).to.include({ name, email, phone, practice, website, message, consent: true, marketingOptIn: true });
  expect(body.address).to.deep.equal(fullListing.address);
  expect(body.license).to.deep.equal(fullListing.license);
  for (const list of ['credentials', 'services', 'conditions', 'formats', 'languages', 'insurances'] as const) {
    expect(body[list], list).to.have.members(fullListing[list]);
  }
}

describe('<listing-form> submitting', () => {
  afterEach(forgetDrafts);

  it('stores every field of the full form once, and says so', async () => {
    const el = await listingForm(html`<listing-form id=${formId()} endpoint="/api/v1"></listing-form>`);
    const email = uniqueEmail('full');
    fillFull(el, email);
    const consentText = control(el, 'consent').closest('label')!.textContent!.trim();
    const success = oneEvent(el, 'listing-success') as Promise<ListingSuccessEvent>;
    expect(await submitAndSettle(el)).to.equal('success');
    const event = await success;

    const rows = await storedListings(email);
    expect(rows).to.have.length(1);
    expect(event.id).to.equal(rows[0].id);
    const { body } = rows[0];
    expectEveryField(body, email);
    expect(body.consentText).to.equal(consentText);
    expect(consentText).to.match(/^I agree that the directory may store these details/);
    expect(body.variant).to.equal('full');
    expect(body.source?.url).to.equal(location.href.split('#')[0]);

    const message = part(el, 'success')!;
    expect(message.textContent!.trim()).to.equal('Thank you! Your submission has been received!');
    expect(shadow(el).activeElement).to.equal(message);
    expect(shadow(el).querySelector('[role="status"]')!.textContent).to.contain('Thank you!');
    expect(shadow(el).querySelector('form')).to.equal(null);
  });

  it('stores the consent words a host sets through messages, exactly as shown', async () => {
    const el = await compactForm();
    const words = 'I agree that Clearpath may keep these details and email me about my listing.';
    el.messages = { listingConsent: words };
    await el.updateComplete;
    const email = uniqueEmail('consent');
    fillCompact(el, email);
    expect(control(el, 'consent').closest('label')!.textContent!.trim()).to.equal(words);
    expect(await submitAndSettle(el)).to.equal('success');
    const [row] = await storedListings(email);
    expect(row.body.consentText).to.equal(words);
  });

  it('sends the compact variant with a region instead of an address', async () => {
    const el = await compactForm();
    const email = uniqueEmail('compact');
    fillCompact(el, email);
    expect(await submitAndSettle(el)).to.equal('success');
    const [row] = await storedListings(email);
    expect(row.body).to.include({ variant: 'compact', region: 'OR', consent: true });
    expect(row.body.credentials).to.deep.equal(['MD']);
    expect(row.body).not.to.have.property('address');
    expect(row.body).not.to.have.property('marketingOptIn');
  });

  it('sends one request and stores one row for a double click', async () => {
    const server = switchedEndpoint();
    const el = await compactForm(server.endpoint);
    const email = uniqueEmail('double');
    fillCompact(el, email);
    const button = submitButton(el);
    button.click();
    button.click();
    await until(() => part(el, 'success'), 'success');
    expect(await server.requests()).to.have.length(1);
    expect(await storedListings(email)).to.have.length(1);
  });

  it('shows progress, keeps focus on the button and ignores more clicks while sending', async () => {
    const server = switchedEndpoint();
    await server.mode('hold');
    const el = await compactForm(server.endpoint);
    const email = uniqueEmail('hold');
    fillCompact(el, email);
    const button = submitButton(el);
    button.focus();
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.disabled).to.equal(false);
    expect(button.textContent).to.contain('Sending…');
    expect(shadow(el).activeElement).to.equal(button);
    expect(shadow(el).querySelector('[role="status"]')!.textContent!.trim()).to.equal('Sending…');
    await until(async () => (await server.requests()).length === 1, 'the held request');
    button.click();
    control(el, 'email').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    shadow(el).querySelector('form')!.requestSubmit();
    await server.mode('pass');
    await until(() => part(el, 'success'), 'success');
    expect(await server.requests()).to.have.length(1);
    expect(await storedListings(email)).to.have.length(1);
  });

  it('survives the server going down mid-submit: Retry stores exactly one listing and keeps every field', async () => {
    const server = faultyEndpoint();
    const el = await listingForm(html`<listing-form id=${formId()} endpoint=${server.endpoint}></listing-form>`);
    const email = uniqueEmail('outage');
    fillFull(el, email);
    await server.down();
    const failed = oneEvent(el, 'listing-error') as Promise<ListingErrorEvent>;
    expect(await submitAndSettle(el)).to.equal('failure');
    expect((await failed).error.kind).to.equal('network');
    const failure = part(el, 'failure')!;
    expect(failure.getAttribute('role')).to.equal('alert');
    expect(failure.textContent).to.contain('Oops! Something went wrong while submitting the form.');
    // Nothing the person typed is lost.
    expect(control(el, 'name').value).to.equal(fullListing.name);
    expect(control(el, 'address.city').value).to.equal('Portland');
    expect(control(el, 'services', 'integration-therapy').checked).to.equal(true);
    expect(control<HTMLTextAreaElement>(el, 'message').value).to.equal(fullListing.message);
    expect(await storedListings(email)).to.have.length(0);

    await server.up();
    failure.querySelector('button')!.click();
    await until(() => part(el, 'success'), 'success after Retry');
    const rows = await storedListings(email);
    expect(rows).to.have.length(1);
    expectEveryField(rows[0].body, email);
  });

  it('reuses the key when the listing was stored but the answer was lost, so Retry stores nothing new', async () => {
    const server = switchedEndpoint();
    await server.mode('lose');
    const el = await compactForm(server.endpoint);
    const email = uniqueEmail('lost');
    fillCompact(el, email);
    expect(await submitAndSettle(el)).to.equal('failure');
    expect(await storedListings(email)).to.have.length(1, 'the server stored it before the connection dropped');

    await server.mode('pass');
    const success = oneEvent(el, 'listing-success') as Promise<ListingSuccessEvent>;
    part(el, 'failure')!.querySelector('button')!.click();
    const { id } = await success;
    const rows = await storedListings(email);
    expect(rows).to.have.length(1);
    expect(id).to.equal(rows[0].id);
    const requests = await server.requests();
    expect(requests.length).to.be.greaterThan(1);
    expect(new Set(requests.map((request) => request.key)).size).to.equal(1, 'one key for every attempt');
    expect(new Set(requests.map((request) => JSON.stringify(request.body))).size).to.equal(1, 'the very same body');
  });

  it('keeps the key after a server error, whose outcome is unknown, and Retry stores one listing', async () => {
    const server = switchedEndpoint();
    await server.mode('crash');
    const el = await compactForm(server.endpoint);
    const email = uniqueEmail('crash');
    fillCompact(el, email);
    const failed = oneEvent(el, 'listing-error') as Promise<ListingErrorEvent>;
    expect(await submitAndSettle(el)).to.equal('failure');
    expect((await failed).error.status).to.equal(500);
    expect(part(el, 'failure')!.textContent).to.contain('Oops! Something went wrong while submitting the form.');
    expect(control(el, 'email').value).to.equal(email);

    await server.mode('pass');
    part(el, 'failure')!.querySelector('button')!.click();
    await until(() => part(el, 'success'), 'success after Retry');
    const [crashed, accepted] = await server.requests();
    expect(accepted.key).to.equal(crashed.key);
    expect(accepted.body).to.deep.equal(crashed.body);
    expect(await storedListings(email)).to.have.length(1);
  });

  it('gives up on an endpoint that never answers: the failure with Retry keeps every field, and Retry stores one listing', async function () {
    // The client's own timeout (10 s), as shipped: the endpoint holds the request and never answers.
    this.timeout(40_000);
    const server = switchedEndpoint();
    await server.mode('hold');
    const el = await listingForm(html`<listing-form id=${formId()} endpoint=${server.endpoint}></listing-form>`);
    const email = uniqueEmail('timeout');
    fillFull(el, email);
    const failed = oneEvent(el, 'listing-error') as Promise<ListingErrorEvent>;
    const started = Date.now();
    submitButton(el).click();
    await until(() => part(el, 'failure'), 'the timeout', 30_000);
    expect(Date.now() - started, 'the client waited for its timeout').to.be.at.least(9_000);
    expect((await failed).error.kind).to.equal('timeout');
    const failure = part(el, 'failure')!;
    expect(failure.getAttribute('role')).to.equal('alert');
    expect(failure.textContent).to.contain('Oops! Something went wrong while submitting the form.');
    const retry = failure.querySelector<HTMLButtonElement>('[part~="retry-button"]')!;
    expect(retry.textContent!.trim()).to.equal('Try again');
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal(null, 'the form can be sent again');
    // Every value the person typed is still there.
    const { address, license } = fullListing;
    const texts = {
      name: fullListing.name,
      email,
      phone: fullListing.phone,
      practice: fullListing.practice,
      website: fullListing.website,
      'address.street': address.street,
      'address.city': address.city,
      'address.region': address.region,
      'address.postalCode': address.postalCode,
      'license.region': license.region,
      'license.type': license.type,
      'license.number': license.number,
      message: fullListing.message,
    };
    for (const [name, value] of Object.entries(texts)) expect(control(el, name).value, name).to.equal(value);
    for (const list of ['credentials', 'services', 'conditions', 'formats', 'languages', 'insurances'] as const) {
      const ticked = [...shadow(el).querySelectorAll<HTMLInputElement>(`[name="${list}"]`)].filter((box) => box.checked).map((box) => box.value);
      expect(ticked, list).to.have.members(fullListing[list]);
    }
    expect(control(el, 'consent').checked).to.equal(true);
    expect(control(el, 'marketingOptIn').checked).to.equal(true);
    expect(await server.requests()).to.have.length(1, 'a timed-out POST is not retried on its own');
    expect(await storedListings(email)).to.have.length(0);

    // The endpoint recovers and finally handles the request it held (the client had given up on it),
    // so the listing is stored before the person presses Retry: Retry must not store a second one.
    await server.mode('pass');
    await until(async () => (await storedListings(email)).length === 1, 'the held request to be stored');
    const success = oneEvent(el, 'listing-success') as Promise<ListingSuccessEvent>;
    retry.click();
    const { id } = await success;
    const rows = await storedListings(email);
    expect(rows).to.have.length(1);
    expect(id).to.equal(rows[0].id);
    expectEveryField(rows[0].body, email);
    const [held, retried] = await server.requests();
    expect(retried.key).to.equal(held.key, 'Retry reuses the key of the request that timed out');
    expect(retried.body).to.deep.equal(held.body);
  });

  it('uses a new key for the next submission after a success', async () => {
    const server = switchedEndpoint();
    const el = await compactForm(server.endpoint);
    const email = uniqueEmail('again');
    fillCompact(el, email);
    expect(await submitAndSettle(el)).to.equal('success');
    el.reset();
    await el.updateComplete;
    fillCompact(el, email);
    expect(await submitAndSettle(el)).to.equal('success');
    const [first, second] = await server.requests();
    expect(first.key).to.be.a('string').and.not.equal(second.key);
    expect(await storedListings(email)).to.have.length(2);
  });

  it('uses a new key when the person changes the form after a failure', async () => {
    const server = faultyEndpoint();
    const switched = switchedEndpoint();
    const el = await compactForm(server.endpoint);
    fillCompact(el, uniqueEmail('changed'));
    await server.down();
    expect(await submitAndSettle(el)).to.equal('failure');
    el.endpoint = switched.endpoint;
    const email = uniqueEmail('changed-after');
    type(el, 'email', email);
    expect(await submitAndSettle(el)).to.equal('success');
    expect(await storedListings(email)).to.have.length(1);
  });

  it('lets listing-submit cancel the send, with the values it would send', async () => {
    const server = switchedEndpoint();
    const el = await compactForm(server.endpoint);
    const email = uniqueEmail('cancel');
    fillCompact(el, email);
    const seen: ListingSubmitEvent[] = [];
    el.addEventListener('listing-submit', (event) => {
      seen.push(event);
      event.preventDefault();
    });
    submitButton(el).click();
    await el.updateComplete;
    expect(seen).to.have.length(1);
    expect(seen[0].bubbles && seen[0].composed && seen[0].cancelable).to.equal(true);
    expect(seen[0].values).to.include({ name: 'Dr. Ada Quinn', email, consent: true, variant: 'compact' });
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await server.requests()).to.have.length(0);
  });

  it('fires the network lifecycle events around the send, without bubbling', async () => {
    const el = await compactForm();
    fillCompact(el, uniqueEmail('lifecycle'));
    const seen: string[] = [];
    for (const type of ['loadstart', 'load', 'error', 'loadend']) {
      el.addEventListener(type, (event) => seen.push(`${event.type}${event.bubbles ? ' (bubbles)' : ''}`));
    }
    expect(await submitAndSettle(el)).to.equal('success');
    expect(seen).to.deep.equal(['loadstart', 'load', 'loadend']);
  });

  it('shows the error-message attribute after a failure', async () => {
    const server = faultyEndpoint();
    const el = await listingForm(
      html`<listing-form id=${formId()} variant="compact" endpoint=${server.endpoint} error-message="We could not send your details. Your answers are safe: try again."></listing-form>`,
    );
    fillCompact(el, uniqueEmail('message'));
    await server.down();
    expect(await submitAndSettle(el)).to.equal('failure');
    expect(part(el, 'failure')!.textContent).to.contain('We could not send your details. Your answers are safe: try again.');
  });

  it('shows the problem title of a refusal, and sends the next attempt under a new key', async () => {
    const server = switchedEndpoint();
    await server.mode('refuse');
    const el = await compactForm(server.endpoint);
    const email = uniqueEmail('refused');
    fillCompact(el, email);
    const failed = oneEvent(el, 'listing-error') as Promise<ListingErrorEvent>;
    expect(await submitAndSettle(el)).to.equal('failure');
    expect((await failed).error.status).to.equal(429);
    expect(part(el, 'failure')!.textContent).to.contain('Too many requests. Please wait a moment and try again.');

    await server.mode('pass');
    part(el, 'failure')!.querySelector('button')!.click();
    await until(() => part(el, 'success'), 'success');
    const [refused, accepted] = await server.requests();
    expect(refused.key).not.to.equal(accepted.key, 'a refusal stored nothing, so the key is not kept');
    expect(await storedListings(email)).to.have.length(1);
  });

  it('shows the success-message attribute as text', async () => {
    const el = await listingForm(
      html`<listing-form id=${formId()} variant="compact" endpoint="/api/v1" success-message=${'<b>Welcome</b> aboard!'}></listing-form>`,
    );
    fillCompact(el, uniqueEmail('welcome'));
    expect(await submitAndSettle(el)).to.equal('success');
    expect(part(el, 'success')!.textContent!.trim()).to.equal('<b>Welcome</b> aboard!');
    expect(part(el, 'success')!.querySelector('b')).to.equal(null);
  });

  it('sends the page source with utm parameters, or none with without-source, and the CAPTCHA token', async () => {
    const original = location.href;
    history.replaceState(null, '', `${location.pathname}?utm_source=newsletter&utm_campaign=spring&utm_medium=email&other=1#top`);
    try {
      const server = switchedEndpoint();
      const el = await compactForm(server.endpoint);
      el.captchaToken = 'captcha-token-123';
      fillCompact(el, uniqueEmail('source'));
      expect(await submitAndSettle(el)).to.equal('success');
      const [{ body }] = await server.requests();
      expect(body.source).to.deep.equal({
        url: `${location.origin}${location.pathname}?utm_source=newsletter&utm_campaign=spring&utm_medium=email&other=1`,
        utm: { utm_source: 'newsletter', utm_medium: 'email', utm_campaign: 'spring' },
      });
      expect(body.captchaToken).to.equal('captcha-token-123');

      const quiet = switchedEndpoint();
      const without = await listingForm(html`<listing-form id=${formId()} variant="compact" without-source endpoint=${quiet.endpoint}></listing-form>`);
      fillCompact(without, uniqueEmail('nosource'));
      expect(await submitAndSettle(without)).to.equal('success');
      const [{ body: plain }] = await quiet.requests();
      expect(plain).not.to.have.property('source');
      expect(plain).not.to.have.property('captchaToken');
    } finally {
      history.replaceState(null, '', original);
    }
  });
});
