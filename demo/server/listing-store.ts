import { createHash, randomUUID } from 'node:crypto';
import type { ListingReceipt } from '../../src/directory/contract.ts';
import type { DirectoryDatabase } from './db.ts';

export interface NewListing {
  idempotencyKey?: string;
  /** What the client sent, to tell a repeat from a different request under the same key. */
  body: unknown;
  stored: Record<string, unknown>;
  consentText: string;
  receivedAt: Date;
  spamReason?: string;
}

export type StoreOutcome = { ok: true; receipt: ListingReceipt } | { ok: false; reason: 'key-reused' };

/** JSON with keys in a fixed order, so equal bodies hash the same however their keys were ordered. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, field]) => field !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function bodyHash(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

/**
 * Stores a listing at most once per idempotency key. The insert skips a key that exists and the
 * select then reads whichever row holds the key, inside one transaction: however many requests
 * race with one key, one row is written and all of them answer its receipt.
 */
export class ListingStore {
  readonly #insert;
  readonly #byKey;
  readonly #record;

  constructor(db: DirectoryDatabase) {
    this.#insert = db.prepare(`INSERT INTO listings
      (id, idempotency_key, body_hash, received_at, body, consent_text, consented_at, spam, spam_reason)
      VALUES (@id, @key, @hash, @receivedAt, @body, @consentText, @receivedAt, @spam, @spamReason)
      ON CONFLICT (idempotency_key) DO NOTHING`);
    this.#byKey = db.prepare('SELECT id, body_hash AS hash, received_at AS receivedAt FROM listings WHERE idempotency_key = ?');
    this.#record = db.transaction((listing: NewListing): StoreOutcome => {
      const hash = bodyHash(listing.body);
      const id = `lst_${randomUUID()}`;
      const receivedAt = listing.receivedAt.toISOString();
      this.#insert.run({
        id,
        key: listing.idempotencyKey ?? null,
        hash,
        receivedAt,
        body: JSON.stringify(listing.stored),
        consentText: listing.consentText,
        spam: listing.spamReason ? 1 : 0,
        spamReason: listing.spamReason ?? null,
      });
      if (!listing.idempotencyKey) return { ok: true, receipt: { id, status: 'received', receivedAt } };
      const row = this.#byKey.get(listing.idempotencyKey) as { id: string; hash: string; receivedAt: string };
      if (row.hash !== hash) return { ok: false, reason: 'key-reused' };
      return { ok: true, receipt: { id: row.id, status: 'received', receivedAt: row.receivedAt } };
    });
  }

  record(listing: NewListing): StoreOutcome {
    return this.#record.immediate(listing);
  }
}
