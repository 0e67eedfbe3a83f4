import { expect, html } from '@open-wc/testing';
import type { ArticleReferences } from '../../../src/components/article-references/article-references.js';
import type { ReferencesCopyEvent, ReferencesExportEvent } from '../../../src/components/article-references/events.js';
import type { CslItem, ExportFormat } from '../../../src/directory/contract.js';
import { fieldsThatMatter, type Fields } from '../../references/fields-that-matter.js';
import { citationTexts, clickOn, ENDPOINT, entries, mount, one, press, ready, seedItems, shadow, switchableEndpoint, toFront, until } from './helpers.js';
// Spanish ships as its own module; these tests use it.
import '../../../src/translations/register-es.js';

/** Every record of the reference endpoint's store, by the ids a blogger would use. */
const STORE = [
  '10.1007/s44192-022-00012-3',
  '10.7759/cureus.18910',
  '10.1176/appi.ajp.2017.17040472',
  '10.1016/S0006-3223(99)00230-9',
  '10.1001/archpsyc.63.8.856',
  '10.1056/NEJMoa2032994',
  '10.1038/s41591-021-01336-3',
  '10.1001/jamapsychiatry.2020.3285',
  '10.1007/s00213-019-05249-5',
  '10.1016/S0140-6736(20)31180-6',
  'isbn:9789240049338',
  'isbn:9781594204227',
  'https://www.fda.gov/news-events/press-announcements/fda-approves-new-nasal-spray-medication-treatment-resistant-depression-available-only-certified',
];

const store = (attributes = html``) => ready(html`<article-references endpoint=${ENDPOINT} dois=${STORE.join(' ')}>${attributes}</article-references>`);
const entryOf = (el: Element, doi: string) => entries(el).find((entry) => entry.querySelector(`[part~=citation] a[href*="${doi}" i]`))!;
const flagTexts = (entry: Element) => [...entry.querySelectorAll('[part~=flag]')].map((flag) => flag.textContent!.replace(/\s+/g, ' ').trim());

describe('<article-references> trust signals', () => {
  it('flags retractions, corrections and expressions of concern with their dates and notices', async () => {
    const el = await store();
    expect(entries(el)).to.have.length(13);
    const mithoefer = entryOf(el, '10.1007/s00213-019-05249-5');
    expect(flagTexts(mithoefer)).to.deep.equal([
      'Retracted on August 10, 2024: Retracted by the journal for undisclosed protocol violations at one study site and undisclosed conflicts of interest.',
    ]);
    expect(mithoefer.querySelector('[part~=flag]')!.getAttribute('part')).to.equal('flag flag-retraction');
    const mehra = entryOf(el, '10.1016/S0140-6736(20)31180-6');
    expect(flagTexts(mehra)).to.deep.equal([
      'Expression of concern on June 3, 2020: Expression of concern Read the notice',
      'Retracted on June 5, 2020: Retraction Read the notice',
    ]);
    expect([...mehra.querySelectorAll('[part~=flag] a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://doi.org/10.1016/S0140-6736(20)31290-3',
      'https://doi.org/10.1016/S0140-6736(20)31324-6',
    ]);
    const davis = entryOf(el, '10.1001/jamapsychiatry.2020.3285');
    expect(flagTexts(davis)).to.deep.equal(['Corrected on February 10, 2021: Corrected to fix errors in the Abstract Results and Results section.']);
    expect(shadow(el, '[part~=flag]')).to.have.length(4);
    await expect(el).to.be.accessible();
  });

  it('shows the notices in the markers’ previews too', async () => {
    const container = await mount<HTMLElement>(html`<div>
      <p>A retracted analysis<cite-ref ref="10.1007/s00213-019-05249-5"></cite-ref>.</p>
      <article-references endpoint=${ENDPOINT} dois="10.1007/s00213-019-05249-5"></article-references>
    </div>`);
    const marker = container.querySelector('cite-ref')!;
    await until(() => marker.shadowRoot!.querySelector('[part~=preview] strong'), 'the notice reached the marker');
    expect(marker.shadowRoot!.querySelector('[part~=preview] strong')!.textContent).to.equal(
      'Retracted on August 10, 2024: Retracted by the journal for undisclosed protocol violations at one study site and undisclosed conflicts of interest.',
    );
  });

  it('links a free copy, and names the kind of each source', async () => {
    const el = await store();
    const free = shadow(el, '[part~=open-access]');
    expect(free.map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://www.nature.com/articles/s41591-021-01336-3',
      'https://doi.org/10.1001/jamapsychiatry.2020.3285',
      'https://pmc.ncbi.nlm.nih.gov/articles/PMC6695343/',
      'https://www.who.int/publications/i/item/9789240049338',
    ]);
    expect(free.every((a) => a.textContent === 'Free to read')).to.equal(true);
    expect(shadow(el, '[part~=type]').map((type) => type.textContent)).to.deep.equal([...Array(10).fill('Journal article'), 'Report', 'Book', 'Web page']);
  });

  it('speaks the widget’s language in flags and dates', async () => {
    const el = await ready(html`<article-references lang="es" endpoint=${ENDPOINT} dois="10.1007/s00213-019-05249-5"></article-references>`);
    expect(flagTexts(entries(el)[0])[0]).to.match(/^Retractado el 10 de agosto de 2024: /);
    expect(one(el, '[part~=copy-button]').textContent!.trim()).to.equal('Copiar');
  });
});

