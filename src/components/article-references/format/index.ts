import type { CslItem } from '../../../directory/contract.js';
import { ama } from './ama.js';
import { apa } from './apa.js';
import { read } from './reference.js';
import { finish, type Run } from './runs.js';
import { vancouver } from './vancouver.js';

/**
 * The citation formatting core of `<article-references>`: CSL-JSON in, runs out, matching what
 * citeproc-js prints with the official APA 7, AMA 11 and NLM/Vancouver styles, without shipping a
 * citation engine. Input text is never read as markup.
 *
 * ```ts
 * const runs = formatReference(item, 'apa');  // [ "Yavi, M., … (2022). Title. ", { text: "Discover Mental Health", italic: true }, … ]
 * toPlainText(runs);                          // "Yavi, M., … https://doi.org/10.1007/…"
 * ```
 */

export type CitationFormat = 'apa' | 'ama' | 'vancouver';

const STYLES = { apa, ama, vancouver };

/** Formats one reference. Total: any object gives readable runs; unknown formats fall back to APA. */
export function formatReference(item: CslItem, format: CitationFormat = 'apa'): Run[] {
  const style = Object.hasOwn(STYLES, format) ? STYLES[format] : apa;
  return finish(style(read(typeof item === 'object' && item !== null ? item : ({} as CslItem))));
}

export { toPlainText, type Run } from './runs.js';
export { describeType, type SourceType } from './source-type.js';
