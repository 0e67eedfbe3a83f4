import { expect, fixture, html } from '@open-wc/testing';
import type { ArticleReferences } from '../../../src/components/article-references/article-references.js';
import type { CitationFormat } from '../../../src/components/article-references/format/index.js';
import type { CslItem } from '../../../src/directory/contract.js';
import { normalizeDoi } from '../../../src/directory/doi.js';
import { normalisedHtml, shadow } from './helpers.js';

interface OracleEntry {
  set: string;
  name: string;
  item: CslItem;
  html: string;
}

/**
 * Records that share a DOI or an id are one reference to the element, so derived records (the
 * same article with 3 or 21 authors, or in journals of other titles) are rendered in batches of distinct ones.
 */
function batches(list: OracleEntry[]): OracleEntry[][] {
  const out: Array<{ keys: Set<string>; entries: OracleEntry[] }> = [];
  for (const entry of list) {
    const keys = [entry.item.id, entry.item.DOI].filter((key): key is string => typeof key === 'string').map((key) => normalizeDoi(key) ?? key.toLowerCase());
    let batch = out.find((candidate) => !keys.some((key) => candidate.keys.has(key)));
    if (!batch) out.push((batch = { keys: new Set(), entries: [] }));
    for (const key of keys) batch.keys.add(key);
    batch.entries.push(entry);
  }
  return out.map((batch) => batch.entries);
}

// The formatter is proven against citeproc-js in Node (test/references); this proves that the
// element renders its runs (italics, links, no stray text) the same way in every engine.
describe('<article-references> matches citeproc-js in the browser', function () {
  // citeproc-js renders the entries on the test server the first time a format is asked for.
  this.timeout(60_000);
  for (const format of ['apa', 'ama', 'vancouver'] as CitationFormat[]) {
    it(`renders the corpus, and names and titles that test the style's rules, like citeproc-js, ${format}`, async () => {
      const oracle = (await (await fetch(`/test-oracle?format=${format}`)).json()) as OracleEntry[];
      const el = await fixture<ArticleReferences>(html`<article-references format=${format} without-copy without-export></article-references>`);
      const mismatches: Array<{ name: string; citeproc: string; element: string }> = [];
      const tally = new Map<string, [number, number]>();
      for (const batch of batches(oracle)) {
        el.items = batch.map((entry) => entry.item);
        await el.updateComplete;
        const citations = shadow(el, '[part~=citation]');
        expect(citations).to.have.length(batch.length);
        batch.forEach((entry, index) => {
          const element = normalisedHtml(citations[index]);
          const [matched, total] = tally.get(entry.set) ?? [0, 0];
          tally.set(entry.set, [matched + Number(element === entry.html), total + 1]);
          if (element !== entry.html) mismatches.push({ name: entry.name, citeproc: entry.html, element });
        });
      }
      for (const [set, [matched, total]] of tally) {
        console.log(`${format} ${set}: ${matched}/${total} entries match citeproc-js (${((100 * matched) / total).toFixed(1)} %)`);
      }
      expect(mismatches).to.deep.equal([]);
      expect(tally.get('corpus')![1]).to.be.at.least(30);
    });
  }
});
