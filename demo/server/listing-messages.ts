import type { ListingErrorCode, ListingErrors } from '../../src/directory/listing-rules.ts';

/** The plain sentences of a `422` for each error code of the shared listing rules. */
const MESSAGES: Record<ListingErrorCode, string> = {
  required: 'Please fill this in.',
  invalid: "This isn't in a form we can read.",
  email: 'Please enter an email address such as name@example.com.',
  phone: 'Please enter a US phone number with its area code.',
  url: 'Please enter a web address starting with https://.',
  region: 'Please choose a US state.',
  'postal-code': 'Please enter a 5-digit ZIP code.',
  'too-long': 'Please shorten this.',
  'too-many': 'Please choose fewer.',
  'unknown-term': "One of these choices isn't one we offer.",
  consent: 'Please agree to the terms to be listed.',
};

export function listingErrorSentences(errors: ListingErrors): Record<string, string[]> {
  return Object.fromEntries(Object.entries(errors).map(([field, code]) => [field, [MESSAGES[code as ListingErrorCode]]]));
}
