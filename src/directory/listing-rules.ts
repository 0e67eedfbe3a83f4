/**
 * The validation rules of a listing request (`POST /listings`), shared by the `<listing-form>`
 * element in the browser and by the reference server, so that both reject the same input.
 *
 * The rules answer error *codes* per field path; the form turns them into words in the visitor's
 * language and the server into the plain sentences of a `422` problem.
 */

export type ListingErrorCode =
  | 'required'
  | 'invalid'
  | 'email'
  | 'phone'
  | 'url'
  | 'region'
  | 'postal-code'
  | 'too-long'
  | 'too-many'
  | 'unknown-term'
  | 'consent';

export type ListingField =
  | 'name'
  | 'email'
  | 'phone'
  | 'credentials'
  | 'practice'
  | 'website'
  | 'address.street'
  | 'address.city'
  | 'address.region'
  | 'address.postalCode'
  | 'region'
  | 'services'
  | 'conditions'
  | 'formats'
  | 'languages'
  | 'insurances'
  | 'license.region'
  | 'license.type'
  | 'license.number'
  | 'message'
  | 'consent'
  | 'consentText';

export type ListingErrors = Partial<Record<ListingField, ListingErrorCode>>;

/** The list fields whose values are taxonomy ids. */
export type ListingTermField = 'credentials' | 'services' | 'conditions' | 'formats' | 'languages' | 'insurances';

export interface ListingRuleOptions {
  /** Known taxonomy ids per list; a list left out is not checked against the taxonomy. */
  knownTerms?: Partial<Record<ListingTermField, ReadonlySet<string>>>;
}

/** Maximum lengths of the text fields, in characters. */
export const LISTING_MAX_LENGTH = {
  name: 120,
  email: 254,
  phone: 40,
  practice: 160,
  website: 500,
  street: 200,
  city: 100,
  licenseType: 60,
  licenseNumber: 60,
  message: 2000,
  consentText: 2000,
  term: 60,
} as const;

/** The most entries any list field may hold. */
export const LISTING_MAX_TERMS = 30;

/** US states, the District of Columbia and the inhabited territories. */
export const US_REGION_CODES: ReadonlySet<string> = new Set(
  ('AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY ' +
    'NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR VI GU AS MP').split(' '),
);

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const POSTAL_CODE = /^\d{5}(-\d{4})?$/;
const PHONE_EXTENSION = /\s*(?:ext\.?|x|#)\s*\d{1,6}$/i;

type Checked = ListingErrorCode | undefined;

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function checkText(value: unknown, max: number, required: boolean): Checked {
  if (isBlank(value)) return required ? 'required' : undefined;
  if (typeof value !== 'string') return 'invalid';
  return value.trim().length > max ? 'too-long' : undefined;
}

function checkFormat(value: unknown, max: number, required: boolean, test: (text: string) => boolean, code: ListingErrorCode): Checked {
  return checkText(value, max, required) ?? (isBlank(value) || test((value as string).trim()) ? undefined : code);
}

/** Ten digits, or eleven starting with the country code 1, once punctuation and an extension are set aside. */
export function isUsPhone(text: string): boolean {
  const withoutExtension = text.replace(PHONE_EXTENSION, '');
  if (/[^\d\s().+-]/.test(withoutExtension)) return false;
  const digits = withoutExtension.replace(/\D/g, '');
  return digits.length === 10 || (digits.length === 11 && digits.startsWith('1'));
}

/** An absolute `http:` or `https:` address with a dotted host name. */
export function isWebsite(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

function checkTerms(value: unknown, required: boolean, known?: ReadonlySet<string>): Checked {
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) {
    return required ? 'required' : undefined;
  }
  if (!Array.isArray(value) || value.some((term) => typeof term !== 'string' || term.trim() === '')) return 'invalid';
  if (value.length > LISTING_MAX_TERMS) return 'too-many';
  if (value.some((term: string) => term.length > LISTING_MAX_LENGTH.term)) return 'too-long';
  if (known && value.some((term: string) => !known.has(term))) return 'unknown-term';
  return undefined;
}

function objectOrEmpty(value: unknown): Record<string, unknown> | null {
  if (value === undefined || value === null) return {};
  return typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/**
 * Checks a listing request. Answers the first problem of each field; an empty object means the
 * request may be sent. `variant: 'compact'` asks for a region instead of a full address.
 */
export function validateListing(input: unknown, options: ListingRuleOptions = {}): ListingErrors {
  const body = objectOrEmpty(input) ?? {};
  const compact = body.variant === 'compact';
  const known = options.knownTerms ?? {};
  const max = LISTING_MAX_LENGTH;
  const isRegion = (text: string) => US_REGION_CODES.has(text.toUpperCase());
  const checks: Array<[ListingField, Checked]> = [
    ['name', checkText(body.name, max.name, true)],
    ['email', checkFormat(body.email, max.email, true, (text) => EMAIL.test(text), 'email')],
    ['phone', checkFormat(body.phone, max.phone, false, isUsPhone, 'phone')],
    ['credentials', checkTerms(body.credentials, true, known.credentials)],
    ['practice', checkText(body.practice, max.practice, false)],
    ['website', checkFormat(body.website, max.website, false, isWebsite, 'url')],
    ['message', checkText(body.message, max.message, false)],
  ];

  const address = objectOrEmpty(body.address);
  if (address === null) {
    checks.push(['address.city', 'invalid']);
  } else {
    checks.push(
      ['address.street', checkText(address.street, max.street, false)],
      ['address.city', checkText(address.city, max.city, !compact)],
      ['address.region', checkFormat(address.region, max.term, !compact, isRegion, 'region')],
      ['address.postalCode', checkFormat(address.postalCode, max.term, !compact, (text) => POSTAL_CODE.test(text), 'postal-code')],
    );
  }
  if (compact) checks.push(['region', checkFormat(body.region, max.term, true, isRegion, 'region')]);

  for (const field of ['services', 'conditions', 'formats', 'languages', 'insurances'] as const) {
    checks.push([field, checkTerms(body[field], false, known[field])]);
  }

  const license = objectOrEmpty(body.license);
  if (license === null) {
    checks.push(['license.type', 'invalid']);
  } else {
    checks.push(
      ['license.region', checkFormat(license.region, max.term, false, isRegion, 'region')],
      ['license.type', checkText(license.type, max.licenseType, false)],
      ['license.number', checkText(license.number, max.licenseNumber, false)],
    );
  }

  checks.push(
    ['consent', body.consent === true ? undefined : 'consent'],
    ['consentText', checkText(body.consentText, max.consentText, true)],
  );

  const errors: ListingErrors = {};
  for (const [field, code] of checks) if (code) errors[field] = code;
  return errors;
}
