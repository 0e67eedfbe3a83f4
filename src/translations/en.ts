import { articleReferences } from './en/article-references.js';
import { common } from './en/common.js';
import { listingForm } from './en/listing-form.js';
import { providerFinder } from './en/provider-finder.js';

/** The English messages, bundled. Each area of the library keeps its messages in `en/<area>.ts`. */
export const en = { ...common, ...providerFinder, ...articleReferences, ...listingForm };

/**
 * The typed message catalogue. A message is either a text or a function of its arguments, so a
 * translation must offer the same arguments.
 */
export type Messages = {
  [K in keyof typeof en]: (typeof en)[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};
