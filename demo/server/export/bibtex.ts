import { isoParts, monthOf, readDate, year, type CitedDate } from '../../../src/components/article-references/format/dates.ts';
import { doi, names, raw } from '../../../src/components/article-references/format/fields.ts';
import type { CslItem, CslName } from '../../../src/directory/contract.ts';
import { typeNames } from './types.ts';

/**
 * BibTeX export. Entry types are BibTeX's where it has one; web pages, data sets and software use
 * biblatex's `@online`, `@dataset` and `@software`, and a preprint is `@misc` (neither has a
 * preprint type). Text is escaped, unicode is kept (biber and modern BibTeX read UTF-8).
 */

/** The special characters that TeX escapes with a command rather than a backslash. */
const COMMANDS: Record<string, string> = { '\\': 'textbackslash', '~': 'textasciitilde', '^': 'textasciicircum' };

const escape = (value: string): string => value.replace(/[\\{}%&$#_~^]/g, (char) => (COMMANDS[char] ? `\\${COMMANDS[char]}{}` : `\\${char}`));

/** Braces keep a title's capitals ("{DSM-IV}", "{Psilocybin}") through styles that lower-case titles. */
const protectCapitals = (value: string): string =>
  value.replace(/[\p{L}\p{N}'’*-]+/gu, (word, offset: number) => (/\p{Lu}/u.test(offset ? word : word.slice(1)) ? `{${word}}` : word));

/** Braces keep "and" in a publisher ("Allyn and Bacon") from making it a list of two. */
const oneOfList = (value: string): string => (/\band\b/.test(value) ? `{${value}}` : value);

/** Braces keep a family name whole: "{de Boer}" is not "de" + "Boer", "{Smith and Sons}" not two names. */
const wholeFamily = (value: string): string => (/\band\b|,|^\p{Ll}/u.test(value) ? `{${value}}` : value);

/** URLs and DOIs are verbatim fields; only what would unbalance the entry is percent-encoded. */
const verbatim = (value: string): string => value.replace(/[{}\\]/g, (char) => encodeURIComponent(char));

const bibName = (name: CslName): string => {
  if (name.literal || !name.family) return `{${escape(name.literal ?? name.given ?? '')}}`;
  const particle = name['non-dropping-particle'];
  const family = (particle ? escape(particle) + ' ' : '') + wholeFamily(escape(name.family));
  return [family, name.suffix && escape(name.suffix), name.given && escape(name.given)].filter(Boolean).join(', ');
};

const bibNames = (list: CslName[]): string => list.map(bibName).join(' and ');

/** biblatex's `date` and `urldate`, where the date has a month. */
const isoDate = (date: CitedDate | undefined): string => (isoParts(date).length > 1 ? isoParts(date).join('-') : '');

const ascii = (value = ''): string => value.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '');

function citationKey(item: CslItem, year: string, used: Set<string>): string {
  const [first] = [...names(item, 'author'), ...names(item, 'editor')];
  const word = raw(item, 'title').split(' ').find((candidate) => ascii(candidate).length > 3);
  const base = ascii(first?.family ?? first?.literal?.split(' ')[0]) + ascii(year) + ascii(word) || 'reference';
  let key = base;
  for (let suffix = 10; used.has(key); suffix++) key = base + suffix.toString(36);
  used.add(key);
  return key;
}

function entry(item: CslItem, used: Set<string>): string {
  const genre = raw(item, 'genre');
  const [type = 'misc'] = typeNames(raw(item, 'type'));
  const bibType = type === 'phdthesis' && /master/i.test(genre) ? 'mastersthesis' : type;
  const issued = readDate(item, 'issued');
  const month = issued?.month ?? 13;
  const text = (key: string): string => escape(raw(item, key));
  const fields = {
    author: bibNames(names(item, 'author')),
    editor: bibNames(names(item, 'editor')),
    title: protectCapitals(text('title')),
    [bibType === 'article' ? 'journal' : 'booktitle']: text('container-title'),
    edition: text('edition'),
    volume: text('volume'),
    number: text(bibType === 'techreport' ? 'number' : 'issue'),
    eid: bibType === 'article' ? text('number') : '',
    pages: text('page').replace(/\s*[-–]+\s*/g, '--'),
    year: escape(year(issued)),
    // BibTeX's month macros: jan, feb…
    month: month > 12 ? '' : monthOf(month).slice(0, 3).toLowerCase(),
    date: isoDate(issued),
    [bibType.endsWith('thesis') ? 'school' : bibType === 'techreport' ? 'institution' : 'publisher']: oneOfList(text('publisher')),
    address: oneOfList(text('publisher-place')),
    type: escape(genre),
    series: text('collection-title'),
    isbn: text('ISBN'),
    issn: text('ISSN'),
    doi: verbatim(doi(item)),
    url: verbatim(raw(item, 'URL')),
    urldate: isoDate(readDate(item, 'accessed')),
  };
  const body = Object.entries(fields)
    .filter(([, value]) => value)
    .map(([field, value]) => `  ${field} = ${field === 'month' ? value : `{${value}}`}`)
    .join(',\n');
  return `@${bibType}{${citationKey(item, year(issued), used)},\n${body}\n}\n`;
}

/** A BibTeX file of the items (objects, as the element keeps them), one entry each, with unique citation keys such as "Berman2000Antidepressant". */
export function toBibTeX(items: readonly CslItem[]): string {
  const used = new Set<string>();
  return items.map((item) => entry(item, used)).join('\n');
}
