import type { CslItem, CslName } from '../../src/directory/contract.js';

/**
 * What the BibTeX and RIS exports must carry back: the Node export tests and the browser tests of
 * the downloads compare a file's items with the originals in this form.
 */

const text = (value: unknown): string | undefined =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;

/**
 * A name as both formats can carry it. RIS readers keep a particle inside the family name
 * ("van der Kolk") and BibTeX marks a group author only by braces, so it reads back as a family
 * name; citeproc-js prints either form the same way.
 */
const nameOf = (name: CslName) => ({
  family: name.literal ?? [name['non-dropping-particle'], name.family].filter(Boolean).join(' '),
  given: name.given,
  suffix: name.suffix,
});

/** The fields that matter to a reader of the reference, in a form that both sides can be compared in. */
export function fieldsThatMatter(item: CslItem, containerKey = 'container-title') {
  return {
    type: item.type,
    title: item.title,
    author: (item.author ?? []).map(nameOf),
    editor: (item.editor ?? []).map(nameOf),
    year: text(item.issued?.['date-parts']?.[0]?.[0]),
    container: text(item[containerKey]),
    volume: text(item.volume),
    issue: text(item.issue),
    page: item.page,
    DOI: item.DOI,
    URL: item.URL,
    publisher: item.publisher,
    place: item['publisher-place'],
    ISBN: item.ISBN,
    edition: text(item.edition),
    genre: item.genre,
  };
}

export type Fields = ReturnType<typeof fieldsThatMatter>;
