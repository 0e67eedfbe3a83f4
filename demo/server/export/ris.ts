import { isoParts, readDate, type CitedDate } from '../../../src/components/article-references/format/dates.ts';
import { doi, names, raw } from '../../../src/components/article-references/format/fields.ts';
import type { CslItem, CslName } from '../../../src/directory/contract.ts';
import { typeNames } from './types.ts';

/**
 * RIS export: one record per item, from `TY  - ` to `ER  - `, lines ending in CRLF as the RIS
 * specification asks. RIS has no preprint type, so a preprint is a generic record (`GEN`).
 */

const risName = (name: CslName): string =>
  name.literal ?? [[name['non-dropping-particle'], name.family].filter(Boolean).join(' '), name.given, name.suffix].filter(Boolean).join(', ');

/** RIS dates are "YYYY/MM/DD/other". */
const risDate = (date: CitedDate | undefined): string => {
  const [year, month = '', day = ''] = isoParts(date);
  return year ? `${year}/${month}/${day}/` : date?.literal ? `///${date.literal}` : '';
};

function record(item: CslItem): string {
  const [, type = 'GEN'] = typeNames(raw(item, 'type'));
  const authors = names(item, 'author');
  const editors = names(item, 'editor');
  // An edited book lists its editors as the authors of an EDBOOK; a book with both keeps editors in A3.
  const edited = type === 'BOOK' && !authors.length && editors.length > 0;
  const report = type === 'RPRT';
  // A report's or a book's collection is its series; their `T2` is the series, not a container.
  const series = report || type === 'BOOK';
  const [first, last] = raw(item, 'page').split(/\s*[-–]+\s*/);
  const issued = readDate(item, 'issued');
  const tags: Record<string, string | string[] | undefined> = {
    TY: edited ? 'EDBOOK' : type,
    AU: (edited ? editors : authors).map(risName),
    [type === 'BOOK' ? 'A3' : 'A2']: edited ? [] : editors.map(risName),
    TI: raw(item, 'title'),
    [type === 'CONF' ? 'C3' : 'T2']: raw(item, series ? 'collection-title' : 'container-title'),
    J2: raw(item, 'container-title-short'),
    T3: series ? '' : raw(item, 'collection-title'),
    NV: report ? raw(item, 'collection-number') : '',
    VL: raw(item, 'volume'),
    IS: raw(item, 'issue'),
    SP: first,
    EP: last,
    ET: raw(item, 'edition'),
    PY: isoParts(issued)[0],
    DA: risDate(issued),
    PB: raw(item, 'publisher'),
    CY: raw(item, 'publisher-place'),
    M3: raw(item, 'genre'),
    // A report's number is its `SN`, so it has no place for an ISBN.
    [type === 'JOUR' ? 'C7' : 'M1']: report ? '' : raw(item, 'number'),
    SN: report ? raw(item, 'number') : raw(item, 'ISBN') || raw(item, 'ISSN'),
    DO: doi(item),
    UR: raw(item, 'URL'),
    Y2: risDate(readDate(item, 'accessed')),
    LA: raw(item, 'language'),
  };
  const lines = Object.entries(tags).flatMap(([tag, values]) => [values ?? []].flat().filter(Boolean).map((value) => `${tag}  - ${value}`));
  return [...lines, 'ER  - '].join('\r\n') + '\r\n';
}

/** An RIS file of the items (objects, as the element keeps them). */
export const toRIS = (items: readonly CslItem[]): string => items.map(record).join('\r\n');
