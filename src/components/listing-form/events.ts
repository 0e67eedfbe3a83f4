import type { ListingReceipt, ListingRequest } from '../../directory/contract.js';
import type { DirectoryError } from '../../directory/errors.js';
import { bubbling } from '../../internal/events.js';

/** `listing-submit`: the form is about to send these values. `preventDefault()` stops it. */
export class ListingSubmitEvent extends Event {
  constructor(readonly values: ListingRequest) {
    super('listing-submit', { ...bubbling, cancelable: true });
  }
}

/** `listing-success`: the directory received the listing. */
export class ListingSuccessEvent extends Event {
  /** The id of the stored listing. */
  readonly id: string;

  constructor(readonly receipt: ListingReceipt) {
    super('listing-success', bubbling);
    this.id = receipt.id;
  }
}

/** `listing-error`: sending failed (network, timeout, or an error answer of the directory). */
export class ListingErrorEvent extends Event {
  constructor(readonly error: DirectoryError) {
    super('listing-error', bubbling);
  }
}

/**
 * `listing-invalid`: some fields need attention, as the form's own check or the directory's `422`
 * found. `errors` holds the message shown for each field path, such as `address.city`.
 */
export class ListingInvalidEvent extends Event {
  constructor(readonly errors: Readonly<Record<string, string>>) {
    super('listing-invalid', bubbling);
  }
}

declare global {
  interface HTMLElementEventMap {
    'listing-submit': ListingSubmitEvent;
    'listing-success': ListingSuccessEvent;
    'listing-error': ListingErrorEvent;
    'listing-invalid': ListingInvalidEvent;
  }
}
