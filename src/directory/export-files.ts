import type { ExportFormat } from './contract.js';

/**
 * The file of each export format, as `POST /references/export` answers it and as
 * `<article-references>` downloads it: its extension (after "references.") and media type.
 */
export const EXPORT_FILES: Record<ExportFormat, [extension: string, type: string]> = {
  bibtex: ['bib', 'application/x-bibtex'],
  ris: ['ris', 'application/x-research-info-systems'],
  'csl-json': ['json', 'application/vnd.citationstyles.csl+json'],
};
