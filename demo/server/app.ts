import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { methodNotAllowed } from 'hono/method-not-allowed';
import type { RouteDeps } from './context.ts';
import type { CrossrefOptions } from './crossref.ts';
import { DEFAULT_CORS_ORIGINS, isAllowedOrigin } from './cors-policy.ts';
import { openDatabase, type DirectoryDatabase } from './db.ts';
import { problem } from './problem.ts';
import { RateLimiter, type RateLimit } from './rate-limit.ts';
import { ReferenceStore } from './reference-store.ts';
import { listingsRoute } from './routes/listings.ts';
import { placesRoute } from './routes/places.ts';
import { providerRoute } from './routes/provider.ts';
import { providersRoute } from './routes/providers.ts';
import { referencesExportRoute } from './routes/references-export.ts';
import { referencesRoute } from './routes/references.ts';
import { reportsRoute } from './routes/reports.ts';
import { taxonomyRoute } from './routes/taxonomy.ts';
import { securityHeaders } from './security-headers.ts';
import { taxonomyIds } from './taxonomy.ts';

export interface AppOptions {
  /** An open database; the caller keeps it and closes it. */
  database?: DirectoryDatabase;
  /** Or a path: the app opens it (running migrations) and closes it in `close()`. */
  databasePath?: string;
  /** Where the routes live. Default `/api/v1`. */
  basePath?: string;
  /** Origins that may call the API from a browser, besides its own. Default: localhost on any port. */
  corsOrigins?: string[];
  rateLimits?: Partial<Record<RateLimitedCall, RateLimit>>;
  /** Count rate limits by `X-Forwarded-For`: only behind a proxy that sets it. */
  trustProxy?: boolean;
  /** The clock, so tests can control receipt times and rate-limit refills. */
  now?: () => Date;
  /** Turns on the online DOI resolver. Off by default. */
  crossref?: CrossrefOptions;
  references?: ReferenceStore;
}

export interface DirectoryApp {
  app: Hono;
  db: DirectoryDatabase;
  close(): void;
}

/** The calls that are rate-limited per client: the writes, and exports, whose work grows with a large body. */
export type RateLimitedCall = 'listings' | 'reports' | 'exports';

export const DEFAULT_RATE_LIMITS: Record<RateLimitedCall, RateLimit> = {
  listings: { burst: 10, perMinute: 6 },
  reports: { burst: 5, perMinute: 5 },
  exports: { burst: 20, perMinute: 20 },
};

/** The directory endpoint, contract v1, as a Hono app that any Node server can mount. */
export function createApp(options: AppOptions = {}): DirectoryApp {
  const ownsDatabase = !options.database;
  const db = options.database ?? openDatabase(options.databasePath ?? ':memory:');
  const now = options.now ?? (() => new Date());
  const clock = () => now().getTime();
  const corsOrigins = options.corsOrigins ?? DEFAULT_CORS_ORIGINS;
  const limits = { ...DEFAULT_RATE_LIMITS, ...options.rateLimits };
  const deps: RouteDeps = {
    db,
    now,
    corsOrigins,
    trustProxy: options.trustProxy ?? false,
    taxonomyIds: taxonomyIds(),
    references: options.references ?? ReferenceStore.fromFile(),
    ...(options.crossref ? { crossref: options.crossref } : {}),
    limits: {
      listings: new RateLimiter(limits.listings, clock),
      reports: new RateLimiter(limits.reports, clock),
      exports: new RateLimiter(limits.exports, clock),
    },
  };

  const app = new Hono().basePath(options.basePath ?? '/api/v1');
  app.use(securityHeaders());
  app.use(
    cors({
      origin: (origin, c) => (isAllowedOrigin(origin, new URL(c.req.url).origin, corsOrigins) ? origin : null),
      allowMethods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
      allowHeaders: ['Content-Type', 'Idempotency-Key', 'Accept-Language'],
      exposeHeaders: ['Retry-After', 'Content-Language', 'Content-Disposition'],
      maxAge: 600,
    }),
  );
  app.use(methodNotAllowed({ app, onMethodNotAllowed: (c, methods) => problem(c, 'method-not-allowed', {}, { Allow: methods.join(', ') }) }));

  for (const route of [taxonomyRoute, placesRoute, providersRoute, providerRoute, listingsRoute, referencesRoute, referencesExportRoute, reportsRoute]) {
    route(app, deps);
  }

  app.notFound((c) => problem(c, 'not-found'));
  app.onError((error, c) => {
    // The message only: request details (such as what someone searched for) stay out of logs.
    console.error(`directory API error: ${error.message}`);
    return problem(c, 'server-error');
  });

  return {
    app,
    db,
    close() {
      if (ownsDatabase && db.open) db.close();
    },
  };
}
