import type { CslItem } from '../../directory/contract.js';
import { isoParts, readDate } from './format/dates.js';
import { doi, doiHref, names, raw, webHref } from './format/fields.js';

/**
 * The opt-in JSON-LD for the host page: a schema.org `CreativeWork` (the page's article) whose
 * `citation` lists each reference as a typed work, or as its text when the widget has no data for it.
 */

/** The schema.org types of the CSL types that have one; any other is a `CreativeWork`. */
const SCHEMA_ORG: Record<string, string> = {
  'article-journal': 'ScholarlyArticle',
  // A preprint.
  article: 'ScholarlyArticle',
  book: 'Book',
  chapter: 'Chapter',
  report: 'Report',
  webpage: 'WebPage',
  thesis: 'Thesis',
};

function work(item: CslItem): Record<string, unknown> {
  const id = doi(item);
  const ofItem = (key: string) => raw(item, key) || undefined;
  const type = raw(item, 'type');
  return {
    '@type': Object.hasOwn(SCHEMA_ORG, type) ? SCHEMA_ORG[type] : 'CreativeWork',
    name: ofItem('title'),
    author: names(item, 'author').map((name) =>
      name.literal
        ? { '@type': 'Organization', name: name.literal }
        : { '@type': 'Person', givenName: name.given, familyName: [name['non-dropping-particle'], name.family].filter(Boolean).join(' ') },
    ),
    datePublished: isoParts(readDate(item, 'issued')).join('-') || undefined,
    isPartOf: ofItem('container-title') && { '@type': 'CreativeWork', name: ofItem('container-title') },
    isbn: ofItem('ISBN'),
    identifier: id ? `https://doi.org/${id}` : undefined,
    url: id ? doiHref(id) : webHref(raw(item, 'URL')),
  };
}

/** The JSON text; `<` is escaped so that the text stays inert if the page is ever serialised. */
export const toJsonLd = (entries: ReadonlyArray<{ item?: CslItem; text: string }>, page: string): string =>
  JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    url: page,
    citation: entries.map(({ item, text }) => (item ? work(item) : text)),
  }).replace(/</g, '\\u003c');
