import { en, type Messages } from '../translations/en.js';
import type { ProblemDetails } from './contract.js';

/**
 * What went wrong with a call to the directory endpoint.
 * - `network`: the endpoint could not be reached.
 * - `timeout`: no complete answer within the client's timeout.
 * - `aborted`: the caller cancelled the call.
 * - `http`: the endpoint answered with an error status; `problem` holds its explanation.
 * - `invalid-response`: the endpoint answered something that is not the contract.
 */
export type DirectoryErrorKind = 'network' | 'timeout' | 'aborted' | 'http' | 'invalid-response';

/**
 * The message that describes each kind to a visitor: the words a widget shows, in its language, and
 * in English the default title of an error.
 */
export const messageOf = {
  network: 'errorNetwork',
  timeout: 'errorTimeout',
  aborted: 'errorAborted',
  http: 'errorHttp',
  'invalid-response': 'errorInvalidResponse',
} as const satisfies Record<DirectoryErrorKind, keyof Messages>;

/** The one error type that every directory call rejects with. */
export class DirectoryError extends Error {
  override readonly name = 'DirectoryError';
  /** The plain sentence of the endpoint's problem document, or the English message of the kind. */
  readonly title: string;
  constructor(
    readonly kind: DirectoryErrorKind,
    /** The HTTP status, for `http` errors. */
    readonly status?: number,
    /** The endpoint's RFC 9457 problem document, when it sent one. */
    readonly problem?: ProblemDetails,
    /** Seconds to wait before trying again, from a `Retry-After` header. */
    readonly retryAfter?: number,
  ) {
    super(problem?.title || en[messageOf[kind]]);
    this.title = this.message;
  }

  /** Field errors of a `422` answer, keyed by field path (such as `address.city`). */
  get fieldErrors(): Record<string, string[]> {
    return this.problem?.errors ?? {};
  }
}
