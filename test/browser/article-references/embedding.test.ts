import { expect } from '@open-wc/testing';
import type { ArticleReferences } from '../../../src/components/article-references/article-references.js';
import type { CiteRef } from '../../../src/components/cite-ref/cite-ref.js';
import { toFront, until } from './helpers.js';

type ProbedWindow = Window & { cspViolations: Array<{ directive: string }>; trustedTypes?: unknown };

/** The strict-CSP article of test/support/references-support.ts, with the built bundle, in a narrow frame. */
async function openArticle(query = ''): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'A host page with a strict Content Security Policy';
  frame.width = '320';
  frame.height = '560';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/csp-references/article.html${query}`;
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('<article-references> on a page with a strict Content Security Policy', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('hears a violation when the page breaks the policy, so silence means something', async () => {
    frame = await openArticle('?control');
    const win = frame.contentWindow as ProbedWindow;
    await until(() => win.cspViolations.length > 0, 'the deliberate violation');
    expect(win.cspViolations[0].directive).to.match(/^style-src/);
    if (win.trustedTypes) {
      expect(() => {
        frame!.contentDocument!.createElement('div').innerHTML = '<b>x</b>';
      }, 'Trusted Types are enforced').to.throw();
    }
  });

  it('resolves, links, previews inside a 320 px viewport and writes JSON-LD, with no violation', async () => {
    await toFront();
    frame = await openArticle();
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as ProbedWindow;
    const el = () => doc.querySelector<ArticleReferences>('article-references')!;
    await until(() => el()?.shadowRoot?.querySelectorAll('[part~=type]').length === 2, 'the references are resolved');
    expect(el().shadowRoot!.querySelectorAll('[part~=flag-retraction]')).to.have.length(1);
    const marker = doc.querySelectorAll<CiteRef>('cite-ref')[1];
    await until(() => marker.shadowRoot!.querySelector('[part~=marker]'), 'the marker is numbered');
    marker.focus();
    await marker.updateComplete;
    const preview = marker.shadowRoot!.querySelector<HTMLElement>('[part~=preview]')!;
    await until(() => win.getComputedStyle(preview).display !== 'none', 'the preview opens on focus');
    const box = preview.getBoundingClientRect();
    const width = doc.documentElement.clientWidth;
    expect(width).to.be.at.most(320);
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(width);
    expect(box.top).to.be.at.least(0);
    expect(box.bottom).to.be.at.most(win.innerHeight);
    const jsonLd = doc.querySelector('script[type="application/ld+json"]')!;
    expect(JSON.parse(jsonLd.textContent!).citation).to.have.length(2);
    expect(win.cspViolations).to.deep.equal([]);
  });
});
