import { nlmDate, year } from './dates.js';
import { has, raw } from './fields.js';
import { formatNames, type NameStyle } from './names.js';
import { edition, formatNumber, numbered } from './numbers.js';
import { doiLink, urlLink, type Reference } from './reference.js';
import { affix, join, text, type Part } from './runs.js';
import { capitalizeFirst } from './text-case.js';

/**
 * Vancouver (nlm-citation-sequence.csl, Citing Medicine): "Yavi M, Lee H, Henter ID. Title. Discover
 * Ment Health. 2022 Jan 5;2(1):9. doi:…". No italics; web sources carry "[Internet]" and "[cited …]". Exact for the types that APA is exact for;
 * other types take the layout of a book (or, inside a container, of a chapter).
 */

const NAMES: NameStyle = { inverted: true, etAl: 6 };

const number = (value: string): string => formatNumber(value, '–');
const pages = (value: string): string => formatNumber(value, '–', 'minimal');

export function vancouver(reference: Reference): Part {
  const { type, title, container, editors, authors, url, item } = reference;
  const serial = type === 'article-journal';
  const chapter = type === 'chapter';
  // A page listed under its site is entered by the site's name (Citing Medicine, ch. 25).
  const sitePage = type === 'webpage' && !!container;
  // A journal article found through its DOI or PubMed needs no "[Internet]" nor "[cited …]".
  const indexed = serial && has(item, 'DOI PMID');
  const editorList = editors.length ? `${formatNames(editors, NAMES)}, ${editors.length > 1 ? 'editors' : 'editor'}` : '';
  const volume = numbered(reference.volume, 'Vol.', 'Vols.', number);
  const medium = !chapter && url ? 'Internet' : '';
  const cited = url && reference.accessed ? text(`[cited ${nlmDate(reference.accessed)}]`) : [];

  const titlePart = join(
    ' ',
    text(sitePage ? container : title),
    affix('[', text(reference.genre), ']'),
    sitePage || !container ? affix('[', text(medium), ']') : [],
  );
  // citeproc-js keeps "In" even when nothing follows it: the term sits in a macro of its own.
  const containerPart = join(
    ': ',
    text(chapter ? 'In' : ''),
    join(
      '. ',
      text(authors.length ? editorList : ''),
      type === 'webpage'
        ? []
        : container
          ? join(
              '. ',
              join(' ', text(serial ? reference.containerShort.replace(/\./g, '') : container), text(indexed || !url ? '' : '[Internet]')),
              text(edition(reference.edition)),
            )
          : text(volume),
    ),
  );
  const date = serial
    ? join(':', join(' ', text(nlmDate(reference.issued)), indexed ? [] : cited), [])
    : join(' ', text(type === 'report' ? nlmDate(reference.issued, false) : year(reference.issued)), cited);
  const volumeIssuePages = serial
    ? join(':', join('', text(reference.collection), text(number(reference.volume)), affix('(', text(number(reference.issue)), ')')), text(reference.number ? number(reference.number) : pages(reference.page)))
    : [];
  const publisher = serial
    ? []
    : join(': ', text(type === 'thesis' ? reference.place && `[${reference.place}]` : reference.place), text(reference.publisher));
  // Citing Medicine gives a book's extent (`number-of-pages`, "350 p."); the widget leaves it out.
  const pagination = serial || type === 'book' ? [] : text(reference.page && `p. ${pages(reference.page)}`);
  const series = serial
    ? []
    : affix('(', join('; ', text(reference.collection), text(numbered(reference.collectionNumber, 'no.', 'nos.', number))), ')');
  const reportNumber = type === 'report' && reference.number
    ? join(' ', text(capitalizeFirst(reference.genre) || 'Report'), text(numbered(reference.number, 'no.:', 'nos.:', number)))
    : [];

  const main = join(
    '. ',
    text(authors.length ? formatNames(authors, NAMES) : editorList),
    titlePart,
    container ? [] : text(edition(reference.edition)),
    containerPart,
    join('; ', publisher, join(';', date, volumeIssuePages)),
    pagination,
    text(sitePage ? title : ''),
    series,
    reportNumber,
  );
  const availability = join(' ', indexed ? [] : affix('Available from: ', urlLink(reference)), doiLink(reference, 'doi:'));
  return join(' ', affix('', main, '.'), availability, affix('PubMed PMID: ', text(raw(item, 'PMID')), '.'));
}
