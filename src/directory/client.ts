import { toListingReceipt, toPlaceList, toProvider, toProviderPage, toResolveResult, toTaxonomy } from './answers.js';
import type {
  CslItem,
  ExportFormat,
  ListingReceipt,
  ListingRequest,
  PlaceList,
  ProblemDetails,
  Provider,
  ProviderPage,
  ProviderQuery,
  ReportRequest,
  ResolveResult,
  Taxonomy,
} from './contract.js';
import { DirectoryError } from './errors.js';
import { object, optText, text, texts, type Check } from './validate.js';

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

type QueryValues = Record<string, string | number | boolean | undefined | Array<string | number>>;

/** A POST's body and how it is sent. */
interface Post {
  body: unknown;
  /** The `Idempotency-Key`, which makes the POST safe to retry. */
  key?: string;
  /** A POST without side effects whose answer is a file: retried like a GET, and its text is the answer. */
  file?: boolean;
}

/**
 * A GET in flight, shared by its callers, and then its answer while it is cached: until `expires`
 * (`Infinity` while in flight).
 */
interface SharedCall {
  promise: Promise<unknown>;
  controller: AbortController;
  callers: number;
  expires: number;
}

const maxSharedCalls = 100;

/**
 * The one place that talks to a directory endpoint: one method per call of contract v1.
 * Concurrent identical GETs share one request, and taxonomy, places and provider details are
 * cached for a while, so several widgets on a page cost no extra requests.
 */
export class DirectoryClient {
  private readonly calls = new Map<string, SharedCall>();

  constructor(
    /** The endpoint's base URL, such as `https://directory.example.org/api/v1`. */
    readonly endpoint: string,
    private readonly options: DirectoryClientOptions = {},
  ) {}

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
    return this.get('providers', query as QueryValues, toProviderPage, options);
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
    return this.post('listings', { body: listing, key: idempotencyKey }, toListingReceipt, options);
  }

  /** `POST /references/resolve`: CSL-JSON for DOIs, `pmid:…` and `isbn:…` ids. */
  resolveReferences(ids: string[], options?: CallOptions): Promise<ResolveResult> {
    return this.post('references/resolve', { body: { ids } }, toResolveResult, options);
  }

  /**
   * `POST /references/export`: the items as a BibTeX, RIS or CSL-JSON file's text. It changes nothing
   * on the endpoint, so it is retried like a GET.
   */
  exportReferences(items: CslItem[], format: ExportFormat, options?: CallOptions): Promise<string> {
    return this.post('references/export', { body: { format, items }, file: true }, String, options);
  }

  /** `POST /reports`: a visitor reports a listing as wrong, full or unresponsive. */
  reportProvider(report: ReportRequest, options?: CallOptions): Promise<void> {
    return this.post('reports', { body: report }, () => undefined, options);
  }

  /** Forgets every cached answer. */
  clearCache(): void {
    this.calls.clear();
  }

  private get<T>(path: string, query: QueryValues, check: Check<T>, options: CallOptions = {}, cacheable?: boolean): Promise<T> {
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(new DirectoryError('aborted'));
    const url = urlOf(this.endpoint, path, query);
    const key = `${url} ${options.lang ?? ''}`;
    const calls = this.calls;
    const forget = (call: SharedCall) => calls.get(key) === call && calls.delete(key);
    let call = calls.get(key);
    if (!(call && call.expires > Date.now())) {
      const controller = new AbortController();
      const shared: SharedCall = (call = {
        promise: request(this.options, url, check, { ...options, signal: controller.signal }),
        controller,
        callers: 0,
        expires: Infinity,
      });
      shared.promise.then(() => {
        if (cacheable) shared.expires = Date.now() + (this.options.cacheTtl ?? 300_000);
        else forget(shared);
      }, () => forget(shared));
      calls.delete(key);
      calls.set(key, shared);
      if (calls.size > maxSharedCalls) calls.delete(calls.keys().next().value!);
    }
    const shared = call;
    shared.callers++;
    // A caller's own abort rejects its promise at once; the last one out cancels the call.
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        if (--shared.callers === 0) {
          forget(shared);
          shared.controller.abort('aborted');
        }
        reject(new DirectoryError('aborted'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      shared.promise.then(resolve as (value: unknown) => void, reject).finally(() => signal?.removeEventListener('abort', onAbort));
    });
  }

  private post<T>(path: string, post: Post, check: Check<T>, options: CallOptions = {}): Promise<T> {
    return request(this.options, urlOf(this.endpoint, path), check, options, post);
  }
}