describe('<article-references> copy', () => {
  // Copying and pasting need the page to have focus.
  beforeEach(() => toFront());

  /** Pastes the clipboard into a text box: the copy really reached the clipboard. */
  async function paste(): Promise<string> {
    const box = await mount<HTMLTextAreaElement>(html`<textarea aria-label="Paste here"></textarea>`);
    box.focus();
    await press('v', true);
    await until(() => box.value, 'something was pasted');
    return box.value;
  }

  it('copies one entry, says “Copied”, and fires references-copy', async () => {
    const el = await store();
    const copies: ReferencesCopyEvent[] = [];
    el.addEventListener('references-copy', (event) => copies.push(event));
    const button = one(el, '[part~=entry]:nth-child(2) [part~=copy-button]');
    expect(button.getAttribute('aria-label')).to.equal('Copy reference 2');
    await clickOn(button);
    await until(() => one(el, '[part~=status]').textContent === 'Reference 2 copied.', 'announced');
    expect(one(el, '[part~=status]').getAttribute('role')).to.equal('status');
    expect(one(el, '[part~=entry]:nth-child(2) [part~=copied]').textContent).to.equal('Copied');
    expect(copies.map(({ text, scope }) => ({ text, scope }))).to.deep.equal([{ text: citationTexts(el)[1], scope: 'entry' }]);
    await expect(el).to.be.accessible();
    expect(await paste()).to.equal(citationTexts(el)[1]);
  });

  it('copies the whole list, numbered for AMA and Vancouver', async () => {
    const el = await ready(html`<article-references format="vancouver" endpoint=${ENDPOINT} dois=${STORE.slice(0, 3).join(' ')}></article-references>`);
    const copied = new Promise<ReferencesCopyEvent>((resolve) => el.addEventListener('references-copy', resolve, { once: true }));
    await clickOn(one(el, '[part~=copy-all-button]'));
    const { text, scope } = await copied;
    expect(scope).to.equal('all');
    expect(text).to.equal(citationTexts(el).map((citation, index) => `${index + 1}. ${citation}`).join('\n'));
    expect(one(el, '[part~=status]').textContent).to.equal('All references copied.');
    expect(await paste()).to.equal(text);
  });

  it('says plainly, in the notice, that it could not copy where the Clipboard API is missing', async () => {
    const el = await ready(html`<article-references endpoint=${ENDPOINT} dois=${STORE.slice(3, 5).join(' ')}></article-references>`);
    const copies: ReferencesCopyEvent[] = [];
    el.addEventListener('references-copy', (event) => copies.push(event));
    const button = one(el, '[part~=entry]:nth-child(1) [part~=copy-button]');
    const notice = one(el, '[part~=notice]');
    const api = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => undefined });
    try {
      await clickOn(button);
      await until(() => notice.textContent === 'Could not copy. Select the text and copy it yourself.', 'the notice');
    } finally {
      Object.defineProperty(Navigator.prototype, 'clipboard', api);
    }
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.classList.contains('visually-hidden'), 'the notice is shown').to.equal(false);
    expect(el.shadowRoot!.querySelector('[part~=copied]')).to.equal(null);
    expect(one(el, '[part~=status]').textContent).to.equal('');
    expect(copies).to.have.length(0);
    expect(el.shadowRoot!.activeElement, 'focus stays on the button').to.equal(button);
    await expect(el).to.be.accessible();
    // With the API, the same button copies, and the notice goes away.
    await clickOn(button);
    await until(() => one(el, '[part~=status]').textContent === 'Reference 1 copied.', 'announced');
    expect(notice.textContent).to.equal('');
    expect(await paste()).to.equal(citationTexts(el)[0]);
  });

  it('hides the buttons with without-copy and without-export', async () => {
    const el = await ready(html`<article-references without-copy without-export endpoint=${ENDPOINT} dois=${STORE[0]}></article-references>`);
    expect(shadow(el, 'button')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('[part~=toolbar]')).to.equal(null);
    const exportOnly = await ready(html`<article-references without-copy endpoint=${ENDPOINT} dois=${STORE[0]}></article-references>`);
    expect(shadow(exportOnly, 'button').map((button) => button.textContent!.trim())).to.deep.equal(['BibTeX', 'RIS', 'CSL-JSON']);
  });
});

