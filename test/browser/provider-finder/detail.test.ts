import { expect, oneEvent } from '@open-wc/testing';
import type { ProviderContactEvent, ProviderReportEvent, ProviderSelectEvent } from '../../../src/components/provider-finder/events.js';
import type { ProviderFinder } from '../../../src/components/provider-finder/provider-finder.js';
import { $, $$, endpoint, mount, names, settled, status, text, until, focused } from './helpers.js';

const card = (el: Element, name: string) => $$(el, '[part~="card-button"]').find((button) => text(button) === name)!;

async function openProfile(el: ProviderFinder, name: string) {
  card(el, name).click();
  await until(() => focused(el)?.id === 'detail-name', 'focus moves to the profile heading');
  await until(() => el.shadowRoot!.querySelector('.facts'), 'the full profile loads');
}

describe('<provider-finder> profile and pages', () => {
  afterEach(() => scrollTo(0, 0));

  it('shows the full profile, with contact links of safe schemes, and fires provider-select', async () => {
    const api = endpoint();
    const el = await mount({ endpoint: api.url, near: '97201', autosearch: true });
    await settled(el);
    const selected = oneEvent(el, 'provider-select') as Promise<ProviderSelectEvent>;
    await openProfile(el, 'Ada Okafor');
    expect((await selected).provider.id).to.equal('p1');
    expect((await api.log('provider'))[0].method).to.equal('GET');

    const detail = $(el, '[part~="detail"]');
    expect(text($(el, '#detail-name'))).to.equal('Ada Okafor, MD, PhD');
    const lines = [...detail.querySelectorAll(':scope > p')].map(text);
    expect(lines.slice(0, 3), 'practice, street, where').to.deep.equal(['Willamette Ketamine Clinic', '101 Main St', 'Portland, OR 97201 · 0.7 mi away']);
    expect($(el, '.bio').textContent).to.equal('Dr. Okafor leads ketamine-assisted psychotherapy.\nShe speaks English and Spanish.');
    const facts = Object.fromEntries($$(el, '.facts dt').map((dt) => [text(dt), (dt.nextElementSibling as HTMLElement).innerText.replace(/\s+/g, ' ').trim()]));
    expect(facts).to.deep.include({
      'Insurance accepted': 'Aetna and Cigna',
      Languages: 'English and Spanish',
      Fees: '$120 – $200 Sliding scale available',
      Licenses: 'OR · LPC · #C1001',
      Conditions: 'Depression and PTSD',
    });
    const links = [...detail.querySelectorAll<HTMLAnchorElement>('[part~="contact-link"]')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:+15035550101',
      'mailto:provider1@example.org',
      'https://provider1.example.org/',
      'https://book.example.org/p1',
    ]);
    expect(links.map(text)).to.deep.equal(['+1 503 555 0101', 'provider1@example.org', 'provider1.example.org', 'Book an appointment']);
    expect(links[3].rel).to.equal('noopener noreferrer');
    expect($(el, '.view').hidden, 'the search is put away').to.equal(true);
    await expect(el).to.be.accessible();

    const contacted = oneEvent(el, 'provider-contact') as Promise<ProviderContactEvent>;
    links[0].addEventListener('click', (event) => event.preventDefault());
    links[0].click();
    const contact = await contacted;
    expect([contact.kind, contact.provider.id, contact.bubbles, contact.composed]).to.deep.equal(['phone', 'p1', true, true]);
  });

  it('keeps the list when the host prevents provider-select', async () => {
    const api = endpoint();
    const el = await mount({ endpoint: api.url, near: '97201', autosearch: true });
    await settled(el);
    el.addEventListener('provider-select', (event) => event.preventDefault());
    card(el, 'Ada Okafor').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="detail"]')).to.equal(null);
    expect(await api.log('provider')).to.have.length(0);
  });

  it('goes back to the same scroll position with focus on the card', async () => {
    const el = await mount({ endpoint: endpoint().url, near: '97201', autosearch: true }, 320);
    await settled(el);
    const target = card(el, 'Provider 08');
    target.scrollIntoView({ block: 'center' });
    const y = scrollY;
    expect(y, 'the page scrolled').to.be.greaterThan(100);
    await openProfile(el, 'Provider 08');
    scrollTo(0, 0);
    $(el, '[part~="back-button"]').click();
    // "Back" restores focus and scroll as soon as the results are rendered again.
    await el.updateComplete;
    expect(focused(el), 'focus returns to the card').to.equal(card(el, 'Provider 08'));
    expect(scrollY).to.equal(y);
    expect($(el, '.view').hidden).to.equal(false);
  });

  it('restores the results’ own scroll when a host makes them scroll', async () => {
    const el = await mount({ endpoint: endpoint().url, near: '97201', autosearch: true });
    const style = document.createElement('style');
    style.textContent = 'provider-finder::part(results) { max-height: 300px; overflow: auto; }';
    document.head.append(style);
    try {
      await settled(el);
      const results = $(el, '[part~="results"]');
      results.scrollTop = 600;
      const top = results.scrollTop;
      expect(top).to.be.greaterThan(0);
      await openProfile(el, 'Provider 07');
      $(el, '[part~="back-button"]').click();
      await el.updateComplete;
      expect(focused(el), 'focus returns to the card').to.equal(card(el, 'Provider 07'));
      expect($(el, '[part~="results"]').scrollTop).to.equal(top);
    } finally {
      style.remove();
    }
  });

  it('reports a problem with a listing once, says thank you, and fires provider-report', async () => {
    const api = endpoint();
    const el = await mount({ endpoint: api.url, near: '97201', autosearch: true });
    await settled(el);
    await openProfile(el, 'Ada Okafor');
    $<HTMLDetailsElement>(el, '[part~="report"]').open = true;
    $<HTMLInputElement>(el, 'input[value=full]').click();
    $<HTMLTextAreaElement>(el, '#note').value = 'Waitlist of six months.';
    const reported = oneEvent(el, 'provider-report') as Promise<ProviderReportEvent>;
    const form = $<HTMLFormElement>(el, '[part~="report"] form');
    form.requestSubmit();
    form.requestSubmit();
    const event = await reported;
    expect([event.providerId, event.reason]).to.deep.equal(['p1', 'full']);
    await until(() => text($(el, '[part~="report"] [role=status]')) !== '', 'the thanks');
    expect(text($(el, '[part~="report"] [role=status]'))).to.equal('Thank you. The directory will check this listing.');
    const reports = await api.log('reports');
    expect(reports, 'one report, however often it is sent').to.have.length(1);
    expect(reports[0].body).to.deep.equal({ providerId: 'p1', reason: 'full', note: 'Waitlist of six months.' });
    expect(focused(el)?.tagName).to.equal('SUMMARY');
    await expect(el).to.be.accessible();
  });

  it('asks for a reason before it reports', async () => {
    const api = endpoint();
    const el = await mount({ endpoint: api.url, near: '97201', autosearch: true });
    await settled(el);
    await openProfile(el, 'Ada Okafor');
    $<HTMLDetailsElement>(el, '[part~="report"]').open = true;
    $<HTMLButtonElement>(el, '[part~="report-button"]').click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, 'input[value=wrong]').validity.valueMissing).to.equal(true);
    expect(await api.log('reports')).to.have.length(0);
  });

  it('pages through the results, with focus on the results heading', async () => {
    const el = await mount({ endpoint: endpoint().url, near: '97201', autosearch: true });
    await settled(el);
    expect(status(el)).to.equal('16 providers found · Page 1 of 2');
    expect($<HTMLButtonElement>(el, '[part~="previous-button"]').disabled).to.equal(true);
    $(el, '[part~="next-button"]').click();
    await until(() => focused(el)?.id === 'count', 'focus moves to the results heading');
    expect(names(el)).to.deep.equal(['Provider 11', 'Provider 12', 'Provider 13', 'Provider 14', 'Provider 15', 'Provider 16']);
    expect(status(el)).to.equal('16 providers found · Page 2 of 2');
    expect($<HTMLButtonElement>(el, '[part~="next-button"]').disabled).to.equal(true);
    $(el, '[part~="previous-button"]').click();
    await until(() => focused(el)?.id === 'count' && names(el)[0] === 'Ada Okafor', 'back on page 1');
    expect(names(el)).to.have.length(10);
  });
});
