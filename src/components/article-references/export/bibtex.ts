import type { CslItem, CslName } from '../../../directory/contract.js';
import { readDate } from '../format/dates.js';
import { doi, names, raw } from '../format/fields.js';

/**
 * BibTeX export. Entry types are BibTeX's where it has one; web pages, data sets and software use
 * biblatex's `@online`, `@dataset` and `@software`, and a preprint is `@misc` (neither has a
 * preprint type). Text is escaped, unicode is kept (biber and modern BibTeX read UTF-8).
 */

const TYPES: Record<string, string> = {
  'article-journal': 'article',
  'article-magazine': 'article',
  'article-newspaper': 'article',
  book: 'book',
  chapter: 'incollection',
  'paper-conference': 'inproceedings',
  report: 'techreport',
  webpage: 'online',
  post: 'online',
  'post-weblog': 'online',
  dataset: 'dataset',
  software: 'software',
};
const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

const escape = (value: string): string => value.replace(/[\\{}%&$#_~^]/g, (char) => SPECIAL[char] ?? char);

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
  return [family, name.suffix && escape(name.suffix), name.given && escape(name.given)].filter((part) => part !== undefined && part !== '').join(', ');
};

const bibNames = (list: CslName[]): string => list.map(bibName).join(' and ');

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
  const type = raw(item, 'type');
  const genre = raw(item, 'genre');
  const bibType = type === 'thesis' ? (/master/i.test(genre) ? 'mastersthesis' : 'phdthesis') : (TYPES[type] ?? 'misc');
  const date = readDate(item, 'issued');
  const accessed = readDate(item, 'accessed');
  const iso = (value: typeof date): string =>
    value?.year && value.month && value.month <= 12
      ? [value.year, value.month, value.day].filter(Boolean).map((part) => String(part).padStart(2, '0')).join('-')
      : '';
  const year = date?.literal ?? (date?.year ? String(date.year) : '');
  const text = (key: string): string => escape(raw(item, key));
  const fields: Array<[string, string]> = [
    ['author', bibNames(names(item, 'author'))],
    ['editor', bibNames(names(item, 'editor'))],
    ['title', protectCapitals(text('title'))],
    [bibType === 'article' ? 'journal' : 'booktitle', text('container-title')],
    ['edition', text('edition')],
    ['volume', text('volume')],
    ['number', bibType === 'techreport' ? text('number') : text('issue')],
    ['eid', bibType === 'article' ? text('number') : ''],
    ['pages', text('page').replace(/\s*[-–]+\s*/g, '--')],
    ['year', escape(year)],
    ['month', date?.month && date.month <= 12 ? (MONTHS[date.month - 1] ?? '') : ''],
    ['date', iso(date)],
    [bibType.endsWith('thesis') ? 'school' : bibType === 'techreport' ? 'institution' : 'publisher', oneOfList(text('publisher'))],
    ['address', oneOfList(text('publisher-place'))],
    ['type', escape(genre)],
    ['series', text('collection-title')],
    ['isbn', text('ISBN')],
    ['issn', text('ISSN')],
    ['doi', verbatim(doi(item))],
    ['url', verbatim(raw(item, 'URL'))],
    ['urldate', iso(accessed)],
  ];
  const body = fields
    .filter(([, value]) => value)
    .map(([field, value]) => `  ${field} = ${field === 'month' ? value : `{${value}}`}`)
    .join(',\n');
  return `@${bibType}{${citationKey(item, year, used)},\n${body}\n}\n`;
}

/** A BibTeX file of the items, one entry each, with unique citation keys such as "Berman2000Antidepressant". */
export function toBibTeX(items: readonly CslItem[]): string {
  const used = new Set<string>();
  return items.map((item) => entry(typeof item === 'object' && item !== null ? item : ({} as CslItem), used)).join('\n');
}
