/**
 * The conformance checks of the directory endpoint contract v1. Each check calls the endpoint and
 * throws a `CheckFailure` with a plain reason when the answer is not what the contract says.
 * Checks that would store data (a listing, a report) run only when asked to write.
 */
import { randomUUID } from 'node:crypto';
import { Endpoint, type Answer } from './http.ts';
import {
  listingReceiptIssues,
  placeListIssues,
  problemIssues,
  providerIssues,
  providerPageIssues,
  resolveResultIssues,
  taxonomyIssues,
} from './shapes.ts';

export class CheckFailure extends Error {}

export interface ConformanceOptions {
  /** Also run the checks that store a listing and a report. */
  write?: boolean;
  /** A place the endpoint has providers near: a ZIP code or "City, ST". */
  near?: string;
}

export interface CheckResult {
  name: string;
  passed: boolean;
  reason?: string;
}

interface Page {
  items: Array<{ id: string; name: string; distance?: number; services: string[]; formats: string[] }>;
  total: number;
  pageSize: number;
  origin?: unknown;
}

function fail(reason: string): never {
  throw new CheckFailure(reason);
}

function expectStatus(answer: Answer, status: number, what: string): void {
  if (answer.status !== status) fail(`${what} answered ${answer.status}, expected ${status}${answer.text ? `: ${answer.text.slice(0, 160)}` : ''}`);
}

function expectShape(issues: string[], what: string): void {
  if (issues.length) fail(`${what}: ${issues.slice(0, 3).join('; ')}${issues.length > 3 ? ` (+${issues.length - 3} more)` : ''}`);
}

function expectProblem(answer: Answer, statuses: number[], what: string): void {
  if (!statuses.includes(answer.status)) fail(`${what} answered ${answer.status}, expected ${statuses.join(' or ')}`);
  if (!answer.contentType.toLowerCase().startsWith('application/problem+json')) fail(`${what} is ${answer.contentType || 'untyped'}, not application/problem+json`);
  expectShape(problemIssues(answer.json, answer.status), what);
}

async function page(endpoint: Endpoint, query: string): Promise<Page> {
  const answer = await endpoint.get(`/providers?${query}`);
  expectStatus(answer, 200, `GET /providers?${query}`);
  expectShape(providerPageIssues(answer.json), `GET /providers?${query}`);
  return answer.json as Page;
}

type Check = [name: string, run: () => Promise<void>];

