/**
 * The schema, as numbered migrations. A migration is never edited once released: a change is a
 * new migration at the end, so that every database reaches the same schema in the same steps.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'providers',
    sql: `
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

      CREATE TABLE orgs (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        city TEXT NOT NULL,
        region TEXT NOT NULL
      );

      -- List fields are kept as JSON for display and in provider_terms for filtering.
      CREATE TABLE providers (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        org_id TEXT REFERENCES orgs(id),
        name TEXT NOT NULL,
        practice TEXT,
        photo TEXT,
        street TEXT,
        city TEXT NOT NULL,
        region TEXT NOT NULL,
        postal_code TEXT NOT NULL,
        lat REAL,
        lng REAL,
        credentials TEXT NOT NULL,
        services TEXT NOT NULL,
        conditions TEXT NOT NULL,
        formats TEXT NOT NULL,
        languages TEXT NOT NULL,
        insurances TEXT NOT NULL,
        accepting INTEGER NOT NULL,
        verified INTEGER NOT NULL,
        featured INTEGER NOT NULL,
        availability_confirmed_at TEXT,
        updated_at TEXT NOT NULL,
        bio TEXT NOT NULL,
        phone TEXT,
        email TEXT,
        website TEXT,
        booking_url TEXT,
        fees TEXT,
        licenses TEXT NOT NULL,
        trainings TEXT NOT NULL
      );
      CREATE INDEX providers_org ON providers(org_id);
      CREATE INDEX providers_name ON providers(name COLLATE NOCASE, id);

      CREATE TABLE provider_terms (
        kind TEXT NOT NULL,
        term TEXT NOT NULL,
        provider INTEGER NOT NULL REFERENCES providers(rowid),
        PRIMARY KEY (kind, term, provider)
      ) WITHOUT ROWID;

      CREATE VIRTUAL TABLE providers_fts USING fts5(
        name, practice, bio,
        content = 'providers', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE VIRTUAL TABLE providers_geo USING rtree(provider, min_lat, max_lat, min_lng, max_lng);
    `,
  },
  {
    version: 2,
    name: 'listings',
    sql: `
      -- Spam is kept (flagged) so that the same idempotency key still answers the same receipt.
      CREATE TABLE listings (
        id TEXT PRIMARY KEY,
        idempotency_key TEXT UNIQUE,
        body_hash TEXT NOT NULL,
        received_at TEXT NOT NULL,
        body TEXT NOT NULL,
        consent_text TEXT NOT NULL,
        consented_at TEXT NOT NULL,
        spam INTEGER NOT NULL DEFAULT 0,
        spam_reason TEXT
      );
      CREATE VIEW leads AS SELECT * FROM listings WHERE spam = 0;
    `,
  },
  {
    version: 3,
    name: 'reports',
    sql: `
      CREATE TABLE reports (
        id TEXT PRIMARY KEY,
        provider_id TEXT NOT NULL,
        reason TEXT NOT NULL,
        note TEXT,
        received_at TEXT NOT NULL
      );
      CREATE INDEX reports_provider ON reports(provider_id);
    `,
  },
  {
    version: 4,
    name: 'search-order-indexes',
    sql: `
      -- The default (relevance without words or place) and availability orders, so a page of an
      -- unfiltered search walks an index instead of sorting every provider.
      CREATE INDEX providers_by_relevance ON providers(
        featured DESC, verified DESC, availability_confirmed_at IS NULL, availability_confirmed_at DESC, id);
      CREATE INDEX providers_by_availability ON providers(
        accepting DESC, availability_confirmed_at IS NULL, availability_confirmed_at DESC, id);
    `,
  },
];
