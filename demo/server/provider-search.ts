import type { Statement } from 'better-sqlite3';
import type { DirectoryDatabase } from './db.ts';
import { boundingBox, toKm } from './geo.ts';
import type { ProviderSearch } from './provider-query.ts';
import type { ProviderRow } from './provider-rows.ts';
import { FILTER_KINDS } from './provider-terms.ts';

export interface SearchResult {
  rows: ProviderRow[];
  total: number;
}

/** Turns each word into a quoted prefix term, so no input can be read as FTS5 query syntax. */
function ftsQuery(words: string[]): string {
  return words.map((word) => `"${word.replace(/"/g, '""')}"*`).join(' ');
}

interface SearchSql {
  /** `FROM … WHERE …` without ranking, for the count. */
  countFrom: string;
  /** `FROM … WHERE …` with the full-text rank joined in, for the page. */
  pageFrom: string;
  /** How the page query names a provider's row id. */
  rowid: string;
  distance: string;
  order: string;
  positional: unknown[];
  named: Record<string, number>;
}

/**
 * Builds the SQL of a search. Filters of different kinds are joined with AND; the values of one
 * kind with OR. A radius first narrows by the R*Tree box, then by the exact great-circle distance.
 * The narrowest constraint drives the query (place, then words, then clinic or ids, then the first
 * filter); the other filters are checked per candidate with EXISTS, so no large list is built.
 * Every order ends with the id, so pages never overlap or skip a provider.
 */
function buildSql(search: ProviderSearch): SearchSql {
  const where: string[] = [];
  const positional: unknown[] = [];
  const named: Record<string, number> = {};
  let distance = 'NULL';

  if (search.origin) {
    const radiusKm = toKm(search.radius ?? 0, search.unit);
    const box = boundingBox(search.origin.point, radiusKm);
    distance = 'distance_km(p.lat, p.lng, @originLat, @originLng)';
    named.originLat = search.origin.point.lat;
    named.originLng = search.origin.point.lng;
    where.push('p.rowid IN (SELECT provider FROM providers_geo WHERE min_lat >= ? AND max_lat <= ? AND min_lng >= ? AND max_lng <= ?)', `${distance} <= ?`);
    positional.push(box.minLat, box.maxLat, box.minLng, box.maxLng, radiusKm);
  }
  const driven = Boolean(search.origin || search.words || search.org || search.ids);
  let first = !driven;
  for (const kind of FILTER_KINDS) {
    const terms = search.filters[kind];
    if (!terms) continue;
    const list = terms.map(() => '?').join(', ');
    where.push(first
      ? `p.rowid IN (SELECT provider FROM provider_terms WHERE kind = ? AND term IN (${list}))`
      : `EXISTS (SELECT 1 FROM provider_terms AS t WHERE t.kind = ? AND t.term IN (${list}) AND t.provider = p.rowid)`);
    positional.push(kind, ...terms);
    first = false;
  }
  if (search.acceptingOnly) where.push('p.accepting = 1');
  if (search.org) {
    where.push('p.org_id = ?');
    positional.push(search.org);
  }
  if (search.ids) {
    where.push(`p.id IN (${search.ids.map(() => '?').join(', ')})`);
    positional.push(...search.ids);
  }

  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  if (!search.words) {
    const from = `FROM providers AS p ${filter}`;
    return { countFrom: from, pageFrom: from, rowid: 'p.rowid', distance, order: orderBy(search), positional, named };
  }
  // The words come first in the parameters, as the full-text clause comes first in the SQL.
  positional.unshift(ftsQuery(search.words));
  if (where.length === 0) {
    // Words alone: the full-text index answers both the count and the ranked page by itself.
    const from = 'FROM providers_fts AS fts WHERE providers_fts MATCH ?';
    return { countFrom: from, pageFrom: from, rowid: 'fts.rowid', distance, order: 'fts.rank, fts.rowid', positional, named };
  }
  return {
    rowid: 'p.rowid',
    countFrom: `FROM providers AS p JOIN (SELECT rowid FROM providers_fts WHERE providers_fts MATCH ?) AS fts ON fts.rowid = p.rowid ${filter}`,
    pageFrom: `FROM providers AS p JOIN (SELECT rowid, rank FROM providers_fts WHERE providers_fts MATCH ?) AS fts ON fts.rowid = p.rowid ${filter}`,
    distance,
    order: orderBy(search),
    positional,
    named,
  };
}

// These orders match the indexes of migration 4 term by term, so SQLite can walk them.
const BY_RELEVANCE = 'p.featured DESC, p.verified DESC, p.availability_confirmed_at IS NULL, p.availability_confirmed_at DESC, p.id';
const BY_AVAILABILITY = 'p.accepting DESC, p.availability_confirmed_at IS NULL, p.availability_confirmed_at DESC, p.id';

function orderBy(search: ProviderSearch): string {
  switch (search.sort) {
    case 'name':
      return 'p.name COLLATE NOCASE, p.id';
    case 'availability':
      return BY_AVAILABILITY;
    case 'distance':
      // Without a place there is no distance: the order falls back to relevance.
      return search.origin ? 'distance_km, p.id' : relevanceOrder(search);
    case 'relevance':
      return relevanceOrder(search);
  }
}

function relevanceOrder(search: ProviderSearch): string {
  // Equal ranks are ordered by row id, which is as unique and stable as the public id.
  if (search.words) return 'fts.rank, p.rowid';
  return search.origin ? 'p.featured DESC, p.verified DESC, distance_km, p.id' : BY_RELEVANCE;
}

/** Runs a checked search: one page of rows and the total number of matches. */
export class ProviderSearcher {
  readonly #db: DirectoryDatabase;
  readonly #byRowid: Statement<[number]>;
  // The SQL depends only on the shape of a search, so few distinct statements are ever prepared.
  readonly #statements = new Map<string, Statement<unknown[]>>();

  constructor(db: DirectoryDatabase) {
    this.#db = db;
    this.#byRowid = db.prepare('SELECT * FROM providers WHERE rowid = ?');
  }

  search(search: ProviderSearch): SearchResult {
    const { countFrom, pageFrom, rowid, distance, order, positional, named } = buildSql(search);
    const withNamed = (extra: Record<string, number> = {}) => {
      const all = { ...named, ...extra };
      return Object.keys(all).length ? [...positional, all] : positional;
    };
    const total = this.#statement(`SELECT count(*) ${countFrom}`).pluck().get(...withNamed()) as number;
    const offset = (search.page - 1) * search.pageSize;
    if (offset >= total) return { rows: [], total };
    // Sort row ids and keys only, then read the full rows of the one page.
    const page = this.#statement(`SELECT ${rowid} AS rowid, ${distance} AS distance_km ${pageFrom} ORDER BY ${order} LIMIT @limit OFFSET @offset`)
      .all(...withNamed({ limit: search.pageSize, offset })) as Array<{ rowid: number; distance_km: number | null }>;
    const rows = page.map(({ rowid, distance_km }) => ({ ...(this.#byRowid.get(rowid) as ProviderRow), distance_km }));
    return { rows, total };
  }

  #statement(sql: string): Statement<unknown[]> {
    let statement = this.#statements.get(sql);
    if (!statement) {
      if (this.#statements.size > 500) this.#statements.clear();
      statement = this.#db.prepare<unknown[]>(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }
}
