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

/**
 * The CSL types that the widget names, with what BibTeX, RIS and schema.org call them. BibTeX's
 * `online`, `dataset` and `software` are biblatex's; neither format has a preprint type. A type
 * that is not here is a BibTeX `misc`, an RIS `GEN` and a schema.org `CreativeWork`.
 */
export const TYPES: Record<string, [bibtex: string, ris: string, schemaOrg?: string]> = {
  'article-journal': ['article', 'JOUR', 'ScholarlyArticle'],
  'article-magazine': ['article', 'MGZN'],
  'article-newspaper': ['article', 'NEWS'],
  book: ['book', 'BOOK', 'Book'],
  chapter: ['incollection', 'CHAP', 'Chapter'],
  report: ['techreport', 'RPRT', 'Report'],
  webpage: ['online', 'ELEC', 'WebPage'],
  'post-weblog': ['online', 'BLOG'],
  thesis: ['phdthesis', 'THES', 'Thesis'],
  'paper-conference': ['inproceedings', 'CONF'],
  dataset: ['dataset', 'DATA'],
  software: ['software', 'COMP'],
  motion_picture: ['misc', 'VIDEO'],
  // CSL's `article` is "a preprint, working paper, or similar"; Zotero files preprints under it.
  article: ['misc', 'GEN', 'ScholarlyArticle'],
};

/** What `TYPES` holds for an item's type, or nothing (not even for `__proto__`). */
export const typeNames = (type: unknown): (typeof TYPES)[string] | [] => (Object.hasOwn(TYPES, String(type)) ? TYPES[String(type)] : []);

export const describeType = ({ type, genre }: Pick<CslItem, 'type' | 'genre'>): SourceType =>
  type === 'article' || /preprint/i.test(String(genre)) ? 'preprint' : typeNames(type).length ? (type as SourceType) : 'other';
