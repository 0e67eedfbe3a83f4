/**
 * What BibTeX and RIS call the CSL types. BibTeX's `online`, `dataset` and `software` are
 * biblatex's; neither format has a preprint type. A type that is not here is a BibTeX `misc` and an
 * RIS `GEN`.
 */
const TYPES: Record<string, [bibtex: string, ris: string]> = {
  'article-journal': ['article', 'JOUR'],
  'article-magazine': ['article', 'MGZN'],
  'article-newspaper': ['article', 'NEWS'],
  book: ['book', 'BOOK'],
  chapter: ['incollection', 'CHAP'],
  report: ['techreport', 'RPRT'],
  webpage: ['online', 'ELEC'],
  'post-weblog': ['online', 'BLOG'],
  thesis: ['phdthesis', 'THES'],
  'paper-conference': ['inproceedings', 'CONF'],
  dataset: ['dataset', 'DATA'],
  software: ['software', 'COMP'],
  motion_picture: ['misc', 'VIDEO'],
  // CSL's `article` is "a preprint, working paper, or similar"; Zotero files preprints under it.
  article: ['misc', 'GEN'],
};

/** What `TYPES` holds for an item's type, or nothing (not even for `__proto__`). */
export const typeNames = (type: unknown): (typeof TYPES)[string] | [] => (Object.hasOwn(TYPES, String(type)) ? TYPES[String(type)] : []);
