import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { describe, it } from 'node:test';
import { openDatabase } from '../../demo/server/db.ts';
import { migrations } from '../../demo/server/migrations.ts';
import { getJson, postJson, startTestServer, tempDatabase, validListing } from './helpers.ts';

describe('persistence', () => {
  it('keeps listings and reports across a restart: write, close, reopen, read', async () => {
    const { path, dir } = tempDatabase();
    try {
      const first = await startTestServer({ databasePath: path });
      const listing = await postJson(`${first.base}/listings`, validListing(), { 'Idempotency-Key': 'survives-restart' });
      assert.equal(listing.status, 201);
      assert.equal((await postJson(`${first.base}/reports`, { providerId: 'p000004', reason: 'unresponsive' })).status, 202);
      await first.stop();

      const second = await startTestServer({ databasePath: path });
      const row = second.db.prepare('SELECT id, consent_text FROM listings WHERE idempotency_key = ?').get('survives-restart');
      assert.deepEqual(row, { id: listing.body.id, consent_text: validListing().consentText });
      assert.equal(second.db.prepare("SELECT count(*) FROM reports WHERE provider_id = 'p000004'").pluck().get(), 1);
      // The key still answers the first receipt after the restart.
      const again = await postJson(`${second.base}/listings`, validListing(), { 'Idempotency-Key': 'survives-restart' });
      assert.deepEqual(again.body, listing.body);
      assert.equal((await getJson(`${second.base}/providers`)).body.total, 400);
      await second.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('opens in WAL mode and runs each migration once', () => {
    const { path, dir } = tempDatabase(false);
    try {
      const db = openDatabase(path);
      assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
      const applied = () => db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
      assert.deepEqual(applied(), migrations.map((migration) => migration.version));
      db.close();
      const reopened = openDatabase(path);
      assert.deepEqual(reopened.prepare('SELECT count(*) FROM schema_migrations').pluck().get(), migrations.length);
      reopened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
