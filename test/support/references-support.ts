// citation-js ships no types; the reference tests declare the parts they use.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- an ambient declaration file cannot be imported
/// <reference path="../references/citation-js.d.ts" />
/**
 * Test-runner middleware for the `<article-references>` tests.
 *
 * Node-only reference tools over HTTP:
 * - `GET /test-oracle?format=apa|ama|vancouver`: `[{ set, name, item, html }]` for the corpus, and for
 *   the records of `format.test.ts` that test "et al." and title case, each with citeproc-js's entry
 *   (`renderOracle`) in the normalised HTML form; computed on the first request for a format. The
 *   thousand records with a field missing or added stay in the Node test: citeproc-js takes seconds
 *   of CPU for them, which the browser tests running beside it on the same machine need.
 * - `POST /test-oracle/parse?format=bibtex|ris` with a file as the body: the CSL-JSON that
 *   citation-js reads from it, so that a test can check that a downloaded file parses back.
 *
 * A host page under a strict Content Security Policy (Trusted Types included):
 * - `GET /csp-references/article.html`: an article with markers and a reference block that loads
 *   only same-origin scripts: `/csp-references/probe.js`, which records `securitypolicyviolation`
 *   events in `window.cspViolations` (with `?control`, it breaks the policy on purpose), then the
 *   built bundle, `/dist/directory-widgets.js` (`npm run build`).
 */
import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import type { CitationFormat } from '../../src/components/article-references/format/index.ts';
import type { CslItem } from '../../src/directory/contract.ts';
import { corpus } from '../references/corpus.ts';
import { renderOracle } from '../references/oracle.ts';
import { authorCountsOf, titlesOn } from '../references/variants.ts';

interface KoaContext {
  path: string;
  type: string;
  set(header: string, value: string): void;
  method: string;
  query: Record<string, string | string[] | undefined>;
  req: IncomingMessage;
  status: number;
  body: unknown;
}

const require = createRequire(import.meta.url);
const { plugins } = require('@citation-js/core') as typeof import('@citation-js/core');
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-ris');

const FORMATS = ['apa', 'ama', 'vancouver'];
const record = (id: string) => corpus.find((item) => item.id === id)!;

function sets(): Array<{ set: string; name: string; item: CslItem }> {
  return [
    ...corpus.map((item) => ({ set: 'corpus', name: item.id, item })),
    ...[...authorCountsOf(record('10.1136/bmj.n71')), ...titlesOn(record('pollan-2018'), record('dillard-2020'), record('10.1371/journal.pmed.0050045'))].map(
      ({ name, item }) => ({ set: 'names and titles', name, item }),
    ),
  ];
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * citeproc-js for every record, a few thousand entries: in slices, so that the test server keeps
 * answering the other browsers' requests meanwhile.
 */
async function renderAll(format: CitationFormat) {
  const all = sets();
  const out = [];
  for (const [index, entry] of all.entries()) {
    if (index % 25 === 0) await new Promise((resolve) => setImmediate(resolve));
    out.push({ ...entry, html: renderOracle(entry.item, format) });
  }
  return out;
}

export const CSP = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const probe = `window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push({ directive: event.effectiveDirective || event.violatedDirective, sample: event.sample });
});
if (new URLSearchParams(location.search).has('control')) {
  // A deliberate violation, so a test can tell that the policy is enforced and the probe hears it.
  document.addEventListener('DOMContentLoaded', () => document.body.setAttribute('style', 'outline: 1px solid red'));
}
`;

const article = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>article-references under a strict CSP</title>
    <script src="/csp-references/probe.js"></script>
    <script type="module" src="/dist/directory-widgets.js"></script>
  </head>
  <body>
    <h1>Ketamine for depression</h1>
    <p>A single infusion can lift symptoms within hours<cite-ref ref="10.1016/S0006-3223(99)00230-9"></cite-ref>, and an analysis
      that was later retracted<cite-ref ref="10.1007/s00213-019-05249-5"></cite-ref> ends this sentence at the right edge.</p>
    <article-references endpoint="/api/v1" structured-data>
      <ol>
        <li>Berman RM, et al. Antidepressant effects of ketamine in depressed patients. 2000. doi:10.1016/S0006-3223(99)00230-9</li>
        <li>Mithoefer MC, et al. MDMA-assisted psychotherapy for treatment of PTSD. 2019. doi:10.1007/s00213-019-05249-5</li>
      </ol>
    </article-references>
  </body>
</html>`;

export function referencesSupport() {
  const answers = new Map<string, ReturnType<typeof renderAll>>();
  return async function oracle(ctx: KoaContext, next: () => Promise<unknown>) {
    if (ctx.path === '/test-oracle' && ctx.method === 'GET') {
      const format = String(ctx.query.format);
      if (!FORMATS.includes(format)) {
        ctx.status = 400;
        ctx.body = { error: 'format must be apa, ama or vancouver' };
        return;
      }
      if (!answers.has(format)) answers.set(format, renderAll(format as CitationFormat));
      ctx.body = await answers.get(format);
      return;
    }
    if (ctx.path === '/csp-references/article.html' || ctx.path === '/csp-references/probe.js') {
      const page = ctx.path.endsWith('.html');
      if (page) ctx.set('Content-Security-Policy', CSP);
      ctx.type = page ? 'text/html' : 'text/javascript';
      ctx.body = page ? article : probe;
      return;
    }
    if (ctx.path === '/test-oracle/parse' && ctx.method === 'POST') {
      ctx.body = plugins.input.chain(await readBody(ctx.req), { forceType: ctx.query.format === 'ris' ? '@ris/file' : '@biblatex/text' });
      return;
    }
    await next();
  };
}
