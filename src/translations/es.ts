import type { Messages } from './en.js';
import { articleReferences } from './es/article-references.js';
import { common } from './es/common.js';
import { listingForm } from './es/listing-form.js';
import { providerFinder } from './es/provider-finder.js';

/** The Spanish messages. The type makes a missing or mistyped message a compile error. */
export const es: Messages = { ...common, ...providerFinder, ...articleReferences, ...listingForm };
