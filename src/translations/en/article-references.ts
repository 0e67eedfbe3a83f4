import type { SourceType } from '../../components/article-references/format/index.js';

const types: Record<SourceType, string> = {
  'article-journal': 'Journal article',
  'article-magazine': 'Magazine article',
  'article-newspaper': 'Newspaper article',
  book: 'Book',
  chapter: 'Book chapter',
  report: 'Report',
  webpage: 'Web page',
  'post-weblog': 'Blog post',
  preprint: 'Preprint',
  thesis: 'Thesis',
  'paper-conference': 'Conference paper',
  dataset: 'Data set',
  software: 'Software',
  motion_picture: 'Film or video',
  other: 'Other source',
};

const flags = { retraction: 'Retracted', correction: 'Corrected', 'expression-of-concern': 'Expression of concern' };

/** Messages of `<article-references>` and `<cite-ref>`. */
export const articleReferences = {
  referencesHeading: 'References',
  /** A marker's name, and the start of its preview. */
  referenceLabel: (number: string) => `Reference ${number}`,
  sourceType: (type: string) => (Object.hasOwn(types, type) ? types[type as SourceType] : types.other),
  /** "Retracted on 5 June 2020"; the date is already in the widget's language, or empty. */
  statusFlag: (type: keyof typeof flags, date: string) => (date ? `${flags[type]} on ${date}` : flags[type]),
  statusNotice: 'Read the notice',
  openAccess: 'Free to read',
  citedAt: 'Cited at',
  backToCitation: (letter: string, number: string) => `Back to citation ${letter} of reference ${number}`,
  copy: 'Copy',
  copyReference: (number: string) => `Copy reference ${number}`,
  copyAll: 'Copy all',
  download: 'Download',
  /** Announced: one entry (its number), or the whole list (no number). */
  copied: (number?: string) => (number ? `Reference ${number} copied.` : 'All references copied.'),
  copiedShort: 'Copied',
  copyFailed: 'Could not copy. Select the text and copy it yourself.',
  exportFailed: 'Could not download the file. Please try again later.',
  referencesUnchecked: 'The references could not be checked, so they are shown as written.',
};
