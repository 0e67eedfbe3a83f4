import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { postJson, useTestServer, validListing } from './helpers.ts';

describe('POST /listings', () => {
  let clock = Date.parse('2026-03-01T10:00:00.000Z');
  const url = () => `${server.base}/listings`;
  const rows = () => server.db.prepare('SELECT * FROM listings ORDER BY received_at').all() as Array<Record<string, any>>;
  const countByKey = (key: string) => server.db.prepare('SELECT count(*) FROM listings WHERE idempotency_key = ?').pluck().get(key);

  const server = useTestServer({ now: () => new Date(clock) });

  it('stores a valid listing with its consent text and time, and answers 201 with a receipt', async () => {
    const answer = await postJson(url(), validListing(), { 'Idempotency-Key': 'first-listing' });
    assert.equal(answer.status, 201);
    assert.match(answer.body.id, /^lst_/);
    assert.deepEqual(answer.body, { id: answer.body.id, status: 'received', receivedAt: '2026-03-01T10:00:00.000Z' });
    const row = server.db.prepare('SELECT * FROM listings WHERE id = ?').get(answer.body.id) as Record<string, any>;
    assert.equal(row.consent_text, validListing().consentText);
    assert.equal(row.consented_at, '2026-03-01T10:00:00.000Z');
    assert.equal(row.spam, 0);
    assert.equal(JSON.parse(row.body).email, 'avery.quinn@example.org');
    assert.equal(server.db.prepare('SELECT count(*) FROM leads WHERE id = ?').pluck().get(answer.body.id), 1);
  });

  it('answers 422 with a plain sentence per field for every rule', async () => {
    const answer = await postJson(url(), validListing({ email: 'nope', phone: '12', website: 'ftp://x.org', consent: false, services: ['made-up'] }));
    assert.equal(answer.status, 422);
    assert.match(answer.headers.get('content-type') ?? '', /^application\/problem\+json/);
    assert.equal(answer.body.title, 'Some details need your attention.');
    assert.deepEqual(answer.body.errors, {
      email: ['Please enter an email address such as name@example.com.'],
      phone: ['Please enter a US phone number with its area code.'],
      website: ['Please enter a web address starting with https://.'],
      services: ["One of these choices isn't one we offer."],
      consent: ['Please agree to be listed.'],
    });
    const compact = await postJson(url(), { ...validListing({ variant: 'compact' }), address: undefined });
    assert.deepEqual(compact.body.errors, { region: ['Please fill this in.'] });
  });

  it('refuses a region that is not one of /taxonomy regions with a 422 field error', async () => {
    const address = { street: '1 Main St', city: 'Montreal', region: 'QC', postalCode: '97201' };
    const answer = await postJson(url(), validListing({ address, license: { region: 'XX', type: 'Psychologist' } }));
    assert.equal(answer.status, 422);
    assert.deepEqual(answer.body.errors, { 'address.region': ['Please choose a US state.'], 'license.region': ['Please choose a US state.'] });
    const compact = await postJson(url(), { ...validListing({ variant: 'compact', region: 'ZZ' }), address: undefined });
    assert.equal(compact.status, 422);
    assert.deepEqual(compact.body.errors, { region: ['Please choose a US state.'] });
    const lowerCase = await postJson(url(), { ...validListing({ variant: 'compact', region: 'or' }), address: undefined });
    assert.equal(lowerCase.status, 201);
  });

  it('answers the same 201 body for the same key and stores nothing new', async () => {
    const first = await postJson(url(), validListing({ name: 'Repeat Person' }), { 'Idempotency-Key': 'repeat-key' });
    clock += 60_000;
    const second = await postJson(url(), validListing({ name: 'Repeat Person' }), { 'Idempotency-Key': 'repeat-key' });
    assert.equal(second.status, 201);
    assert.deepEqual(second.body, first.body);
    assert.equal(countByKey('repeat-key'), 1);
  });

  it('writes exactly one row when 20 requests with one key race', async () => {
    const body = validListing({ name: 'Racing Person' });
    const answers = await Promise.all(Array.from({ length: 20 }, () => postJson(url(), body, { 'Idempotency-Key': 'race-key' })));
    assert.deepEqual(new Set(answers.map((answer) => answer.status)), new Set([201]));
    assert.equal(new Set(answers.map((answer) => JSON.stringify(answer.body))).size, 1);
    assert.equal(countByKey('race-key'), 1);
  });

  it('refuses the same key with a different body', async () => {
    await postJson(url(), validListing({ name: 'Original Name' }), { 'Idempotency-Key': 'changed-key' });
    const answer = await postJson(url(), validListing({ name: 'Changed Name' }), { 'Idempotency-Key': 'changed-key' });
    assert.equal(answer.status, 422);
    assert.equal(answer.body.type, 'urn:directory-widgets:problem:idempotency-key-reused');
    assert.equal(countByKey('changed-key'), 1);
  });

  it('treats the same body with its keys in another order as the same request', async () => {
    const body = validListing({ name: 'Ordered Person' });
    const reversed = Object.fromEntries(Object.entries(body).reverse());
    const first = await postJson(url(), body, { 'Idempotency-Key': 'order-key' });
    const second = await postJson(url(), reversed, { 'Idempotency-Key': 'order-key' });
    assert.deepEqual(second.body, first.body);
  });

  it('accepts a filled honeypot or a too-fast fill with 201 but flags it as spam, not a lead', async () => {
    const honeypot = await postJson(url(), validListing({ name: 'Bot One', honeypot: 'http://spam.example' }));
    const fast = await postJson(url(), validListing({ name: 'Bot Two', fillTime: 800 }));
    for (const [answer, reason] of [[honeypot, 'honeypot'], [fast, 'fill-time']] as const) {
      assert.equal(answer.status, 201);
      assert.deepEqual(Object.keys(answer.body).sort(), ['id', 'receivedAt', 'status']);
      const row = server.db.prepare('SELECT spam, spam_reason FROM listings WHERE id = ?').get(answer.body.id);
      assert.deepEqual(row, { spam: 1, spam_reason: reason });
      assert.equal(server.db.prepare('SELECT count(*) FROM leads WHERE id = ?').pluck().get(answer.body.id), 0);
    }
  });

  it('answers 413 for a body over 32 KB, with or without a Content-Length', async () => {
    const huge = validListing({ message: 'x'.repeat(40_000) });
    const answer = await postJson(url(), huge);
    assert.equal(answer.status, 413);
    assert.equal(answer.body.status, 413);
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(JSON.stringify(huge)));
        controller.close();
      },
    });
    const chunked = await fetch(url(), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    assert.equal(chunked.status, 413);
  });

  it('answers 400 for malformed JSON, a non-object body or a bad key, and 415 for other media types', async () => {
    const malformed = await fetch(url(), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"name": "x",' });
    assert.equal(malformed.status, 400);
    assert.equal((await postJson(url(), ['not', 'an', 'object'])).status, 400);
    assert.equal((await postJson(url(), validListing(), { 'Idempotency-Key': 'has spaces in it' })).status, 400);
    const text = await fetch(url(), { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hello' });
    assert.equal(text.status, 415);
  });

  it('accepts a plain form post and redirects back to the page', async () => {
    const before = rows().length;
    const form = new URLSearchParams({
      name: 'Form Person',
      email: 'form.person@example.org',
      'address.city': 'Denver',
      'address.region': 'CO',
      'address.postalCode': '80202',
      consent: 'on',
      consentText: 'I agree to be contacted about a listing.',
      redirect: `${server.origin}/demo/listing-form.html?listing=old#form`,
    });
    form.append('credentials', 'LPC');
    form.append('credentials', 'LMFT');
    const answer = await fetch(url(), { method: 'POST', body: form, redirect: 'manual' });
    assert.equal(answer.status, 303);
    assert.equal(answer.headers.get('location'), `${server.origin}/demo/listing-form.html?listing=received#form`);
    assert.equal(rows().length, before + 1);
    const stored = JSON.parse(rows().at(-1)!.body);
    assert.deepEqual(stored.credentials, ['LPC', 'LMFT']);
    assert.equal(stored.consent, true);

    const invalid = new URLSearchParams({ name: 'Form Person', redirect: `${server.origin}/demo/listing-form.html` });
    const refused = await fetch(url(), { method: 'POST', body: invalid, redirect: 'manual' });
    assert.equal(refused.status, 303);
    const location = new URL(refused.headers.get('location')!);
    assert.equal(location.searchParams.get('listing'), 'invalid');
    assert.ok(location.searchParams.get('fields')!.split(',').includes('email'));
  });

  it('uses the Referer when the form names no page, and never redirects to another origin', async () => {
    const form = new URLSearchParams({ name: 'Referer Person', email: 'r@example.org', credentials: 'PhD', 'address.city': 'Austin', 'address.region': 'TX', 'address.postalCode': '78701', consent: 'on', consentText: 'OK' });
    const viaReferer = await fetch(url(), { method: 'POST', body: form, redirect: 'manual', headers: { Referer: 'http://localhost:5173/demo/listing-form.html' } });
    assert.equal(viaReferer.status, 303);
    assert.equal(viaReferer.headers.get('location'), 'http://localhost:5173/demo/listing-form.html?listing=received');

    form.set('redirect', 'https://evil.example/phish');
    form.set('email', 'r2@example.org');
    const elsewhere = await fetch(url(), { method: 'POST', body: form, redirect: 'manual' });
    assert.equal(elsewhere.status, 201);
    assert.equal(elsewhere.headers.get('location'), null);
  });
});

describe('POST /listings rate limit', () => {
  // A clock that stands still, so no token comes back while the test runs.
  const now = new Date('2026-03-01T10:00:00.000Z');
  const server = useTestServer({ now: () => now, rateLimits: { listings: { burst: 2, perMinute: 1 } } });

  it('answers 429 with Retry-After once a client has used its requests', async () => {
    const statuses = [];
    let last;
    for (let i = 0; i < 3; i++) {
      last = await postJson(`${server.base}/listings`, validListing({ email: `limit${i}@example.org` }));
      statuses.push(last.status);
    }
    assert.deepEqual(statuses, [201, 201, 429]);
    assert.equal(last!.headers.get('retry-after'), '60');
    assert.equal(last!.body.title, 'Too many requests. Please wait a moment and try again.');
  });
});
