import { expect, fixture, html } from '@open-wc/testing';
import { ListingForm } from '../../../src/components/listing-form/listing-form.js';
import {
  fillCompact,
  fillFull,
  forgetDrafts,
  formId,
  formIn,
  openPage,
  part,
  shadow,
  storedListings,
  submitAndSettle,
  unique,
  uniqueEmail,
  until,
} from './helpers.js';

type ProbedWindow = Window & { cspViolations: Array<{ directive: string; blocked: string }> };
const violations = (frame: HTMLIFrameElement) => (frame.contentWindow as ProbedWindow).cspViolations;

describe('<listing-form> on a page with a strict Content Security Policy', () => {
  const frames: HTMLIFrameElement[] = [];
  const open = async (query: Record<string, string>) => {
    const frame = await openPage(`/csp/listing-form.html?${new URLSearchParams({ id: formId('csp'), ...query })}`);
    frames.push(frame);
    return frame;
  };
  afterEach(() => {
    forgetDrafts();
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('hears a violation when the page breaks the policy, so silence means something', async () => {
    const frame = await open({ control: '' });
    await until(() => violations(frame).length > 0, 'the deliberate violation');
    expect(violations(frame)[0].directive).to.match(/^style-src/);
    const win = frame.contentWindow as Window & { trustedTypes?: unknown };
    if (win.trustedTypes) {
      // Where the engine enforces Trusted Types, HTML from a string is refused.
      expect(() => {
        frame.contentDocument!.createElement('div').innerHTML = '<b>x</b>';
      }).to.throw();
    }
  });

  it('validates and sends the full form with no violation reported', async () => {
    const frame = await open({});
    const el = await formIn(frame);
    expect(await submitAndSettle(el)).to.equal('invalid');
    const email = uniqueEmail('csp-full');
    fillFull(el, email);
    expect(await submitAndSettle(el)).to.equal('success');
    expect(await storedListings(email)).to.have.length(1);
    expect(violations(frame)).to.deep.equal([]);
  });

  it('follows an http(s) redirect after success', async () => {
    const frame = await open({ variant: 'compact', redirect: '/csp/thanks.html?from=form' });
    const el = await formIn(frame);
    fillCompact(el, uniqueEmail('redirect'));
    const navigated = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    expect(await submitAndSettle(el)).to.equal('success');
    await navigated;
    expect(frame.contentWindow!.location.pathname + frame.contentWindow!.location.search).to.equal('/csp/thanks.html?from=form');
  });

  it('does not follow a redirect that is not http(s)', async () => {
    const frame = await open({ variant: 'compact', redirect: 'javascript:alert(document.domain)' });
    const el = await formIn(frame);
    fillCompact(el, uniqueEmail('no-redirect'));
    expect(await submitAndSettle(el)).to.equal('success');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(frame.contentWindow!.location.pathname).to.equal('/csp/listing-form.html');
    expect(violations(frame)).to.deep.equal([]);
  });
});

describe('<listing-form> without JavaScript', () => {
  it('hides the host’s fallback form once it upgrades, and takes its endpoint from the form’s action', async () => {
    const tag = `listing-form-${unique()}`;
    const host = document.body.appendChild(document.createElement('div'));
    try {
      // Markup as the server renders it, before the script has defined the element.
      host.innerHTML = `<${tag} variant="compact"><form method="post" action="/api/v1/listings">
        <label>Full name <input name="name" autocomplete="name" required></label>
        <button>Get listed</button></form></${tag}>`;
      const fallback = host.querySelector('form')!;
      expect(fallback.getClientRects().length).to.be.greaterThan(0, 'shown before the upgrade');

      ListingForm.define(tag);
      const el = host.firstElementChild as ListingForm;
      await until(() => shadow(el)?.querySelector('[name="credentials"]'), 'the upgraded form');
      expect(fallback.getClientRects().length).to.equal(0, 'hidden after the upgrade');
      expect(el.endpoint).to.equal('/api/v1');
      expect(part(el, 'form')).not.to.equal(null);
      fillCompact(el, uniqueEmail('fallback'));
      expect(await submitAndSettle(el)).to.equal('success');
    } finally {
      host.remove();
    }
  });

  it('asks for an endpoint when it has none', async () => {
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      const el = await fixture<ListingForm>(html`<listing-form></listing-form>`);
      expect(shadow(el).querySelector('[part="config-error"]')!.textContent).to.contain('endpoint attribute');
      expect(shadow(el).querySelector('form')).to.equal(null);
      expect(logged).to.have.length(1);
    } finally {
      console.error = original;
    }
  });
});
