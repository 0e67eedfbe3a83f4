import type { Hono } from 'hono';
import type { CslItem, ResolveResult } from '../../../src/directory/contract.ts';
import type { RouteDeps } from '../context.ts';
import { fetchFromCrossref } from '../crossref.ts';
import { problem } from '../problem.ts';
import { asObject, limitBody, readJsonBody } from '../request-body.ts';

const MAX_IDS = 100;
const MAX_ID_LENGTH = 300;

/**
 * `POST /references/resolve`: CSL-JSON for DOIs, `pmid:` and `isbn:` ids. Each item's `id` is the
 * id as it was sent, so a client can match answers to what it asked; ids asked twice answer once.
 */
export function referencesRoute(app: Hono, { references, crossref }: RouteDeps) {
  app.post('/references/resolve', limitBody(), async (c) => {
    const read = await readJsonBody(c);
    if (!read.ok) return read.response;
    const ids = asObject(read.value)?.ids;
    if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) {
      return problem(c, 'invalid-request', { errors: { ids: ['Send the ids as a list of strings.'] } });
    }
    if (ids.length > MAX_IDS) return problem(c, 'invalid-request', { errors: { ids: [`Ask for at most ${MAX_IDS} references at once.`] } });

    const result: ResolveResult = { items: [], missing: [] };
    for (const id of new Set(ids as string[])) {
      let item: CslItem | undefined = id.length <= MAX_ID_LENGTH ? references.find(id) : undefined;
      if (!item && crossref && id.length <= MAX_ID_LENGTH) {
        item = await fetchFromCrossref(id, crossref);
        if (item) references.add(item);
      }
      if (item) result.items.push({ ...item, id });
      else result.missing.push(id);
    }
    return c.json(result);
  });
}
