import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ProviderFinder } from '../../../src/components/provider-finder/provider-finder.js';
import { $, $$, endpoint, fill, filtersReady, mount, settled, shown, until } from './helpers.js';

const named = (node: Element) => `${node.tagName.toLowerCase()}${node.getAttribute('part') ? ` [part="${node.getAttribute('part')}"]` : ''}${node.id ? `#${node.id}` : ''}${node.className && typeof node.className === 'string' ? `.${node.className.trim().replace(/\s+/g, '.')}` : ''}`;

/**
 * Nothing in the finder scrolls or sticks out sideways: not the finder, not any of its parts (a
 * field's own text may scroll inside it), and no element reaches past the finder's edges.
 * The visually hidden live region clips its text on purpose, and what is not rendered has no box.
 */
function fitsSideways(el: ProviderFinder, width: number): void {
  const host = el.getBoundingClientRect();
  expect(host.width, 'the host gives the finder this width').to.equal(width);
  expect(el.scrollWidth, 'the finder').to.be.at.most(el.clientWidth);
  let measured = 0;
  for (const node of $$(el, '*')) {
    if (node.closest('.visually-hidden, [hidden]') || !node.checkVisibility()) continue;
    const box = node.getBoundingClientRect();
    if (box.width === 0) continue;
    measured++;
    expect(box.left, `${named(node)} starts inside the finder`).to.be.at.least(host.left - 0.5);
    expect(box.right, `${named(node)} ends inside the finder`).to.be.at.most(host.right + 0.5);
    const field = node instanceof HTMLInputElement || node instanceof HTMLSelectElement || node instanceof HTMLTextAreaElement;
    if (node.hasAttribute('part') && !field && getComputedStyle(node).display !== 'inline') {
      expect(node.scrollWidth, `${named(node)} does not scroll sideways`).to.be.at.most(node.clientWidth);
    }
  }
  expect(measured, 'elements measured').to.be.greaterThan(20);
}

describe('<provider-finder> at 280 px', () => {
  it('fits 280 px without scrolling sideways, with results, filters open and in the profile, and passes axe', async () => {
    const el = await mount({ endpoint: endpoint().url, near: '97201', autosearch: true }, 280);
    await settled(el);
    await filtersReady(el);
    expect(shown(el, '[part~="filters-summary"]'), 'the filters fold at 280 px').to.equal(true);
    $(el, '[part~="filters-summary"]').click();
    await until(() => shown(el, '#condition'), 'the disclosure opens');
    expect($$(el, '[part~="card"]').length, 'results on screen').to.be.greaterThan(5);
    fitsSideways(el, 280);
    await expect(el).to.be.accessible();

    $(el, '[part~="card-button"]').click();
    await until(() => el.shadowRoot!.querySelector('.facts'), 'the full profile loads');
    expect($$(el, '[part~="contact-link"]').length, 'contact links on screen').to.be.greaterThan(2);
    fitsSideways(el, 280);
    await expect(el).to.be.accessible();
  });
});

/** The colour a system colour keyword resolves to on this page, now. */
function systemColor(keyword: string): string {
  const probe = document.createElement('span');
  probe.style.color = keyword;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

const seconds = (duration: string) => Math.max(...duration.split(',').map((value) => parseFloat(value) * (value.trim().endsWith('ms') ? 0.001 : 1)));

describe('<provider-finder> with forced colours and reduced motion', () => {
  // These media features can only be emulated through the DevTools protocol (test/support/media-plugin.mjs):
  // Chromium checks the styles, which are the same in every engine. (Firefox over WebDriver BiDi
  // and WebKit over WebDriver cannot emulate them.)
  const chromium = /Chrome\//.test(navigator.userAgent);
  before(function () {
    if (!chromium) this.skip();
  });
  afterEach(() => (chromium ? executeServerCommand('dw-media', {}) : undefined));

  it('uses system colours in forced-colours mode: Highlight for the active suggestion, LinkText for link buttons (Chromium only)', async () => {
    await executeServerCommand('dw-media', { forcedColors: 'active' });
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours are emulated').to.equal(true);
    // Otherwise the checks below could not tell the finder's rules from the browser's own.
    expect(systemColor('Highlight')).not.to.equal(systemColor('Canvas'));
    expect(systemColor('HighlightText')).not.to.equal(systemColor('CanvasText'));
    expect(systemColor('LinkText')).not.to.equal(systemColor('ButtonText'));

    const el = await mount({ endpoint: endpoint().url, near: '97201', autosearch: true }, 280);
    await settled(el);
    fill(el, '#near', 'port');
    await until(() => $$(el, '[role=option]').length === 3, 'suggestions appear');
    $(el, '#near').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await el.updateComplete;
    const active = $(el, '[role=option][aria-selected=true]');
    const option = getComputedStyle(active);
    expect(option.forcedColorAdjust, 'the active suggestion keeps its own colours').to.equal('none');
    expect(option.backgroundColor, 'the active suggestion’s background').to.equal(systemColor('Highlight'));
    expect(option.color, 'the active suggestion’s text').to.equal(systemColor('HighlightText'));
    const other = getComputedStyle($(el, '[role=option][aria-selected=false]'));
    expect(other.backgroundColor, 'only the active suggestion is highlighted').not.to.equal(systemColor('Highlight'));

    for (const link of $$(el, 'button.link')) expect(getComputedStyle(link).color, 'a link-styled button').to.equal(systemColor('LinkText'));
    expect($$(el, 'button.link').length, 'the result names are link-styled buttons').to.be.greaterThan(5);
    // The primary button keeps a border in the system's text colour (in Chromium's emulated palette
    // ButtonBorder is the same colour, so this checks the outcome rather than tells the rule apart).
    expect(getComputedStyle($(el, '[part~="search-button"]')).borderTopColor, 'the primary button’s border').to.equal(systemColor('ButtonText'));
  });

  it('stops every transition and animation, even one the host page adds to a part, with prefers-reduced-motion (Chromium only)', async () => {
    const style = document.createElement('style');
    style.textContent = `@keyframes dw-test-spin { to { rotate: 1turn } }
      provider-finder::part(card), provider-finder::part(button) { transition: background-color 2s, color 3s; animation: dw-test-spin 4s infinite }`;
    document.head.append(style);
    try {
      const el = await mount({ endpoint: endpoint().url, near: '97201', autosearch: true }, 280);
      await settled(el);
      const moving = [...$$(el, '[part~="card"]'), ...$$(el, '[part~="button"]')];
      expect(moving.length).to.be.greaterThan(5);
      // Without the preference, the host page's motion applies: the check below can tell.
      for (const node of moving) expect(seconds(getComputedStyle(node).transitionDuration), 'motion without the preference').to.equal(3);

      await executeServerCommand('dw-media', { reducedMotion: 'reduce' });
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'reduced motion is emulated').to.equal(true);
      for (const node of [...moving, ...$$(el, '*')]) {
        const computed = getComputedStyle(node);
        expect(seconds(computed.transitionDuration), `${node.tagName} transition`).to.be.below(0.001);
        expect(seconds(computed.animationDuration), `${node.tagName} animation`).to.be.below(0.001);
      }
    } finally {
      style.remove();
    }
  });
});
