/**
 * Opt-in URL state (`url-state`): a finder's search lives in the host page's URL under one key,
 * `pf`, or `pf-<id>` for a finder with an `id`, so that two finders on one page never collide. The
 * value is itself a query string (`near=97201&radius=25&service=ketamine-iv`), so the host page's
 * own parameters are left alone.
 */

/**
 * The search fields kept in the URL: a chosen place as its id (`near=97201`), the visitor's
 * position as `lat` and `lng`, and `page` when paging.
 */
export const stateKeys = ['q', 'near', 'radius', 'condition', 'service', 'format', 'insurance', 'language', 'accepting', 'sort'] as const;
export type StateKey = (typeof stateKeys)[number];
type Values = Record<StateKey, string | number | boolean>;

/** The URL key of a finder. */
export const urlKey = (finder: Element) => (finder.id ? `pf-${finder.id}` : 'pf');

/** A finder's values as a query string, without the empty ones. */
export function encodeState(values: Values, extra: Record<string, unknown>): string {
  const params = new URLSearchParams();
  const all: Record<string, unknown> = {};
  for (const key of stateKeys) all[key] = values[key];
  for (const [key, value] of Object.entries({ ...all, ...extra })) {
    if (value !== '' && value !== false && value !== undefined) params.set(key, String(value));
  }
  return params.toString();
}

/**
 * Writes an encoded state's fields into the finder's values, each as the type it has there;
 * a field the state lacks is emptied. Returns the parameters, for `lat`, `lng` and `page`.
 */
export function decodeState(state: string, values: Values): URLSearchParams {
  const params = new URLSearchParams(state);
  for (const key of stateKeys) {
    const text = params.get(key) ?? '';
    const current = values[key];
    values[key] = typeof current === 'boolean' ? text === 'true' : typeof current === 'number' ? Number(text) || current : text;
  }
  return params;
}

/** The finder's state in the page URL, or `null`. */
export const readUrlState = (key: string) => new URL(location.href).searchParams.get(key);

/**
 * Puts the finder's state in the page URL: a new history entry for a new search (`push`), the
 * same entry for paging. Other parameters and the host's `history.state` are kept.
 */
export function writeUrlState(key: string, state: string, push: boolean): void {
  const url = new URL(location.href);
  url.searchParams.set(key, state);
  if (url.href === location.href) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(history.state, '', url);
}
