/**
 * The files of `POST /references/export`: the same CSL-JSON items as BibTeX, RIS or CSL-JSON text.
 * The CSL-JSON writer is the element's own, which writes that file in the browser.
 */
export { toBibTeX } from './bibtex.ts';
export { toCslJson } from '../../../src/directory/csl-json.ts';
export { toRIS } from './ris.ts';
