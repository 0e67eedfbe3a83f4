import type { CslItem, CslName } from '../../../directory/contract.js';

const asText = (value: unknown): string =>
  typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))
    ? String(value).replace(/\s+/g, ' ').trim()
    : '';

/** Typographic quotes, as citeproc-js prints straight ones: "a" → “a”, it's → it’s, 'a' → ‘a’. */
export const curly = (value: string): string =>
  value
    .replace(/(^|[\s([{])"/g, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|[\s([{“])'(?=[^']+'(?![\p{L}\p{N}]))/gu, '$1‘')
    .replace(/'/g, '’');

/** A field as text. Numbers become strings; objects, arrays and the like count as missing. */
export const raw = (item: CslItem, key: string): string => asText(item[key]);

/** A field that is printed as words. */
export const prose = (item: CslItem, key: string): string => curly(raw(item, key));

export const has = (item: CslItem, keys: string): boolean => keys.split(' ').some((key) => raw(item, key) !== '');

/** The names of a role, as written; entries that are not objects are skipped, parts are read as text (empty parts left out). */
export const names = (item: CslItem, key: string): CslName[] => {
  const list: unknown = item[key];
  if (!Array.isArray(list)) return [];
  return list
    .filter((name): name is Record<string, unknown> => typeof name === 'object' && name !== null)
    .map((name): CslName => Object.fromEntries(Object.entries(name).flatMap(([part, value]) => (asText(value) ? [[part, asText(value)]] : []))))
    .filter((name) => name.family || name.given || name.literal);
};

/** The DOI without a resolver prefix: data often carries `https://doi.org/10.…` or `doi:10.…`. */
export const doi = (item: CslItem): string => raw(item, 'DOI').replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '');

export const doiHref = (value: string): string => 'https://doi.org/' + encodeURIComponent(value).replace(/%2F/gi, '/');

/** A link target only for http(s) URLs, so that `javascript:` and the like stay text. */
export const webHref = (value: string): string | undefined => {
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
};
