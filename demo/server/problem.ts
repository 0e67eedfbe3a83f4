import type { Context } from 'hono';
import type { ProblemDetails } from '../../src/directory/contract.ts';

/**
 * Problem types. Each `type` is a stable identifier a client may switch on; it is not meant to be
 * fetched. Each `title` is a plain sentence that a widget can show to a visitor as it is.
 */
export const PROBLEMS = {
  'not-found': { status: 404, title: 'There is nothing at this address. Check the directory address.' },
  'method-not-allowed': { status: 405, title: 'This address does not accept that kind of request.' },
  'provider-not-found': { status: 404, title: "We couldn't find that provider. The listing may have been removed." },
  'unknown-place': { status: 400, title: "We couldn't find that place. Try a ZIP code or a city and state." },
  'invalid-query': { status: 400, title: "Some of the search options aren't valid. Please change them and try again." },
  'malformed-body': { status: 400, title: "We couldn't read what was sent. Please try again." },
  'unsupported-media-type': { status: 415, title: 'Please send this as JSON or as a form.' },
  'body-too-large': { status: 413, title: "That's too much to send at once. Please shorten your message." },
  'invalid-listing': { status: 422, title: 'Some details need your attention.' },
  'invalid-request': { status: 422, title: "Some of what was sent isn't valid." },
  'idempotency-key-reused': {
    status: 422,
    title: 'This request was already sent with different details. Please reload the form and try again.',
  },
  'invalid-idempotency-key': { status: 400, title: "We couldn't read what was sent. Please try again." },
  'rate-limited': { status: 429, title: 'Too many requests. Please wait a moment and try again.' },
  'server-error': { status: 500, title: 'Something went wrong on our side. Please try again later.' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemKind = keyof typeof PROBLEMS;

export const PROBLEM_TYPE_PREFIX = 'urn:directory-widgets:problem:';

export function problemBody(kind: ProblemKind, extra: Pick<ProblemDetails, 'detail' | 'errors'> = {}): ProblemDetails {
  const { status, title } = PROBLEMS[kind];
  return { type: PROBLEM_TYPE_PREFIX + kind, title, status, ...extra };
}

/** An `application/problem+json` response (RFC 9457). */
export function problem(
  c: Context,
  kind: ProblemKind,
  extra: Pick<ProblemDetails, 'detail' | 'errors'> = {},
  headers: Record<string, string> = {},
): Response {
  const body = problemBody(kind, extra);
  return c.body(JSON.stringify(body), body.status as 400, {
    ...headers,
    'Content-Type': 'application/problem+json; charset=utf-8',
  });
}
