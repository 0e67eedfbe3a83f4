import type { CslItem } from '../../../directory/contract.js';

/**
 * What kind of source an entry is, as a stable key that the element translates ("Journal article",
 * "Preprint", …) for screen readers and for the entry's label.
 */
export type SourceType =
  | 'journal-article'
  | 'magazine-article'
  | 'newspaper-article'
  | 'book'
  | 'book-chapter'
  | 'report'
  | 'web-page'
  | 'blog-post'
  | 'preprint'
  | 'thesis'
  | 'conference-paper'
  | 'dataset'
  | 'software'
  | 'video'
  | 'other';

const TYPES: Record<string, SourceType> = {
  'article-journal': 'journal-article',
  'article-magazine': 'magazine-article',
  'article-newspaper': 'newspaper-article',
  book: 'book',
  chapter: 'book-chapter',
  report: 'report',
  webpage: 'web-page',
  'post-weblog': 'blog-post',
  // CSL's `article` is "a preprint, working paper, or similar"; Zotero files preprints under it.
  article: 'preprint',
  thesis: 'thesis',
  'paper-conference': 'conference-paper',
  dataset: 'dataset',
  software: 'software',
  motion_picture: 'video',
};

export function describeType(item: Pick<CslItem, 'type' | 'genre'>): SourceType {
  if (typeof item.genre === 'string' && /preprint/i.test(item.genre)) return 'preprint';
  return (typeof item.type === 'string' && Object.hasOwn(TYPES, item.type) && TYPES[item.type]) || 'other';
}
