/**
 * US places from the `zipcodes` package: about 42,500 ZIP-code centroids with city and state,
 * bundled in the package (BSD licence, no dependencies, no network). Cities are built from the
 * ZIP codes that carry their name; the number of ZIP codes a city has stands in for its size
 * when suggestions are ranked, since the package has no population figures.
 */
import { codes } from 'zipcodes/lib/codes.js';
import { full as stateCodesByName } from 'zipcodes/lib/states.js';
import type { Place } from '../../src/directory/contract.ts';
import { US_REGION_CODES } from './regions.ts';

export interface ZipPlace {
  zip: string;
  city: string;
  region: string;
  lat: number;
  lng: number;
}

export interface City {
  /** The normalised name that lookups compare. */
  key: string;
  name: string;
  region: string;
  lat: number;
  lng: number;
  zips: ZipPlace[];
}

const PLAIN_CITY_NAME = /^[A-Za-z][A-Za-z .'-]*$/;

/** Lower case without accents or dots, with the usual abbreviations written out. */
export function normalizePlaceName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\./g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^st /, 'saint ')
    .replace(/^ft /, 'fort ')
    .replace(/^mt /, 'mount ');
}

function buildIndex() {
  const zips = new Map<string, ZipPlace>();
  const cityByKey = new Map<string, City>();
  for (const record of Object.values(codes)) {
    // Military mail regions (AA, AE, AP) have no place on a map.
    if (!US_REGION_CODES.has(record.state) || !record.latitude || !record.longitude) continue;
    const zip: ZipPlace = { zip: record.zip, city: record.city, region: record.state, lat: record.latitude, lng: record.longitude };
    zips.set(zip.zip, zip);
    // Some ZIP codes belong to one company ("Pacific Gas & Electric"): they are not towns.
    if (!PLAIN_CITY_NAME.test(record.city)) continue;
    const key = normalizePlaceName(record.city);
    const id = `${key}|${record.state}`;
    const city = cityByKey.get(id) ?? { key, name: record.city, region: record.state, lat: 0, lng: 0, zips: [] };
    city.zips.push(zip);
    cityByKey.set(id, city);
  }
  // The median, not the mean: a few ZIP codes carry a city's name far from the city itself.
  for (const city of cityByKey.values()) {
    city.lat = median(city.zips.map((zip) => zip.lat));
    city.lng = median(city.zips.map((zip) => zip.lng));
  }
  const citiesByKey = [...cityByKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : b.zips.length - a.zips.length));
  return { zips, cityByKey, citiesByKey };
}

function median(values: number[]): number {
  const sorted = values.sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const value = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return Math.round(value * 1e4) / 1e4;
}

let index: ReturnType<typeof buildIndex> | undefined;
function getIndex() {
  index ??= buildIndex();
  return index;
}

export function zipPlace(zip: ZipPlace): Place {
  return { id: zip.zip, label: `${zip.city}, ${zip.region} ${zip.zip}`, lat: zip.lat, lng: zip.lng, region: zip.region };
}

export function cityPlace(city: City): Place {
  const label = `${city.name}, ${city.region}`;
  return { id: label, label, lat: city.lat, lng: city.lng, region: city.region };
}

/** A two-letter code, or a state written out ("Oregon"); `undefined` when it is neither. */
function regionCode(text: string): string | undefined {
  const upper = text.trim().toUpperCase();
  if (US_REGION_CODES.has(upper)) return upper;
  const code = stateCodesByName[upper];
  return code && US_REGION_CODES.has(code) ? code : undefined;
}

/** Splits "Portland, OR", "Portland OR" or "Portland, Oregon" into a city key and a region. */
function splitCityAndRegion(text: string): { key: string; region?: string } {
  const comma = text.lastIndexOf(',');
  if (comma >= 0) {
    return { key: normalizePlaceName(text.slice(0, comma)), region: regionCode(text.slice(comma + 1)) ?? '??' };
  }
  const lastSpace = text.trim().lastIndexOf(' ');
  const region = lastSpace > 0 ? regionCode(text.trim().slice(lastSpace + 1)) : undefined;
  if (region && text.trim().slice(lastSpace + 1).length === 2) {
    return { key: normalizePlaceName(text.trim().slice(0, lastSpace)), region };
  }
  return { key: normalizePlaceName(text) };
}

