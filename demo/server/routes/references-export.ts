import type { Hono } from 'hono';
import type { CslItem, ExportFormat } from '../../../src/directory/contract.ts';
import { EXPORT_FILES } from '../../../src/directory/export-files.ts';
import type { RouteDeps } from '../context.ts';
import { toBibTeX, toCslJson, toRIS } from '../export/index.ts';
import { problem } from '../problem.ts';
import { rateLimited } from '../rate-limit-middleware.ts';
import { asObject, limitBody, readJsonBody } from '../request-body.ts';

export const MAX_EXPORT_ITEMS = 500;
/** Room for 500 items of about 1 KB each (the test corpus averages 570 B, its largest item 1.3 KB). */
export const MAX_EXPORT_BYTES = 512 * 1024;

const WRITERS: Record<ExportFormat, (items: CslItem[]) => string> = { bibtex: toBibTeX, ris: toRIS, 'csl-json': toCslJson };

/**
 * `POST /references/export`: the items as a BibTeX, RIS or CSL-JSON file, so that readers' browsers
 * need no file writers. It stores nothing; it is rate-limited because its work grows with the body,
 * which may be larger than other calls'.
 */
export function referencesExportRoute(app: Hono, deps: RouteDeps) {
  app.post('/references/export', rateLimited(deps.limits.exports, deps.trustProxy), limitBody(MAX_EXPORT_BYTES), async (c) => {
    const read = await readJsonBody(c);
    if (!read.ok) return read.response;
    const body = asObject(read.value);
    if (!body) return problem(c, 'malformed-body', { detail: 'The body must be a JSON object.' });

    const { format, items } = body;
    const errors: Record<string, string[]> = {};
    if (typeof format !== 'string' || !Object.hasOwn(WRITERS, format)) errors.format = ['Choose bibtex, ris or csl-json.'];
    if (!Array.isArray(items) || !items.every(asObject)) errors.items = ['Send the references as a list of CSL-JSON items.'];
    else if (items.length > MAX_EXPORT_ITEMS) errors.items = [`Send at most ${MAX_EXPORT_ITEMS} references at once.`];
    if (Object.keys(errors).length > 0) return problem(c, 'invalid-request', { errors });

    const [extension, type] = EXPORT_FILES[format as ExportFormat];
    return c.body(WRITERS[format as ExportFormat](items as CslItem[]), 200, {
      'Content-Type': `${type}; charset=utf-8`,
      'Content-Disposition': `attachment; filename="references.${extension}"`,
    });
  });
}
