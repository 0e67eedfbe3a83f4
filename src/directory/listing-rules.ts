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

/**
 * US states, the District of Columbia and the inhabited territories, in the order of their names
 * (`<listing-form>` lists the names in this order).
 */
export const US_REGION_CODES: ReadonlySet<string> = new Set(
  ('AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY ' +
    'NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY AS GU MP PR VI').split(' '),
);

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
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** The shapes a text field may have to take, by the error code of a value that does not. */
const formats = {
  email: (text: string) => EMAIL.test(text),
  phone: isUsPhone,
  url: isWebsite,
  region: (text: string) => US_REGION_CODES.has(text.toUpperCase()),
  'postal-code': (text: string) => POSTAL_CODE.test(text),
};

type Checked = ListingErrorCode | undefined;
/** Checks one field's value, against the known taxonomy ids when the field is a list. */
type Check = (value: unknown, known?: ReadonlySet<string>) => Checked;

const isBlank = (value: unknown): boolean => value == null || (typeof value === 'string' && value.trim() === '');

/** A text field of at most `max` characters (trimmed), in the shape of `format` when it has one. */
function text(max: number, required = false, format?: keyof typeof formats): Check {
  return (value) => {
    if (isBlank(value)) return required ? 'required' : undefined;
    if (typeof value !== 'string') return 'invalid';
    if (value.trim().length > max) return 'too-long';
    return format && !formats[format](value.trim()) ? format : undefined;
  };
}

/** A list of taxonomy ids: at most 30, of at most 60 characters, and known ones when the ids are given. */
function terms(required = false): Check {
  return (value, known) => {
    if (value == null || (Array.isArray(value) && value.length === 0)) return required ? 'required' : undefined;
    if (!Array.isArray(value) || value.some((term) => typeof term !== 'string' || term.trim() === '')) return 'invalid';
    if (value.length > 30) return 'too-many';
    if (value.some((term: string) => term.length > 60)) return 'too-long';
    if (known && value.some((term: string) => !known.has(term))) return 'unknown-term';
    return undefined;
  };
}

/**
 * The rule of every field of a variant, in the order of the errors they answer. The compact variant
 * asks for a region instead of an address.
 */
const rulesOf = (compact: boolean): Array<[ListingField, Check]> => [
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
  // Only the compact variant has a region of its own.
  ['region', compact ? text(60, true, 'region') : () => undefined],
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

/** The field that says `invalid` when its group (`address`, `license`) is not an object; the group's other fields are then not checked. */
const reportsGroup: Record<string, ListingField> = { address: 'address.city', license: 'license.type' };

/** An object's fields; `{}` for nothing; `null` for anything else (a string, a number, an array). */
function objectOrEmpty(value: unknown): Record<string, unknown> | null {
  if (value == null) return {};
  return typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/**
 * Checks a listing request. Answers the first problem of each field; an empty object means the
 * request may be sent. `variant: 'compact'` asks for a region instead of a full address.
 */
export function validateListing(input: unknown, options: ListingRuleOptions = {}): ListingErrors {
  const body = objectOrEmpty(input) ?? {};
  const errors: ListingErrors = {};
  for (const [field, check] of rulesOf(body.variant === 'compact')) {
    const [head, tail] = field.split('.');
    const group = tail ? objectOrEmpty(body[head]) : body;
    const code = group
      ? check(group[tail ?? head], options.knownTerms?.[field as ListingTermField])
      : reportsGroup[head] === field
        ? 'invalid'
        : undefined;
    if (code) errors[field] = code;
  }
  return errors;
}