export function conformanceChecks(base: string, options: ConformanceOptions = {}): Check[] {
  const endpoint = new Endpoint(base);
  const near = options.near ?? '97201';
  const nearParam = encodeURIComponent(near);
  let taxonomy: { services: Array<{ id: string }>; formats: Array<{ id: string }>; regions: Array<{ id: string }> } | undefined;
  let firstProviderId: string | undefined;

  const checks: Check[] = [
    ['GET /taxonomy answers every list with ids and labels', async () => {
      const answer = await endpoint.get('/taxonomy');
      expectStatus(answer, 200, 'GET /taxonomy');
      expectShape(taxonomyIssues(answer.json), 'GET /taxonomy');
      taxonomy = answer.json as typeof taxonomy;
      if (!taxonomy?.regions.length) fail('the taxonomy has no regions, so a listing form has no state to offer');
    }],
    ['GET /taxonomy?lang=es answers the same ids', async () => {
      const answer = await endpoint.get('/taxonomy?lang=es');
      expectStatus(answer, 200, 'GET /taxonomy?lang=es');
      expectShape(taxonomyIssues(answer.json), 'GET /taxonomy?lang=es');
      const spanish = answer.json as NonNullable<typeof taxonomy>;
      for (const list of ['services', 'regions'] as const) {
        const ids = (terms: Array<{ id: string }>) => terms.map((term) => term.id).sort().join();
        if (taxonomy && ids(spanish[list]) !== ids(taxonomy[list])) fail(`Spanish ${list} have other ids than English ones`);
      }
    }],
    ['GET /places suggests places for a prefix', async () => {
      const prefix = encodeURIComponent(near.slice(0, 3));
      const answer = await endpoint.get(`/places?q=${prefix}&limit=5`);
      expectStatus(answer, 200, 'GET /places');
      expectShape(placeListIssues(answer.json), 'GET /places');
      const { items } = answer.json as { items: unknown[] };
      if (items.length === 0) fail(`no suggestion for "${near.slice(0, 3)}"`);
      if (items.length > 5) fail(`${items.length} suggestions for limit=5`);
    }],
    ['GET /providers answers a page of summaries', async () => {
      const result = await page(endpoint, '');
      firstProviderId = result.items[0]?.id;
      if (!firstProviderId) fail('the first page is empty');
    }],
    ['GET /providers caps pageSize at 50', async () => {
      const result = await page(endpoint, 'pageSize=500');
      if (result.pageSize > 50 || result.items.length > 50) fail(`pageSize ${result.pageSize} with ${result.items.length} items`);
    }],
    ['GET /providers?near&radius keeps every provider within the radius', async () => {
      const result = await page(endpoint, `near=${nearParam}&radius=25&unit=mi&pageSize=50`);
      if (!result.origin) fail('no origin for a search near a place');
      if (result.items.length === 0) fail(`no provider within 25 mi of ${near}`);
      const far = result.items.find((item) => typeof item.distance !== 'number' || item.distance > 25.05);
      if (far) fail(`${far.id} has distance ${String(far.distance)}, outside 25 mi`);
    }],
    ['GET /providers?sort=distance orders by distance', async () => {
      const result = await page(endpoint, `near=${nearParam}&radius=50&sort=distance&pageSize=50`);
      const distances = result.items.map((item) => item.distance ?? Number.NaN);
      if (distances.some((distance, index) => index > 0 && !(distance >= distances[index - 1]))) fail(`distances out of order: ${distances.slice(0, 10).join(', ')}`);
    }],
    ['GET /providers pages are stable and do not overlap', async () => {
      const [first, second] = [await page(endpoint, 'sort=name&pageSize=5&page=1'), await page(endpoint, 'sort=name&pageSize=5&page=2')];
      if (first.total !== second.total) fail(`total changed between pages: ${first.total} then ${second.total}`);
      const overlap = first.items.filter((item) => second.items.some((other) => other.id === item.id));
      if (overlap.length) fail(`${overlap.map((item) => item.id).join(', ')} on both page 1 and page 2`);
      const again = await page(endpoint, 'sort=name&pageSize=5&page=1');
      if (again.items.map((item) => item.id).join() !== first.items.map((item) => item.id).join()) fail('the same page answered other providers');
    }],
    ['GET /providers filters: OR within a kind, AND across kinds, repeated or comma-separated', async () => {
      const [a, b] = (taxonomy?.services ?? []).map((term) => term.id);
      const format = taxonomy?.formats[0]?.id;
      if (!a || !b || !format) fail('the taxonomy has fewer than two services or no format');
      const onlyA = await page(endpoint, `service=${a}&pageSize=50`);
      const either = await page(endpoint, `service=${a}&service=${b}&pageSize=50`);
      const comma = await page(endpoint, `service=${a},${b}&pageSize=50`);
      const both = await page(endpoint, `service=${a}&format=${format}&pageSize=50`);
      if (onlyA.items.some((item) => !item.services.includes(a))) fail(`service=${a} answered a provider without ${a}`);
      if (either.items.some((item) => !item.services.includes(a) && !item.services.includes(b))) fail(`service=${a}&service=${b} answered a provider with neither`);
      if (either.total < onlyA.total) fail(`two services (${either.total}) match fewer than one (${onlyA.total})`);
      if (comma.total !== either.total) fail(`service=${a},${b} matched ${comma.total}, repeated parameters ${either.total}`);
      if (both.items.some((item) => !item.services.includes(a) || !item.formats.includes(format))) fail(`service and format did not both apply`);
    }],
    ['GET /providers?near=<unknown place> answers a 400 problem', async () => {
      expectProblem(await endpoint.get('/providers?near=Nowhere%20Town%2C%20ZZ'), [400], 'an unknown place');
    }],
    ['GET /providers?page=-1 answers a 400 problem', async () => {
      expectProblem(await endpoint.get('/providers?page=-1'), [400], 'page=-1');
    }],
    ['GET /providers/{id} answers the full provider', async () => {
      if (!firstProviderId) fail('no provider id to ask for (the provider search failed)');
      const answer = await endpoint.get(`/providers/${encodeURIComponent(firstProviderId)}`);
      expectStatus(answer, 200, `GET /providers/${firstProviderId}`);
      expectShape(providerIssues(answer.json), `GET /providers/${firstProviderId}`);
      if ((answer.json as { id: string }).id !== firstProviderId) fail('the provider has another id than the one asked for');
    }],
    ['GET /providers/{unknown id} answers a 404 problem', async () => {
      expectProblem(await endpoint.get(`/providers/conformance-${randomUUID()}`), [404], 'an unknown provider');
    }],
    ['An unknown route answers a 404 problem', async () => {
      expectProblem(await endpoint.get('/no-such-call'), [404], 'GET /no-such-call');
    }],
    ['A wrong method answers a 405 problem', async () => {
      expectProblem(await endpoint.request('/taxonomy', { method: 'DELETE' }), [405], 'DELETE /taxonomy');
    }],
    ['Provider searches are not cached and not sniffed', async () => {
      const answer = await endpoint.get('/providers?pageSize=1');
      if (!/no-store/i.test(answer.headers.get('Cache-Control') ?? '')) fail('GET /providers has no Cache-Control: no-store');
      if (answer.headers.get('X-Content-Type-Options') !== 'nosniff') fail('GET /providers has no X-Content-Type-Options: nosniff');
    }],
    ['POST /references/resolve answers items and missing ids', async () => {
      const unknown = `10.99999/conformance-${randomUUID()}`;
      const known = '10.1176/appi.ajp.2017.17040472';
      const answer = await endpoint.post('/references/resolve', { ids: [known, unknown] });
      expectStatus(answer, 200, 'POST /references/resolve');
      expectShape(resolveResultIssues(answer.json), 'POST /references/resolve');
      const { items, missing } = answer.json as { items: Array<{ id: string }>; missing: string[] };
      if (!missing.includes(unknown)) fail('an unknown DOI is not listed in missing');
      if (!items.some((item) => item.id === known) && !missing.includes(known)) fail(`${known} is neither in items nor in missing`);
    }],
    ['POST /references/resolve with a bad body answers a problem', async () => {
      expectProblem(await endpoint.post('/references/resolve', { ids: 'not a list' }), [400, 422], 'ids that are not a list');
    }],
    ['POST /references/export answers BibTeX, RIS and CSL-JSON files', async () => {
      const item = {
        id: 'conformance-check',
        type: 'article-journal',
        title: 'Conformance check',
        author: [{ family: 'Checker', given: 'Ada' }],
        'container-title': 'Journal of Checks',
        issued: { 'date-parts': [[2024, 5]] },
        DOI: '10.1176/appi.ajp.2017.17040472',
      };
      const files = [
        ['bibtex', 'application/x-bibtex', 'bib', /^\s*@\w+\s*\{/],
        ['ris', 'application/x-research-info-systems', 'ris', /^\s*TY {2}- /],
        ['csl-json', 'application/vnd.citationstyles.csl+json', 'json', /^\s*\[/],
      ] as const;
      for (const [format, type, extension, start] of files) {
        const what = `POST /references/export (${format})`;
        const answer = await endpoint.post('/references/export', { format, items: [item] }, { Accept: '*/*' });
        expectStatus(answer, 200, what);
        if (!answer.contentType.toLowerCase().startsWith(type)) fail(`${what} is ${answer.contentType || 'untyped'}, not ${type}`);
        const disposition = answer.headers.get('Content-Disposition') ?? '';
        if (!/^attachment\b/i.test(disposition) || !disposition.includes(`references.${extension}`)) {
          fail(`${what} has Content-Disposition "${disposition}", not an attachment named references.${extension}`);
        }
        if (!start.test(answer.text) || !answer.text.includes('Conformance')) fail(`${what} is not a ${format} file of the item: ${answer.text.slice(0, 80)}`);
      }
    }],
    ['POST /references/export with a bad body answers a problem', async () => {
      expectProblem(await endpoint.post('/references/export', { format: 'no-such-format', items: [] }), [400, 422], 'an unknown export format');
      expectProblem(await endpoint.post('/references/export', { format: 'ris', items: 'not a list' }), [400, 422], 'items that are not a list');
    }],
    ['POST /listings with missing fields answers 422 with field errors', async () => {
      const answer = await endpoint.post('/listings', { consent: false }, { 'Idempotency-Key': `conformance-invalid-${randomUUID()}` });
      expectProblem(answer, [422], 'an empty listing');
      const errors = (answer.json as { errors?: Record<string, string[]> }).errors ?? {};
      for (const field of ['name', 'email', 'consent']) if (!errors[field]?.length) fail(`no error for ${field}`);
    }],
    ['POST /reports with a bad body answers a problem', async () => {
      expectProblem(await endpoint.post('/reports', { reason: 'not-a-reason' }), [400, 422], 'a report without a provider');
    }],
  ];

  if (options.write) checks.push(...writeChecks(endpoint, () => firstProviderId, () => taxonomy?.regions[0]?.id));
  return checks;
}

/** Checks that store data: only with `--write`. The listing says plainly that it is a test. */
function writeChecks(endpoint: Endpoint, providerId: () => string | undefined, region: () => string | undefined): Check[] {
  const key = `conformance-${randomUUID()}`;
  // The region is the taxonomy's first, known once the taxonomy has been read.
  const listing = () => ({
    name: 'Conformance Check',
    credentials: ['LCSW'],
    email: 'conformance-check@example.org',
    address: { city: 'Portland', region: region() ?? 'OR', postalCode: '97201' },
    message: 'Sent by the directory-widgets conformance checker. Please delete.',
    consent: true,
    consentText: 'Test submission by the conformance checker.',
    fillTime: 60_000,
  });
  let receipt: unknown;
  return [
    ['POST /listings stores a valid listing and answers 201', async () => {
      const answer = await endpoint.post('/listings', listing(), { 'Idempotency-Key': key });
      expectStatus(answer, 201, 'POST /listings');
      expectShape(listingReceiptIssues(answer.json), 'POST /listings');
      receipt = answer.json;
    }],
    ['POST /listings again with the same key answers the same 201 body', async () => {
      const answer = await endpoint.post('/listings', listing(), { 'Idempotency-Key': key });
      expectStatus(answer, 201, 'the repeated POST /listings');
      if (JSON.stringify(answer.json) !== JSON.stringify(receipt)) fail(`answered ${answer.text}, the first time ${JSON.stringify(receipt)}`);
    }],
    ['POST /listings with the same key and another body is refused', async () => {
      expectProblem(await endpoint.post('/listings', { ...listing(), name: 'Another Name' }, { 'Idempotency-Key': key }), [409, 422], 'a reused key');
    }],
    ['POST /reports accepts a report with 202', async () => {
      const id = providerId();
      if (!id) fail('no provider id to report (the provider search failed)');
      const answer = await endpoint.post('/reports', { providerId: id, reason: 'other', note: 'Conformance check: please ignore.' });
      expectStatus(answer, 202, 'POST /reports');
    }],
  ];
}

export async function runConformance(base: string, options: ConformanceOptions = {}): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const [name, run] of conformanceChecks(base, options)) {
    try {
      await run();
      results.push({ name, passed: true });
    } catch (error) {
      const reason = error instanceof CheckFailure ? error.message : `the check could not run: ${(error as Error).message}`;
      results.push({ name, passed: false, reason });
    }
  }
  return results;
}
