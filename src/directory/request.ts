import type { ProblemDetails } from './contract.js';
import { DirectoryError } from './errors.js';
import { InvalidAnswer } from './validate.js';

export interface RequestSettings {
  /** Milliseconds for the whole call, retries included. */
  timeout: number;
  /** How many times a failed idempotent call is tried again. */
  retries: number;
  credentials: RequestCredentials;
  fetch: typeof fetch;
}

export interface RequestInit {
  method?: 'GET' | 'POST';
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** A POST without side effects (an export): retried like a GET. */
  safe?: boolean;
  /** The answer is a file: its text goes to the coercion as it is, not parsed as JSON. */
  text?: boolean;
}

/** Statuses that say "try again soon" rather than "this request is wrong". */
const retryableStatus = new Set([429, 502, 503, 504]);

/**
 * Sends one call to the endpoint and turns every outcome into either the coerced answer or a
 * `DirectoryError`. GETs, safe POSTs and POSTs that carry an `Idempotency-Key` are retried after
 * network errors and "try again" statuses, with exponential backoff and jitter, honouring
 * `Retry-After` as long as the wait fits within the timeout.
 */
export async function request<T>(
  url: string,
  init: RequestInit,
  settings: RequestSettings,
  coerce: (json: unknown) => T,
): Promise<T> {
  const controller = new AbortController();
  const deadline = Date.now() + settings.timeout;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, settings.timeout);
  const onAbort = () => controller.abort();
  init.signal?.addEventListener('abort', onAbort);
  const idempotent = init.method !== 'POST' || init.safe || 'Idempotency-Key' in (init.headers ?? {});

  try {
    for (let attempt = 0; ; attempt++) {
      let failure: DirectoryError;
      try {
        if (init.signal?.aborted) throw new DirectoryError('aborted');
        return await attemptOnce(url, init, settings, controller.signal, coerce);
      } catch (error) {
        failure = classify(error, timedOut, init.signal);
      }
      const wait = failure.retryAfter !== undefined ? failure.retryAfter * 1000 : backoff(attempt);
      const retryable = failure.kind === 'network' || retryableStatus.has(failure.status ?? 0);
      if (!idempotent || !retryable || attempt >= settings.retries || Date.now() + wait >= deadline) {
        throw failure;
      }
      await sleep(wait, controller.signal).catch(() => {
        throw classify(undefined, timedOut, init.signal);
      });
    }
  } finally {
    clearTimeout(timer);
    init.signal?.removeEventListener('abort', onAbort);
  }
}

async function attemptOnce<T>(
  url: string,
  init: RequestInit,
  settings: RequestSettings,
  signal: AbortSignal,
  coerce: (json: unknown) => T,
): Promise<T> {
  const headers: Record<string, string> = { Accept: init.text ? '*/*' : 'application/json', ...init.headers };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await settings.fetch(url, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    credentials: settings.credentials,
    signal,
  });
  const body = await response.text();
  if (!response.ok) throw httpError(response, body);
  if (init.text) return coerce(body);
  if (response.status === 202 || response.status === 204) return coerce(undefined);
  try {
    return coerce(JSON.parse(body));
  } catch (error) {
    if (error instanceof SyntaxError || error instanceof InvalidAnswer) throw new DirectoryError('invalid-response', response.status);
    throw error;
  }
}

function httpError(response: Response, body: string): DirectoryError {
  let problem: ProblemDetails | undefined;
  try {
    const json = JSON.parse(body);
    if (typeof json?.title === 'string') {
      problem = {
        type: String(json.type ?? 'about:blank'),
        title: json.title,
        status: response.status,
        detail: typeof json.detail === 'string' ? json.detail : undefined,
        errors: fieldErrors(json.errors),
      };
    }
  } catch {
    // Not a problem document (a proxy's HTML page, say): the kind's default title applies.
  }
  const error = new DirectoryError('http', response.status, problem);
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  if (retryAfter !== undefined) error.retryAfter = retryAfter;
  return error;
}

function fieldErrors(value: unknown): Record<string, string[]> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const errors: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(value)) {
    const list = (Array.isArray(messages) ? messages : [messages]).filter((m) => typeof m === 'string');
    if (list.length) errors[field] = list;
  }
  return errors;
}

/** `Retry-After` is either seconds or an HTTP date. */
function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - Date.now()) / 1000);
}

function classify(error: unknown, timedOut: boolean, callerSignal?: AbortSignal): DirectoryError {
  if (timedOut) return new DirectoryError('timeout');
  if (callerSignal?.aborted) return new DirectoryError('aborted');
  if (error instanceof DirectoryError) return error;
  // fetch rejects with a TypeError when the endpoint cannot be reached (refused, DNS, CORS).
  return new DirectoryError('network');
}

/** 300 ms, 600 ms, 1.2 s… each shortened by up to a half at random, so clients don't retry in step. */
function backoff(attempt: number): number {
  return 300 * 2 ** attempt * (1 - Math.random() / 2);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });
}
