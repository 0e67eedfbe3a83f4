/**
 * The fields of `<listing-form>`, as data: each field's name (its path in a `ListingRequest`, which
 * is also the name the server's form-encoded route reads), its kind, its `autocomplete` token and
 * its label. Which fields are required is not written here: the shared listing rules decide.
 */
import type { ListingRequest, Taxonomy } from '../../directory/contract.js';
import { checkListingValues } from '../../directory/listing-rules.js';
import type { Messages } from '../../translations/en.js';

export type Variant = 'full' | 'compact';
export type FieldKind = 'text' | 'email' | 'tel' | 'url' | 'textarea' | 'region' | 'terms' | 'check';
export type FormValue = string | string[] | boolean;
export type FormValues = Record<string, FormValue>;
/** A message that is plain text, not a function. */
export type TextKey = { [K in keyof Messages]: Messages[K] extends string ? K : never }[keyof Messages];

export interface FieldDef {
  name: string;
  label: TextKey;
  kind: FieldKind;
  autocomplete?: string;
}

export interface Section {
  legend?: TextKey;
  fields: FieldDef[];
}

/**
 * The label of a field is its message `listing` + its name without `address.`, camel-cased:
 * `listingCity` for `address.city`, `listingLicenseType` for `license.type`.
 */
const field = (name: string, kind: FieldKind = 'text', autocomplete?: string): FieldDef => ({
  name,
  label: `listing${name.replace(/^address\./, '').replace(/(?:^|\.)(.)/g, (_, letter: string) => letter.toUpperCase())}` as TextKey,
  kind,
  autocomplete,
});
// Option lists: the name is also the taxonomy list the options come from.
const terms = (name: keyof Omit<Taxonomy, 'version'>) => field(name, 'terms');

const fullName = field('name', 'text', 'name');
const email = field('email', 'email', 'email');
const credentials = terms('credentials');
const consent = field('consent', 'check');

export const sections: Record<Variant, Section[]> = {
  full: [
    { legend: 'listingAboutYou', fields: [fullName, email, field('phone', 'tel', 'tel'), credentials] },
    {
      legend: 'listingPracticeSection',
      fields: [
        field('practice', 'text', 'organization'),
        field('website', 'url', 'url'),
        field('address.street', 'text', 'address-line1'),
        field('address.city', 'text', 'address-level2'),
        field('address.region', 'region', 'address-level1'),
        field('address.postalCode', 'text', 'postal-code'),
      ],
    },
    {
      legend: 'listingOfferSection',
      fields: [
        terms('services'),
        terms('conditions'),
        terms('formats'),
        terms('languages'),
        terms('insurances'),
      ],
    },
    {
      legend: 'listingLicenseSection',
      fields: [
        field('license.region', 'region'),
        field('license.type'),
        field('license.number'),
      ],
    },
    { fields: [field('message', 'textarea'), consent, field('marketingOptIn', 'check')] },
  ],
  compact: [{ fields: [fullName, email, credentials, field('region', 'region', 'address-level1'), consent] }],
};

export const fieldsOf = (variant: Variant): FieldDef[] => sections[variant].flatMap((section) => section.fields);

/** The fields that the shared rules require in a variant: those an empty request gets an error for. */
export const requiredIn = (variant: Variant): Set<string> =>
  new Set(Object.keys(checkListingValues({ variant, consentText: '-' })));

export const isFilled = (value: FormValue | undefined): boolean =>
  Array.isArray(value) ? value.length > 0 : typeof value === 'string' ? value.trim() !== '' : value === true;

/** The values of the fields, read by name through `get`; values of the wrong type are left out. */
export function pickValues(get: (name: string) => unknown, fields: FieldDef[]): FormValues {
  const values: FormValues = {};
  for (const { name, kind } of fields) {
    const value = get(name);
    const fits =
      kind === 'terms'
        ? Array.isArray(value) && value.every((term) => typeof term === 'string')
        : typeof value === (kind === 'check' ? 'boolean' : 'string');
    if (fits) values[name] = value as FormValue;
  }
  return values;
}

/**
 * Form values from a (partial) listing request, as the `values` property gives them. The consent and
 * opt-in boxes are left out: only the person ticks them.
 */
export const valuesFrom = (request: Partial<ListingRequest>, fields: FieldDef[]): FormValues =>
  pickValues(
    (name) => name.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], request),
    fields.filter(({ kind }) => kind !== 'check'),
  );

/**
 * The listing fields of a request, from form values. Text is trimmed and empty fields are left out;
 * with a taxonomy, list fields keep only the options the form shows.
 */
export function requestFrom(values: FormValues, fields: FieldDef[], taxonomy?: Taxonomy): Record<string, unknown> {
  const body: Record<string, Record<string, unknown> | unknown> = {};
  for (const { name, kind } of fields) {
    const known = taxonomy?.[name as keyof Omit<Taxonomy, 'version'>];
    let value = values[name];
    if (typeof value === 'string') value = value.trim();
    if (Array.isArray(value) && known) value = value.filter((id) => known.some((term) => term.id === id));
    if (kind === 'check') value = value === true;
    else if (!isFilled(value)) continue;
    const [head, tail] = name.split('.');
    if (tail) ((body[head] ??= {}) as Record<string, unknown>)[tail] = value;
    else body[head] = value;
  }
  return body;
}
