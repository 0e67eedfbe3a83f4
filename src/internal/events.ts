import type { DirectoryError } from '../directory/errors.js';

/**
 * The `error` network-lifecycle event: a call to the directory failed. Like `loadstart`, `load` and
 * `loadend`, it does not bubble.
 */
export class LoadErrorEvent extends Event {
  constructor(readonly error: DirectoryError) {
    super('error');
  }
}

/** Options of the widgets' own events: they cross shadow roots to reach the host page. */
export const bubbling: EventInit = { bubbles: true, composed: true };
