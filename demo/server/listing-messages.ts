import type { ListingErrorCode, ListingErrors } from '../../src/directory/listing-rules.ts';
import { listingForm } from '../../src/translations/en/listing-form.ts';

/**
 * The plain sentences of a `422` for each error code of the shared listing rules: the form's own
 * English messages, so that a field reads the same whether the form or the server found the error.
 */
export function listingErrorSentences(errors: ListingErrors): Record<string, string[]> {
  return Object.fromEntries(Object.entries(errors).map(([field, code]) => [field, [listingForm.listingError(code as ListingErrorCode)]]));
}
