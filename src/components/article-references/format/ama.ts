import { usDate, year } from './dates.js';
import { formatNames, type NameStyle } from './names.js';
import { edition, formatNumber, numbered } from './numbers.js';
import { doiLink, inTitleCase, oneOf, urlLink, type Reference } from './reference.js';
import { affix, italic, join, text, type Part } from './runs.js';

/**
 * AMA 11 (american-medical-association.csl): "Yavi M, Lee H, Henter ID, et al. Title. *Journal*.
 * 2022;2(1):9. doi:…". Exact for the types that APA is exact for; other types take the layout of a
 * journal article.
 */

const NAMES: NameStyle = { inverted: true, etAl: 3 };

// The style's locale sets a hyphen as the range delimiter: "1402-1411".
const number = (value: string): string => formatNumber(value, '-');
const pages = (value: string): string => formatNumber(value, '-', 'expanded');

export function ama(reference: Reference): Part {
  const { type, title, editors, authors, publisher } = reference;
  const editorList = editors.length ? `${formatNames(editors, NAMES)}, ${editors.length > 1 ? 'eds.' : 'ed.'}` : '';
  // CSL <substitute>: the editors, else the title, stand in for missing authors and are not repeated.
  const editorNames = authors.length ? editorList : '';
  const byTitle = !authors.length && !editorList;
  const titlePart = oneOf(type, 'book report thesis')
    ? italic(inTitleCase(reference, title))
    : text(title);
  const author = authors.length ? text(formatNames(authors, NAMES)) : byTitle ? titlePart : text(editorList);
  const volume = numbered(reference.volume, 'Vol', 'Vols', number);
  const publishedIn = join('; ', text(publisher), text(year(reference.issued)));

  let details: Part[];
  if (oneOf(type, 'book report')) {
    details = [join(':', join('. ', text(volume), text(edition(reference.edition)), affix('(', text(editorNames), ')'), publishedIn), text(pages(reference.page)))];
  } else if (type === 'chapter') {
    const book = join('. ', text(editorNames), italic(inTitleCase(reference, reference.container), true), text(volume), text(edition(reference.edition)), text(reference.collection), publishedIn);
    details = [join(':', affix('In: ', book), text(pages(reference.page)))];
  } else if (type === 'webpage') {
    details = [text(reference.container), text(usDate(reference.issued))];
  } else if (type === 'thesis') {
    details = [text(reference.genre), publishedIn];
  } else {
    // Journal articles, preprints and any other type. Without volume or issue the date is the day the
    // work went online: "Published online March 5, 2021", for a preprint "Preprint posted online …".
    const preprint = type === 'article';
    const date = reference.issue || reference.volume
      ? text(year(reference.issued))
      : affix(preprint ? 'Preprint posted online ' : 'Published online ', text(usDate(reference.issued)));
    const volumeIssue = join('', text(number(reference.volume)), affix('(', text(number(reference.issue)), ')'));
    details = [
      text(editorNames),
      italic(reference.containerShort.replace(/\./g, ''), true),
      preprint ? italic(publisher, true) : [],
      join(':', join(';', date, volumeIssue), text(reference.number ? number(reference.number) : pages(reference.page))),
    ];
  }

  const access = reference.doi
    ? doiLink(reference, 'doi:')
    : reference.url
      ? join('. ', text(reference.accessed ? `Accessed ${usDate(reference.accessed)}` : ''), urlLink(reference))
      : [];
  return join('. ', affix('', join('. ', author, byTitle ? [] : titlePart, ...details), '.'), access);
}
