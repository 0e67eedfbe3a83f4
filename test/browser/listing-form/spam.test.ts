import { expect, html } from '@open-wc/testing';
import {
  control,
  fillCompact,
  fillFull,
  forgetDrafts,
  formId,
  listingForm,
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
    // An error summary and a restored draft render labels and messages, never the values as markup.
    type(el, 'email', '<b>not an email');
    expect(await submitAndSettle(el)).to.equal('invalid');
    type(el, 'email', email);
    expect(await submitAndSettle(el)).to.equal('success');

    const [row] = await storedListings(email);
    expect(row.body).to.include({ name: hostile.name, practice: hostile.practice, message: hostile.message, email });
    expect(row.body.address!.city).to.equal(hostile.city);
    expect(shadow(el).querySelector('img, script, svg, b')).to.equal(null);
    expect((window as { hacked?: unknown }).hacked).to.equal(undefined);
  });
});
