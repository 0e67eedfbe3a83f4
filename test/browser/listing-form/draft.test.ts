import { expect, fixture, html } from '@open-wc/testing';
import type { ListingForm } from '../../../src/components/listing-form/listing-form.js';
import {
  compactForm,
  control,
  errorOf,
  fillCompact,
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
  switchedEndpoint,
  tick,
  type,
  unique,
  uniqueEmail,
  until,
} from './helpers.js';

/** The compact form on a page of its own (the built bundle), under a draft key of its own. */
async function compactPage(query: Record<string, string> = {}) {
  const id = formId('draft');
  const frame = await openPage(`/csp/listing-form.html?${new URLSearchParams({ variant: 'compact', id, ...query })}`);
  return { frame, id, key: `listing-form:${id}`, el: await formIn(frame) };
}

describe('<listing-form> draft', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    forgetDrafts();
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('restores the draft after a reload, with a notice, checked again', async () => {
    const page = await compactPage();
    frames.push(page.frame);
    type(page.el, 'name', 'Dr. Ada Quinn');
    type(page.el, 'email', 'ada@');
    tick(page.el, 'credentials', 'PMHNP');
    expect(JSON.parse(sessionStorage.getItem(page.key)!).values).to.include({ name: 'Dr. Ada Quinn', email: 'ada@' });
    expect(localStorage.getItem(page.key)).to.equal(null);

    await reloadPage(page.frame);
    const el = await formIn(page.frame);
    expect(control(el, 'name').value).to.equal('Dr. Ada Quinn');
    expect(control(el, 'email').value).to.equal('ada@');
    expect(control(el, 'credentials', 'PMHNP').checked).to.equal(true);
    const notice = part(el, 'draft-notice')!;
    expect(notice.textContent).to.contain('We kept what you typed earlier on this device.');
    // Checked again: the restored email is wrong; fields left empty are not flagged.
    expect(errorOf(el, 'email')).to.equal('Please enter an email address such as name@example.com.');
    expect(errorOf(el, 'name')).to.equal(undefined);
    expect(errorOf(el, 'region')).to.equal(undefined);

    const clear = notice.querySelector('button')!;
    expect(clear.textContent!.trim()).to.equal('Clear form');
    clear.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(control(el, 'name').value).to.equal('');
    expect(control(el, 'credentials', 'PMHNP').checked).to.equal(false);
    expect(part(el, 'draft-notice')).to.equal(null);
    expect(errorOf(el, 'email')).to.equal(undefined);
    expect(shadow(el).activeElement).to.equal(control(el, 'name'));
    expect(sessionStorage.getItem(page.key)).to.equal(null);
  });

  it('restores a saved region once the regions arrive with the taxonomy', async () => {
    const id = formId('region');
    sessionStorage.setItem(`listing-form:${id}`, JSON.stringify({ values: { name: 'Dr. Ada Quinn', region: 'WA' } }));
    const el = await fixture<ListingForm>(html`<listing-form id=${id} variant="compact" endpoint=${`/scripted/${unique()}/slow`}></listing-form>`);
    const select = control<HTMLSelectElement>(el, 'region');
    // While the taxonomy loads, the select holds only its placeholder.
    expect([...select.options].map((option) => option.value)).to.deep.equal(['']);
    expect(part(el, 'draft-notice')).not.to.equal(null);
    await until(() => select.options.length > 1, 'the regions');
    expect([...select.options].map((option) => option.value)).to.deep.equal(['', 'OR', 'WA']);
    expect(select.value).to.equal('WA');
    expect(errorOf(el, 'region')).to.equal(undefined);
  });

  it('keeps the draft in localStorage with persist="local"', async () => {
    const page = await compactPage({ persist: 'local' });
    frames.push(page.frame);
    type(page.el, 'name', 'Dr. Local');
    try {
      expect(JSON.parse(localStorage.getItem(page.key)!).values.name).to.equal('Dr. Local');
      expect(sessionStorage.getItem(page.key)).to.equal(null);
      await reloadPage(page.frame);
      expect(control(await formIn(page.frame), 'name').value).to.equal('Dr. Local');
    } finally {
      localStorage.removeItem(page.key);
    }
  });

  it('clears the draft on success', async () => {
    const page = await compactPage();
    frames.push(page.frame);
    fillCompact(page.el, uniqueEmail('cleared'));
    expect(sessionStorage.getItem(page.key)).not.to.equal(null);
    expect(await submitAndSettle(page.el)).to.equal('success');
    expect(sessionStorage.getItem(page.key)).to.equal(null);
    await reloadPage(page.frame);
    const el = await formIn(page.frame);
    expect(control(el, 'name').value).to.equal('');
    expect(part(el, 'draft-notice')).to.equal(null);
  });

  it('keeps the submission key across a reload during an outage, so the retry stores nothing new', async () => {
    const server = switchedEndpoint();
    await server.mode('lose');
    const page = await compactPage({ endpoint: server.endpoint });
    frames.push(page.frame);
    const email = uniqueEmail('reload-outage');
    fillCompact(page.el, email);
    expect(await submitAndSettle(page.el)).to.equal('failure');
    expect(await storedListings(email)).to.have.length(1, 'stored, but the answer was lost');

    await reloadPage(page.frame);
    await server.mode('pass');
    const el = await formIn(page.frame);
    expect(control(el, 'email').value).to.equal(email);
    expect(await submitAndSettle(el)).to.equal('success');
    expect(await storedListings(email)).to.have.length(1);
    const keys = new Set((await server.requests()).map((request) => request.key));
    expect(keys.size).to.equal(1);
  });

  it('keeps drafts apart per form id, and per variant for forms without one', async () => {
    const defaults = ['listing-form:compact', 'listing-form:full'];
    for (const key of defaults) sessionStorage.removeItem(key);
    try {
      const id = formId('apart');
      const named = await listingForm(html`<listing-form id=${id} variant="compact" endpoint="/api/v1"></listing-form>`);
      type(named, 'name', 'Dr. Named');
      const anonymous = await listingForm(html`<listing-form variant="compact" endpoint="/api/v1"></listing-form>`);
      expect(control(anonymous, 'name').value).to.equal('', 'another form’s draft is not restored');
      type(anonymous, 'name', 'Dr. Compact');
      expect(JSON.parse(sessionStorage.getItem(`listing-form:${id}`)!).values.name).to.equal('Dr. Named');
      expect(JSON.parse(sessionStorage.getItem('listing-form:compact')!).values.name).to.equal('Dr. Compact');
      const full = await listingForm(html`<listing-form endpoint="/api/v1"></listing-form>`);
      expect(control(full, 'name').value).to.equal('', 'the full form has a draft of its own');
    } finally {
      for (const key of defaults) sessionStorage.removeItem(key);
    }
  });

  it('works when storage is unavailable or full, as in private browsing', async () => {
    const { getItem, setItem } = Storage.prototype;
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    Storage.prototype.getItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const el = await compactForm();
      const email = uniqueEmail('nostorage');
      fillCompact(el, email);
      expect(await submitAndSettle(el)).to.equal('success');
      expect(await storedListings(email)).to.have.length(1);
      expect(errors).to.deep.equal([]);
    } finally {
      Object.assign(Storage.prototype, { getItem, setItem });
      window.removeEventListener('error', onError);
    }
  });
});