/**
 * The items of a file against the originals, in the form of the Node export tests; `unread` are the
 * fields that a format has no place for (test/references/README.md).
 */
function assertSameData(back: CslItem[], original: CslItem[], containerKey = (_: CslItem) => 'container-title', unread = (_: CslItem): Array<keyof Fields> => []) {
  expect(back).to.have.length(original.length);
  original.forEach((item, index) => {
    const expected: Partial<Fields> = fieldsThatMatter(item);
    const actual: Partial<Fields> = fieldsThatMatter(back[index], containerKey(item));
    // BibTeX readers fill in a kind of work ("techreport") where the entry names none.
    for (const key of [...unread(item), ...(item.genre ? [] : (['genre'] as const))]) {
      delete expected[key];
      delete actual[key];
    }
    expect(actual, item.id).to.deep.equal(expected);
  });
}

describe('<article-references> export', () => {
  /** Presses a download button and takes the file the browser would save. */
  async function download(el: ArticleReferences, format: ExportFormat): Promise<{ event: ReferencesExportEvent; file: Blob; name: string }> {
    const clicked: HTMLAnchorElement[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download) clicked.push(this);
      else click.call(this);
    };
    try {
      const fired = new Promise<ReferencesExportEvent>((resolve) => el.addEventListener('references-export', resolve, { once: true }));
      const label = { bibtex: 'BibTeX', ris: 'RIS', 'csl-json': 'CSL-JSON' }[format];
      await clickOn(shadow(el, '[part~=export-button]').find((button) => button.textContent!.trim() === label)!);
      const event = await fired;
      await until(() => clicked.length, 'a download started');
      const [link] = clicked;
      return { event, file: await (await fetch(link.href)).blob(), name: link.download };
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
  }

  const parse = async (text: string, format: 'bibtex' | 'ris') =>
    (await (await fetch(`/test-oracle/parse?format=${format}`, { method: 'POST', body: text })).json()) as CslItem[];

  it('downloads BibTeX that reads back with the same data', async () => {
    const el = await store();
    const { event, file, name } = await download(el, 'bibtex');
    expect(name).to.equal('references.bib');
    expect(event.filename).to.equal(name);
    expect(file.type).to.equal('application/x-bibtex');
    const text = await file.text();
    expect(text).to.equal(event.text);
    assertSameData(await parse(text, 'bibtex'), el.references);
  });

  it('downloads RIS that reads back with the same data', async () => {
    const el = await store();
    const { file, name } = await download(el, 'ris');
    expect(name).to.equal('references.ris');
    assertSameData(
      await parse(await file.text(), 'ris'),
      el.references,
      // citation-js reads a web page's site (RIS T2) as collection-title,
      (item) => (item.type === 'webpage' ? 'collection-title' : 'container-title'),
      // and RIS has no place for a report's ISBN: its SN tag is the report's number.
      (item) => (item.type === 'report' ? ['ISBN'] : []),
    );
  });

  it('downloads CSL-JSON that is the data itself, less the directory’s own fields', async () => {
    const el = await store();
    const { file, name } = await download(el, 'csl-json');
    expect(name).to.equal('references.json');
    const back = JSON.parse(await file.text()) as CslItem[];
    assertSameData(back, el.references);
    expect(back.map((item) => item.id)).to.deep.equal(el.references.map((item) => item.id));
    expect(back.some((item) => 'status' in item || 'openAccessUrl' in item)).to.equal(false);
  });

  it('lets the host save the file itself', async () => {
    const el = await store();
    const fired = new Promise<ReferencesExportEvent>((resolve) =>
      el.addEventListener('references-export', (event) => (event.preventDefault(), resolve(event)), { once: true }),
    );
    const created: string[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => (created.push(blob.type), create(blob));
    try {
      await clickOn(shadow(el, '[part~=export-button]')[0]);
      // The event comes with the endpoint's file, and is the last step before a download.
      const event = await fired;
      expect(event.format).to.equal('bibtex');
      expect(event.text).to.match(/^@article\{/);
      await el.updateComplete;
      expect(created).to.deep.equal([]);
    } finally {
      URL.createObjectURL = create;
    }
  });

  it('offers only CSL-JSON without an endpoint, and writes it itself', async () => {
    const items = await seedItems();
    const el = await ready(html`<article-references .items=${items}></article-references>`);
    expect(shadow(el, '[part~=export-button]').map((button) => button.textContent!.trim())).to.deep.equal(['CSL-JSON']);
    await expect(el).to.be.accessible();
    const calls: Event[] = [];
    el.addEventListener('loadstart', (event) => calls.push(event));
    const { file, name } = await download(el, 'csl-json');
    expect(name).to.equal('references.json');
    expect(file.type).to.equal('application/vnd.citationstyles.csl+json');
    assertSameData(JSON.parse(await file.text()) as CslItem[], items);
    expect(calls, 'no call to any endpoint').to.have.length(0);
  });

  it('says so, politely, and keeps the list when the endpoint is down during an export', async () => {
    const faulty = await switchableEndpoint();
    const el = await ready(html`<article-references endpoint=${faulty.endpoint} dois=${STORE.slice(0, 3).join(' ')}></article-references>`);
    const before = citationTexts(el);
    expect(shadow(el, '[part~=export-button]').map((button) => button.textContent!.trim())).to.deep.equal(['BibTeX', 'RIS', 'CSL-JSON']);
    await faulty.down();
    const lifecycle: string[] = [];
    for (const type of ['loadstart', 'load', 'error', 'loadend']) el.addEventListener(type, () => lifecycle.push(type));
    const exported: Event[] = [];
    el.addEventListener('references-export', (event) => exported.push(event));
    await clickOn(shadow(el, '[part~=export-button]')[1]);
    const notice = one(el, '[part~=notice]');
    await until(() => notice.textContent === 'Could not download the file. Please try again later.', 'the notice');
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.classList.contains('visually-hidden'), 'the notice is shown').to.equal(false);
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    expect(lifecycle).to.deep.equal(['loadstart', 'error', 'loadend']);
    expect(exported, 'no file, no event').to.have.length(0);
    expect(citationTexts(el)).to.deep.equal(before);
    expect(shadow(el, '[part~=type]')).to.have.length(3);
    await expect(el).to.be.accessible();
    // CSL-JSON needs no endpoint, and a download that works takes the notice away.
    const { name } = await download(el, 'csl-json');
    expect(name).to.equal('references.json');
    await el.updateComplete;
    expect(notice.textContent).to.equal('');
  });
});
