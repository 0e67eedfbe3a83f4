import type { CslItem, CslName } from '../../../directory/contract.js';
import { readDate, type CitedDate } from './dates.js';
import { curly, doi, doiHref, has, names, prose, raw, webHref } from './fields.js';
import { link, type Part } from './runs.js';
import { titleCase } from './text-case.js';

/** The fields the three styles read, read once and safely from any CSL-JSON item. */
export interface Reference {
  item: CslItem;
  type: string;
  title: string;
  container: string;
  /** `container-title-short`, else the full title. */
  containerShort: string;
  publisher: string;
  place: string;
  genre: string;
  number: string;
  volume: string;
  issue: string;
  page: string;
  edition: string;
  collection: string;
  collectionNumber: string;
  doi: string;
  url: string;
  authors: CslName[];
  editors: CslName[];
  issued: CitedDate | undefined;
  accessed: CitedDate | undefined;
  /** Title case is an English convention; citeproc-js leaves other languages as written. */
  english: boolean;
}

export function read(item: CslItem): Reference {
  const container = prose(item, 'container-title');
  return {
    item,
    type: raw(item, 'type'),
    title: prose(item, 'title'),
    container,
    containerShort: curly(raw(item, 'container-title-short')) || container,
    publisher: prose(item, 'publisher'),
    place: prose(item, 'publisher-place'),
    genre: prose(item, 'genre'),
    number: raw(item, 'number'),
    volume: raw(item, 'volume'),
    issue: raw(item, 'issue'),
    page: raw(item, 'page'),
    edition: raw(item, 'edition'),
    collection: prose(item, 'collection-title'),
    collectionNumber: raw(item, 'collection-number'),
    doi: doi(item),
    url: raw(item, 'URL'),
    authors: names(item, 'author'),
    editors: names(item, 'editor'),
    issued: readDate(item, 'issued'),
    accessed: readDate(item, 'accessed'),
    english: !has(item, 'language') || /^en\b/i.test(raw(item, 'language')),
  };
}

/** Whether `type` is one of the space-separated CSL types in `list`. */
export const oneOf = (type: string, list: string): boolean => list.split(' ').includes(type);

export const inTitleCase = (reference: Reference, value: string): string =>
  reference.english ? titleCase(value) : value;

/** The DOI as the style prints it ("https://doi.org/…" or "doi:…"), always linking to doi.org. */
export const doiLink = (reference: Reference, prefix: string): Part =>
  reference.doi ? link(prefix + reference.doi, doiHref(reference.doi)) : [];

export const urlLink = (reference: Reference): Part => link(reference.url, webHref(reference.url));
