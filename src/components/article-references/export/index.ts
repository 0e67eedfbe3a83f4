/** Reference list exports: the same CSL-JSON items as BibTeX, RIS or CSL-JSON text. */
export { toBibTeX } from './bibtex.js';
export { toCslJson } from './csl-json.js';
export { toRIS } from './ris.js';
