import type { Hono } from 'hono';
import type { ProviderPage } from '../../../src/directory/contract.ts';
import type { RouteDeps } from '../context.ts';
import { problem } from '../problem.ts';
import { parseProviderSearch } from '../provider-query.ts';
import { toSummary } from '../provider-rows.ts';
import { ProviderSearcher } from '../provider-search.ts';

/**
 * `GET /providers`: a page of providers. Nothing about the search is logged or stored: what
 * people look for here is health information.
 */
export function providersRoute(app: Hono, { db }: RouteDeps) {
  const searcher = new ProviderSearcher(db);
  app.get('/providers', (c) => {
    const parsed = parseProviderSearch((name) => c.req.queries(name) ?? []);
    if (!parsed.ok) return problem(c, parsed.problem, { errors: parsed.errors });
    const { search } = parsed;
    const { rows, total } = searcher.search(search);
    const body: ProviderPage = {
      items: rows.map((row) => toSummary(row, search.unit)),
      total,
      page: search.page,
      pageSize: search.pageSize,
      ...(search.origin ? { origin: search.origin.place ?? search.origin.point } : {}),
    };
    return c.json(body);
  });
}
