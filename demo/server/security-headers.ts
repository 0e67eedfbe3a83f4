import type { MiddlewareHandler } from 'hono';

/**
 * Headers on every API answer. The API only ever answers data, so its CSP forbids everything a
 * browser could do with it as a page. Answers are `no-store` unless a route says otherwise:
 * searches about mental health are sensitive and must not linger in caches.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
    headers.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
    headers.set('X-Frame-Options', 'DENY');
    if (!headers.has('Cache-Control')) headers.set('Cache-Control', 'no-store');
  };
}
