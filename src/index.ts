/**
 * directory-widgets: the single-module entry. Importing it defines every element under its
 * default tag name, unless that name is already taken (a second copy of the script, or another
 * library): see `define`.
 */
import { ListingForm } from './components/listing-form/listing-form.js';

export { DirectoryClient, clientFor, type CallOptions, type DirectoryClientOptions } from './directory/client.js';
export { DirectoryError, type DirectoryErrorKind } from './directory/errors.js';
export type * from './directory/contract.js';
export { define } from './internal/define.js';
export { LoadErrorEvent } from './internal/events.js';
export { registerTranslation } from './internal/localize.js';
export type { Messages } from './translations/en.js';
export { ListingForm };
export { ListingErrorEvent, ListingInvalidEvent, ListingSubmitEvent, ListingSuccessEvent } from './components/listing-form/events.js';

ListingForm.define();
