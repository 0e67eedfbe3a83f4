import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolvePlace } from '../../demo/server/gazetteer.ts';
import { getJson, useTestServer } from './helpers.ts';

/** An independent great-circle distance (spherical law of cosines), to check the server's haversine. */
function referenceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const cos = Math.sin(a.lat * rad) * Math.sin(b.lat * rad) + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.cos((b.lng - a.lng) * rad);
  return 6371.0088 * Math.acos(Math.min(1, Math.max(-1, cos)));
}

describe('GET /providers and /providers/{id}', () => {
  const search = async (query: string) => {
    const answer = await getJson(`${server.base}/providers?${query}`);
    assert.equal(answer.status, 200, `${query}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  /** Every matching provider, by walking the pages. */
  const all = async (query: string) => {
    const items = [];
    for (let page = 1; ; page++) {
      const body = await search(`${query}&pageSize=50&page=${page}`);
      items.push(...body.items);
      if (body.items.length < 50) return { items, total: body.total };
    }
  };
  const rowsWhere = (sql: string, ...params: unknown[]) => server.db.prepare(`SELECT id FROM providers WHERE ${sql} ORDER BY id`).pluck().all(...params) as string[];

  const server = useTestServer();

  it('answers a first page with the right total and no-store caching', async () => {
    const answer = await getJson(`${server.base}/providers`);
    assert.equal(answer.body.total, 400);
    assert.equal(answer.body.page, 1);
    assert.equal(answer.body.pageSize, 20);
    assert.equal(answer.body.items.length, 20);
    assert.equal(answer.body.origin, undefined);
    assert.match(answer.headers.get('cache-control') ?? '', /no-store/);
  });

  it('finds exactly the providers within the radius, with correct great-circle distances', async () => {
    const rows = server.db.prepare('SELECT id, lat, lng FROM providers').all() as Array<{ id: string; lat: number; lng: number }>;
    for (const near of ['97201', 'Denver, CO', '10001']) {
      const origin = resolvePlace(near)!;
      for (const radius of [3, 10, 30, 100, 250]) {
        const { items, total } = await all(`near=${encodeURIComponent(near)}&radius=${radius}&unit=mi`);
        const expected = rows.filter((row) => referenceKm(origin, row) / 1.609344 <= radius).map((row) => row.id).sort();
        assert.equal(total, expected.length, `${near} within ${radius} mi`);
        assert.deepEqual(items.map((item: { id: string }) => item.id).sort(), expected, `${near} within ${radius} mi`);
        for (const item of items) {
          const miles = referenceKm(origin, item.location) / 1.609344;
          assert.ok(Math.abs(item.distance - miles) <= 0.051, `${item.id}: ${item.distance} vs ${miles}`);
        }
      }
    }
    const portland = await all('near=97201&radius=60');
    assert.ok(portland.total > 5, 'the sample has providers around Portland');
  });

  it('reports distances in kilometres when asked, and answers the origin place', async () => {
    const body = await search('near=Portland,%20OR&radius=40&unit=km&sort=distance');
    assert.equal(body.origin.id, 'Portland, OR');
    assert.equal(body.origin.region, 'OR');
    const distances = body.items.map((item: { distance: number }) => item.distance);
    assert.ok(distances.length > 0);
    assert.ok(distances.every((d: number, i: number) => d <= 40 && (i === 0 || d >= distances[i - 1])));
  });

  it('accepts lat and lng as the origin', async () => {
    const body = await search('lat=45.5078&lng=-122.6897&radius=10&sort=distance');
    assert.deepEqual(body.origin, { lat: 45.5078, lng: -122.6897 });
    assert.ok(body.items.length > 0);
  });

  it('answers a 400 problem for an unknown place', async () => {
    for (const near of ['Atlantis, ZZ', '00000', 'Nowhereville, OR']) {
      const answer = await getJson(`${server.base}/providers?near=${encodeURIComponent(near)}`);
      assert.equal(answer.status, 400, near);
      assert.match(answer.headers.get('content-type') ?? '', /^application\/problem\+json/);
      assert.equal(answer.body.title, "We couldn't find that place. Try a ZIP code or a city and state.");
    }
  });

  it('combines filters with OR within a kind and AND across kinds', async () => {
    const either = await all('service=ketamine-iv&service=esketamine');
    const expectedEither = rowsWhere("rowid IN (SELECT provider FROM provider_terms WHERE kind = 'service' AND term IN ('ketamine-iv', 'esketamine'))");
    assert.deepEqual(either.items.map((item: { id: string }) => item.id).sort(), expectedEither);

    const both = await all('service=ketamine-iv,esketamine&insurance=aetna&format=in-person');
    const expectedBoth = rowsWhere(`rowid IN (SELECT provider FROM provider_terms WHERE kind = 'service' AND term IN ('ketamine-iv', 'esketamine'))
      AND rowid IN (SELECT provider FROM provider_terms WHERE kind = 'insurance' AND term = 'aetna')
      AND rowid IN (SELECT provider FROM provider_terms WHERE kind = 'format' AND term = 'in-person')`);
    assert.ok(expectedBoth.length > 0 && expectedBoth.length < expectedEither.length);
    assert.deepEqual(both.items.map((item: { id: string }) => item.id).sort(), expectedBoth);
  });

  it('filters on accepting new clients, a clinic and a list of ids', async () => {
    const accepting = await all('accepting=true');
    assert.equal(accepting.total, rowsWhere('accepting = 1').length);
    assert.ok(accepting.items.every((item: { acceptingNewClients: boolean }) => item.acceptingNewClients));

    const clinic = await all('org=front-range-psychedelic-health');
    assert.equal(clinic.total, 10);
    assert.ok(clinic.items.every((item: { practice: string }) => item.practice === 'Front Range Psychedelic Health'));
    assert.equal((await search('org=no-such-clinic')).total, 0);

    const byComma = await search('ids=p000010,p000003,p000999');
    const byRepeat = await search('ids=p000010&ids=p000003');
    assert.deepEqual(byComma.items.map((item: { id: string }) => item.id).sort(), ['p000003', 'p000010']);
    assert.deepEqual(byRepeat.items.map((item: { id: string }) => item.id).sort(), ['p000003', 'p000010']);
  });

  it('searches name, practice and bio with full-text search', async () => {
    const [{ name }] = server.db.prepare("SELECT name FROM providers WHERE id = 'p000100'").all() as Array<{ name: string }>;
    const byName = await search(`q=${encodeURIComponent(name)}`);
    assert.equal(byName.items[0].name, name);
    const byPractice = await all('q=Cascade%20Ketamine');
    assert.ok(byPractice.items.some((item: { practice?: string }) => item.practice === 'Cascade Ketamine Clinic'));
    const byBio = await all('q=PTSD');
    assert.equal(byBio.total, rowsWhere("bio LIKE '%PTSD%' OR name LIKE '%PTSD%' OR practice LIKE '%PTSD%'").length);
    assert.equal((await search('q=zzzqqqxxx')).total, 0);
    // Words alone and words with a filter take different plans; every provider speaks English.
    const withFilter = await all('q=PTSD&language=en');
    assert.deepEqual(withFilter.items.map((item: { id: string }) => item.id).sort(), byBio.items.map((item: { id: string }) => item.id).sort());
  });

  it('sorts by name, availability, distance and relevance, each with stable ties', async () => {
    const byName = (await all('sort=name')).items.map((item: { name: string; id: string }) => [item.name.toLowerCase(), item.id]);
    const sortedNames = [...byName].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1));
    assert.deepEqual(byName, sortedNames);

    const byAvailability = (await all('sort=availability')).items;
    const firstNotAccepting = byAvailability.findIndex((item: { acceptingNewClients: boolean }) => !item.acceptingNewClients);
    assert.ok(byAvailability.slice(firstNotAccepting).every((item: { acceptingNewClients: boolean }) => !item.acceptingNewClients));
    const acceptingDates = byAvailability.slice(0, firstNotAccepting).map((item: { availabilityConfirmedAt?: string }) => item.availabilityConfirmedAt ?? '');
    const datedPart = acceptingDates.filter(Boolean);
    assert.deepEqual(datedPart, [...datedPart].sort().reverse());
    assert.deepEqual(acceptingDates.slice(datedPart.length), acceptingDates.slice(datedPart.length).map(() => ''));

    const relevance = (await all('')).items;
    const ranks = relevance.map((item: { featured: boolean; verified: boolean }) => Number(item.featured) * 2 + Number(item.verified));
    assert.deepEqual(ranks, [...ranks].sort((a, b) => b - a));
  });

  it('falls back to relevance order when sorting by distance without a place', async () => {
    const byDistance = await search('sort=distance&pageSize=50');
    const byRelevance = await search('sort=relevance&pageSize=50');
    assert.deepEqual(byDistance.items.map((item: { id: string }) => item.id), byRelevance.items.map((item: { id: string }) => item.id));
  });

  it('pages without overlap or gaps, and caps pageSize at 50', async () => {
    const seen = new Set<string>();
    for (let page = 1; page <= 8; page++) {
      const body = await search(`sort=name&pageSize=50&page=${page}`);
      assert.equal(body.total, 400);
      for (const item of body.items) {
        assert.ok(!seen.has(item.id), `${item.id} twice`);
        seen.add(item.id);
      }
    }
    assert.equal(seen.size, 400);
    const capped = await search('pageSize=1000');
    assert.equal(capped.pageSize, 50);
    assert.equal(capped.items.length, 50);
    const beyond = await search('page=9999');
    assert.deepEqual(beyond.items, []);
    assert.equal(beyond.total, 400);
  });

  it('answers one provider in full, and a 404 problem for an unknown id', async () => {
    const answer = await getJson(`${server.base}/providers/p000001`);
    assert.equal(answer.status, 200);
    assert.equal(answer.body.id, 'p000001');
    assert.match(answer.body.bio, /^Sample listing: /);
    assert.ok(Array.isArray(answer.body.licenses) && answer.body.licenses.length > 0);
    assert.equal(typeof answer.body.address.street, 'string');
    const missing = await getJson(`${server.base}/providers/p999999`);
    assert.equal(missing.status, 404);
    assert.equal(missing.body.title, "We couldn't find that provider. The listing may have been removed.");
  });
});
