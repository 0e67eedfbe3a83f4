import type { CslItem } from '../../../directory/contract.js';

/**
 * What kind of source an entry is, as a stable key that the element translates ("Journal article",
 * "Preprint", …). The keys are CSL's own type names, plus `preprint` and `other`.
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

/** The CSL types that the widget names; any other is `other` (even `__proto__`). */
const NAMED = 'article-journal article-magazine article-newspaper book chapter report webpage post-weblog thesis paper-conference dataset software motion_picture'.split(' ');

/** CSL's `article` is "a preprint, working paper, or similar"; Zotero files preprints under it. */
export const describeType = ({ type, genre }: Pick<CslItem, 'type' | 'genre'>): SourceType =>
  type === 'article' || /preprint/i.test(String(genre)) ? 'preprint' : NAMED.includes(type) ? (type as SourceType) : 'other';
