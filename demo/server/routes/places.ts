import type { Hono } from 'hono';
import type { PlaceList } from '../../../src/directory/contract.ts';
import { suggestPlaces } from '../gazetteer.ts';
import { problem } from '../problem.ts';

const DEFAULT_LIMIT = 8;
const MAX_LIMIT = 20;

/** `GET /places?q=port&limit=8`: suggestions for a location box. */
export function placesRoute(app: Hono) {
  app.get('/places', (c) => {
    const q = c.req.query('q') ?? '';
    const limitText = c.req.query('limit');
    const limit = limitText === undefined || limitText === '' ? DEFAULT_LIMIT : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1) {
      return problem(c, 'invalid-query', { errors: { limit: ['The limit must be a whole number of at least 1.'] } });
    }
    if (q.length > 100) {
      return problem(c, 'invalid-query', { errors: { q: ['Please type a shorter place name.'] } });
    }
    const body: PlaceList = { items: suggestPlaces(q, Math.min(limit, MAX_LIMIT)) };
    return c.json(body);
  });
}
