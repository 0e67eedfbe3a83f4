/**
 * Reads a listing sent by a plain HTML form (no JavaScript), so a host's fallback `<form>` can
 * post to the endpoint. Field names are the JSON paths: `name`, `address.city`, `credentials`
 * (repeated or comma-separated), `consent=on`, and so on.
 */
import type { ListingRequest } from '../../src/directory/contract.ts';

const TEXT_FIELDS = ['name', 'email', 'phone', 'practice', 'website', 'region', 'message', 'consentText', 'honeypot', 'captchaToken'] as const;
const LIST_FIELDS = ['credentials', 'services', 'conditions', 'formats', 'languages', 'insurances'] as const;
const CHECKED = new Set(['on', 'true', 'yes', '1']);

export interface FormListing {
  listing: ListingRequest;
  idempotencyKey?: string;
  /** Where to send the browser back to, as the form asked. */
  redirect?: string;
}

export function listingFromForm(form: URLSearchParams): FormListing {
  const text = (name: string) => {
    const value = form.get(name)?.trim();
    return value ? value : undefined;
  };
  const body: Record<string, unknown> = {};
  for (const field of TEXT_FIELDS) {
    const value = text(field);
    if (value !== undefined) body[field] = value;
  }
  for (const field of LIST_FIELDS) {
    const values = form.getAll(field).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
    if (values.length) body[field] = values;
  }
  const address = Object.fromEntries(
    (['street', 'city', 'region', 'postalCode'] as const).flatMap((part) => (text(`address.${part}`) ? [[part, text(`address.${part}`)]] : [])),
  );
  if (Object.keys(address).length) body.address = address;
  const license = Object.fromEntries(
    (['region', 'type', 'number'] as const).flatMap((part) => (text(`license.${part}`) ? [[part, text(`license.${part}`)]] : [])),
  );
  if (Object.keys(license).length) body.license = license;
  body.consent = CHECKED.has(text('consent')?.toLowerCase() ?? '');
  if (text('marketingOptIn')) body.marketingOptIn = CHECKED.has(text('marketingOptIn')!.toLowerCase());
  if (text('variant') === 'compact' || text('variant') === 'full') body.variant = text('variant');
  const fillTime = Number(text('fillTime'));
  if (text('fillTime') !== undefined && Number.isFinite(fillTime)) body.fillTime = fillTime;
  return {
    listing: body as unknown as ListingRequest,
    ...(text('idempotencyKey') ? { idempotencyKey: text('idempotencyKey') } : {}),
    ...(text('redirect') ? { redirect: text('redirect') } : {}),
  };
}
