import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CitationFormat } from '../../src/components/article-references/format/index.js';
import type { CslItem } from '../../src/directory/contract.js';
import { normalizeEntryHtml } from './normalized-html.js';

/**
 * The test oracle: citeproc-js (through citation-js) with the official CSL styles from the shared
 * fixtures. Node only; browser tests can reach it through test-runner middleware.
 */

const require = createRequire(import.meta.url);
const { Cite, plugins } = require('@citation-js/core') as typeof import('@citation-js/core');
require('@citation-js/plugin-csl');

const STYLE_FILES: Record<CitationFormat, string> = {
  apa: 'apa.csl',
  ama: 'american-medical-association.csl',
  vancouver: 'nlm-citation-sequence.csl',
};
const STYLE_DIRECTORY = new URL('./csl/', import.meta.url);
const registered = new Set<CitationFormat>();

function template(format: CitationFormat): string {
  const name = `oracle-${format}`;
  if (!registered.has(format)) {
    plugins.config.get('@csl').styles.add(name, readFileSync(new URL(STYLE_FILES[format], STYLE_DIRECTORY), 'utf8'));
    registered.add(format);
  }
  return name;
}

/** citeproc-js's bibliography entry for one item, without its number, in the normalised HTML form. */
export function renderOracle(item: CslItem, format: CitationFormat): string {
  const html = new Cite(item).format('bibliography', { format: 'html', template: template(format), lang: 'en-US' });
  return normalizeEntryHtml(html);
}
