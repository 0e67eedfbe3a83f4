import type { CslItem, CslName } from '../../../directory/contract.js';
import { readDate, type CitedDate } from '../format/dates.js';
import { doi, names, raw } from '../format/fields.js';

/**
 * RIS export: one record per item, from `TY  - ` to `ER  - `, lines ending in CRLF as the RIS
 * specification asks. RIS has no preprint type, so a preprint is a generic record (`GEN`).
 */

const TYPES: Record<string, string> = {
  'article-journal': 'JOUR',
  'article-magazine': 'MGZN',
  'article-newspaper': 'NEWS',
  book: 'BOOK',
  chapter: 'CHAP',
  'paper-conference': 'CONF',
  report: 'RPRT',
  thesis: 'THES',
  webpage: 'ELEC',
  'post-weblog': 'BLOG',
  dataset: 'DATA',
  software: 'COMP',
  motion_picture: 'VIDEO',
};

const risName = (name: CslName): string =>
  name.literal ??
  [[name['non-dropping-particle'], name.family].filter(Boolean).join(' '), name.given, name.suffix].filter(Boolean).join(', ');

/** RIS dates are "YYYY/MM/DD/other". */
const risDate = (date: CitedDate | undefined): string =>
  date?.year
    ? `${date.year}/${date.month && date.month <= 12 ? String(date.month).padStart(2, '0') : ''}/${date.day ? String(date.day).padStart(2, '0') : ''}/`
    : date?.literal
      ? `///${date.literal}`
      : '';

function record(item: CslItem): string {
  const type = TYPES[raw(item, 'type')] ?? 'GEN';
  const authors = names(item, 'author');
  const editors = names(item, 'editor');
  // An edited book lists its editors as the authors of an EDBOOK; a book with both keeps editors in A3.
  const risType = type === 'BOOK' && !authors.length && editors.length ? 'EDBOOK' : type;
  const series = type === 'RPRT' || type === 'BOOK';
  const [first, last] = raw(item, 'page').split(/\s*[-–]+\s*/);
  const issued = readDate(item, 'issued');
  const lines: Array<[string, string | undefined]> = [
    ['TY', risType],
    ...(risType === 'EDBOOK' ? editors : authors).map((name): [string, string] => ['AU', risName(name)]),
    ...(risType === 'EDBOOK' ? [] : editors).map((name): [string, string] => [type === 'BOOK' ? 'A3' : 'A2', risName(name)]),
    ['TI', raw(item, 'title')],
    [type === 'CONF' ? 'C3' : 'T2', series ? raw(item, 'collection-title') : raw(item, 'container-title')],
    ['J2', raw(item, 'container-title-short')],
    ['T3', series ? '' : raw(item, 'collection-title')],
    ['NV', type === 'RPRT' ? raw(item, 'collection-number') : ''],
    ['VL', raw(item, 'volume')],
    ['IS', raw(item, 'issue')],
    ['SP', first],
    ['EP', last],
    ['ET', raw(item, 'edition')],
    ['PY', issued?.year ? String(issued.year) : ''],
    ['DA', risDate(issued)],
    ['PB', raw(item, 'publisher')],
    ['CY', raw(item, 'publisher-place')],
    ['M3', raw(item, 'genre')],
    [type === 'JOUR' ? 'C7' : type === 'RPRT' ? 'SN' : 'M1', raw(item, 'number')],
    ['SN', type === 'RPRT' ? '' : raw(item, 'ISBN') || raw(item, 'ISSN')],
    ['DO', doi(item)],
    ['UR', raw(item, 'URL')],
    ['Y2', risDate(readDate(item, 'accessed'))],
    ['LA', raw(item, 'language')],
  ];
  return [...lines.filter(([, value]) => value).map(([tag, value]) => `${tag}  - ${value}`), 'ER  - '].join('\r\n') + '\r\n';
}

/** An RIS file of the items. */
export const toRIS = (items: readonly CslItem[]): string =>
  items.map((item) => record(typeof item === 'object' && item !== null ? item : ({} as CslItem))).join('\r\n');
