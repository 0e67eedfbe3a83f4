import type { Context, Hono } from 'hono';
import type { ListingRequest } from '../../../src/directory/contract.ts';
import { validateListing } from '../../../src/directory/listing-rules.ts';
import type { RouteDeps } from '../context.ts';
import { listingFromForm } from '../listing-form-body.ts';
import { listingErrorSentences } from '../listing-messages.ts';
import { ListingStore } from '../listing-store.ts';
import { problem } from '../problem.ts';
import { rateLimited } from '../rate-limit-middleware.ts';
import { safeRedirect, withListingOutcome } from '../redirect-target.ts';
import { asObject, isForm, limitBody, readJsonBody } from '../request-body.ts';

/** Printable ASCII, as the Idempotency-Key draft recommends; a UUID fits easily. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;
/** People take longer than this to fill in a form; scripts do not. */
const MIN_FILL_TIME_MS = 3000;
/** The fields kept with a listing; anything else a client sends is dropped. */
const STORED_FIELDS: ReadonlyArray<keyof ListingRequest> = [
  'name', 'credentials', 'email', 'phone', 'practice', 'website', 'address', 'region', 'services', 'conditions',
  'formats', 'languages', 'insurances', 'license', 'message', 'consent', 'consentText', 'marketingOptIn', 'variant',
  'source', 'fillTime',
];

interface Submission {
  body: Record<string, unknown>;
  idempotencyKey?: string;
  /** Set for a plain form post that named a page we may send the browser back to. */
  returnTo?: URL;
}

async function readSubmission(c: Context, corsOrigins: readonly string[]): Promise<Submission | Response> {
  const headerKey = c.req.header('Idempotency-Key');
  if (isForm(c)) {
    const form = listingFromForm(new URLSearchParams(await c.req.text()));
    const returnTo = safeRedirect(form.redirect ?? c.req.header('Referer'), c.req.url, corsOrigins);
    return { body: form.listing as unknown as Record<string, unknown>, idempotencyKey: headerKey ?? form.idempotencyKey, returnTo };
  }
  const read = await readJsonBody(c);
  if (!read.ok) return read.response;
  const body = asObject(read.value);
  if (!body) return problem(c, 'malformed-body', { detail: 'The body must be a JSON object.' });
  return { body, idempotencyKey: headerKey };
}

function spamReason(body: Record<string, unknown>): string | undefined {
  if (typeof body.honeypot === 'string' && body.honeypot.trim() !== '') return 'honeypot';
  if (typeof body.fillTime === 'number' && body.fillTime < MIN_FILL_TIME_MS) return 'fill-time';
  return undefined;
}

/**
 * `POST /listings`: a therapist asks to be listed. Spam (a filled honeypot, a form sent faster than
 * a person could) gets the same 201 as everyone, so bots learn nothing, but is not kept as a lead.
 */
export function listingsRoute(app: Hono, deps: RouteDeps) {
  const store = new ListingStore(deps.db);
  const { credentials, services, conditions, formats, languages, insurances, regions } = deps.taxonomyIds;
  const knownTerms = { credentials, services, conditions, formats, languages, insurances };

  app.post('/listings', rateLimited(deps.limits.listings, deps.trustProxy), limitBody(), async (c) => {
    const submission = await readSubmission(c, deps.corsOrigins);
    if (submission instanceof Response) return submission;
    const { body, idempotencyKey, returnTo } = submission;
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      return problem(c, 'invalid-idempotency-key', { detail: 'The Idempotency-Key header must be 1 to 255 printable ASCII characters.' });
    }

    const errors = validateListing(body, { knownTerms, regions });
    if (Object.keys(errors).length > 0) {
      if (returnTo) return c.redirect(withListingOutcome(returnTo, 'invalid', Object.keys(errors)), 303);
      return problem(c, 'invalid-listing', { errors: listingErrorSentences(errors) });
    }

    const stored = Object.fromEntries(STORED_FIELDS.filter((field) => body[field] !== undefined).map((field) => [field, body[field]]));
    const outcome = store.record({
      idempotencyKey,
      body,
      stored,
      consentText: String(body.consentText).trim(),
      receivedAt: deps.now(),
      spamReason: spamReason(body),
    });
    if (!outcome.ok) return problem(c, 'idempotency-key-reused');
    if (returnTo) return c.redirect(withListingOutcome(returnTo, 'received'), 303);
    return c.json(outcome.receipt, 201);
  });
}
