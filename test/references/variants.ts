import type { CslItem } from '../../src/directory/contract.js';

/**
 * Records derived from the corpus, to test the formatter on the shapes real data takes when it is
 * incomplete: each corpus record without its DOI, date, authors, pages… These are not real
 * publications (the corpus is); they only have to be formatted the way citeproc-js formats them.
 */

type Change = (item: CslItem) => CslItem;

const without =
  (...keys: string[]): Change =>
  (item) => {
    const copy = structuredClone(item);
    for (const key of keys) delete copy[key];
    return copy;
  };

const withFields =
  (fields: Partial<CslItem>): Change =>
  (item) => ({ ...structuredClone(item), ...fields });

const CHANGES: Record<string, Change> = {
  'no DOI': without('DOI'),
  'no date': without('issued'),
  'no authors': without('author'),
  'no authors or editors': without('author', 'editor'),
  'a URL read on a date instead of a DOI': (item) => ({ ...without('DOI')(item), URL: 'https://example.org/record', accessed: { 'date-parts': [[2024, 1, 9]] } }),
  'an undated URL': (item) => ({ ...without('DOI', 'issued')(item), URL: 'https://example.org/record' }),
  'an editor': withFields({ editor: [{ family: 'Smith', given: 'Ann B.' }] }),
  'no pages or issue': without('page', 'issue'),
  'no container title': without('container-title', 'container-title-short'),
  'a PubMed id': withFields({ PMID: '12345678' }),
  'German (no title case)': withFields({ language: 'de' }),
  'a title ending in "?"': (item) => ({ ...structuredClone(item), title: `${String(item.title ?? '')}?` }),
  'a number': withFields({ number: '42' }),
  'an edition and a volume': withFields({ edition: '2', volume: '3' }),
  'lettered page ranges': withFields({ page: 'e1-5' }),
  'a list of page ranges': withFields({ page: 'S10-S15, 20' }),
  'ranges of volumes and issues': withFields({ volume: '1-2', issue: '3-4' }),
  'a hyphenated report number': withFields({ number: 'PEP20-07-01-001' }),
  'a literal date': withFields({ issued: { literal: 'Spring 2020' } }),
};

export interface Variant {
  name: string;
  item: CslItem;
}

export const variantsOf = (items: readonly CslItem[]): Variant[] =>
  Object.entries(CHANGES).flatMap(([change, apply]) =>
    items.map((item) => ({ name: `${item.id} with ${change}`, item: { ...apply(item), id: `${item.id}#${change}` } })),
  );

/** One record with 3 to 21 of its authors: the boundaries of "et al." in all three styles. */
export const authorCountsOf = (item: CslItem): Variant[] =>
  [1, 2, 3, 6, 7, 19, 20, 21].map((count) => ({
    name: `${item.id} with ${count} authors`,
    item: { ...structuredClone(item), id: `${item.id}#${count}`, author: (item.author ?? []).slice(0, count) },
  }));

/** Titles that exercise title case and punctuation, on a book, a chapter and a journal article. */
export function titlesOn(book: CslItem, chapter: CslItem, article: CslItem): Variant[] {
  const titles = [
    'The in-crowd: what it is up to',
    'e-Health and mHealth: the iPhone era',
    'COVID-19 and SARS-CoV-2: a review of what we know',
    'Is it over? yes: a study of endings',
    'Through the looking-glass, and what Alice found there',
    'vitamin d and depression: a meta-analysis',
    'Psilocybin-assisted therapy for depression!',
    "It's the patients' choice",
    'α-synuclein in Parkinson disease',
  ];
  return titles.flatMap((title) => [
    { name: `book "${title}"`, item: { ...structuredClone(book), id: `book:${title}`, title } },
    { name: `chapter in "${title}"`, item: { ...structuredClone(chapter), id: `chapter:${title}`, 'container-title': title } },
    { name: `article in "${title}"`, item: { ...structuredClone(article), id: `article:${title}`, 'container-title': title, 'container-title-short': title } },
  ]);
}
