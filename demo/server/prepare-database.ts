import type { ServerConfig } from './config.ts';
import { openDatabase, type DirectoryDatabase } from './db.ts';
import { needsSampleData, seedSampleData } from './seed.ts';

/** Opens the database and, the first time, fills it with sample data. */
export function prepareDatabase(config: Pick<ServerConfig, 'databasePath' | 'providerCount' | 'seed'>, log: (line: string) => void = console.log): DirectoryDatabase {
  const db = openDatabase(config.databasePath);
  if (needsSampleData(db)) {
    log(`Creating sample data: ${config.providerCount.toLocaleString('en-US')} fictional providers (seed ${config.seed}) in ${config.databasePath}…`);
    const started = Date.now();
    // Dates count back from today, so the demo's "confirmed 3 days ago" stays true to life; the
    // same seed on the same day gives the same data.
    const asOf = `${new Date().toISOString().slice(0, 10)}T12:00:00.000Z`;
    seedSampleData(db, { seed: config.seed, providerCount: config.providerCount, asOf });
    log(`Sample data ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  }
  return db;
}
