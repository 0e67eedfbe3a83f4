import type { DirectoryDatabase } from './db.ts';
import { FILTER_KINDS, FILTERED_LISTS } from './provider-terms.ts';
import { generateSampleProviders, SAMPLE_ORGS } from './sample-providers.ts';

export interface SeedOptions {
  seed: number;
  providerCount: number;
  /** The day the sample's dates count back from ("availability confirmed 3 days ago"). */
  asOf?: string;
}

export const DEFAULT_SEED = 20261101;
export const DEFAULT_PROVIDER_COUNT = 5_000;
export const MAX_PROVIDER_COUNT = 100_000;

/** True when the database has no providers yet. */
export function needsSampleData(db: DirectoryDatabase): boolean {
  return db.prepare('SELECT count(*) FROM providers').pluck().get() === 0;
}

/** Fills an empty database with fictional providers and clinics, in one transaction. */
export function seedSampleData(db: DirectoryDatabase, { seed, providerCount, asOf }: SeedOptions): void {
  if (!Number.isInteger(providerCount) || providerCount < 1 || providerCount > MAX_PROVIDER_COUNT) {
    throw new RangeError(`The provider count must be a whole number from 1 to ${MAX_PROVIDER_COUNT}.`);
  }
  const providers = generateSampleProviders(seed, providerCount, asOf);
  const insertOrg = db.prepare('INSERT INTO orgs (id, name, city, region) VALUES (?, ?, ?, ?)');
  const insertProvider = db.prepare(`INSERT INTO providers (
      id, org_id, name, practice, photo, street, city, region, postal_code, lat, lng,
      credentials, services, conditions, formats, languages, insurances,
      accepting, verified, featured, availability_confirmed_at, updated_at,
      bio, phone, email, website, booking_url, fees, licenses, trainings)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertTerm = db.prepare('INSERT INTO provider_terms (kind, term, provider) VALUES (?, ?, ?)');
  const insertPoint = db.prepare('INSERT INTO providers_geo (provider, min_lat, max_lat, min_lng, max_lng) VALUES (?, ?, ?, ?, ?)');
  const setMeta = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');

  db.transaction(() => {
    for (const org of SAMPLE_ORGS) insertOrg.run(org.id, org.name, org.city, org.region);
    for (const provider of providers) {
      const { lastInsertRowid: rowid } = insertProvider.run(
        provider.id, provider.orgId ?? null, provider.name, provider.practice ?? null, provider.photo ?? null,
        provider.address.street ?? null, provider.address.city, provider.address.region, provider.address.postalCode,
        provider.location?.lat ?? null, provider.location?.lng ?? null,
        JSON.stringify(provider.credentials), JSON.stringify(provider.services), JSON.stringify(provider.conditions),
        JSON.stringify(provider.formats), JSON.stringify(provider.languages), JSON.stringify(provider.insurances),
        Number(provider.acceptingNewClients), Number(provider.verified), Number(provider.featured ?? false),
        provider.availabilityConfirmedAt ?? null, provider.updatedAt,
        provider.bio, provider.phone ?? null, provider.email ?? null, provider.website ?? null, provider.bookingUrl ?? null,
        provider.fees ? JSON.stringify(provider.fees) : null, JSON.stringify(provider.licenses), JSON.stringify(provider.trainings),
      );
      for (const kind of FILTER_KINDS) {
        for (const term of FILTERED_LISTS[kind](provider)) insertTerm.run(kind, term, rowid);
      }
      if (provider.location) {
        const { lat, lng } = provider.location;
        insertPoint.run(rowid, lat, lat, lng, lng);
      }
    }
    db.exec("INSERT INTO providers_fts (providers_fts) VALUES ('rebuild')");
    setMeta.run('sample-data', 'Fictional providers generated for the directory-widgets demo. Not real listings.');
    setMeta.run('seed', String(seed));
    setMeta.run('provider-count', String(providers.length));
  }).immediate();
  db.exec('ANALYZE');
}
