/**
 * The validation rules of a listing request (`POST /listings`), shared by the `<listing-form>`
 * element in the browser and by the reference server, so that both reject the same input.
 *
 * The rules answer error *codes* per field path; the form turns them into words in the visitor's
 * language and the server into the plain sentences of a `422` problem.
 *
 * Two layers: each field's rule, for what a person can get wrong (a value missing, too long, in the
 * wrong format, too many boxes ticked, no consent), and each field's shape, for what only a request
 * made by hand can get wrong (a number for a name, a list of ids that are not strings, ids the
 * directory does not know). The form builds well-formed requests and checks them with the rules
 * alone (`checkListingValues`); the server checks any request with both (`validateListing`), so the
 * form's bundle carries no code that could never answer for it.
 */
import type { ListingRequest } from './contract.js';

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

/**
 * What a person can choose from: the ids of the directory's regions (`Taxonomy.regions`), in upper
 * case. The regions are the directory's data, so each caller passes its own: the server its list,
 * the form the ids of the taxonomy it loaded.
 */
export interface ListingChoices {
  /** A region outside this list is answered `region`; without the list, any region is taken. */
  regions?: ReadonlySet<string>;
}

export interface ListingRuleOptions extends ListingChoices {
  /** Known taxonomy ids per list; a list left out is not checked against the taxonomy. */
  knownTerms?: Partial<Record<ListingTermField, ReadonlySet<string>>>;
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const POSTAL_CODE = /^\d{5}(-\d{4})?$/;
const PHONE_EXTENSION = /\s*(?:ext\.?|x|#)\s*\d{1,6}$/i;

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
    return /^https?:$/.test(url.protocol) && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** The shapes a text field may have to take, by the error code of a value that does not. */
const formats = {
  email: (text: string) => EMAIL.test(text),
  phone: isUsPhone,
  url: isWebsite,
  region: (text: string, regions?: ReadonlySet<string>) => !regions || regions.has(text.toUpperCase()),
  'postal-code': (text: string) => POSTAL_CODE.test(text),
};

type Checked = ListingErrorCode | undefined;

/**
 * Checks one field's value of a well-formed request (text as a string, a list as an array of ids,
 * consent as a boolean, or no value), with the regions to choose from: for what a person filling in
 * a form can get wrong.
 */
type ValueCheck = (value: string | string[] | boolean | undefined, regions?: ReadonlySet<string>) => Checked;

/** A text field of at most `max` characters (trimmed), in the shape of `format` when it has one. */
function text(max: number, required = false, format?: keyof typeof formats): ValueCheck {
  return (value, regions) => {
    const trimmed = (value as string | undefined)?.trim();
    if (!trimmed) return required ? 'required' : undefined;
    if (trimmed.length > max) return 'too-long';
    return format && !formats[format](trimmed, regions) ? format : undefined;
  };
}

/** The most ids a list may hold: a person can tick more boxes than that. */
const MAX_TERMS = 30;

/** A list of taxonomy ids: at most `MAX_TERMS` of them. Whether they are ids at all is the shape's concern. */
function terms(required = false): ValueCheck {
  return (value) => {
    const count = (value as string[] | undefined)?.length ?? 0;
    if (!count) return required ? 'required' : undefined;
    return count > MAX_TERMS ? 'too-many' : undefined;
  };
}

/**
 * The rule of every field of a variant, in the order of the errors they answer. The compact variant
 * asks for a region instead of an address.
 */
const rulesOf = (compact: boolean): Array<[ListingField, ValueCheck]> => {
  const rules: Array<[ListingField, ValueCheck]> = [
    ['name', text(120, true)],
    ['email', text(254, true, 'email')],
    ['phone', text(40, false, 'phone')],
    ['credentials', terms(true)],
    ['practice', text(160)],
    ['website', text(500, false, 'url')],
    ['message', text(2000)],
    ['address.street', text(200)],
    ['address.city', text(100, !compact)],
    ['address.region', text(60, !compact, 'region')],
    ['address.postalCode', text(60, !compact, 'postal-code')],
    ['region', text(60, true, 'region')],
    ['services', terms()],
    ['conditions', terms()],
    ['formats', terms()],
    ['languages', terms()],
    ['insurances', terms()],
    ['license.region', text(60, false, 'region')],
    ['license.type', text(60)],
    ['license.number', text(60)],
    ['consent', (value) => (value === true ? undefined : 'consent')],
    ['consentText', text(2000, true)],
  ];
  // Only the compact variant has a region of its own.
  return compact ? rules : rules.filter(([field]) => field !== 'region');
};

/** Each field's problem, in the order of the rules; fields without one are left out. */
function collect(compact: boolean, problemOf: (field: ListingField, check: ValueCheck) => Checked): ListingErrors {
  const errors: ListingErrors = {};
  for (const [field, check] of rulesOf(compact)) {
    const code = problemOf(field, check);
    if (code) errors[field] = code;
  }
  return errors;
}

/**
 * Checks a well-formed listing request, as `<listing-form>` builds it, for what a person can get
 * wrong. For such a request it answers exactly what `validateListing` answers with the same
 * `regions` and without `knownTerms`.
 */
export function checkListingValues(request: Partial<ListingRequest>, { regions }: ListingChoices = {}): ListingErrors {
  return collect(request.variant === 'compact', (field, check) => {
    const [head, tail] = field.split('.') as [keyof ListingRequest, string?];
    const value = request[head];
    return check(tail ? (value as Record<string, string> | undefined)?.[tail] : (value as string | string[] | boolean), regions);
  });
}

const TERM_FIELDS: ReadonlySet<string> = new Set<ListingTermField>(['credentials', 'services', 'conditions', 'formats', 'languages', 'insurances']);

/**
 * What only a request made by hand can get wrong in a field's value, before its rule is applied: the
 * wrong type, or a list of ids that are empty, too long or unknown to the directory. (A list with too
 * many ids is answered here too, before the ids, as it always was.)
 */
function shapeProblem(field: ListingField, value: unknown, knownTerms: ListingRuleOptions['knownTerms']): Checked {
  if (value == null || field === 'consent') return undefined;
  if (!TERM_FIELDS.has(field)) return typeof value === 'string' ? undefined : 'invalid';
  if (!Array.isArray(value) || value.some((term) => typeof term !== 'string' || term.trim() === '')) return 'invalid';
  if (value.length > MAX_TERMS) return 'too-many';
  if (value.some((term: string) => term.length > 60)) return 'too-long';
  const known = knownTerms?.[field as ListingTermField];
  return known && value.some((term: string) => !known.has(term)) ? 'unknown-term' : undefined;
}

/** The field that says `invalid` when its group (`address`, `license`) is not an object; the group's other fields are then not checked. */
const reportsGroup: Record<string, ListingField> = { address: 'address.city', license: 'license.type' };

/** An object's fields; `{}` for nothing; `null` for anything else (a string, a number, an array). */
function objectOrEmpty(value: unknown): Record<string, unknown> | null {
  if (value == null) return {};
  return typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/**
 * Checks any listing request, as the endpoint receives it: first the shape of each field, then its
 * rule. Answers the first problem of each field; an empty object means the request may be stored.
 * `variant: 'compact'` asks for a region instead of a full address. The endpoint passes its
 * `regions`, so that a region it does not know is refused.
 */
export function validateListing(input: unknown, options: ListingRuleOptions = {}): ListingErrors {
  const body = objectOrEmpty(input) ?? {};
  return collect(body.variant === 'compact', (field, check) => {
    const [head, tail] = field.split('.');
    const group = tail ? objectOrEmpty(body[head]) : body;
    if (!group) return reportsGroup[head] === field ? 'invalid' : undefined;
    const value = group[tail ?? head];
    return shapeProblem(field, value, options.knownTerms) ?? check(value as string, options.regions);
  });
}
