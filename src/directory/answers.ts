import type {
  CslItem,
  ListingReceipt,
  Place,
  PlaceList,
  Provider,
  ProviderPage,
  ProviderSummary,
  ResolveResult,
  Taxonomy,
  TaxonomyTerm,
} from './contract.js';
import { list, num, object, optText, text, texts, type Json } from './validate.js';

/** Coercions from parsed JSON to the contract's types; each throws `InvalidAnswer` on nonsense. */

const term = (value: unknown): TaxonomyTerm => {
  const o = object(value);
  const legalIn = Array.isArray(o.legalIn) ? texts(o.legalIn) : undefined;
  return { id: text(o.id), label: text(o.label), ...(legalIn && { legalIn }) };
};

export function toTaxonomy(value: unknown): Taxonomy {
  const o = object(value);
  const terms = (key: string) => (o[key] === undefined ? [] : list(o[key], term));
  return {
    version: String(o.version ?? ''),
    conditions: terms('conditions'),
    services: terms('services'),
    formats: terms('formats'),
    insurances: terms('insurances'),
    languages: terms('languages'),
    credentials: terms('credentials'),
  };
}

const place = (value: unknown): Place => {
  const o = object(value);
  return { id: text(o.id), label: text(o.label), lat: num(o.lat), lng: num(o.lng), region: optText(o.region) ?? '' };
};

export function toPlaceList(value: unknown): PlaceList {
  return { items: list(object(value).items, place) };
}

const optNum = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

function summaryFields(o: Json): ProviderSummary {
  const address = object(o.address ?? {});
  const location = o.location ? object(o.location) : undefined;
  return {
    id: text(o.id),
    name: text(o.name),
    credentials: texts(o.credentials),
    practice: optText(o.practice),
    photo: optText(o.photo),
    address: {
      street: optText(address.street),
      city: optText(address.city) ?? '',
      region: optText(address.region) ?? '',
      postalCode: optText(address.postalCode) ?? '',
    },
    location: location && { lat: num(location.lat), lng: num(location.lng) },
    distance: optNum(o.distance),
    services: texts(o.services),
    conditions: texts(o.conditions),
    formats: texts(o.formats),
    languages: texts(o.languages),
    acceptingNewClients: o.acceptingNewClients === true,
    verified: o.verified === true,
    featured: o.featured === true,
    availabilityConfirmedAt: optText(o.availabilityConfirmedAt),
    updatedAt: optText(o.updatedAt) ?? '',
  };
}

export function toProviderPage(value: unknown): ProviderPage {
  const o = object(value);
  return {
    items: list(o.items, (item) => summaryFields(object(item))),
    total: num(o.total),
    page: num(o.page),
    pageSize: num(o.pageSize),
    origin: o.origin ? (o.origin as ProviderPage['origin']) : undefined,
  };
}

export function toProvider(value: unknown): Provider {
  const o = object(value);
  const fees = o.fees ? object(o.fees) : undefined;
  return {
    ...summaryFields(o),
    bio: optText(o.bio) ?? '',
    phone: optText(o.phone),
    email: optText(o.email),
    website: optText(o.website),
    bookingUrl: optText(o.bookingUrl),
    insurances: texts(o.insurances),
    fees: fees && {
      min: num(fees.min),
      max: num(fees.max),
      currency: optText(fees.currency) ?? 'USD',
      slidingScale: fees.slidingScale === true,
    },
    licenses: Array.isArray(o.licenses)
      ? o.licenses.map((entry) => {
          const license = object(entry);
          return { region: text(license.region), type: text(license.type), number: optText(license.number) };
        })
      : [],
    trainings: texts(o.trainings),
  };
}

export function toListingReceipt(value: unknown): ListingReceipt {
  const o = object(value);
  return { id: text(o.id), status: 'received', receivedAt: text(o.receivedAt) };
}

export function toResolveResult(value: unknown): ResolveResult {
  const o = object(value);
  return {
    // Items are formatted by code that tolerates any field; only the identity must be sound.
    items: list(o.items, (item) => {
      const csl = object(item);
      text(csl.id);
      return csl as CslItem;
    }),
    missing: texts(o.missing),
  };
}
