import type { Hono } from 'hono';
import type { ReportReason, ReportReceipt } from '../../../src/directory/contract.ts';
import type { RouteDeps } from '../context.ts';
import { problem } from '../problem.ts';
import { rateLimited } from '../rate-limit-middleware.ts';
import { asObject, limitBody, readJsonBody } from '../request-body.ts';
import { randomUUID } from 'node:crypto';

const REASONS: readonly ReportReason[] = ['wrong', 'full', 'unresponsive', 'other'];
const MAX_NOTE = 1000;

/** `POST /reports`: a visitor says a listing is wrong, full or unresponsive. Answered with 202. */
export function reportsRoute(app: Hono, deps: RouteDeps) {
  const providerExists = deps.db.prepare('SELECT 1 FROM providers WHERE id = ?').pluck();
  const insert = deps.db.prepare('INSERT INTO reports (id, provider_id, reason, note, received_at) VALUES (?, ?, ?, ?, ?)');

  app.post('/reports', rateLimited(deps.limits.reports, deps.trustProxy), limitBody(), async (c) => {
    const read = await readJsonBody(c);
    if (!read.ok) return read.response;
    const body = asObject(read.value);
    if (!body) return problem(c, 'malformed-body', { detail: 'The body must be a JSON object.' });

    const errors: Record<string, string[]> = {};
    const { providerId, reason, note } = body;
    if (typeof providerId !== 'string' || providerId.trim() === '') errors.providerId = ['Please say which listing this is about.'];
    else if (providerId.length > 100 || !providerExists.get(providerId)) errors.providerId = ["We couldn't find that listing."];
    if (!REASONS.includes(reason as ReportReason)) errors.reason = ['Please choose what is wrong with the listing.'];
    if (note !== undefined && note !== null && typeof note !== 'string') errors.note = ["This isn't in a form we can read."];
    else if (typeof note === 'string' && note.length > MAX_NOTE) errors.note = [`Please shorten your note to ${MAX_NOTE} characters.`];
    if (Object.keys(errors).length > 0) return problem(c, 'invalid-request', { errors });

    const text = typeof note === 'string' && note.trim() !== '' ? note.trim() : null;
    insert.run(`rep_${randomUUID()}`, providerId, reason, text, deps.now().toISOString());
    const receipt: ReportReceipt = { status: 'received' };
    return c.json(receipt, 202);
  });
}
