/**
 * The directory endpoint contract, version 1.
 *
 * These types are the single written form of the JSON API that every widget calls and that
 * `demo/server/` implements. `docs/endpoint-contract.md` describes the same calls in prose.
 */

/** One entry of a taxonomy list, such as a condition or a service. */
export interface TaxonomyTerm {
  id: string;
  label: string;
  /**
   * Where a service may legally be offered: region codes such as `US-OR`, or `["*"]` for
   * everywhere. Absent means everywhere.
   */
  legalIn?: string[];
}

/** `GET /taxonomy?lang=xx` */
export interface Taxonomy {
  version: string;
  conditions: TaxonomyTerm[];
  services: TaxonomyTerm[];
  formats: TaxonomyTerm[];
  insurances: TaxonomyTerm[];
  languages: TaxonomyTerm[];
  credentials: TaxonomyTerm[];
  /**
   * The regions a provider may practise and be licensed in (the states of `<listing-form>`): `id`
   * is the region's code in upper case, such as `OR`, and `label` its name, such as "Oregon".
   */
  regions: TaxonomyTerm[];
}

/** The taxonomy lists, by name. */
export type TaxonomyKind = Exclude<keyof Taxonomy, 'version'>;

/** One suggestion of `GET /places`. `region` is a two-letter US state code. */
export interface Place {
  id: string;
  label: string;
  lat: number;
  lng: number;
  region: string;
}

/** `GET /places?q=port&limit=8` */
export interface PlaceList {
  items: Place[];
}

export interface GeoPoint {
  lat: number;
  lng: number;
}

export type DistanceUnit = 'mi' | 'km';
export type ProviderSort = 'relevance' | 'distance' | 'name' | 'availability';

/** The parameters of `GET /providers`. Lists are sent as repeated parameters. */
export interface ProviderQuery {
  q?: string;
  /** A ZIP code or "City, ST". */
  near?: string;
  lat?: number;
  lng?: number;
  radius?: number;
  unit?: DistanceUnit;
  condition?: string[];
  service?: string[];
  format?: string[];
  insurance?: string[];
  language?: string[];
  accepting?: boolean;
  /** Only the providers of this clinic. */
  org?: string;
  ids?: string[];
  sort?: ProviderSort;
  /** From 1. */
  page?: number;
  /** At most 50. */
  pageSize?: number;
}

export interface PostalAddress {
  street?: string;
  city: string;
  region: string;
  postalCode: string;
}

/** One result of a provider search. */
export interface ProviderSummary {
  id: string;
  name: string;
  credentials: string[];
  practice?: string;
  photo?: string;
  address: PostalAddress;
  location?: GeoPoint;
  /** In the unit of the query, when the query had a place. */
  distance?: number;
  services: string[];
  conditions: string[];
  formats: string[];
  languages: string[];
  acceptingNewClients: boolean;
  verified: boolean;
  featured?: boolean;
  /** ISO 8601 date-time at which the provider last confirmed their availability. */
  availabilityConfirmedAt?: string;
  /** ISO 8601 date-time. */
  updatedAt: string;
}

/** `GET /providers` */
export interface ProviderPage {
  items: ProviderSummary[];
  total: number;
  page: number;
  pageSize: number;
  /** The resolved centre of the search, when the query had a place. */
  origin?: Place | GeoPoint;
}

export interface Fees {
  min: number;
  max: number;
  currency: string;
  slidingScale: boolean;
}

export interface License {
  region: string;
  type: string;
  number?: string;
}

/** `GET /providers/{id}` */
export interface Provider extends ProviderSummary {
  bio: string;
  phone?: string;
  email?: string;
  website?: string;
  bookingUrl?: string;
  insurances: string[];
  fees?: Fees;
  licenses: License[];
  trainings: string[];
}