function urlOf(endpoint: string, path: string, query: QueryValues = {}): string {
  const url = new URL(path, endpoint.replace(/\/?$/, '/'));
  for (const [key, value] of Object.entries(query)) {
    for (const entry of [value].flat()) {
      if (entry !== undefined && entry !== '' && entry !== false) url.searchParams.append(key, String(entry));
    }
  }
  return url.href;
}

/** Statuses that say "try again soon" rather than "this request is wrong". */
const retryableStatus = [429, 502, 503, 504];

/**
 * Sends one call to the endpoint and turns every outcome into either the checked answer or a
 * `DirectoryError`. GETs, file exports and POSTs that carry an `Idempotency-Key` are retried after
 * network errors and "try again" statuses, with exponential backoff and jitter, honouring
 * `Retry-After` as long as the wait fits within the timeout.
 */
async function request<T>(
  { timeout = 10_000, retries = 2, credentials = 'omit', fetch: send = fetch }: DirectoryClientOptions,
  url: string,
  check: Check<T>,
  { signal, lang }: CallOptions,
  post?: Post,
): Promise<T> {
  // The reason of an abort is the kind of error it makes.
  const controller = new AbortController();
  const deadline = Date.now() + timeout;
  const timer = setTimeout(() => controller.abort('timeout'), timeout);
  const onAbort = () => controller.abort('aborted');
  if (signal?.aborted) onAbort();
  signal?.addEventListener('abort', onAbort);
  const headers: Record<string, string> = { Accept: post?.file ? '*/*' : 'application/json' };
  if (lang) headers['Accept-Language'] = lang;
  if (post) headers['Content-Type'] = 'application/json';
  if (post?.key) headers['Idempotency-Key'] = post.key;
  const init: RequestInit = { method: post ? 'POST' : 'GET', headers, body: post && JSON.stringify(post.body), credentials, signal: controller.signal };

  try {
    for (let attempt = 0; ; attempt++) {
      let error: DirectoryError;
      try {
        controller.signal.throwIfAborted();
        const response = await send(url, init);
        const body = await response.text();
        const { ok, status } = response;
        if (ok) {
          try {
            return check(post?.file ? body : status === 202 || status === 204 ? undefined : JSON.parse(body));
          } catch {
            // Malformed JSON, or an answer that is not the contract.
            error = new DirectoryError('invalid-response', status);
          }
        } else error = httpError(response, body);
      } catch {
        // fetch rejects with a TypeError when the endpoint cannot be reached (refused, DNS, CORS).
        error = new DirectoryError(controller.signal.aborted ? controller.signal.reason : 'network');
      }
      // 300 ms, 600 ms, 1.2 s… each shortened by up to a half at random, so clients don't retry in step.
      const wait = 1000 * (error.retryAfter ?? 0.3 * 2 ** attempt * (1 - Math.random() / 2));
      const retryable = error.kind === 'network' || retryableStatus.includes(error.status!);
      if ((post && !post.key && !post.file) || !retryable || attempt >= retries || Date.now() + wait >= deadline) throw error;
      await new Promise((resolve) => {
        setTimeout(resolve, wait);
        controller.signal.addEventListener('abort', resolve);
      });
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** The endpoint's RFC 9457 problem document, checked like an answer. */
const toProblem = object<Omit<ProblemDetails, 'status'>>({
  type: (value) => optText(value) ?? 'about:blank',
  title: text,
  detail: optText,
  errors: (value) => {
    if (typeof value !== 'object' || !value) return undefined;
    const errors: Record<string, string[]> = {};
    for (const [field, messages] of Object.entries(value)) {
      const list = texts([messages].flat());
      if (list.length) errors[field] = list;
    }
    return errors;
  },
});

function httpError(response: Response, body: string): DirectoryError {
  const { status, headers } = response;
  let problem: ProblemDetails | undefined;
  try {
    problem = { ...toProblem(JSON.parse(body)), status };
  } catch {
    // Not a problem document (a proxy's HTML page, say): the kind's default title applies.
  }
  // `Retry-After` is either seconds or an HTTP date.
  const header = headers.get('Retry-After');
  const seconds = header ? (isNaN(+header) ? (Date.parse(header) - Date.now()) / 1000 : +header) : NaN;
  return new DirectoryError('http', status, problem, isNaN(seconds) ? undefined : Math.max(0, seconds));
}

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
