import type { CslItem } from '../../../directory/contract.js';

/**
 * The kinds of source that the messages name ("Journal article", "Preprint", …): CSL's own type
 * names, plus `preprint`, and `other` for the rest.
 */
export type SourceType =
  | 'article-journal'
  | 'article-magazine'
  | 'article-newspaper'
  | 'book'
  | 'chapter'
  | 'report'
  | 'webpage'
  | 'post-weblog'
  | 'preprint'
  | 'thesis'
  | 'paper-conference'
  | 'dataset'
  | 'software'
  | 'motion_picture'
  | 'other';

/**
 * CSL's `article` is "a preprint, working paper, or similar"; Zotero files preprints under it. Any
 * other type is passed on as it is: the messages name the types they know and call the rest "other".
 */
export const describeType = ({ type, genre }: Pick<CslItem, 'type' | 'genre'>): string =>
  type === 'article' || /preprint/i.test(String(genre)) ? 'preprint' : String(type);
