/**
 * Test-runner middleware that serves the real reference endpoint over HTTP, on a temporary SQLite
 * database seeded with a small deterministic sample, so widget tests run against the real thing:
 *
 * - `/api/v1/…`: the endpoint.
 * - `/faulty/<token>/api/v1/…`: the same endpoint behind a switch that a test flips with
 *   `POST /test-api/faults/<token>?mode=down|up`. `down` drops every connection, as a stopped
 *   server would; the token keeps parallel browsers apart.
 * - `GET /test-api/listings?email=…`: the listings stored for an email, so a test can count rows.
 */
import { getRequestListener } from '@hono/node-server';
import { mkdtempSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../demo/server/app.ts';
import { openDatabase } from '../../demo/server/db.ts';
import { seedSampleData } from '../../demo/server/seed.ts';

interface KoaContext {
  path: string;
  url: string;
  method: string;
  query: Record<string, string | string[] | undefined>;
  req: IncomingMessage;
  res: ServerResponse;
  respond?: boolean;
  status: number;
  body: unknown;
}

export const TEST_PROVIDER_COUNT = 600;

export function referenceEndpoint() {
  const path = join(mkdtempSync(join(tmpdir(), 'directory-widgets-test-')), 'directory.db');
  const db = openDatabase(path);
  seedSampleData(db, { seed: 11, providerCount: TEST_PROVIDER_COUNT });
  const directory = createApp({
    database: db,
    // Many tests post from three browsers at once, all from 127.0.0.1.
    rateLimits: {
      listings: { burst: 10_000, perMinute: 10_000 },
      reports: { burst: 10_000, perMinute: 10_000 },
      exports: { burst: 10_000, perMinute: 10_000 },
    },
  });
  const listener = getRequestListener(directory.app.fetch);
  const down = new Set<string>();
  const listingsByEmail = db.prepare<[string], { id: string; spam: number; body: string }>(
    `SELECT id, spam, body FROM listings WHERE json_extract(body, '$.email') = ? ORDER BY received_at`,
  );

  return async function reference(ctx: KoaContext, next: () => Promise<unknown>) {
    const faulty = /^\/faulty\/([\w-]+)(\/api\/v1\/.*)$/.exec(ctx.path);
    if (ctx.path.startsWith('/api/v1/') || faulty) {
      if (faulty && down.has(faulty[1])) {
        ctx.req.socket.destroy();
        ctx.status = 204; // for the test runner's log only; nothing is sent
        ctx.respond = false;
        return;
      }
      if (faulty) ctx.req.url = ctx.req.url!.replace(`/faulty/${faulty[1]}`, '');
      ctx.status = 200; // for the test runner's log only; the endpoint answers
      ctx.respond = false;
      await listener(ctx.req, ctx.res);
      return;
    }
    const fault = /^\/test-api\/faults\/([\w-]+)$/.exec(ctx.path);
    if (fault && ctx.method === 'POST') {
      if (ctx.query.mode === 'down') down.add(fault[1]);
      else down.delete(fault[1]);
      ctx.body = { token: fault[1], down: down.has(fault[1]) };
      return;
    }
    if (ctx.path === '/test-api/listings') {
      ctx.body = listingsByEmail.all(String(ctx.query.email)).map((row) => ({ ...row, body: JSON.parse(row.body) }));
      return;
    }
    await next();
  };
}
