import type { Hono } from 'hono';
import type { RouteDeps } from '../context.ts';
import { problem } from '../problem.ts';
import { toProvider, type ProviderRow } from '../provider-rows.ts';

/** `GET /providers/{id}`: one provider with every detail. */
export function providerRoute(app: Hono, { db }: RouteDeps) {
  const byId = db.prepare('SELECT * FROM providers WHERE id = ?');
  app.get('/providers/:id', (c) => {
    const row = byId.get(c.req.param('id')) as ProviderRow | undefined;
    if (!row) return problem(c, 'provider-not-found');
    return c.json(toProvider(row));
  });
}
