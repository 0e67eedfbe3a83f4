import assert from 'node:assert/strict';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { runConformance } from '../../scripts/conformance/checks.ts';
import { useTestServer } from './helpers.ts';

describe('conformance checker', () => {
  const server = useTestServer();

  it('passes every check, writes included, against the reference server', async () => {
    const results = await runConformance(server.base, { write: true });
    const failures = results.filter((result) => !result.passed);
    assert.deepEqual(failures, []);
    assert.ok(results.length >= 24);
    assert.equal(server.db.prepare("SELECT count(*) FROM listings WHERE body LIKE '%Conformance Check%'").pluck().get(), 1);
  });

  it('writes nothing without --write', async () => {
    const before = server.db.prepare('SELECT (SELECT count(*) FROM listings) + (SELECT count(*) FROM reports)').pluck().get();
    const results = await runConformance(server.base);
    assert.ok(results.every((result) => result.passed));
    assert.equal(server.db.prepare('SELECT (SELECT count(*) FROM listings) + (SELECT count(*) FROM reports)').pluck().get(), before);
  });

  it('reports what fails on an endpoint that does not follow the contract', async () => {
    const broken = new Hono();
    broken.all('*', (c) => c.json({ items: [{ id: 1 }], total: 'many' }));
    const listener = serve({ fetch: broken.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => listener.once('listening', () => resolve()));
    try {
      const { port } = listener.address() as AddressInfo;
      const results = await runConformance(`http://127.0.0.1:${port}/api/v1`, { write: true });
      const failed = results.filter((result) => !result.passed);
      assert.ok(failed.length >= results.length - 1, `${failed.length} of ${results.length} failed`);
      const taxonomy = failed.find((result) => result.name.startsWith('GET /taxonomy answers'));
      assert.match(taxonomy?.reason ?? '', /version should be a string/);
      const unknownRoute = failed.find((result) => result.name === 'An unknown route answers a 404 problem');
      assert.match(unknownRoute?.reason ?? '', /answered 200, expected 404/);
    } finally {
      await new Promise<void>((resolve) => listener.close(() => resolve()));
    }
  });
});
