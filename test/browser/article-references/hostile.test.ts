import { expect, html } from '@open-wc/testing';
import type { ArticleReferences } from '../../../src/components/article-references/article-references.js';
import type { CitationFormat } from '../../../src/components/article-references/format/index.js';
import type { CiteRef } from '../../../src/components/cite-ref/cite-ref.js';
import type { CslItem } from '../../../src/directory/contract.js';
import { citationTexts, entries, mount, ready, shadow, until } from './helpers.js';

declare global {
  interface Window {
    pwned?: number;
  }
}

const MARKUP = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
const RTL = 'العلاج بالكيتامين للاكتئاب';
const LONG = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(12);
const SCRIPT_URL = ['javascript', 'alert(1)'].join(':');
const SCRIPT_END = '</script><script>window.pwned=3</script>';

/** Every CSL field the element reads, with the same hostile value. */
const hostile = (value: string, id: string): CslItem => ({
  id,
  type: 'article-journal',
  title: value,
  'container-title': value,
  publisher: value,
  'publisher-place': value,
  genre: value,
  volume: value,
  issue: value,
  page: value,
  edition: value,
  author: [{ family: value, given: value, suffix: value }, { literal: value }],
  editor: [{ family: value, given: value }],
  issued: { literal: value },
  'container-title-short': value,
  number: value,
  'collection-title': value,
  'collection-number': value,
  PMID: value,
  accessed: { literal: value },
  DOI: `javascript:alert(1)//${id}`,
  URL: 'javascript:alert(1)',
  openAccessUrl: ' JaVaScRiPt:alert(1)',
  status: {
    updates: [
      { type: 'retraction', date: value, DOI: 'javascript:alert(1)', label: value },
      { type: '<b>notice</b>' as 'retraction', label: value },
      null as unknown as { type: 'correction' },
    ],
  },
});

/**
 * The same hostile value in the fields that only some types and formats show, each tagged with its
 * field's name: a report in a series, with a number, a PMID, a web address and the date it was
 * accessed (no issued date, so APA says when it was retrieved), and a journal article cited by its
 * short journal title and article number.
 */
const tagged = (value: string, field: string) => `${value}[${field}]`;
const hostileSeries = (value: string, id: string, type: 'report' | 'article-journal'): CslItem => ({
  id,
  type,
  title: tagged(value, 'title'),
  'container-title': tagged(value, 'container-title'),
  'container-title-short': tagged(value, 'container-title-short'),
  number: tagged(value, 'number'),
  'collection-title': tagged(value, 'collection-title'),
  'collection-number': tagged(value, 'collection-number'),
  PMID: tagged(value, 'PMID'),
  accessed: { literal: tagged(value, 'accessed') },
  publisher: tagged(value, 'publisher'),
  author: [{ family: tagged(value, 'author') }],
  URL: `https://example.org/${id}`,
});

/** The fields of `hostileSeries` that each format cites, for one type or the other. */
const citedFields: Record<CitationFormat, string[]> = {
  apa: ['number', 'collection-title', 'collection-number', 'accessed'],
  ama: ['container-title-short', 'number', 'accessed'],
  vancouver: ['container-title-short', 'number', 'collection-title', 'collection-number', 'accessed', 'PMID'],
};

/** Everything the widget wrote: its shadow root, the light-DOM list, the markers' shadow roots. */
const everywhere = (el: Element, markers: Element[] = []) => [el.shadowRoot!, el, ...markers.map((marker) => marker.shadowRoot!)];

