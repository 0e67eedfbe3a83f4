import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { CslItem } from '../../src/directory/contract.ts';
import { normalizeDoi } from '../../src/directory/doi.ts';
import { isbnThirteen } from '../../demo/server/reference-ids.ts';
import { BUNDLED_REFERENCES } from '../../demo/server/reference-store.ts';
import { postJson, useTestServer } from './helpers.ts';

const bundled = JSON.parse(readFileSync(BUNDLED_REFERENCES, 'utf8')) as CslItem[];
/** The three records of shared/fixtures/seed-references.csl.json, which the store must hold. */
const SEED_DOIS = ['10.1007/s44192-022-00012-3', '10.7759/cureus.18910', '10.1176/appi.ajp.2017.17040472'];

describe('the bundled reference records', () => {
  it('hold the seed fixtures and well-formed CSL-JSON with valid identifiers', () => {
    const dois = bundled.map((item) => item.DOI && normalizeDoi(item.DOI));
    for (const doi of SEED_DOIS) assert.ok(dois.includes(doi), doi);
    for (const item of bundled) {
      assert.equal(typeof item.id, 'string');
      assert.ok(['article-journal', 'book', 'report', 'webpage'].includes(item.type), item.id);
      assert.ok(item.title && item.issued?.['date-parts']?.[0]?.[0], item.id);
      assert.ok(item.author?.length, item.id);
      if (item.DOI) assert.ok(normalizeDoi(item.DOI), item.DOI);
      if (item.PMID) assert.match(item.PMID, /^\d+$/);
      if (item.ISBN) assert.ok(isbnThirteen(item.ISBN), item.ISBN);
      for (const update of item.status?.updates ?? []) assert.match(update.date ?? '', /^\d{4}-\d{2}-\d{2}$/);
    }
    const types = bundled.flatMap((item) => item.status?.updates?.map((update) => update.type) ?? []);
    assert.ok(types.includes('retraction') && types.includes('correction'));
  });
});

describe('POST /references/resolve', () => {
  const server = useTestServer();
  const resolve = (ids: unknown) => postJson(`${server.base}/references/resolve`, { ids });

  it('resolves DOIs however they are written, PMIDs and ISBNs, and lists the rest as missing', async () => {
    const ids = [
      'https://doi.org/10.1056/NEJMOA2032994',
      'doi:10.1001/archpsyc.63.8.856',
      'http://dx.doi.org/10.1016/S0006-3223(99)00230-9',
      'pmid:33972795',
      'isbn:978-1-59420-422-7',
      'isbn:1594204225',
      '10.7759/CUREUS.18910',
      '10.9999/not-a-real-doi',
      'pmid:1',
      'just some words',
    ];
    const answer = await resolve(ids);
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.body.items.map((item: CslItem) => item.id), ids.slice(0, 7));
    assert.deepEqual(answer.body.missing, ids.slice(7));
    assert.equal(answer.body.items[0].title, 'Trial of psilocybin versus escitalopram for depression');
    assert.equal(answer.body.items[3].DOI, '10.1038/s41591-021-01336-3');
    assert.equal(answer.body.items[4].type, 'book');
    assert.equal(answer.body.items[5].title, answer.body.items[4].title);
  });

  it('carries retractions, corrections and open-access links', async () => {
    const answer = await resolve(['10.1016/S0140-6736(20)31180-6', '10.1007/s00213-019-05249-5', '10.1001/jamapsychiatry.2020.3285']);
    const [lancet, mdma, psilocybin] = answer.body.items;
    assert.deepEqual(lancet.status.updates.map((update: { type: string }) => update.type), ['expression-of-concern', 'retraction']);
    assert.equal(lancet.status.updates[1].date, '2020-06-05');
    assert.equal(mdma.status.updates[0].type, 'retraction');
    assert.equal(psilocybin.status.updates[0].type, 'correction');
    assert.match(psilocybin.openAccessUrl, /^https:\/\//);
  });

  it('answers ids asked twice once, and refuses bodies that are not a list of strings', async () => {
    const twice = await resolve(['pmid:33852780', 'pmid:33852780']);
    assert.equal(twice.body.items.length, 1);
    for (const ids of ['10.1/x', [1, 2], null, Array.from({ length: 101 }, (_, i) => `pmid:${i}`)]) {
      const answer = await resolve(ids);
      assert.equal(answer.status, 422, JSON.stringify(ids).slice(0, 40));
      assert.ok(answer.body.errors.ids);
    }
  });
});

describe('POST /reports', () => {
  const now = new Date('2026-05-05T12:00:00.000Z');
  const server = useTestServer({ now: () => now, rateLimits: { reports: { burst: 4, perMinute: 1 } } });
  const report = (body: unknown) => postJson(`${server.base}/reports`, body);

  it('stores a report and answers 202', async () => {
    const answer = await report({ providerId: 'p000002', reason: 'full', note: '  No openings until spring.  ' });
    assert.equal(answer.status, 202);
    assert.deepEqual(answer.body, { status: 'received' });
    const row = server.db.prepare("SELECT provider_id, reason, note, received_at FROM reports WHERE provider_id = 'p000002'").get();
    assert.deepEqual(row, { provider_id: 'p000002', reason: 'full', note: 'No openings until spring.', received_at: now.toISOString() });
  });

  it('answers 422 for an unknown provider, a bad reason or a long note', async () => {
    const answer = await report({ providerId: 'p999999', reason: 'rude', note: 'x'.repeat(1001) });
    assert.equal(answer.status, 422);
    assert.deepEqual(Object.keys(answer.body.errors).sort(), ['note', 'providerId', 'reason']);
  });

  it('is rate-limited per client', async () => {
    // Two reports were made above; the burst of 4 allows two more.
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await report({ providerId: 'p000003', reason: 'wrong' })).status);
    assert.deepEqual(statuses, [202, 202, 429]);
  });
});
