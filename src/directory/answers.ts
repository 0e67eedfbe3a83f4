import type {
  CslItem,
  ListingReceipt,
  PlaceList,
  Provider,
  ProviderPage,
  ProviderSummary,
  ResolveResult,
  Taxonomy,
  TaxonomyTerm,
} from './contract.js';
import { flag, list, num, object, optional, optText, orEmpty, text, texts, type Shape } from './validate.js';

/** The checks of the contract's answers, from parsed JSON; each throws on nonsense. */

const terms = optional(
  list(object<TaxonomyTerm>({ id: text, label: text, legalIn: (value) => (Array.isArray(value) ? texts(value) : undefined) })),
  [],
);

export const toTaxonomy = object<Taxonomy>({
  version: (value) => String(value ?? ''),
  conditions: terms,
  services: terms,
  formats: terms,
  insurances: terms,
  languages: terms,
  credentials: terms,
  regions: terms,
});

export const toPlaceList = object<PlaceList>({
  items: list(object({ id: text, label: text, lat: num, lng: num, region: orEmpty })),
});

const address = object<ProviderSummary['address']>({ street: optText, city: orEmpty, region: orEmpty, postalCode: orEmpty });

const summary: Shape<ProviderSummary> = {
  id: text,
  name: text,
  credentials: texts,
  practice: optText,
  photo: optText,
  // A missing address is an empty one.
  address: (value) => address(value ?? {}),
  location: optional(object({ lat: num, lng: num })),
  distance: (value) => (Number.isFinite(value) ? (value as number) : undefined),
  services: texts,
  conditions: texts,
  formats: texts,
  languages: texts,
  acceptingNewClients: flag,
  verified: flag,
  featured: flag,
  availabilityConfirmedAt: optText,
  updatedAt: orEmpty,
};

export const toProviderPage = object<ProviderPage>({
  items: list(object(summary)),
  total: num,
  page: num,
  pageSize: num,
  // The centre of the search is shown as it is; the finder reads only its `region`, if any.
  origin: (value) => (value || undefined) as ProviderPage['origin'],
});

export const toProvider = object<Provider>({
  ...summary,
  bio: orEmpty,
  phone: optText,
  email: optText,
  website: optText,
  bookingUrl: optText,
  insurances: texts,
  fees: optional(object({ min: num, max: num, currency: (value) => optText(value) ?? 'USD', slidingScale: flag })),
  licenses: (value) => (Array.isArray(value) ? list(object({ region: text, type: text, number: optText }))(value) : []),
  trainings: texts,
});

export const toListingReceipt = object<ListingReceipt>({ id: text, status: () => 'received' as const, receivedAt: text });

export const toResolveResult = object<ResolveResult>({
  // Items are formatted by code that tolerates any field; only the identity must be sound.
  items: list((item) => (object({ id: text })(item), item as CslItem)),
  missing: texts,
});
