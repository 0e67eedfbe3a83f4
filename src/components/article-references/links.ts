import type { CitationFormat } from './format/index.js';

/**
 * How `<article-references>` and the `<cite-ref>` markers in the text find each other without ids
 * crossing shadow roots: each keeps itself in a set while connected, and a block numbers the
 * markers that point at it and hands each one what it shows.
 */

/** What a block gives one marker. */
export interface Citation {
  /** The entry's number, as text. */
  number: string;
  format: CitationFormat;
  /** `#` and the block's id: where the marker's link leads when it is opened elsewhere. */
  href: string;
  /** The formatted reference as plain text. */
  text: string;
  /** Its retraction, correction and concern notices, as text. */
  notes: string[];
  /** Moves focus to the entry. */
  go(): void;
}

/** The side of a marker that a block sees. */
export interface Marker extends HTMLElement {
  ref: string;
  for: string;
  citation: Citation | undefined;
}

export const blocks = new Set<HTMLElement & { links: number }>();
export const markers = new Set<Marker>();

let queued = false;

/** Tells every block, once per task, that markers came, went or changed. */
export function relink(): void {
  if (queued) return;
  queued = true;
  queueMicrotask(() => {
    queued = false;
    for (const block of blocks) block.links++;
  });
}

/** Document order, for markers and blocks. */
export const byPosition = (a: Node, b: Node): number => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);
