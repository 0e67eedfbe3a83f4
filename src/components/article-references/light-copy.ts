import { html, render } from 'lit';
import type { Entry } from './entries.js';
import { renderRuns } from './entry-text.js';
import { toJsonLd } from './structured-data.js';

/**
 * A template of markup that this module writes itself, which Lit parses through its Trusted Types
 * policy like the literal text of an `html` template: the template strings array that
 * `unsafeStatic` and `unsafeHTML` build, without their modules. Never for text from elsewhere.
 */
const ownMarkup = (markup: string) => html(Object.assign([markup], { raw: [markup] }));

/**
 * What `<article-references>` keeps in its light DOM for readers that skip shadow DOM (reader
 * modes, some crawlers): the list as plain HTML, with every entry's full text and links in the
 * shown order (the author's own `<ol>`, or one it writes), and the opt-in JSON-LD. None of it is
 * slotted, so assistive technology reads the list once, in the shadow DOM.
 */
export class LightCopy {
  /** The author's list, once read. */
  list?: HTMLOListElement | HTMLUListElement;
  /** The `<li>`s written for entries that the author's list does not hold, by entry key. */
  private readonly made = new Map<string, HTMLLIElement>();
  private jsonLd?: HTMLElement;

  constructor(private readonly host: HTMLElement) {}

  write(entries: readonly Entry[], start: number, structuredData: boolean): void {
    this.writeList(entries, start);
    if (structuredData) {
      // Script text added through the DOM breaks require-trusted-types-for 'script' (the browser
      // reports it, whether by text, textContent or a Text node). Parsed by Lit, whose Trusted
      // Types policy the page allows, it does not. The JSON has every "<" escaped: it cannot end the element.
      const json = toJsonLd(entries, location.href.split('#')[0]);
      render(ownMarkup(`<script type="application/ld+json">${json}</script>`), (this.jsonLd ??= this.host.appendChild(document.createElement('div'))));
    } else {
      this.jsonLd?.remove();
      this.jsonLd = undefined;
    }
  }

  private writeList(entries: readonly Entry[], start: number): void {
    if (!this.list && !entries.length) return;
    const list = (this.list ??= this.host.appendChild(document.createElement('ol')));
    const lis = entries.map((entry) => {
      const name = entry.keys[0] ?? entry.text;
      const li = entry.li ?? this.made.get(name) ?? document.createElement('li');
      if (!entry.li) this.made.set(name, li);
      // An author's entry with nothing to link or format is left exactly as written.
      if (entry.item || entry.runs.some((run) => typeof run === 'object' && run.href)) {
        if (!(li as { _$litPart$?: unknown })._$litPart$) li.replaceChildren();
        render(renderRuns(entry.runs), li);
      }
      return li;
    });
    for (const [name, li] of this.made) {
      if (!lis.includes(li)) {
        this.made.delete(name);
        li.remove();
      }
    }
    if (lis.some((li, index) => list.children[index] !== li)) list.append(...lis);
    if (list instanceof HTMLOListElement && list.start !== start) list.start = start;
  }
}
