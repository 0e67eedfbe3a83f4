import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getJson, postJson, useTestServer, validListing } from './helpers.ts';

/** Strings that have broken SQL, FTS5 queries, JSON or text handling somewhere. */
const NASTY = [
  "'; DROP TABLE providers; --",
  '" OR 1=1 --',
  'name:* OR bio:*',
  'NEAR(a b) AND NOT "',
  '%_\\',
  '*',
  '😀 ĉĥ 中文 עברית',
  'Zoë Muñoz',
  'a\u0000b',
  '\u202eevil',
  'x'.repeat(300),
];

describe('bad input', () => {
  const providerCount = () => server.db.prepare('SELECT count(*) FROM providers').pluck().get();
  const server = useTestServer();

  it('answers every query parameter with SQL or FTS metacharacters and unicode as data, never as code', async () => {
    for (const text of NASTY) {
      const value = encodeURIComponent(text);
      for (const query of [`q=${value}`, `org=${value}`, `ids=${value}`, `condition=${value}`, `service=${value}&language=${value}`]) {
        const answer = await getJson(`${server.base}/providers?${query}`);
        assert.ok(answer.status === 200 || answer.status === 400, `${query} answered ${answer.status}`);
        if (answer.status === 400) assert.equal(answer.body.status, 400);
      }
      const near = await getJson(`${server.base}/providers?near=${value}`);
      assert.equal(near.status, 400, text);
      assert.equal((await getJson(`${server.base}/providers/${value}`)).status, 404);
      assert.ok([200, 400].includes((await getJson(`${server.base}/places?q=${value}`)).status));
    }
    assert.equal(providerCount(), 400);
  });

  it('finds accented names with and without their accents', async () => {
    server.db.prepare("UPDATE providers SET name = 'Zoë Muñoz-Peña' WHERE id = 'p000050'").run();
    server.db.exec("INSERT INTO providers_fts (providers_fts) VALUES ('rebuild')");
    for (const q of ['Zoë Muñoz', 'zoe munoz', 'ZOË']) {
      const answer = await getJson(`${server.base}/providers?q=${encodeURIComponent(q)}`);
      assert.ok(answer.body.items.some((item: { id: string }) => item.id === 'p000050'), q);
    }
  });

  it('refuses negative, fractional, huge or non-numeric pagination and radius with 400', async () => {
    const bad = ['page=0', 'page=-1', 'page=1.5', 'page=abc', 'page=1e9', 'pageSize=0', 'pageSize=-5', 'pageSize=ten',
      'near=97201&radius=-1', 'near=97201&radius=0', 'near=97201&radius=100000', 'near=97201&radius=NaN', 'near=97201&radius=Infinity',
      'lat=91&lng=0', 'lat=45', 'lat=abc&lng=1', 'unit=furlongs', 'sort=random', 'accepting=maybe'];
    for (const query of bad) {
      const answer = await getJson(`${server.base}/providers?${query}`);
      assert.equal(answer.status, 400, query);
      assert.ok(answer.body.errors && Object.keys(answer.body.errors).length > 0, query);
    }
  });

  it('stores SQL metacharacters and unicode in every listing text field as they were sent', async () => {
    for (const [index, text] of NASTY.entries()) {
      const short = text.slice(0, 100);
      const listing = validListing({
        name: short,
        practice: short,
        message: text,
        email: `person${index}@example.org`,
        address: { street: short, city: short, region: 'OR', postalCode: '97201' },
        license: { region: 'OR', type: short.slice(0, 60), number: short.slice(0, 60) },
        consentText: text,
      });
      const answer = await postJson(`${server.base}/listings`, listing, { 'Idempotency-Key': `nasty-${index}` });
      assert.equal(answer.status, 201, `${JSON.stringify(short)}: ${JSON.stringify(answer.body)}`);
      const row = server.db.prepare('SELECT body, consent_text FROM listings WHERE id = ?').get(answer.body.id) as { body: string; consent_text: string };
      const stored = JSON.parse(row.body);
      assert.equal(stored.name, short);
      assert.equal(stored.message, text);
      assert.equal(stored.address.city, short);
      assert.equal(row.consent_text, text.trim());
    }
    const report = await postJson(`${server.base}/reports`, { providerId: 'p000001', reason: 'other', note: NASTY.join(' ') });
    assert.equal(report.status, 202);
    const resolve = await postJson(`${server.base}/references/resolve`, { ids: NASTY });
    assert.equal(resolve.status, 200);
    assert.deepEqual(resolve.body.missing, NASTY);
    assert.equal(providerCount(), 400);
  });

  it('refuses listings whose fields have the wrong types, field by field', async () => {
    const answer = await postJson(`${server.base}/listings`, {
      name: ['a'],
      credentials: 'MD',
      email: 42,
      address: 'somewhere',
      services: [null],
      license: [],
      consent: 'true',
      consentText: {},
    });
    assert.equal(answer.status, 422);
    assert.deepEqual(Object.keys(answer.body.errors).sort(), ['address.city', 'consent', 'consentText', 'credentials', 'email', 'license.type', 'name', 'services']);
  });

  it('refuses report and resolve bodies that are not JSON objects', async () => {
    for (const path of ['/reports', '/references/resolve', '/listings']) {
      const malformed = await fetch(`${server.base}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{oops' });
      assert.equal(malformed.status, 400, path);
      assert.equal((await malformed.json()).title, "We couldn't read what was sent. Please try again.");
      const huge = await postJson(`${server.base}${path}`, { ids: ['x'.repeat(40_000)], note: 'x'.repeat(40_000) });
      assert.equal(huge.status, 413, path);
    }
  });
});
