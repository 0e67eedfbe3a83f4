import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ArticleReferences } from '../../../src/components/article-references/article-references.js';
import type { ReferencesReadyEvent } from '../../../src/components/article-references/events.js';
import { formatReference, toPlainText } from '../../../src/components/article-references/format/index.js';
import type { CslItem } from '../../../src/directory/contract.js';
import { citationTexts, ENDPOINT, entries, one, ready, seedItems, shadow, switchableEndpoint, until } from './helpers.js';
// Spanish ships as its own module; these tests use it.
import '../../../src/translations/register-es.js';

const apa = (item: CslItem) => toPlainText(formatReference(item, 'apa'));
const lightItems = (el: Element) => [...el.querySelectorAll(':scope > ol > li, :scope > ul > li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
const hrefs = (node: Element) => [...node.querySelectorAll('a')].map((a) => a.getAttribute('href'));

/** The author's own list, as a blogger pastes it: DOIs in every form people write them. */
const writtenList = (endpoint: string) => html`<article-references endpoint=${endpoint}>
  <h2>References</h2>
  <ol>
    <li>Yavi M, Lee H, Henter ID, Park LT, Zarate CA Jr. Ketamine treatment for depression: a review. <i>Discov Ment Health</i>. 2022;2(1):9. doi:10.1007/s44192-022-00012-3.</li>
    <li>Chitneni A, et al. Use of ketamine infusions for treatment of complex regional pain syndrome. Cureus. 2021. https://doi.org/10.7759/CUREUS.18910</li>
    <li>Wilkinson ST, et al. The effect of a single dose of intravenous ketamine on suicidal ideation. Am J Psychiatry. 2018 (https://dx.doi.org/10.1176/appi.ajp.2017.17040472).</li>
    <li>Nobody N. An article the directory has never heard of. J Unknown. 2020. 10.9999/not-in-the-directory.</li>
    <li>Our own survey of readers, 2024 (unpublished). See <a href="https://example.org/survey">the survey page</a>.</li>
  </ol>
</article-references>`;

describe('<article-references> from the author’s list', () => {
  it('stays a readable list, and links every DOI and address, without an endpoint', async () => {
    const el = await ready(writtenList(''));
    expect(entries(el)).to.have.length(5);
    const texts = citationTexts(el);
    expect(texts[0]).to.equal('Yavi M, Lee H, Henter ID, Park LT, Zarate CA Jr. Ketamine treatment for depression: a review. Discov Ment Health. 2022;2(1):9. doi:10.1007/s44192-022-00012-3.');
    expect(texts[4]).to.equal('Our own survey of readers, 2024 (unpublished). See the survey page.');
    const links = shadow(el, '[part~=citation]').map(hrefs);
    expect(links).to.deep.equal([
      ['https://doi.org/10.1007/s44192-022-00012-3'],
      ['https://doi.org/10.7759/CUREUS.18910'],
      ['https://doi.org/10.1176/appi.ajp.2017.17040472'],
      ['https://doi.org/10.9999/not-in-the-directory'],
      ['https://example.org/survey'],
    ]);
    // The link's text is the DOI as written, without the sentence's period or bracket.
    expect(shadow(el, '[part~=citation] a').map((a) => a.textContent)).to.deep.equal([
      'doi:10.1007/s44192-022-00012-3',
      'https://doi.org/10.7759/CUREUS.18910',
      'https://dx.doi.org/10.1176/appi.ajp.2017.17040472',
      '10.9999/not-in-the-directory',
      'the survey page',
    ]);
    expect(shadow(el, '[part~=citation] i').map((i) => i.textContent)).to.deep.equal(['Discov Ment Health']);
    expect(one(el, '[part~=notice]').textContent!.trim()).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('keeps the author’s list in the light DOM, linked, and does not show it a second time', async () => {
    const el = await ready(writtenList(''));
    const list = el.querySelector(':scope > ol')!;
    expect(list.children).to.have.length(5);
    expect(hrefs(list)).to.include('https://doi.org/10.1007/s44192-022-00012-3');
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(list.assignedSlot).to.equal(null);
    expect((list as HTMLElement).offsetParent, 'not rendered').to.equal(null);
    expect(el.querySelector(':scope > h2')!.getClientRects()).to.have.length(0);
  });

  it('resolves the DOIs in one call and formats what the endpoint knows; the rest keeps its text', async () => {
    const [yavi, chitneni, wilkinson] = await seedItems();
    const calls: string[] = [];
    document.addEventListener('loadstart', (event) => calls.push((event.target as Element).localName), { capture: true });
    const el = await ready(writtenList(ENDPOINT));
    expect(calls).to.deep.equal(['article-references']);
    const texts = citationTexts(el);
    expect(texts.slice(0, 3)).to.deep.equal([apa(yavi), apa(chitneni), apa(wilkinson)]);
    expect(texts[3]).to.equal('Nobody N. An article the directory has never heard of. J Unknown. 2020. 10.9999/not-in-the-directory.');
    expect(texts[4]).to.equal('Our own survey of readers, 2024 (unpublished). See the survey page.');
    expect(shadow(el, '[part~=type]').map((type) => type.textContent)).to.deep.equal(['Journal article', 'Journal article', 'Journal article']);
    // Reader modes and crawlers read the light DOM: it holds the same formatted text and links.
    expect(lightItems(el)).to.deep.equal(texts);
    expect(hrefs(el.querySelector(':scope > ol > li')!)).to.deep.equal(['https://doi.org/10.1007/s44192-022-00012-3']);
    expect(el.querySelector(':scope > ol > li i')!.textContent).to.equal('Discover Mental Health');
    await expect(el).to.be.accessible();
  });

  it('is accessible and busy while the endpoint answers, then keeps the text when the call is abandoned', async () => {
    const token = Math.random().toString(36).slice(2);
    const el = await fixture<ArticleReferences>(html`<article-references endpoint="/scripted/${token}/hang/">
      <ol>
        <li>Yavi M, et al. 2022. doi:10.1007/s44192-022-00012-3</li>
      </ol>
    </article-references>`);
    await until(() => one(el, '[part~=list]').getAttribute('aria-busy') === 'true', 'resolving');
    expect(citationTexts(el)).to.deep.equal(['Yavi M, et al. 2022. doi:10.1007/s44192-022-00012-3']);
    await expect(el).to.be.accessible();
    el.remove(); // aborts the call
  });

  it('keeps every entry as written, with a polite notice, when the endpoint is down', async () => {
    const faulty = await switchableEndpoint();
    await faulty.down();
    const failed = new Promise<Event>((resolve) => document.addEventListener('error', resolve, { capture: true, once: true }));
    const el = await ready(writtenList(faulty.endpoint));
    expect((await failed).bubbles).to.equal(false);
    expect(citationTexts(el)[0]).to.equal('Yavi M, Lee H, Henter ID, Park LT, Zarate CA Jr. Ketamine treatment for depression: a review. Discov Ment Health. 2022;2(1):9. doi:10.1007/s44192-022-00012-3.');
    expect(shadow(el, '[part~=citation] a')).to.have.length(5);
    const notice = one(el, '[part~=notice]');
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.textContent!.trim()).to.equal('The references could not be checked, so they are shown as written.');
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    expect(one(el, '[part~=list]').getAttribute('aria-busy')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('reads an <ul> too, and leaves an entry with nothing to link untouched', async () => {
    const el = await ready(html`<article-references>
      <ul>
        <li id="survey">Our survey, <b>2024</b>.</li>
      </ul>
    </article-references>`);
    expect(citationTexts(el)).to.deep.equal(['Our survey, 2024.']);
    expect(el.querySelector('li b'), 'the author’s markup is kept').to.not.equal(null);
  });
});

describe('<article-references> from CSL-JSON and DOIs', () => {
  it('formats inline CSL-JSON without an endpoint, and writes a light-DOM list for it', async () => {
    const items = await seedItems();
    const el = await ready(html`<article-references>
      <script type="application/json">
        ${JSON.stringify(items)}
      </script>
    </article-references>`);
    expect(el.items.map((item) => item.id)).to.deep.equal(items.map((item) => item.id));
    expect(citationTexts(el)).to.deep.equal(items.map(apa));
    expect(lightItems(el)).to.deep.equal(items.map(apa));
    expect(el.querySelector(':scope > ol')!.localName).to.equal('ol');
  });

  it('takes the items property, and says when inline JSON cannot be read', async () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await ready(html`<article-references><script type="application/json">[{"id": "x",</script></article-references>`);
      expect(warnings).to.have.length(1);
      expect(entries(el)).to.have.length(0);
      const [item] = await seedItems();
      const done = oneEvent(el, 'references-ready');
      el.items = [item];
      expect(((await done) as unknown as ReferencesReadyEvent).count).to.equal(1);
      expect(citationTexts(el)).to.deep.equal([apa(item)]);
    } finally {
      console.warn = original;
    }
  });

  it('resolves the dois attribute, in any id form, and shows a missing id as a link to it', async () => {
    const el = await ready(html`<article-references endpoint=${ENDPOINT} dois="DOI:10.1056/NEJMOA2032994 isbn:9781594204227 10.9999/missing-one"></article-references>`);
    const texts = citationTexts(el);
    expect(texts).to.have.length(3);
    expect(texts[0]).to.match(/^Carhart-Harris, R\., .*\(2021\)\. Trial of psilocybin versus escitalopram for depression\. .*https:\/\/doi\.org\/10\.1056\/NEJMoa2032994$/);
    expect(texts[1]).to.match(/^Pollan, M\. \(2018\)\. How to change your mind/);
    expect(texts[2]).to.equal('10.9999/missing-one');
    expect(hrefs(one(el, '[part~=entry]:last-child [part~=citation]'))).to.deep.equal(['https://doi.org/10.9999/missing-one']);
    expect(shadow(el, '[part~=type]').map((type) => type.textContent)).to.deep.equal(['Journal article', 'Book']);
  });

  it('merges the list, then inline JSON, then dois, and lists a reference once', async () => {
    const [yavi, chitneni] = await seedItems();
    const el = await ready(html`<article-references endpoint=${ENDPOINT} dois="10.1176/appi.ajp.2017.17040472 https://doi.org/10.1007/S44192-022-00012-3">
      <ol>
        <li>Yavi et al. doi:10.1007/s44192-022-00012-3</li>
      </ol>
      <script type="application/json">
        ${JSON.stringify([chitneni, { ...yavi, id: 'yavi-again' }])}
      </script>
    </article-references>`);
    const texts = citationTexts(el);
    expect(texts).to.have.length(3);
    expect(texts[0]).to.equal(apa(yavi));
    expect(texts[1]).to.equal(apa(chitneni));
    expect(texts[2]).to.match(/^Wilkinson, S\. T\./);
    expect(lightItems(el)).to.deep.equal(texts);
  });

  it('numbers from start, sorts by author then year, and follows format', async () => {
    const items = await seedItems();
    const el = await ready(html`<article-references start="5" sort="author" .items=${items}></article-references>`);
    expect(entries(el).map((entry) => entry.getAttribute('value'))).to.deep.equal(['5', '6', '7']);
    expect(one(el, 'ol').getAttribute('start')).to.equal('5');
    expect(citationTexts(el).map((text) => text.split(',')[0])).to.deep.equal(['Chitneni', 'Wilkinson', 'Yavi']);
    expect(lightItems(el).map((text) => text.split(',')[0])).to.deep.equal(['Chitneni', 'Wilkinson', 'Yavi']);
    expect((el.querySelector(':scope > ol') as HTMLOListElement).start).to.equal(5);
    el.format = 'ama';
    await el.updateComplete;
    expect(citationTexts(el)[0]).to.match(/ doi:10\.7759\/cureus\.18910$/);
    expect(hrefs(one(el, '[part~=citation]'))).to.deep.equal(['https://doi.org/10.7759/cureus.18910']);
  });

  it('shows a heading of the configured text and level, in the widget’s language', async () => {
    const el = await ready(html`<article-references heading="Sources" heading-level="3" .items=${await seedItems()}></article-references>`);
    const heading = one(el, '[part~=heading]');
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('3');
    expect(heading.textContent).to.equal('Sources');
    expect(one(el, '[part~=base]').getAttribute('aria-labelledby')).to.equal(heading.id);
    const spanish = await ready(html`<article-references lang="es" heading-level="9" .items=${await seedItems()}></article-references>`);
    expect(one(spanish, '[part~=heading]').getAttribute('aria-level')).to.equal('6');
    expect(one(spanish, '[part~=heading]').textContent).to.equal('Referencias');
    expect(shadow(spanish, '[part~=type]')[0].textContent).to.equal('Artículo de revista');
  });

  it('adds JSON-LD citation data to the page when asked, and takes it away when not', async () => {
    const items = await seedItems();
    const el = await ready(html`<article-references structured-data .items=${items}></article-references>`);
    const scripts = [...document.querySelectorAll('script[type="application/ld+json"]')];
    expect(scripts).to.have.length(1);
    expect(el.contains(scripts[0])).to.equal(true);
    const data = JSON.parse(scripts[0].textContent!);
    expect(data['@context']).to.equal('https://schema.org');
    expect(data.url).to.equal(location.href.split('#')[0]);
    expect(data.citation).to.have.length(3);
    expect(data.citation[0]).to.include({ '@type': 'ScholarlyArticle', name: items[0].title, url: 'https://doi.org/10.1007/s44192-022-00012-3', datePublished: '2022' });
    expect(data.citation[0].author[4]).to.deep.equal({ '@type': 'Person', givenName: 'C. A.', familyName: 'Zarate' });
    el.items = items.slice(1);
    await el.updateComplete;
    expect(JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!).citation).to.have.length(2);
    el.structuredData = false;
    await el.updateComplete;
    expect(document.querySelector('script[type="application/ld+json"]')).to.equal(null);
    const plain = await ready(html`<article-references .items=${items}></article-references>`);
    expect(plain.isConnected && document.querySelector('script[type="application/ld+json"]')).to.equal(null);
  });

  it('fires references-ready once the entries are final, with their count', async () => {
    const fired: number[] = [];
    const listener = (event: ReferencesReadyEvent) => fired.push(event.count);
    document.addEventListener('references-ready', listener);
    try {
      const el = await ready(writtenList(ENDPOINT));
      await aTimeout(50);
      expect(fired).to.deep.equal([5]);
      expect(el.references).to.have.length(3);
    } finally {
      document.removeEventListener('references-ready', listener);
    }
  });
});
