import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { distanceKm } from './geo.ts';
import { migrations } from './migrations.ts';

export type DirectoryDatabase = Database.Database;

/**
 * Opens (or creates) the directory database in WAL mode, so reads never wait for a write, and
 * brings its schema up to date.
 */
export function openDatabase(path: string): DirectoryDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.function('distance_km', { deterministic: true }, (lat1, lng1, lat2, lng2) =>
    lat1 === null || lng1 === null ? null : distanceKm(Number(lat1), Number(lng1), Number(lat2), Number(lng2)),
  );
  migrate(db);
  return db;
}

/** Applies the migrations this database has not seen yet, each in its own transaction. */
export function migrate(db: DirectoryDatabase): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const applied = new Set(
    db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[],
  );
  const ran: number[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
    }).immediate();
    ran.push(migration.version);
  }
  return ran;
}
