import { expect, fixture, html } from '@open-wc/testing';
import type { ListingForm } from '../../../src/components/listing-form/listing-form.js';
import {
  compactForm,
  faultyEndpoint,
  fillCompact,
  forgetDrafts,
  formId,
  fullForm,
  listingForm,
  part,
  shadow,
  submitAndSettle,
  submitButton,
  switchedEndpoint,
  type,
  unique,
  uniqueEmail,
  until,
} from './helpers.js';


describe('<listing-form> accessibility', () => {
  afterEach(forgetDrafts);

  it('is accessible empty, in both variants', async () => {
    await expect(await fullForm()).to.be.accessible();
    await expect(await compactForm()).to.be.accessible();
  });

  it('is accessible while the option lists load', async () => {
    const el = await fixture<ListingForm>(html`<listing-form id=${formId()} endpoint=${`/scripted/${unique()}/slow`}></listing-form>`);
    expect(shadow(el).textContent).to.contain('Loading…');
    await expect(el).to.be.accessible();
  });

  it('is accessible invalid, with the error summary and field errors', async () => {
    const el = await fullForm();
    type(el, 'email', 'not an email');
    expect(await submitAndSettle(el)).to.equal('invalid');
    await expect(el).to.be.accessible();
  });

  it('is accessible while submitting', async () => {
    const server = switchedEndpoint();
    await server.mode('hold');
    const el = await compactForm(server.endpoint);
    fillCompact(el, uniqueEmail('a11y-sending'));
    submitButton(el).click();
    await el.updateComplete;
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
    await server.mode('pass');
    await until(() => part(el, 'success'), 'success');
  });

  it('is accessible after a failure, with Retry', async () => {
    const server = faultyEndpoint();
    const el = await compactForm(server.endpoint);
    fillCompact(el, uniqueEmail('a11y-error'));
    await server.down();
    expect(await submitAndSettle(el)).to.equal('failure');
    await expect(el).to.be.accessible();
  });

  it('is accessible after success', async () => {
    const el = await compactForm();
    fillCompact(el, uniqueEmail('a11y-success'));
    expect(await submitAndSettle(el)).to.equal('success');
    await expect(el).to.be.accessible();
  });

  it('announces success through the live region that was on the page before sending', async () => {
    const el = await compactForm();
    // A live region that arrives already filled is often not read out: it must be the same element.
    const region = shadow(el).querySelector('[role=status]')!;
    expect(region.textContent!.trim()).to.equal('');
    fillCompact(el, uniqueEmail('a11y-announce'));
    expect(await submitAndSettle(el)).to.equal('success');
    expect(shadow(el).querySelector('[role=status]')).to.equal(region);
    expect(region.isConnected).to.equal(true);
    expect(region.textContent!.trim()).to.equal('Thank you! Your submission has been received!');
  });

  it('is accessible with a restored draft', async () => {
    const id = formId('restored');
    sessionStorage.setItem(`listing-form:${id}`, JSON.stringify({ values: { name: 'Dr. Restored', email: 'x@' } }));
    const el = await listingForm(html`<listing-form id=${id} variant="compact" endpoint="/api/v1"></listing-form>`);
    expect(part(el, 'draft-notice')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('gives every control and button a target of at least 24 by 24 px', async () => {
    const el = await fullForm();
    type(el, 'email', 'x');
    expect(await submitAndSettle(el)).to.equal('invalid');
    const targets = shadow(el).querySelectorAll<HTMLElement>('input:not([tabindex="-1"]), select, textarea, button');
    expect(targets.length).to.be.greaterThan(60);
    for (const target of targets) {
      const { width, height } = target.getBoundingClientRect();
      const name = target.getAttribute('name') ?? target.textContent!.trim();
      expect(width, `${name} width`).to.be.at.least(24);
      expect(height, `${name} height`).to.be.at.least(24);
    }
  });

  it('fits 280 px without scrolling sideways', async () => {
    const el = await fullForm();
    // The host gives the widget 280 px, as a narrow sidebar or a phone with large text would.
    el.style.width = '280px';
    type(el, 'website', 'https://a-very-long-practice-website-address.example.org/about-our-ketamine-clinic');
    expect(await submitAndSettle(el)).to.equal('invalid');
    const host = el.getBoundingClientRect();
    expect(host.width).to.equal(280);
    for (const node of shadow(el).querySelectorAll<HTMLElement>('*')) {
      const box = node.getBoundingClientRect();
      // The honeypot is hidden from everyone (see spam.test.ts): its 1 px box clips its content.
      if (box.width === 0 || node.closest('[aria-hidden="true"]')) continue;
      expect(box.right, `${node.tagName} ${node.getAttribute('name') ?? node.className}`).to.be.at.most(host.right + 0.5);
    }
    const inputs = [...shadow(el).querySelectorAll<HTMLElement>('input[name="name"], input[name="email"]')];
    expect(inputs[0].getBoundingClientRect().top).to.be.below(inputs[1].getBoundingClientRect().top, 'one column');
  });
});
