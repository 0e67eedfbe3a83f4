/**
 * Reads the parameters of `GET /providers` into a checked search. Lists may be repeated
 * (`condition=a&condition=b`) or comma-separated (`condition=a,b`), or both.
 */
import type { DistanceUnit, GeoPoint, Place, ProviderSort } from '../../src/directory/contract.ts';
import { resolvePlace } from './gazetteer.ts';
import { FILTER_KINDS, type FilterKind } from './provider-terms.ts';

export interface ProviderSearch {
  /** The words of `q`, for full-text search; absent when `q` has no word in it. */
  words?: string[];
  origin?: { point: GeoPoint; place?: Place };
  radius?: number;
  unit: DistanceUnit;
  filters: Partial<Record<FilterKind, string[]>>;
  acceptingOnly: boolean;
  org?: string;
  ids?: string[];
  sort: ProviderSort;
  page: number;
  pageSize: number;
}

export type ParsedSearch =
  | { ok: true; search: ProviderSearch }
  | { ok: false; problem: 'unknown-place' | 'invalid-query'; errors: Record<string, string[]> };

export const MAX_PAGE_SIZE = 50;
export const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE = 10_000;
const MAX_RADIUS = 500;
const DEFAULT_RADIUS: Record<DistanceUnit, number> = { mi: 25, km: 40 };
const MAX_LIST_ENTRIES = 100;
const SORTS: readonly ProviderSort[] = ['relevance', 'distance', 'name', 'availability'];

type Params = (name: string) => string[];

function list(params: Params, name: string): string[] {
  const values = params(name).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
  return [...new Set(values)];
}

function single(params: Params, name: string): string | undefined {
  const value = params(name)[0]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function wholeNumber(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  return /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
}

export function parseProviderSearch(params: Params): ParsedSearch {
  const errors: Record<string, string[]> = {};
  const fail = (field: string, message: string) => (errors[field] = [message]);

  const q = single(params, 'q');
  if (q && q.length > 200) fail('q', 'Please use fewer words in the search.');
  const words = q?.match(/[\p{L}\p{N}]+/gu)?.slice(0, 12);

  const unitText = single(params, 'unit') ?? 'mi';
  if (unitText !== 'mi' && unitText !== 'km') fail('unit', 'The unit must be mi or km.');
  const unit: DistanceUnit = unitText === 'km' ? 'km' : 'mi';

  let origin: ProviderSearch['origin'];
  const near = single(params, 'near');
  const latText = single(params, 'lat');
  const lngText = single(params, 'lng');
  if (near) {
    const place = near.length <= 100 ? resolvePlace(near) : null;
    if (!place) return { ok: false, problem: 'unknown-place', errors: { near: ["We couldn't find that place."] } };
    origin = { point: { lat: place.lat, lng: place.lng }, place };
  } else if (latText !== undefined || lngText !== undefined) {
    const lat = Number(latText);
    const lng = Number(lngText);
    if (latText === undefined || !Number.isFinite(lat) || lat < -90 || lat > 90) fail('lat', 'The latitude must be a number from -90 to 90.');
    if (lngText === undefined || !Number.isFinite(lng) || lng < -180 || lng > 180) fail('lng', 'The longitude must be a number from -180 to 180.');
    origin = { point: { lat, lng } };
  }

  const radiusText = single(params, 'radius');
  const radius = radiusText === undefined ? DEFAULT_RADIUS[unit] : Number(radiusText);
  if (!Number.isFinite(radius) || radius <= 0 || radius > MAX_RADIUS) fail('radius', `The radius must be a number above 0 and at most ${MAX_RADIUS}.`);

  const filters: ProviderSearch['filters'] = {};
  for (const kind of FILTER_KINDS) {
    const values = list(params, kind);
    if (values.length > MAX_LIST_ENTRIES) fail(kind, 'Too many choices at once.');
    if (values.length) filters[kind] = values;
  }

  const acceptingText = params('accepting')[0];
  let acceptingOnly = false;
  if (acceptingText !== undefined) {
    if (['', 'true', '1', 'on', 'yes'].includes(acceptingText)) acceptingOnly = true;
    else if (!['false', '0', 'off', 'no'].includes(acceptingText)) fail('accepting', 'Accepting must be true or false.');
  }

  const org = single(params, 'org');
  if (org && org.length > 100) fail('org', 'That clinic id is too long.');
  const ids = list(params, 'ids');
  if (ids.length > MAX_LIST_ENTRIES) fail('ids', `Ask for at most ${MAX_LIST_ENTRIES} providers at once.`);

  const sortText = single(params, 'sort') ?? 'relevance';
  if (!SORTS.includes(sortText as ProviderSort)) fail('sort', `The sort must be one of ${SORTS.join(', ')}.`);

  const page = wholeNumber(single(params, 'page'), 1);
  if (!Number.isInteger(page) || page < 1 || page > MAX_PAGE) fail('page', `The page must be a whole number from 1 to ${MAX_PAGE}.`);
  const pageSize = wholeNumber(single(params, 'pageSize'), DEFAULT_PAGE_SIZE);
  if (!Number.isInteger(pageSize) || pageSize < 1) fail('pageSize', 'The page size must be a whole number of at least 1.');

  if (Object.keys(errors).length > 0) return { ok: false, problem: 'invalid-query', errors };
  return {
    ok: true,
    search: {
      ...(words?.length ? { words } : {}),
      ...(origin ? { origin, radius } : {}),
      unit,
      filters,
      acceptingOnly,
      ...(org ? { org } : {}),
      ...(ids.length ? { ids } : {}),
      sort: sortText as ProviderSort,
      page,
      pageSize: Math.min(pageSize, MAX_PAGE_SIZE),
    },
  };
}
