import { normalizeDoi } from '../../src/directory/doi.ts';

/**
 * Turns a requested reference id into the key the store is indexed by: `doi:<lower-case DOI>`,
 * `pmid:<digits>`, `isbn:<ISBN-13 digits>` or `url:<address>`. `null` when the id is none of these.
 */
export function referenceKey(id: string): string | null {
  const text = id.trim();
  const pmid = /^pmid:\s*(\d{1,9})$/i.exec(text);
  if (pmid) return `pmid:${Number(pmid[1])}`;
  const isbn = /^isbn:\s*([\d\s-]{9,17}[\dXx])$/i.exec(text);
  if (isbn) {
    const digits = isbnThirteen(isbn[1]);
    return digits ? `isbn:${digits}` : null;
  }
  const doi = normalizeDoi(text);
  if (doi) return `doi:${doi}`;
  if (/^https?:\/\/\S+$/i.test(text)) return `url:${text}`;
  return null;
}

/** An ISBN-10 or ISBN-13 as the 13 digits of its ISBN-13, or null when its check digit is wrong. */
export function isbnThirteen(input: string): string | null {
  const compact = input.replace(/[\s-]/g, '').toUpperCase();
  if (/^\d{13}$/.test(compact)) {
    const sum = [...compact].reduce((total, digit, index) => total + Number(digit) * (index % 2 ? 3 : 1), 0);
    return sum % 10 === 0 ? compact : null;
  }
  if (/^\d{9}[\dX]$/.test(compact)) {
    const sum = [...compact].reduce((total, digit, index) => total + (digit === 'X' ? 10 : Number(digit)) * (10 - index), 0);
    if (sum % 11 !== 0) return null;
    const body = `978${compact.slice(0, 9)}`;
    const check = (10 - ([...body].reduce((total, digit, index) => total + Number(digit) * (index % 2 ? 3 : 1), 0) % 10)) % 10;
    return body + check;
  }
  return null;
}
