import { readFileSync } from 'node:fs';
import type { CslItem } from '../../src/directory/contract.ts';
import { isbnThirteen, referenceKey } from './reference-ids.ts';

/** The bundled records: the demo article's sources, including the shared seed fixtures. */
export const BUNDLED_REFERENCES = new URL('./data/references.json', import.meta.url);

/** Looks references up by DOI, PMID, ISBN or URL. Records are CSL-JSON. */
export class ReferenceStore {
  readonly #byKey = new Map<string, CslItem>();

  constructor(items: CslItem[]) {
    for (const item of items) {
      for (const key of this.#keysOf(item)) this.#byKey.set(key, item);
    }
  }

  static fromFile(url: URL = BUNDLED_REFERENCES): ReferenceStore {
    return new ReferenceStore(JSON.parse(readFileSync(url, 'utf8')) as CslItem[]);
  }

  get size(): number {
    return new Set(this.#byKey.values()).size;
  }

  /** The record for an id as a client sends it (`10.1/x`, `doi:…`, `pmid:…`, `isbn:…`). */
  find(id: string): CslItem | undefined {
    const key = referenceKey(id);
    return key ? this.#byKey.get(key) : undefined;
  }

  add(item: CslItem): void {
    for (const key of this.#keysOf(item)) this.#byKey.set(key, item);
  }

  #keysOf(item: CslItem): string[] {
    const keys = [referenceKey(item.id)];
    if (item.DOI) keys.push(referenceKey(item.DOI));
    if (item.PMID) keys.push(`pmid:${Number(item.PMID)}`);
    for (const isbn of String(item.ISBN ?? '').split(/[,;]/).filter(Boolean)) {
      const digits = isbnThirteen(isbn);
      if (digits) keys.push(`isbn:${digits}`);
    }
    if (item.URL) keys.push(`url:${item.URL}`);
    return keys.filter((key): key is string => key !== null);
  }
}