/** The largest city of a name, across all states when no region is given. */
function findCity(key: string, region?: string): City | undefined {
  if (region) return getIndex().cityByKey.get(`${key}|${region}`);
  return citiesWithPrefix(key).find((city) => city.key === key);
}

/** Cities whose name starts with the key: a binary search over the sorted names. */
function citiesWithPrefix(prefix: string): City[] {
  const list = getIndex().citiesByKey;
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle].key < prefix) low = middle + 1;
    else high = middle;
  }
  const found: City[] = [];
  for (let i = low; i < list.length && list[i].key.startsWith(prefix); i++) found.push(list[i]);
  return found;
}

/**
 * Resolves what a visitor typed as a place: a ZIP code (ZIP+4 too), "City, ST", "City, State"
 * or a city alone (then its largest namesake). `null` when nothing matches.
 */
export function resolvePlace(text: string): Place | null {
  const trimmed = text.trim();
  const zipMatch = /^(\d{5})(?:-\d{4})?$/.exec(trimmed);
  if (zipMatch) {
    const zip = getIndex().zips.get(zipMatch[1]);
    return zip ? zipPlace(zip) : null;
  }
  if (trimmed === '' || /\d/.test(trimmed)) return null;
  const { key, region } = splitCityAndRegion(trimmed);
  const city = key ? findCity(key, region) : undefined;
  return city ? cityPlace(city) : null;
}

/**
 * Suggestions for a location box. Digits: the exact ZIP code first, then its city, then ZIP codes
 * that start with the digits. Words: cities that start with them (optionally "…, ST"), the exact
 * name first, then larger cities (more ZIP codes) first, then by name.
 */
export function suggestPlaces(query: string, limit: number): Place[] {
  const text = query.trim();
  if (text === '') return [];
  if (/^\d{1,5}(-\d{0,4})?$/.test(text)) return suggestZips(text.slice(0, 5), limit);
  const { key, region } = splitCityAndRegion(text);
  const regionPrefix = text.includes(',') ? text.slice(text.lastIndexOf(',') + 1).trim().toUpperCase() : '';
  const matches = citiesWithPrefix(key).filter((city) =>
    region && region !== '??' ? city.region === region : city.region.startsWith(regionPrefix.slice(0, 2)),
  );
  matches.sort((a, b) => Number(b.key === key) - Number(a.key === key) || b.zips.length - a.zips.length || a.key.localeCompare(b.key) || a.region.localeCompare(b.region));
  return matches.slice(0, limit).map(cityPlace);
}

function suggestZips(digits: string, limit: number): Place[] {
  const { zips, cityByKey } = getIndex();
  const places: Place[] = [];
  const exact = zips.get(digits);
  if (exact) {
    places.push(zipPlace(exact));
    const city = cityByKey.get(`${normalizePlaceName(exact.city)}|${exact.region}`);
    if (city) places.push(cityPlace(city));
  }
  for (const zip of zips.values()) {
    if (places.length >= limit) break;
    if (zip.zip !== digits && zip.zip.startsWith(digits)) places.push(zipPlace(zip));
  }
  return places.slice(0, limit);
}

/** Every ZIP code of the 50 states and DC, for placing sample providers. */
export function mainlandAndStateZips(): ZipPlace[] {
  const territories = new Set(['PR', 'VI', 'GU', 'AS', 'MP']);
  return [...getIndex().zips.values()].filter((zip) => !territories.has(zip.region));
}

/** Cities ranked by how many ZIP codes they have, largest first. */
export function largestCities(count: number): City[] {
  return [...getIndex().cityByKey.values()]
    .filter((city) => city.region !== 'PR')
    .sort((a, b) => b.zips.length - a.zips.length || a.key.localeCompare(b.key) || a.region.localeCompare(b.region))
    .slice(0, count);
}

export function findCityByName(name: string, region: string): City | undefined {
  return findCity(normalizePlaceName(name), region);
}
