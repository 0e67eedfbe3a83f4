// citation-js ships no types; the reference tests declare the parts they use.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- an ambient declaration file cannot be imported
/// <reference path="../references/citation-js.d.ts" />
/**
 * Test-runner middleware that lets browser tests use the Node-only reference tools:
 *
 * - `GET /test-oracle?format=apa|ama|vancouver`: `[{ set, name, item, html }]` for the corpus and its
 *   derived records (the sets of `test/references/format.test.ts`), each with citeproc-js's entry
 *   (`renderOracle`) in the normalised HTML form. Computed on the first request for a format.
 * - `POST /test-oracle/parse?format=bibtex|ris` with a file as the body: the CSL-JSON that
 *   citation-js reads from it, so that a test can check that a downloaded file parses back.
 */
import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import type { CitationFormat } from '../../src/components/article-references/format/index.ts';
import type { CslItem } from '../../src/directory/contract.ts';
import { corpus } from '../references/corpus.ts';
import { renderOracle } from '../references/oracle.ts';
import { authorCountsOf, titlesOn, variantsOf } from '../references/variants.ts';

interface KoaContext {
  path: string;
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
    ...variantsOf(corpus).map(({ name, item }) => ({ set: 'variants', name, item })),
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

export function oracleEndpoint() {
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
    if (ctx.path === '/test-oracle/parse' && ctx.method === 'POST') {
      ctx.body = plugins.input.chain(await readBody(ctx.req), { forceType: ctx.query.format === 'ris' ? '@ris/file' : '@biblatex/text' });
      return;
    }
    await next();
  };
}
