/**
 * directory-widgets: the single-module entry. Importing it defines every element under its
 * default tag name, unless that name is already taken (a second copy of the script, or another
 * library): see `define`.
 */
export { DirectoryClient, clientFor, type CallOptions, type DirectoryClientOptions } from './directory/client.js';
export { DirectoryError, type DirectoryErrorKind } from './directory/errors.js';
export type * from './directory/contract.js';
export { define } from './internal/define.js';
export { LoadErrorEvent } from './internal/events.js';
export { registerTranslation } from './internal/localize.js';
export type { Messages } from './translations/en.js';
export { ProviderFinder } from './components/provider-finder/provider-finder.js';
export * from './components/provider-finder/events.js';
export { ArticleReferences } from './components/article-references/article-references.js';
export * from './components/article-references/events.js';
export { CiteRef } from './components/cite-ref/cite-ref.js';
export { ListingForm } from './components/listing-form/listing-form.js';
export * from './components/listing-form/events.js';

import { ArticleReferences } from './components/article-references/article-references.js';
import { CiteRef } from './components/cite-ref/cite-ref.js';
import { ListingForm } from './components/listing-form/listing-form.js';
import { ProviderFinder } from './components/provider-finder/provider-finder.js';
ProviderFinder.define();
ArticleReferences.define();
CiteRef.define();
ListingForm.define();