function assertInert(roots: ParentNode[]): void {
  for (const root of roots) {
    expect(root.querySelectorAll('img, script:not([type$="json"]), iframe, object, embed, svg, style, b'), 'no element from the data').to.have.length(0);
    expect(root.querySelectorAll('script[type$="json"]').length, 'at most the JSON-LD').to.be.at.most(1);
    for (const link of root.querySelectorAll('a[href]')) expect(link.getAttribute('href')).to.match(/^(?:https?:\/\/|#)/);
    for (const element of root.querySelectorAll('*')) {
      for (const { name } of element.attributes) expect(name, `<${element.localName}>`).to.not.match(/^on/);
    }
  }
  expect(window.pwned).to.equal(undefined);
}

describe('<article-references> with hostile data', () => {
  for (const format of ['apa', 'ama', 'vancouver'] as CitationFormat[]) {
    it(`renders markup, javascript: links, long words and right-to-left text in every field as inert text, ${format}`, async () => {
      const values = [MARKUP, RTL, LONG, SCRIPT_END];
      const series = values.flatMap((value, index) => [hostileSeries(value, `report-${index}`, 'report'), hostileSeries(value, `article-${index}`, 'article-journal')]);
      const items = [hostile(MARKUP, 'markup'), hostile(RTL, 'rtl'), hostile(LONG, 'long'), hostile(SCRIPT_END, 'script-end'), ...series];
      const container = await mount<HTMLElement>(html`<div style="width: 20rem">
        <p>${items.slice(0, 4).map((item) => html`<cite-ref ref=${item.id}></cite-ref>`)}<cite-ref ref=${MARKUP}></cite-ref></p>
        <article-references format=${format} heading=${MARKUP} structured-data .items=${items}></article-references>
      </div>`);
      const el = container.querySelector<ArticleReferences>('article-references')!;
      await el.updateComplete;
      const markers = [...container.querySelectorAll<CiteRef>('cite-ref')];
      await until(() => markers.slice(0, 4).every((marker) => marker.citation), 'markers numbered');
      await Promise.all(markers.map((marker) => marker.updateComplete));

      assertInert(everywhere(el, markers));
      const texts = citationTexts(el);
      values.forEach((value, index) => expect(texts[index]).to.include(value));
      // Each field this format cites shows the hostile value as text. The styles' own typography may
      // change its letters' case, curl its quotes, or drop the periods of a short journal title.
      const loose = (value: string) => value.toLowerCase().replace(/[“”]/g, '"').replace(/\./g, '');
      values.forEach((value, index) => {
        const cited = loose(texts.slice(4 + 2 * index, 6 + 2 * index).join(' '));
        for (const field of citedFields[format]) expect(cited, `${field}, ${format}`).to.include(loose(tagged(value, field)));
      });
      const seriesEntries = entries(el).slice(4);
      expect(seriesEntries.length, 'the series entries').to.equal(8);
      for (const entry of seriesEntries.slice(2, 4)) expect([...entry.querySelectorAll('bdi')].some((bdi) => bdi.textContent!.includes(RTL)), 'right-to-left isolated').to.equal(true);
      expect(el.shadowRoot!.querySelector('[part~=heading]')!.textContent).to.equal(MARKUP);
      // Only the flag with a known type is shown; its date was not a date.
      expect(shadow(el, '[part~=flag]').map((flag) => flag.getAttribute('part'))).to.deep.equal(Array(4).fill('flag flag-retraction'));
      expect(shadow(el, '[part~=flag] strong')[0].textContent).to.equal('Retracted');
      expect(shadow(el, '[part~=open-access]')).to.have.length(0);
      // Right-to-left stretches are isolated; long words wrap inside the entry.
      expect(shadow(el, 'bdi').some((bdi) => bdi.textContent === RTL)).to.equal(true);
      for (const entry of entries(el)) expect(entry.scrollWidth).to.be.at.most(entry.clientWidth + 1);
      // The marker of an unknown (hostile) id shows its own empty content.
      expect(markers[4].shadowRoot!.querySelector('a')).to.equal(null);
      // JSON-LD keeps the text, and cannot close its script element.
      const jsonLd = el.querySelector('script[type="application/ld+json"]')!;
      expect(jsonLd.textContent).to.not.include('</script');
      expect(JSON.parse(jsonLd.textContent!).citation[3].name).to.equal(SCRIPT_END);
      await expect(container).to.be.accessible({ ignoredRules: ['page-has-heading-one'] });
    });
  }

  it('keeps hostile text of the author’s list as text, and links only what is a web address', async () => {
    const el = await ready(html`<article-references>
      <ol>
        <li>&lt;img src=x onerror="window.pwned=4"&gt; javascript:alert(1) doi:10.1000/"&gt;&lt;img src=x&gt; <a href=${SCRIPT_URL}>a link</a></li>
      </ol>
    </article-references>`);
    assertInert([el.shadowRoot!]);
    expect(citationTexts(el)[0]).to.equal('<img src=x onerror="window.pwned=4"> javascript:alert(1) doi:10.1000/"><img src=x> a link');
    // Nothing in it was linked, so the author's own list is left exactly as written.
    expect(el.querySelector('li a')!.getAttribute('href')).to.equal('javascript:alert(1)');
    expect(shadow(el, '[part~=citation] a').map((a) => a.getAttribute('href'))).to.deep.equal([]);
  });

  it('shows nothing, and throws nothing, for items that are not items', async () => {
    const el = await ready(html`<article-references .items=${[null, 'text', 42, [], { id: 7, type: {} }] as unknown as CslItem[]}></article-references>`);
    expect(entries(el)).to.have.length(1);
    assertInert(everywhere(el));
  });
});
