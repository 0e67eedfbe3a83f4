import { toListingReceipt, toPlaceList, toProvider, toProviderPage, toResolveResult, toTaxonomy } from './answers.js';
import type {
  CslItem,
  ExportFormat,
  ListingReceipt,
  ListingRequest,
  PlaceList,
  Provider,
  ProviderPage,
  ProviderQuery,
  ReportRequest,
  ResolveResult,
  Taxonomy,
} from './contract.js';
import { DirectoryError } from './errors.js';
import { request, type RequestInit, type RequestSettings } from './request.js';

export interface DirectoryClientOptions {
  /** Milliseconds a call may take, retries included. Default 10 000. */
  timeout?: number;
  /** How many times an idempotent call is retried after a transient failure. Default 2. */
  retries?: number;
  /** Default `omit`: the directory gets no cookies of the host page's visitors. */
  credentials?: RequestCredentials;
  /** Milliseconds that taxonomy, places and provider details are kept. Default 5 minutes. */
  cacheTtl?: number;
  /** The `fetch` to call, for hosts that add headers or route calls through their own code. */
  fetch?: typeof fetch;
}

/** Options of one call. */
export interface CallOptions {
  /** Cancels the call; it then rejects with an `aborted` error. */
  signal?: AbortSignal;
  /** The widget's language, sent as `Accept-Language`. */
  lang?: string;
}

interface SharedCall {
  key: string;
  promise: Promise<unknown>;
  controller: AbortController;
  callers: number;
}

const maxCacheEntries = 100;

/**
 * The one place that talks to a directory endpoint: one method per call of contract v1.
 * Concurrent identical GETs share one request, and taxonomy, places and provider details are
 * cached for a while, so several widgets on a page cost no extra requests.
 */
export class DirectoryClient {
  private readonly settings: RequestSettings;
  private readonly cacheTtl: number;
  private readonly inflight = new Map<string, SharedCall>();
  private readonly cache = new Map<string, { expires: number; value: unknown }>();

  constructor(
    /** The endpoint's base URL, such as `https://directory.example.org/api/v1`. */
    readonly endpoint: string,
    options: DirectoryClientOptions = {},
  ) {
    this.settings = {
      timeout: options.timeout ?? 10_000,
      retries: options.retries ?? 2,
      credentials: options.credentials ?? 'omit',
      fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    };
    this.cacheTtl = options.cacheTtl ?? 300_000;
  }

  /** `GET /taxonomy`: the lists that filters and forms offer. */
  getTaxonomy(options?: CallOptions): Promise<Taxonomy> {
    return this.get('taxonomy', { lang: options?.lang }, toTaxonomy, options, true);
  }

  /** `GET /places`: place suggestions for a location box. */
  searchPlaces(q: string, limit = 8, options?: CallOptions): Promise<PlaceList> {
    return this.get('places', { q, limit }, toPlaceList, options, true);
  }

  /** `GET /providers`: one page of providers matching a query. */
  searchProviders(query: ProviderQuery, options?: CallOptions): Promise<ProviderPage> {
    return this.get('providers', query as QueryValues, toProviderPage, options, false);
  }

  /** `GET /providers/{id}`: a provider's full profile. */
  getProvider(id: string, options?: CallOptions): Promise<Provider> {
    return this.get(`providers/${encodeURIComponent(id)}`, {}, toProvider, options, true);
  }

  /**
   * `POST /listings`. Sending the same `idempotencyKey` again, after a failure, never creates a
   * second listing, so this call is retried like a GET.
   */
  submitListing(listing: ListingRequest, idempotencyKey: string, options?: CallOptions): Promise<ListingReceipt> {
    return this.post('listings', listing, toListingReceipt, options, { headers: { 'Idempotency-Key': idempotencyKey } });
  }

  /** `POST /references/resolve`: CSL-JSON for DOIs, `pmid:…` and `isbn:…` ids. */
  resolveReferences(ids: string[], options?: CallOptions): Promise<ResolveResult> {
    return this.post('references/resolve', { ids }, toResolveResult, options);
  }

