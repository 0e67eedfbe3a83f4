import { monthDay, usDate, year } from './dates.js';
import { has } from './fields.js';
import { formatNames, type NameStyle } from './names.js';
import { edition, formatNumber, isNumeric, labelled } from './numbers.js';
import { doiLink, inTitleCase, oneOf, urlLink, type Reference } from './reference.js';
import { affix, italic, join, text, toPlainText, type Part } from './runs.js';
import { capitalizeFirst } from './text-case.js';

/**
 * APA 7 (apa.csl): "Yavi, M., Lee, H., & Zarate, C. A., Jr. (2022). Title. *Journal*, *2*(1), 9.
 * https://doi.org/…". The parts below carry the names of apa.csl's macros.
 */

const AUTHORS: NameStyle = { inverted: true, initial: '. ', separator: ', ', and: '&', alwaysCommaBeforeAnd: true, etAl: [21, 19, true] };
const EDITORS: NameStyle = { inverted: false, initial: '. ', separator: ', ', and: '&', etAl: [21, 19, true] };

const SERIAL = 'article-journal article-magazine article-newspaper periodical post-weblog review review-book';
/** Types whose date shows month and day: "(2019, March 5)". */
const DATED = 'article-magazine article-newspaper broadcast collection document event motion_picture pamphlet performance personal_communication post post-weblog song speech webpage';
/** Types without edition, volume and pages after the title. */
const UNNUMBERED = `${SERIAL} broadcast event patent performance post speech webpage`;
/** The bracketed description of types that have no `genre` of their own (apa.csl's locale terms). */
const DESCRIPTIONS: Record<string, string> = {
  broadcast: 'Broadcast',
  dataset: 'Dataset',
  graphic: 'Graphic',
  map: 'Map',
  motion_picture: 'Video recording',
  post: 'Online post',
  software: 'Computer software',
};

const number = (value: string): string => formatNumber(value, '–');
const pages = (value: string): string => formatNumber(value, '–', 'expanded');
const capitalized = (value: string): string => capitalizeFirst(number(value));

