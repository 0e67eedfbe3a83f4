import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ListingReceipt, ListingRequest } from '../../directory/contract.js';
import { DirectoryError } from '../../directory/errors.js';

/** A logical submission: the request as first sent and its `Idempotency-Key`. */
export interface PendingSubmission {
  key: string;
  request: ListingRequest;
}

/** A random key: `crypto.randomUUID()` where the page is a secure context, else random hex. */
export const newIdempotencyKey = (): string =>
  crypto.randomUUID?.() ??
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');

const withoutFillTime = (request: ListingRequest) => JSON.stringify({ ...request, fillTime: 0 });

/**
 * What to send: the pending submission again, unchanged and with its key, when the form still says
 * the same (only the fill time has moved on); otherwise a new submission with a new key. The server
 * refuses a key reused with a different body, so a retry must send the very same request.
 */
export function nextSubmission(pending: PendingSubmission | undefined, request: ListingRequest): PendingSubmission {
  if (pending && withoutFillTime(pending.request) === withoutFillTime(request)) return pending;
  return { key: newIdempotencyKey(), request };
}

/**
 * Whether the endpoint answered for sure that it kept nothing (a 4xx), so the submission is over.
 * After a network error, a timeout, a 5xx or an unreadable answer, the listing may have been stored:
 * only a retry with the same key is safe. (An `http` error always has a status.)
 */
export const wasRefused = (error: DirectoryError): boolean => error.kind === 'http' && error.status! < 500;

/**
 * Sends listing submissions, one at a time: a submission keeps its `Idempotency-Key` until the
 * directory has answered for sure (stored, or refused), and a send in flight is cancelled when the
 * element leaves the page.
 */
export class ListingSender implements ReactiveController {
  /** The submission whose outcome is unknown, to send again under the same key. */
  pending?: PendingSubmission;
  busy = false;
  private controller?: AbortController;

  constructor(
    host: ReactiveControllerHost,
    private readonly post: (submission: PendingSubmission, signal: AbortSignal) => Promise<ListingReceipt>,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.controller?.abort();
  }

  /**
   * Sends the request, as the pending submission when only its fill time changed; `pending` holds
   * it from the moment this is called. Rejects with a `DirectoryError`.
   */
  async send(request: ListingRequest): Promise<ListingReceipt> {
    const submission = (this.pending = nextSubmission(this.pending, request));
    this.busy = true;
    this.controller = new AbortController();
    try {
      const receipt = await this.post(submission, this.controller.signal);
      this.pending = undefined;
      return receipt;
    } catch (failure) {
      const error = failure instanceof DirectoryError ? failure : new DirectoryError('invalid-response');
      if (wasRefused(error)) this.pending = undefined;
      throw error;
    } finally {
      this.busy = false;
    }
  }
}

/** The page the form is on, without its fragment, and its allow-listed `utm_*` parameters. */
export function pageSource(): NonNullable<ListingRequest['source']> {
  const query = new URLSearchParams(location.search);
  const utm: Record<string, string> = {};
  for (const name of ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content']) {
    const value = query.get(name);
    if (value) utm[name] = value;
  }
  return { url: location.href.split('#')[0], ...(Object.keys(utm).length ? { utm } : {}) };
}

/** The redirect target, when it is an `http:` or `https:` address. */
export function redirectTarget(redirect: string): string | undefined {
  try {
    const url = new URL(redirect, document.baseURI);
    if (redirect && /^https?:$/.test(url.protocol)) return url.href;
  } catch {
    // Not an address at all.
  }
  return undefined;
}

/** The field errors of a `422`: one message per field path. */
export const fieldErrorsOf = (error: DirectoryError): Record<string, string> =>
  Object.fromEntries(Object.entries(error.fieldErrors).map(([name, messages]) => [name, messages.join(' ')]));
