import type { MiddlewareHandler } from 'hono';
import { clientAddress } from './client-address.ts';
import { problem } from './problem.ts';
import type { RateLimiter } from './rate-limit.ts';

/** Answers 429 with `Retry-After` once a client has used up its requests. */
export function rateLimited(limiter: RateLimiter, trustProxy: boolean): MiddlewareHandler {
  return async (c, next) => {
    const wait = limiter.take(clientAddress(c, trustProxy));
    if (wait > 0) {
      return problem(c, 'rate-limited', { detail: `Try again in ${wait} seconds.` }, { 'Retry-After': String(wait) });
    }
    return next();
  };
}
