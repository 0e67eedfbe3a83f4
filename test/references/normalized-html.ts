import type { Run } from '../../src/components/article-references/format/index.js';

/**
 * The form in which the formatter and citeproc-js are compared: italics as `<i>`, everything else
 * as text with entities decoded, whitespace collapsed. Links count as their text (citeproc-js
 * prints none); where our links point is tested on its own.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

const tidy = (html: string): string => html.replace(/<\/i><i>/g, '').replace(/\s+/g, ' ').trim();

const ENTRY_START = 'class="csl-entry">';

/**
 * citeproc-js's entry: the `csl-entry` content without the `csl-left-margin` number. The entry's
 * opening tag carries the item id unescaped (ids may hold `<` or `"`), so the content is taken from
 * its end; inside it, text is escaped and every `<` opens a tag.
 */
export function normalizeEntryHtml(html: string): string {
  const start = html.indexOf(ENTRY_START);
  const body = (start < 0 ? html : html.slice(start + ENTRY_START.length))
    .replace(/<div class="csl-left-margin">[^<]*<\/div>/g, '')
    .replace(/<(?!\/?i>)[^>]*>/g, '')
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (entity, decimal?: string, hex?: string, name?: string) =>
      decimal ? String.fromCodePoint(Number(decimal)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (ENTITIES[name ?? ''] ?? entity),
    );
  return tidy(body);
}

export const runsToHtml = (runs: readonly Run[]): string =>
  tidy(runs.map((run) => (typeof run === 'string' ? run : run.italic ? `<i>${run.text}</i>` : run.text)).join(''));