/** The body of `POST /listings`: a therapist asking to be listed. */
export interface ListingRequest {
  name: string;
  credentials: string[];
  email: string;
  phone?: string;
  practice?: string;
  website?: string;
  address?: Partial<PostalAddress>;
  /** The region of a compact sign-up, which asks for no full address. */
  region?: string;
  services?: string[];
  conditions?: string[];
  formats?: string[];
  languages?: string[];
  insurances?: string[];
  license?: Partial<License>;
  message?: string;
  /** Must be true. */
  consent: boolean;
  /** The exact consent text the person agreed to; stored with the listing. */
  consentText: string;
  marketingOptIn?: boolean;
  /** The form variant that sent the request. */
  variant?: 'full' | 'compact';
  /** The page the form was on, and allow-listed `utm_*` parameters. */
  source?: { url?: string; utm?: Record<string, string> };
  /** A field that people never see; anything in it marks the request as spam. */
  honeypot?: string;
  /** Milliseconds between the form being shown and being sent. */
  fillTime?: number;
  /** A CAPTCHA token, when the host uses one. */
  captchaToken?: string;
}

/** `201` answer of `POST /listings`. The same `Idempotency-Key` answers the same body. */
export interface ListingReceipt {
  id: string;
  status: 'received';
  receivedAt: string;
}

/** A CSL-JSON name. */
export interface CslName {
  family?: string;
  given?: string;
  suffix?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
  /** A group author, such as "World Health Organization". */
  literal?: string;
}

/** A CSL-JSON date. */
export interface CslDate {
  'date-parts'?: Array<Array<number | string>>;
  literal?: string;
  raw?: string;
}

/** A notice about a published work, such as a retraction. */
export interface StatusUpdate {
  type: 'retraction' | 'correction' | 'expression-of-concern';
  /** ISO 8601 date. */
  date?: string;
  /** The DOI of the notice. */
  DOI?: string;
  label?: string;
}

/**
 * A CSL-JSON item, as `POST /references/resolve` answers it and as the `<article-references>`
 * element accepts it. Only the fields the widgets read are typed; others pass through.
 */
export interface CslItem {
  id: string;
  type: string;
  title?: string;
  'container-title'?: string;
  'collection-title'?: string;
  publisher?: string;
  'publisher-place'?: string;
  edition?: string | number;
  volume?: string | number;
  issue?: string | number;
  page?: string;
  number?: string;
  genre?: string;
  medium?: string;
  DOI?: string;
  URL?: string;
  ISBN?: string;
  PMID?: string;
  author?: CslName[];
  editor?: CslName[];
  issued?: CslDate;
  accessed?: CslDate;
  /** Retractions, corrections and expressions of concern. */
  status?: { updates?: StatusUpdate[] };
  /** A free-to-read copy of the work. */
  openAccessUrl?: string;
  [field: string]: unknown;
}

/** `POST /references/resolve` body. Ids are DOIs, `pmid:…` or `isbn:…`. */
export interface ResolveRequest {
  ids: string[];
}

/** `POST /references/resolve` answer. */
export interface ResolveResult {
  items: CslItem[];
  /** The requested ids that the endpoint could not resolve, as they were sent. */
  missing: string[];
}

/** The files that `POST /references/export` writes. */
export type ExportFormat = 'bibtex' | 'ris' | 'csl-json';

/** `POST /references/export` body (at most 500 items); answered `200` with the file as text. */
export interface ExportRequest {
  format: ExportFormat;
  items: CslItem[];
}

export type ReportReason = 'wrong' | 'full' | 'unresponsive' | 'other';

/** `POST /reports` body: a visitor reports a listing; answered with `202`. */
export interface ReportRequest {
  providerId: string;
  reason: ReportReason;
  note?: string;
}

/** `202` answer of `POST /reports`. */
export interface ReportReceipt {
  status: 'received';
}

/** An RFC 9457 problem document, as every error of the endpoint is answered. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  /** Field errors of a `422`, as plain sentences keyed by field path (such as `address.city`). */
  errors?: Record<string, string[]>;
}
