import type { TaxonomyKind } from '../../src/directory/contract.ts';
import type { CrossrefOptions } from './crossref.ts';
import type { DirectoryDatabase } from './db.ts';
import type { RateLimiter } from './rate-limit.ts';
import type { ReferenceStore } from './reference-store.ts';

/** What the route handlers share: built once by `createApp`. */
export interface RouteDeps {
  db: DirectoryDatabase;
  now: () => Date;
  corsOrigins: readonly string[];
  trustProxy: boolean;
  taxonomyIds: Record<TaxonomyKind, ReadonlySet<string>>;
  references: ReferenceStore;
  /** Set when the online resolver is on. */
  crossref?: CrossrefOptions;
  limits: { listings: RateLimiter; reports: RateLimiter; exports: RateLimiter };
}
