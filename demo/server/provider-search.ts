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

/**
 * Builds the SQL of a search. Filters of different kinds are joined with AND; the values of one
 * kind with OR. A radius first narrows by the R*Tree box, then by the exact great-circle distance.
 * Every order ends with the id, so pages never overlap or skip a provider.
 */
function buildSql(search: ProviderSearch) {
  const joins: string[] = [];
  const where: string[] = [];
  const params: unknown[] = [];
  let distance = 'NULL';
  const named: Record<string, number> = {};

  if (search.words) {
    joins.push('JOIN (SELECT rowid, rank FROM providers_fts WHERE providers_fts MATCH ?) AS fts ON fts.rowid = p.rowid');
    params.push(ftsQuery(search.words));
  }
  const whereParams: unknown[] = [];
  if (search.origin) {
    const { lat, lng } = search.origin.point;
    distance = 'distance_km(p.lat, p.lng, @originLat, @originLng)';
    named.originLat = lat;
    named.originLng = lng;
    const radiusKm = toKm(search.radius ?? 0, search.unit);
    const box = boundingBox(search.origin.point, radiusKm);
    where.push(
      'p.rowid IN (SELECT provider FROM providers_geo WHERE min_lat >= ? AND max_lat <= ? AND min_lng >= ? AND max_lng <= ?)',
      `${distance} <= ?`,
    );
    whereParams.push(box.minLat, box.maxLat, box.minLng, box.maxLng, radiusKm);
  }
  for (const kind of FILTER_KINDS) {
    const terms = search.filters[kind];
    if (!terms) continue;
    where.push(`p.rowid IN (SELECT provider FROM provider_terms WHERE kind = ? AND term IN (${terms.map(() => '?').join(', ')}))`);
    whereParams.push(kind, ...terms);
  }
  if (search.acceptingOnly) where.push('p.accepting = 1');
  if (search.org) {
    where.push('p.org_id = ?');
    whereParams.push(search.org);
  }
  if (search.ids) {
    where.push(`p.id IN (${search.ids.map(() => '?').join(', ')})`);
    whereParams.push(...search.ids);
  }

  const from = `FROM providers AS p ${joins.join(' ')} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
  // The origin is named, so it can appear in the select list and the filter without repeating it.
  return { from, distance, positional: [...params, ...whereParams], named, order: orderBy(search) };
}

function orderBy(search: ProviderSearch): string {
  const recent = 'p.availability_confirmed_at IS NULL, p.availability_confirmed_at DESC';
  switch (search.sort) {
    case 'name':
      return 'p.name COLLATE NOCASE, p.id';
    case 'availability':
      return `p.accepting DESC, ${recent}, p.id`;
    case 'distance':
      // Without a place there is no distance: the order falls back to relevance.
      if (search.origin) return 'distance_km, p.id';
      return relevanceOrder(search, recent);
    case 'relevance':
      return relevanceOrder(search, recent);
  }
}

function relevanceOrder(search: ProviderSearch, recent: string): string {
  if (search.words) return 'fts.rank, p.id';
  return `p.featured DESC, p.verified DESC, ${search.origin ? 'distance_km' : recent}, p.id`;
}

/** Runs a checked search: one page of rows and the total number of matches. */
export class ProviderSearcher {
  readonly #db: DirectoryDatabase;
  // The SQL depends only on the shape of a search, so few distinct statements are ever prepared.
  readonly #statements = new Map<string, Statement<unknown[]>>();

  constructor(db: DirectoryDatabase) {
    this.#db = db;
  }

  search(search: ProviderSearch): SearchResult {
    const { from, distance, positional, named, order } = buildSql(search);
    const countParams = Object.keys(named).length ? [...positional, named] : positional;
    const total = this.#statement(`SELECT count(*) ${from}`).pluck().get(...countParams) as number;
    const offset = (search.page - 1) * search.pageSize;
    if (offset >= total) return { rows: [], total };
    const page = this.#statement(`SELECT p.*, ${distance} AS distance_km ${from} ORDER BY ${order} LIMIT @limit OFFSET @offset`);
    const rows = page.all(...positional, { ...named, limit: search.pageSize, offset }) as ProviderRow[];
    return { rows, total };
  }

  #statement(sql: string) {
    let statement = this.#statements.get(sql);
    if (!statement) {
      if (this.#statements.size > 500) this.#statements.clear();
      statement = this.#db.prepare<unknown[]>(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }
}
