import { aTimeout, expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { ArticleReferences } from '../../../src/components/article-references/article-references.js';
import type { CiteRef } from '../../../src/components/cite-ref/cite-ref.js';
import type { CslItem } from '../../../src/directory/contract.js';
import { citationTexts, clickOn, entries, letGo, mount, one, pointAt, press, seedItems, shadow, toFront, until, webdriver } from './helpers.js';
// Spanish ships as its own module; these tests use it.
import '../../../src/translations/register-es.js';

const link = (marker: Element) => marker.shadowRoot!.querySelector<HTMLAnchorElement>('[part~=marker]');
const preview = (marker: Element) => one(marker, '[part~=preview]');
const shown = (marker: Element) => getComputedStyle(preview(marker)).display !== 'none';

let items: CslItem[];
before(async () => {
  items = await seedItems(); // Yavi 2022, Chitneni 2021, Wilkinson 2018
});
beforeEach(() => toFront());
afterEach(async () => {
  await pointAt([0, 0]); // takes the foreground again: let go after it
  await letGo();
});

/** An article that cites Chitneni, then Yavi, then Chitneni again; Wilkinson is listed but not cited. */
async function article(attributes = '') {
  const container = await mount<HTMLElement>(html`<div>
    <p>
      Ketamine infusions are used for a painful condition<cite-ref ref="10.7759/CUREUS.18910"></cite-ref>, and a review
      summarises its use for depression<cite-ref ref="doi:10.1007/s44192-022-00012-3"></cite-ref>; on pain see
      again<cite-ref ref="https://doi.org/10.7759/cureus.18910"></cite-ref>.
    </p>
    <p>An unknown source<cite-ref ref="10.0000/nowhere"><a href="#refs">[?]</a></cite-ref>.</p>
  </div>`);
  const block = document.createElement('article-references') as ArticleReferences;
  for (const [name, value] of attributes.split(' ').filter(Boolean).map((pair) => pair.split('='))) block.setAttribute(name, value ?? '');
  block.items = items;
  const done = new Promise((resolve) => block.addEventListener('references-ready', resolve, { once: true }));
  container.append(block);
  await done;
  await block.updateComplete;
  const markers = [...container.querySelectorAll<CiteRef>('cite-ref')];
  await Promise.all(markers.map((marker) => marker.updateComplete));
  return { container, block, markers };
}

describe('<cite-ref> markers', () => {
  it('are numbered and labelled by their entry, in order of appearance when asked', async () => {
    const { block, markers } = await article('sort=appearance');
    expect(citationTexts(block).map((text) => text.split(',')[0])).to.deep.equal(['Chitneni', 'Yavi', 'Wilkinson']);
    expect(markers.slice(0, 3).map((marker) => link(marker)!.textContent)).to.deep.equal(['[1]', '[2]', '[1]']);
    expect(markers.slice(0, 3).map((marker) => link(marker)!.getAttribute('aria-label'))).to.deep.equal(['Reference 1', 'Reference 2', 'Reference 1']);
    expect(link(markers[0])!.getAttribute('href')).to.equal(`#${block.id}`);
    expect(block.id).to.not.equal('');
    // A marker that cites nothing in the list shows its own content.
    expect(link(markers[3])).to.equal(null);
    expect(markers[3].querySelector('a')!.getClientRects().length).to.be.greaterThan(0);
  });

  it('follow the list order by default, and the style’s form of the number', async () => {
    const { block, markers } = await article('format=vancouver');
    expect(markers.slice(0, 3).map((marker) => link(marker)!.textContent)).to.deep.equal(['(2)', '(1)', '(2)']);
    block.format = 'ama';
    await block.updateComplete;
    await markers[0].updateComplete;
    expect(link(markers[0])!.textContent).to.equal('2');
    expect(getComputedStyle(link(markers[0])!).verticalAlign).to.equal('super');
  });

  it('give each entry back-links a, b… to every place that cites it', async () => {
    const { block, markers } = await article('sort=appearance');
    const [first, second, third] = entries(block);
    const backlinks = [...first.querySelectorAll<HTMLAnchorElement>('[part~=backlink]')];
    expect(backlinks.map((a) => a.textContent)).to.deep.equal(['a', 'b']);
    expect(backlinks.map((a) => a.getAttribute('aria-label'))).to.deep.equal(['Back to citation a of reference 1', 'Back to citation b of reference 1']);
    expect(backlinks.map((a) => a.getAttribute('href'))).to.deep.equal([`#${markers[0].id}`, `#${markers[2].id}`]);
    expect(second.querySelectorAll('[part~=backlink]')).to.have.length(1);
    expect(third.querySelector('[part~=backlinks]')).to.equal(null);
  });

  it('move focus to the entry, and back-links move it back to the marker, by keyboard', async () => {
    const { block, markers } = await article('sort=appearance');
    markers[2].focus();
    expect(document.activeElement).to.equal(markers[2]);
    await press('Enter');
    await until(() => block.shadowRoot!.activeElement === entries(block)[0], 'the first entry has focus');
    await press('Tab'); // the DOI link
    await press('Tab'); // back-link a
    await press('Tab'); // back-link b
    expect(block.shadowRoot!.activeElement!.textContent).to.equal('b');
    await press('Enter');
    await until(() => document.activeElement === markers[2], 'the third marker has focus again');
    expect(markers[2].shadowRoot!.activeElement).to.equal(link(markers[2]));
  });

  it('move focus to the entry when clicked', async () => {
    const { block, markers } = await article();
    await clickOn(link(markers[1])!);
    await until(() => block.shadowRoot!.activeElement === entries(block)[0], 'the Yavi entry has focus');
    expect(shown(markers[1])).to.equal(false);
  });
});

describe('<cite-ref> previews', () => {
  it('show the formatted reference on keyboard focus, and Escape closes it', async () => {
    const { container, block, markers } = await article();
    expect(shown(markers[1])).to.equal(false);
    markers[1].focus();
    await markers[1].updateComplete;
    expect(shown(markers[1])).to.equal(true);
    expect(preview(markers[1]).textContent).to.equal(citationTexts(block)[0]);
    expect(preview(markers[1]).getAttribute('role')).to.equal('tooltip');
    expect(link(markers[1])!.getAttribute('aria-describedby')).to.equal(preview(markers[1]).id);
    await expect(container).to.be.accessible();
    await press('Escape');
    await markers[1].updateComplete;
    expect(shown(markers[1])).to.equal(false);
    expect(document.activeElement, 'focus stays on the marker').to.equal(markers[1]);
    markers[1].blur();
  });

  it('show on hover, stay while the pointer moves onto the preview, and close after it leaves', async () => {
    const { markers } = await article();
    await pointAt(link(markers[0])!);
    await until(() => shown(markers[0]), 'shown on hover');
    await pointAt(preview(markers[0]));
    await aTimeout(600); // longer than the grace period
    expect(shown(markers[0]), 'hoverable').to.equal(true);
    await pointAt([1, 1]);
    await until(() => !shown(markers[0]), 'closed after the pointer left');
  });

  it('close on Escape while only hovered', async () => {
    const { markers } = await article();
    await pointAt(link(markers[1])!);
    await until(() => shown(markers[1]), 'shown on hover');
    await press('Escape');
    await until(() => !shown(markers[1]), 'dismissed');
  });

  it('stay inside the viewport beside the right edge and at narrow widths', async () => {
    // WebDriver (WebKit) cannot resize the page from a test; there the right edge is checked at its width.
    const narrow = !webdriver;
    if (narrow) await setViewport({ width: 320, height: 640 });
    try {
      const [item] = items;
      const container = await mount<HTMLElement>(html`<div>
        <p style="text-align: right">A sentence that ends at the right edge<cite-ref ref=${item.id}></cite-ref></p>
        <article-references .items=${[{ ...item, title: `${item.title} ${'with a much longer title '.repeat(8)}` }]}></article-references>
      </div>`);
      const marker = container.querySelector<CiteRef>('cite-ref')!;
      await until(() => link(marker), 'numbered');
      marker.focus();
      await marker.updateComplete;
      const box = preview(marker).getBoundingClientRect();
      const width = document.documentElement.clientWidth;
      if (narrow) expect(width).to.be.at.most(320);
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(width);
      expect(box.top).to.be.at.least(0);
      expect(box.bottom).to.be.at.most(innerHeight);
      expect(box.width, "not squeezed against the edge").to.be.at.least(Math.min(width - 16, 300));
      marker.blur();
    } finally {
      if (narrow) await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('<cite-ref> with several blocks', () => {
  it('cite the block that for names, else the first one in the page', async () => {
    const [yavi, chitneni] = items;
    const container = await mount<HTMLElement>(html`<div>
      <p><cite-ref ref=${chitneni.id}></cite-ref><cite-ref for="second" ref=${chitneni.id}></cite-ref></p>
      <article-references id="first" .items=${[yavi, chitneni]}></article-references>
      <article-references id="second" .items=${[chitneni]}></article-references>
    </div>`);
    const [toFirst, toSecond] = container.querySelectorAll<CiteRef>('cite-ref');
    await until(() => link(toFirst) && link(toSecond), 'both numbered');
    expect(link(toFirst)!.textContent).to.equal('[2]');
    expect(link(toSecond)!.textContent).to.equal('[1]');
    expect(link(toSecond)!.getAttribute('href')).to.equal('#second');
  });

  it('follow markers that arrive later, and speak the page’s language', async () => {
    const { block, container } = await article('lang=es');
    const late = document.createElement('cite-ref') as CiteRef;
    late.ref = items[2].id;
    late.lang = 'es';
    container.querySelector('p')!.append(late);
    await until(() => link(late), 'numbered');
    expect(link(late)!.getAttribute('aria-label')).to.equal('Referencia 3');
    await until(() => shadow(block, '[part~=backlink]').length === 4, 'a back-link for the new marker');
    late.remove();
    await until(() => shadow(block, '[part~=backlink]').length === 3, 'and none once it is gone');
  });
});
