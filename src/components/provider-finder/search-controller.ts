import type { ReactiveController } from 'lit';
import type { ProviderQuery } from '../../directory/contract.js';
import { ProviderSearchEvent } from './events.js';
import { filters } from './search-form.js';
import type { ProviderFinder } from './provider-finder.js';

/**
 * The finder's values that a search uses and that `url-state` keeps in the page URL. A chosen place
 * goes by its id (`near=97201`), the visitor's position as `lat` and `lng`, paging as `page`.
 */
export const stateKeys = ['q', 'near', 'radius', 'condition', 'service', 'format', 'insurance', 'language', 'accepting', 'sort'] as const;
export type StateKey = (typeof stateKeys)[number];
type Values = Record<StateKey, string | number | boolean>;

const ids = (id: string) => (id ? [id] : undefined);

/** The entries that hold a value: without the empty, `false` and `undefined` ones. */
const filled = <T extends object>(values: T): T =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined && value !== '' && value !== false)) as T;

/**
 * Turns the finder's values into searches: the query of `GET /providers`, announced with a
 * `provider-search` event. With `url-state` (opt-in), the search also lives in the host page's URL
 * under one key, `pf`, or `pf-<id>` for a finder with an `id`, so that two finders on one page
 * never collide. The value is itself a query string (`near=97201&radius=25&service=…`), so the
 * host's own parameters are left alone. A new search is a new history entry, paging replaces it,
 * and the search is restored on load and on back and forward.
 */
export class SearchController implements ReactiveController {
  /** The search on screen. */
  query?: ProviderQuery;
  /** The place text of the search on screen. */
  near = '';
  /** What the URL held for this finder when it last looked or wrote. */
  private inUrl: string | null = null;

  constructor(private readonly host: ProviderFinder) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('popstate', this.restore);
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.restore);
  }

  private get key(): string {
    return this.host.id ? `pf-${this.host.id}` : 'pf';
  }

  /**
   * Restores the search that the URL holds for this finder: on load, and on back and forward.
   * A change of another finder's state, or of the host page's own parameters, changes nothing.
   * Returns whether the URL held a search.
   */
  restore = (): boolean => {
    const { host } = this;
    if (!host.urlState) return false;
    const state = new URL(location.href).searchParams.get(this.key);
    if (state !== this.inUrl) {
      this.inUrl = state;
      host.selected = undefined;
      if (state !== null) {
        const params = new URLSearchParams(state);
        const values = host as unknown as Values;
        for (const key of stateKeys) {
          const text = params.get(key) ?? '';
          const current = values[key];
          values[key] = typeof current === 'boolean' ? text === 'true' : typeof current === 'number' ? Number(text) || current : text;
        }
        const [lat, lng] = ['lat', 'lng'].map((key) => Number(params.get(key)));
        host.place = lat || lng ? { id: '', label: host.near, lat, lng, region: '' } : undefined;
        this.run(Number(params.get('page')) || 1);
      } else if (!host.autosearch) {
        this.query = undefined;
        host.results.reset();
        host.requestUpdate();
      }
    }
    return state !== null;
  };

  /** Starts a search from `page`; with `url-state`, records it, as a new history entry when `push`. */
  run(page: number, push?: boolean): void {
    const { host } = this;
    const { place } = host;
    const near = place ? place.id : host.near;
    const point = place && !near ? { lat: place.lat, lng: place.lng } : undefined;
    const where = near || point;
    this.query = filled({
      q: host.q,
      near,
      ...point,
      radius: where ? host.radius : undefined,
      unit: where ? host.unit : undefined,
      ...Object.fromEntries(filters.map((name) => [name, ids(host[name])])),
      accepting: host.accepting,
      org: host.org,
      sort: host.sort,
      page,
      pageSize: Math.min(50, Math.max(1, host.pageSize || 10)),
    });
    this.near = host.near;
    // The URL keeps what the person chose: the place as they see it when it is their position.
    if (host.urlState && push !== undefined) this.write({ ...this.query, near: near || host.near, unit: '', org: '', pageSize: '', page: page > 1 && page }, push);
    void host.results.run();
    host.dispatchEvent(new ProviderSearchEvent(this.query));
  }

  /** Writes the search into the page URL, as a new history entry when `push`. */
  private write(search: Record<string, unknown>, push: boolean): void {
    const url = new URL(location.href);
    url.searchParams.set(this.key, (this.inUrl = new URLSearchParams(filled(search) as Record<string, string>).toString()));
    if (url.href === location.href) return;
    if (push) history.pushState(null, '', url);
    else history.replaceState(history.state, '', url);
  }
}