export function apa(reference: Reference): Part {
  const { type, title, container, editors, authors, publisher, genre, medium, volume, item } = reference;
  const serial = oneOf(type, SERIAL);
  const web = oneOf(type, 'post webpage');
  const edited = editors.length > 0;
  // Interviews and conference papers count as serial unless they have editors; without volume,
  // issue or pages a conference paper was presented, not published.
  const serialTalk = !edited && oneOf(type, 'interview paper-conference');
  const presented = !edited && !has(item, 'issue page volume');
  // CSL <substitute>: without authors, an encyclopedia's publisher, the editors, a web page's
  // publisher or else the title lead the entry, and what leads is not repeated further on.
  const byPublisher = !authors.length && !!publisher && (oneOf(type, 'entry-dictionary entry-encyclopedia') || (web && !edited));
  const byEditors = !authors.length && edited && !byPublisher;
  const byTitle = !authors.length && !byEditors && !byPublisher;
  const editorNames = formatNames(editors, EDITORS);
  const editorLabel = editors.length > 1 ? 'Eds.' : 'Ed.';
  // A volume that is not a number ("III") belongs to the book's title.
  const volumeTitle = volume && !isNumeric(volume) ? capitalized(volume) : '';

  const titleText = toPlainText(join(': ', text(title), text(!serial && !web && !serialTalk && !container ? volumeTitle : '')));
  const titlePart = web || !container ? italic(titleText) : text(titleText);

  const identifierNumber = reference.number
    ? join(
        ' ',
        text(type === 'thesis' && genre ? 'Publication' : inTitleCase(reference, genre)),
        text(isNumeric(reference.number) && type !== 'standard' ? labelled(reference.number, 'No.', 'Nos.', capitalized) : capitalized(reference.number)),
      )
    : [];
  const contributors = !serial && (web || !container) && !byEditors && edited ? text(`${editorNames}, ${editorLabel}`) : [];
  const identifierMonographic =
    oneOf(type, UNNUMBERED) || serialTalk
      ? []
      : join(
          ', ',
          text(edition(reference.edition)),
          oneOf(type, 'document report standard') ? join(' ', text(inTitleCase(reference, reference.collection)), text(number(reference.collectionNumber))) : [],
          text(isNumeric(volume) ? labelled(volume, 'Vol.', 'Vols.', number) : ''),
          text(labelled(reference.issue, 'Issue', 'Issues', number)),
          text(labelled(reference.page, 'p.', 'pp.', pages)),
        );
  const identifier = affix(
    '(',
    web
      ? join('; ', contributors, identifierNumber)
      : type === 'report' && !container
        ? join('; ', contributors, title ? identifierNumber : [], identifierMonographic)
        : container
          ? []
          : join('; ', contributors, identifierNumber, identifierMonographic),
    ')',
  );

  const descriptionFormat = genre || medium
    ? join('; ', text(reference.number ? '' : capitalizeFirst(genre)), text(capitalizeFirst(medium)))
    : text(DESCRIPTIONS[type] ?? '');
  // A thesis names its university in the description once it is published (has a DOI, URL or archive).
  const publishedThesis = type === 'thesis' && (!!reference.doi || !!reference.url || has(item, 'archive'));
  const description = affix(
    '[',
    type === 'thesis'
      ? join('; ', join(', ', text(capitalizeFirst(genre)), text(publishedThesis ? publisher : '')), text(capitalizeFirst(medium)))
      : serial || !container || (oneOf(type, 'event paper-conference performance speech') ? !presented : !oneOf(type, 'document report software standard'))
        ? descriptionFormat
        : [],
    ']',
  );

  const author = authors.length
    ? text(formatNames(authors, AUTHORS))
    : byEditors
      ? text(`${formatNames(editors, AUTHORS)} (${editorLabel})`)
      : byPublisher
        ? text(publisher)
        : join(' ', title ? titlePart : description, identifier);
  const date = affix(
    '(',
    reference.issued
      ? join(', ', text(year(reference.issued)), text(oneOf(type, DATED) || (serialTalk && presented) ? monthDay(reference.issued) : ''))
      : text('n.d.'),
    ')',
  );
  const titleAndDescriptions = byTitle
    ? title ? description : []
    : title
      ? join(' ', titlePart, identifier, description)
      : join(' ', type === 'report' ? identifierNumber : [], description, identifier);

  const sourceSerial = join(
    ', ',
    italic(toPlainText(join(', ', text(inTitleCase(reference, container)), text(inTitleCase(reference, reference.collection))))),
    join('', italic(number(volume)), affix('(', text(number(reference.issue)), ')')),
    text(reference.number ? `Article ${number(reference.number)}` : pages(reference.page)),
  );
  const sourceMonographic = container
    ? join(
        ' ',
        text('In'),
        join(', ', text(edited && !byEditors ? `${editorNames} (${editorLabel})` : ''), italic(toPlainText(join(': ', text(container), text(volumeTitle))))),
        affix('(', join('; ', oneOf(type, 'broadcast graphic map motion_picture') ? [] : identifierNumber, identifierMonographic), ')'),
        affix('[', oneOf(type, 'document report software standard') || (presented && oneOf(type, 'event paper-conference performance speech')) ? descriptionFormat : [], ']'),
      )
    : [];
  const source = join(
    '. ',
    web ? [] : serial || serialTalk ? sourceSerial : sourceMonographic,
    text(byPublisher || serial || publishedThesis || (type === 'paper-conference' && !edited) ? '' : publisher),
    web ? text(inTitleCase(reference, container)) : [],
  );
  // A DOI, else the URL; "Retrieved <date>, from" only for pages that carry no date of their own.
  const link = reference.doi
    ? doiLink(reference, 'https://doi.org/')
    : reference.url
      ? join(' ', reference.issued ? [] : join(' ', text('Retrieved'), reference.accessed ? text(`${usDate(reference.accessed)}, from`) : []), urlLink(reference))
      : [];
  return join(' ', affix('', join('. ', author, date, titleAndDescriptions, source), '.'), link);
}