  /**
   * `POST /references/export`: the items as a BibTeX, RIS or CSL-JSON file's text. It changes nothing
   * on the endpoint, so it is retried like a GET.
   */
  exportReferences(items: CslItem[], format: ExportFormat, options?: CallOptions): Promise<string> {
    return this.post('references/export', { format, items }, String, options, { text: true, safe: true });
  }

  /** `POST /reports`: a visitor reports a listing as wrong, full or unresponsive. */
  reportProvider(report: ReportRequest, options?: CallOptions): Promise<void> {
    return this.post('reports', report, () => undefined, options);
  }

  /** Forgets every cached answer. */
  clearCache(): void {
    this.cache.clear();
  }

  private url(path: string, query: QueryValues = {}): string {
    const url = new URL(path, this.endpoint.replace(/\/?$/, '/'));
    for (const [key, value] of Object.entries(query)) {
      for (const entry of Array.isArray(value) ? value : [value]) {
        if (entry !== undefined && entry !== '' && entry !== false) url.searchParams.append(key, String(entry));
      }
    }
    return url.href;
  }

  private init(options: CallOptions | undefined, init: RequestInit = {}): RequestInit {
    const headers = { ...init.headers, ...(options?.lang && { 'Accept-Language': options.lang }) };
    return { ...init, headers };
  }

  private get<T>(path: string, query: QueryValues, coerce: (json: unknown) => T, options: CallOptions | undefined, cacheable: boolean): Promise<T> {
    if (options?.signal?.aborted) return Promise.reject(new DirectoryError('aborted'));
    const url = this.url(path, query);
    const key = `${url} ${options?.lang ?? ''}`;
    const cached = this.cache.get(key);
    if (cacheable && cached && cached.expires > Date.now()) return Promise.resolve(cached.value as T);

    let call = this.inflight.get(key);
    if (!call) {
      const controller = new AbortController();
      const promise = request(url, this.init(options, { signal: controller.signal }), this.settings, coerce);
      const shared: SharedCall = (call = { key, promise, controller, callers: 0 });
      const settle = () => this.forget(shared);
      promise.then((value) => {
        settle();
        if (cacheable) this.remember(key, value);
      }, settle);
      this.inflight.set(key, call);
    }
    return this.follow(call, options?.signal) as Promise<T>;
  }

  private post<T>(path: string, body: unknown, coerce: (json: unknown) => T, options?: CallOptions, init?: RequestInit): Promise<T> {
    return request(this.url(path), this.init(options, { ...init, method: 'POST', body, signal: options?.signal }), this.settings, coerce);
  }

  /** A caller's view of a shared call: its own abort rejects at once, and the last one out cancels it. */
  private follow(call: SharedCall, signal?: AbortSignal): Promise<unknown> {
    call.callers++;
    if (!signal) return call.promise;
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        if (--call.callers === 0) {
          this.forget(call);
          call.controller.abort();
        }
        reject(new DirectoryError('aborted'));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      call.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  private forget(call: SharedCall): void {
    if (this.inflight.get(call.key) === call) this.inflight.delete(call.key);
  }

  private remember(key: string, value: unknown): void {
    this.cache.delete(key);
    this.cache.set(key, { expires: Date.now() + this.cacheTtl, value });
    if (this.cache.size > maxCacheEntries) this.cache.delete(this.cache.keys().next().value as string);
  }
}

type QueryValues = Record<string, string | number | boolean | undefined | Array<string | number>>;

const clients = new Map<string, DirectoryClient>();

/**
 * The shared client of an endpoint, so that every widget on a page that calls the same endpoint
 * shares its cache and its requests in flight.
 */
export function clientFor(endpoint: string): DirectoryClient {
  let client = clients.get(endpoint);
  if (!client) clients.set(endpoint, (client = new DirectoryClient(endpoint)));
  return client;
}
