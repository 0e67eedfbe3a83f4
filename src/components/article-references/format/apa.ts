import { monthDay, usDate, year } from './dates.js';
import { formatNames, type NameStyle } from './names.js';
import { edition, formatNumber, isNumeric, labelled, numbered } from './numbers.js';
import { doiLink, inTitleCase, urlLink, type Reference } from './reference.js';
import { affix, italic, join, text, toPlainText, type Part } from './runs.js';
import { capitalizeFirst } from './text-case.js';

/**
 * APA 7 (apa.csl): "Yavi, M., Lee, H., & Zarate, C. A., Jr. (2022). Title. *Journal*, *2*(1), 9.
 * https://doi.org/…". The parts below carry the names of apa.csl's macros. Exact for journal
 * articles, books, chapters, reports, web pages, preprints and theses; other types take the layout
 * of a book (or, inside a container, of a chapter).
 */

const AUTHORS: NameStyle = { apa: true, inverted: true };
const EDITORS: NameStyle = { apa: true, inverted: false };


const number = (value: string): string => formatNumber(value, '–');
const pages = (value: string): string => formatNumber(value, '–', 'expanded');
const capitalized = (value: string): string => capitalizeFirst(number(value));

export function apa(reference: Reference): Part {
  const { type, title, container, editors, authors, publisher, genre, volume } = reference;
  // A journal article's source is the journal with its volume, issue and pages.
  const serial = type === 'article-journal';
  const web = type === 'webpage';
  const report = type === 'report';
  const thesis = type === 'thesis';
  const edited = editors.length > 0;
  // CSL <substitute>: without authors, the editors, a web page's publisher or else the title lead
  // the entry, and what leads is not repeated further on.
  const byEditors = !authors.length && edited;
  const byPublisher = !authors.length && !edited && web && !!publisher;
  const byTitle = !authors.length && !edited && !byPublisher;
  const editorNames = formatNames(editors, EDITORS);
  const editorLabel = editors.length > 1 ? 'Eds.' : 'Ed.';
  // A volume that is not a number ("III") belongs to the book's title.
  const volumeTitle = volume && !isNumeric(volume) ? capitalized(volume) : '';

  const titleText = toPlainText(join(': ', text(title), text(!serial && !web && !container ? volumeTitle : '')));
  const titlePart = web || !container ? italic(titleText) : text(titleText);

  const identifierNumber = reference.number
    ? join(
        ' ',
        text(thesis && genre ? 'Publication' : inTitleCase(reference, genre)),
        text(numbered(reference.number, 'No.', 'Nos.', capitalized)),
      )
    : [];
  const contributors = !serial && (web || !container) && !byEditors && edited ? text(`${editorNames}, ${editorLabel}`) : [];
  const identifierMonographic =
    serial || web
      ? []
      : join(
          ', ',
          text(edition(reference.edition)),
          report ? join(' ', text(inTitleCase(reference, reference.collection)), text(number(reference.collectionNumber))) : [],
          text(isNumeric(volume) ? labelled(volume, 'Vol.', 'Vols.', number) : ''),
          text(labelled(reference.issue, 'Issue', 'Issues', number)),
          text(labelled(reference.page, 'p.', 'pp.', pages)),
        );
  const identifier = affix(
    '(',
    web
      ? join('; ', contributors, identifierNumber)
      : report && !container
        ? join('; ', contributors, title ? identifierNumber : [], identifierMonographic)
        : container
          ? []
          : join('; ', contributors, identifierNumber, identifierMonographic),
    ')',
  );

  const descriptionFormat = text(reference.number ? '' : capitalizeFirst(genre));
  // A thesis names its university in the description once it is published (has a DOI or URL).
  const publishedThesis = thesis && (!!reference.doi || !!reference.url);
  const description = affix(
    '[',
    thesis
      ? join(', ', text(capitalizeFirst(genre)), text(publishedThesis ? publisher : ''))
      : report && container
        ? []
        : descriptionFormat,
    ']',
  );

  const author = authors.length
    ? text(formatNames(authors, AUTHORS))
    : byEditors
      ? text(`${formatNames(editors, AUTHORS)} (${editorLabel})`)
      : byPublisher
        ? text(publisher)
        : join(' ', title ? titlePart : description, identifier);
  const date = affix('(', reference.issued ? join(', ', text(year(reference.issued)), text(web ? monthDay(reference.issued) : '')) : text('n.d.'), ')');
  const titleAndDescriptions = byTitle
    ? title ? description : []
    : title
      ? join(' ', titlePart, identifier, description)
      : join(' ', report ? identifierNumber : [], description, identifier);

  const source = serial
    ? join(
        ', ',
        italic(toPlainText(join(', ', text(inTitleCase(reference, container)), text(inTitleCase(reference, reference.collection))))),
        join('', italic(number(volume)), affix('(', text(number(reference.issue)), ')')),
        text(reference.number ? `Article ${number(reference.number)}` : pages(reference.page)),
      )
    : container && !web
      ? join(
          ' ',
          text('In'),
          join(', ', text(edited && !byEditors ? `${editorNames} (${editorLabel})` : ''), italic(toPlainText(join(': ', text(container), text(volumeTitle))))),
          affix('(', join('; ', identifierNumber, identifierMonographic), ')'),
          affix('[', report ? descriptionFormat : [], ']'),
        )
      : [];
  const publication = join('. ', source, text(byPublisher || serial || publishedThesis ? '' : publisher), web ? text(inTitleCase(reference, container)) : []);
  // A DOI, else the URL; "Retrieved <date>, from" only for pages that carry no date of their own.
  const link = reference.doi
    ? doiLink(reference, 'https://doi.org/')
    : reference.url
      ? join(' ', reference.issued ? [] : join(' ', text('Retrieved'), reference.accessed ? text(`${usDate(reference.accessed)}, from`) : []), urlLink(reference))
      : [];
  return join(' ', affix('', join('. ', author, date, titleAndDescriptions, publication), '.'), link);
}
