import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/**
 * The address rate limits count by: the socket's peer, or with `trustProxy` the first address of
 * `X-Forwarded-For`, which only a proxy in front of the server may be trusted to set.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Called outside a Node server (app.request() in a script): all such calls share one bucket.
    return 'unknown';
  }
}
