import { isAllowedOrigin } from './cors-policy.ts';

/**
 * Where a plain form post may send the browser back to: a page of this origin or of an origin on
 * the allow-list. `*` does not count here, or the endpoint would redirect anywhere it is told.
 */
export function safeRedirect(target: string | undefined, requestUrl: string, allowList: readonly string[]): URL | undefined {
  if (!target) return undefined;
  let url: URL;
  try {
    url = new URL(target, requestUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const ownOrigin = new URL(requestUrl).origin;
  return isAllowedOrigin(url.origin, ownOrigin, allowList.filter((entry) => entry !== '*')) ? url : undefined;
}

/** The page to go back to, with `?listing=received` or `?listing=invalid&fields=…`. */
export function withListingOutcome(page: URL, outcome: 'received' | 'invalid', fields: string[] = []): string {
  const url = new URL(page);
  url.searchParams.delete('fields');
  url.searchParams.set('listing', outcome);
  if (fields.length) url.searchParams.set('fields', fields.join(','));
  return url.toString();
}
