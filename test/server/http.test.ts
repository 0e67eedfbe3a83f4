import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { US_REGION_CODES } from '../../demo/server/regions.ts';
import { getJson, useTestServer } from './helpers.ts';

describe('HTTP behaviour: routes, methods, CORS, headers', () => {
  const server = useTestServer({ corsOrigins: ['https://clinic.example', 'http://localhost:*'] });

  it('answers unknown routes with a 404 problem', async () => {
    for (const path of ['/nope', '/providers/p000001/extra', '/']) {
      const answer = await getJson(`${server.base}${path}`);
      assert.equal(answer.status, 404, path);
      assert.match(answer.headers.get('content-type') ?? '', /^application\/problem\+json/);
      assert.deepEqual(Object.keys(answer.body).sort(), ['status', 'title', 'type']);
    }
  });

  it('answers wrong methods with a 405 problem and an Allow header', async () => {
    const cases: Array<[string, string, string]> = [
      ['DELETE', '/taxonomy', 'GET, HEAD'],
      ['POST', '/providers', 'GET, HEAD'],
      ['PUT', '/providers/p000001', 'GET, HEAD'],
      ['GET', '/listings', 'POST'],
      ['GET', '/references/resolve', 'POST'],
      ['PATCH', '/reports', 'POST'],
    ];
    for (const [method, path, allow] of cases) {
      const answer = await getJson(`${server.base}${path}`, { method });
      assert.equal(answer.status, 405, `${method} ${path}`);
      assert.equal(answer.headers.get('allow'), allow);
      assert.equal(answer.body.title, 'This address does not accept that kind of request.');
    }
  });

  it('answers HEAD like GET without a body', async () => {
    const answer = await fetch(`${server.base}/taxonomy`, { method: 'HEAD' });
    assert.equal(answer.status, 200);
    assert.equal(await answer.text(), '');
  });

  it('allows listed origins and localhost, and no others', async () => {
    const from = async (origin: string) => (await fetch(`${server.base}/taxonomy`, { headers: { Origin: origin } })).headers.get('access-control-allow-origin');
    assert.equal(await from('https://clinic.example'), 'https://clinic.example');
    assert.equal(await from('http://localhost:8000'), 'http://localhost:8000');
    assert.equal(await from(server.origin), server.origin);
    assert.equal(await from('https://evil.example'), null);
    assert.equal(await from('https://clinic.example.evil.example'), null);
    assert.equal(await from('http://localhost:8000.evil.example'), null);
  });

  it('answers preflights for the listing POST with its headers', async () => {
    const answer = await fetch(`${server.base}/listings`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://clinic.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, idempotency-key' },
    });
    assert.equal(answer.status, 204);
    assert.equal(answer.headers.get('access-control-allow-origin'), 'https://clinic.example');
    assert.match(answer.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/);
    assert.match(answer.headers.get('access-control-allow-methods') ?? '', /POST/);
    assert.equal(answer.headers.get('access-control-allow-credentials'), null);
  });

  it('sends security headers, and caches only the taxonomy', async () => {
    for (const path of ['/taxonomy', '/providers', '/places?q=port', '/nope']) {
      const { headers } = await fetch(`${server.base}${path}`);
      assert.equal(headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(headers.get('referrer-policy'), 'strict-origin-when-cross-origin', path);
      assert.equal(headers.get('content-security-policy'), "default-src 'none'; frame-ancestors 'none'", path);
      assert.equal(headers.get('cache-control'), path === '/taxonomy' ? 'public, max-age=300' : 'no-store', path);
    }
  });

  it('answers taxonomy labels in English or Spanish, by lang or Accept-Language', async () => {
    const label = async (query: string, headers: Record<string, string> = {}) => {
      const answer = await getJson(`${server.base}/taxonomy${query}`, { headers });
      return [answer.headers.get('content-language'), answer.body.formats[0].label];
    };
    assert.deepEqual(await label(''), ['en', 'In person']);
    assert.deepEqual(await label('?lang=es'), ['es', 'En persona']);
    assert.deepEqual(await label('?lang=es-MX'), ['es', 'En persona']);
    assert.deepEqual(await label('?lang=fr'), ['en', 'In person']);
    assert.deepEqual(await label('', { 'Accept-Language': 'fr-CA, es;q=0.8' }), ['es', 'En persona']);
    const { body } = await getJson(`${server.base}/taxonomy`);
    assert.deepEqual(body.services.find((term: { id: string }) => term.id === 'psilocybin-services').legalIn, ['US-OR', 'US-CO']);
    for (const id of ['MD', 'DO', 'NP', 'PA', 'PhD', 'PsyD', 'LCSW', 'LMFT', 'LPC']) assert.ok(body.credentials.some((term: { id: string }) => term.id === id), id);
  });

  it('answers the regions: the states and DC by name, then the territories, in the language asked for', async () => {
    const regions = async (query: string) => (await getJson(`${server.base}/taxonomy${query}`)).body.regions as Array<{ id: string; label: string }>;
    const english = await regions('');
    assert.equal(english.length, 56);
    assert.deepEqual(new Set(english.map((term) => term.id)), US_REGION_CODES);
    assert.deepEqual(english.slice(0, 3), [
      { id: 'AL', label: 'Alabama' },
      { id: 'AK', label: 'Alaska' },
      { id: 'AZ', label: 'Arizona' },
    ]);
    assert.deepEqual(english.find((term) => term.id === 'OR'), { id: 'OR', label: 'Oregon' });
    assert.deepEqual(english.slice(-5).map((term) => term.id), ['AS', 'GU', 'MP', 'PR', 'VI']);
    const spanish = await regions('?lang=es');
    assert.deepEqual(new Set(spanish.map((term) => term.id)), US_REGION_CODES);
    assert.deepEqual(spanish.find((term) => term.id === 'NY'), { id: 'NY', label: 'Nueva York' });
    const states = spanish.slice(0, -5).map((term) => term.label);
    assert.deepEqual(states, [...states].sort((a, b) => a.localeCompare(b, 'es')));
    assert.ok(states.indexOf('Carolina del Norte') < states.indexOf('Colorado'));
  });

  it('suggests the exact ZIP first, then its city, and ranks cities by size', async () => {
    const zip = await getJson(`${server.base}/places?q=97201`);
    assert.deepEqual(zip.body.items.map((place: { id: string }) => place.id), ['97201', 'Portland, OR']);
    const prefix = await getJson(`${server.base}/places?q=972&limit=3`);
    assert.deepEqual(prefix.body.items.map((place: { id: string }) => place.id), ['97201', '97202', '97203']);
    const port = await getJson(`${server.base}/places?q=Port`);
    assert.equal(port.body.items.length, 8);
    assert.deepEqual(port.body.items.slice(0, 2).map((place: { id: string }) => place.id), ['Portland, OR', 'Portland, ME']);
    const exactFirst = await getJson(`${server.base}/places?q=salem`);
    assert.ok(exactFirst.body.items.every((place: { label: string }) => place.label.startsWith('Salem, ')));
    const withState = await getJson(`${server.base}/places?q=${encodeURIComponent('st. louis, m')}`);
    assert.equal(withState.body.items[0].id, 'Saint Louis, MO');
    assert.deepEqual((await getJson(`${server.base}/places?q=`)).body, { items: [] });
    assert.equal((await getJson(`${server.base}/places?q=port&limit=0`)).status, 400);
    assert.equal((await getJson(`${server.base}/places?q=port&limit=500`)).body.items.length, 20);
  });
});
