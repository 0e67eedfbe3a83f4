import { expect, html } from '@open-wc/testing';
import type { ListingForm } from '../../../src/components/listing-form/listing-form.js';
import type { ListingRequest } from '../../../src/directory/contract.js';
import {
  choose,
  control,
  errorOf,
  fillCompact,
  fillFull,
  forgetDrafts,
  formId,
  formIn,
  listingForm,
  openPage,
  part,
  reloadPage,
  shadow,
  storedListings,
  submitAndSettle,
  tick,
  type,
  unique,
  uniqueEmail,
} from './helpers.js';

const compactWithId = () => listingForm(html`<listing-form id=${formId('spam')} variant="compact" endpoint="/api/v1"></listing-form>`);

describe('<listing-form> spam and hostile input', () => {
  afterEach(forgetDrafts);

  it('hides the honeypot from people and from assistive technology', async () => {
    const el = await compactWithId();
    const trap = control(el, 'website_url');
    const wrapper = trap.closest('[aria-hidden]')!;
    expect(wrapper.getAttribute('aria-hidden')).to.equal('true');
    expect(trap.getAttribute('tabindex')).to.equal('-1');
    expect(trap.getAttribute('autocomplete')).to.equal('off');
    expect(trap.type).to.equal('text');
    const box = wrapper.getBoundingClientRect();
    expect(box.right <= 0 || box.width <= 1, 'off screen').to.equal(true);
  });

  it("sends the honeypot and the fill time: the server keeps a person's listing and marks the rest as spam", async function () {
    this.timeout(20_000);
    const person = await compactWithId();
    const bot = await compactWithId();
    const emails = { person: uniqueEmail('person'), bot: uniqueEmail('bot') };
    fillCompact(person, emails.person);
    fillCompact(bot, emails.bot);
    control(bot, 'website_url').value = 'https://cheap-pills.example';
    // People take a few seconds to fill in a form, and the server's rule says so (3 s): this test
    // waits for real rather than setting a fill time, so what the server receives is what a person sends.
    await new Promise((resolve) => setTimeout(resolve, 3100));
    expect(await submitAndSettle(person)).to.equal('success');
    expect(await submitAndSettle(bot)).to.equal('success', 'a bot gets the same answer as everyone');

    const [lead] = await storedListings(emails.person);
    expect(lead.spam).to.equal(0);
    expect(lead.body.fillTime).to.be.at.least(3000);
    const [trapped] = await storedListings(emails.bot);
    expect(trapped.spam).to.equal(1);
    expect(trapped.body.fillTime).to.be.at.least(3000, 'so the honeypot alone marked it');

  });

  it('round-trips hostile input as plain text', async () => {
    const el = await listingForm(html`<listing-form id=${formId('hostile')} endpoint="/api/v1"></listing-form>`);
    const email = `o'brien+<b>-${unique()}@example.org`;
    const hostile = {
      name: '<img src=x onerror="window.hacked=1">',
      practice: '"><script>window.hacked=2</script>',
      message: "${window.hacked=3} {{constructor.constructor('window.hacked=4')()}} <svg onload=alert(1)> &amp; \u202eevil 😀",
      city: "Portland'); DROP TABLE listings;--",
    };
    fillFull(el, email);
    type(el, 'name', hostile.name);
    type(el, 'practice', hostile.practice);
    type(el, 'message', hostile.message);
    type(el, 'address.city', hostile.city);
    tick(el, 'conditions', 'anxiety');
    // An error summary renders labels and messages, never the values as markup. (Restored drafts
    // and prefilled values are checked in the tests below.)
    type(el, 'email', '<b>not an email');
    expect(await submitAndSettle(el)).to.equal('invalid');
    expect(shadow(el).querySelector('img, script, svg, b')).to.equal(null);
    type(el, 'email', email);
    expect(await submitAndSettle(el)).to.equal('success');

    const [row] = await storedListings(email);
    expect(row.body).to.include({ name: hostile.name, practice: hostile.practice, message: hostile.message, email });
    expect(row.body.address!.city).to.equal(hostile.city);
    expect(shadow(el).querySelector('img, script, svg, b')).to.equal(null);
    expect((window as { hacked?: unknown }).hacked).to.equal(undefined);
  });

  // Hostile values in every kind of text field: markup, a script, `javascript:` URLs, template
  // syntax, very long words and right-to-left text (with an override character). The website is
  // not an http(s) address, so the form stays invalid and shows its errors.
  const longWord = `Pneumono${'ultramicroscopicsilicovolcano'.repeat(50)}coniosis`;
  const hostileText = {
    name: '<img src=x onerror="window.hacked=1">',
    practice: '"><script>window.hacked=2</script>',
    website: 'javascript:window.hacked=5//.example.org',
    'address.street': 'שדרות רוטשילד 16 \u202eevil\u202c <iframe src="javascript:window.hacked=6">',
    'address.city': "Portland'); DROP TABLE listings;--",
    'license.type': '<a href="javascript:window.hacked=7">MD</a>',
    'license.number': `${'W'.repeat(40)}<u>`,
    message: `\${window.hacked=3} {{constructor.constructor('window.hacked=4')()}} <svg onload=alert(1)> &amp; مرحبا \u202eevil 😀 ${longWord}`,
  };
  /** Pieces of the hostile values that no label or message of the form contains. */
  const markers = ['<img', 'onerror', '<script', 'javascript:', '<iframe', 'DROP TABLE', '<svg', '\u202e', 'רוטשילד', 'مرحبا', 'ultramicroscopic', 'WWWW'];

  /** Types the hostile values, and the rest of a listing that would pass. */
  function fillHostile(el: Element, email: string): void {
    fillFull(el, email);
    for (const [name, value] of Object.entries(hostileText)) type(el, name, value);
  }

  /** Every hostile value is in its control exactly as typed. */
  function expectShownAsTyped(el: Element): void {
    for (const [name, value] of Object.entries(hostileText)) expect(control(el, name).value, name).to.equal(value);
  }

  /**
   * Nothing in the shadow root was made from the values: no element the markup names, no event
   * handler or `javascript:` address in any attribute, and no value as text (values live in the
   * controls' `value` only), and no script of theirs ran in `win`.
   */
  async function expectInert(el: Element, win: Window = window): Promise<void> {
    const root = shadow(el);
    expect(root.querySelector('img, script, svg, iframe, a:not([href^="#"]), u, b'), 'an element made from a value').to.equal(null);
    for (const element of root.querySelectorAll('*')) {
      for (const { name, value } of element.attributes) {
        expect(name, `an attribute of <${element.localName}>`).not.to.match(/^on/);
        expect(value, `${name} of <${element.localName}>`).not.to.match(/javascript:|onerror|<script/i);
      }
    }
    const text = root.textContent ?? '';
    for (const marker of markers) expect(text, 'a value shown as text').not.to.contain(marker);
    // An image's error or an SVG's load would have run by now.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((win as Window & { hacked?: unknown }).hacked).to.equal(undefined);
  }

  it('keeps hostile input inert and as typed while the form shows its errors', async () => {
    const el = await listingForm(html`<listing-form id=${formId('hostile-invalid')} endpoint="/api/v1"></listing-form>`);
    const email = uniqueEmail('hostile-invalid');
    fillHostile(el, email);
    type(el, 'email', '<img src=x onerror="window.hacked=8">@example');
    expect(await submitAndSettle(el)).to.equal('invalid');
    const summary = part(el, 'error-summary')!;
    expect([...summary.querySelectorAll('a')].map((link) => link.getAttribute('href'))).to.deep.equal(['#email', '#website']);
    expect(errorOf(el, 'website')).to.equal('Please enter a web address starting with https://.');
    expect(errorOf(el, 'email')).to.equal('Please enter an email address such as name@example.com.');
    expectShownAsTyped(el);
    expect(control(el, 'email').value).to.equal('<img src=x onerror="window.hacked=8">@example');
    await expectInert(el);

    // Checked again on leaving a field, the summary still up: still inert.
    type(el, 'address.city', '<img src=x onerror="window.hacked=9">');
    control(el, 'address.city').dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(control(el, 'address.city').value).to.equal('<img src=x onerror="window.hacked=9">');
    type(el, 'address.city', hostileText['address.city']);
    await expectInert(el);

    // Once fixed, every hostile value is stored as typed.
    type(el, 'email', email);
    type(el, 'website', 'https://quinn.example.org');
    expect(await submitAndSettle(el)).to.equal('success');
    const [row] = await storedListings(email);
    expect(row.body).to.include({ name: hostileText.name, practice: hostileText.practice });
    expect(row.body.address).to.include({ street: hostileText['address.street'], city: hostileText['address.city'] });
    expect(row.body.license).to.include({ type: hostileText['license.type'], number: hostileText['license.number'] });
    expect(row.body.message).to.equal(hostileText.message);
  });

  describe('after a reload', () => {
    const frames: HTMLIFrameElement[] = [];
    afterEach(() => {
      for (const frame of frames.splice(0)) frame.remove();
    });

    it('restores a hostile draft as typed and inert, on a page under a strict CSP', async () => {
      const id = formId('hostile-draft');
      const frame = await openPage(`/csp/listing-form.html?${new URLSearchParams({ id })}`);
      frames.push(frame);
      const email = uniqueEmail('hostile-draft');
      fillHostile(await formIn(frame), email);
      expect(JSON.parse(sessionStorage.getItem(`listing-form:${id}`)!).values.name).to.equal(hostileText.name);

      await reloadPage(frame);
      const el = await formIn(frame);
      expect(part(el, 'draft-notice')!.textContent).to.contain('We kept what you typed earlier on this device.');
      expectShownAsTyped(el);
      expect(control(el, 'email').value).to.equal(email);
      // Checked again: the website is flagged.
      expect(errorOf(el, 'website')).to.equal('Please enter a web address starting with https://.');
      await expectInert(el, frame.contentWindow!);

      expect(await submitAndSettle(el)).to.equal('invalid');
      expect(part(el, 'error-summary')!.textContent).to.contain('Website: Please enter a web address starting with https://.');
      expectShownAsTyped(el);
      await expectInert(el, frame.contentWindow!);
      // No Trusted Types or other policy violation: no value reached an HTML sink.
      expect((frame.contentWindow as Window & { cspViolations: unknown[] }).cspViolations).to.deep.equal([]);
    });
  });

  it('shows hostile values prefilled through the values property as plain text, and stores them as given', async () => {
    const { name, practice, website, message } = hostileText;
    const prefill: Partial<ListingRequest> = {
      name,
      practice,
      website,
      message,
      address: { street: hostileText['address.street'], city: hostileText['address.city'] },
      license: { type: hostileText['license.type'], number: hostileText['license.number'] },
      // Not ids of the directory: no box is made for them.
      services: ['"><img src=x onerror="window.hacked=10">'],
    };
    const el: ListingForm = await listingForm(html`<listing-form id=${formId('hostile-values')} endpoint="/api/v1" .values=${prefill}></listing-form>`);
    expectShownAsTyped(el);
    expect([...shadow(el).querySelectorAll<HTMLInputElement>('[name="services"]')].filter((box) => box.checked)).to.deep.equal([]);
    await expectInert(el);

    const email = uniqueEmail('hostile-values');
    type(el, 'email', email);
    tick(el, 'credentials', 'MD');
    choose(el, 'address.region', 'OR');
    type(el, 'address.postalCode', '97201');
    tick(el, 'consent');
    expect(await submitAndSettle(el)).to.equal('invalid');
    expect(errorOf(el, 'website')).to.equal('Please enter a web address starting with https://.');
    expectShownAsTyped(el);
    await expectInert(el);

    type(el, 'website', 'https://quinn.example.org');
    expect(await submitAndSettle(el)).to.equal('success');
    const [row] = await storedListings(email);
    expect(row.body).to.include({ name, practice, message });
    expect(row.body.address).to.deep.equal({ ...prefill.address, region: 'OR', postalCode: '97201' });
    expect(row.body.license).to.deep.equal(prefill.license);
    expect(row.body).not.to.have.property('services');
  });
});
