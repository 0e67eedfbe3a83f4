import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolvePlace } from '../../demo/server/gazetteer.ts';
import { boundingBox, distanceKm } from '../../demo/server/geo.ts';
import { generateSampleProviders, SAMPLE_ORGS } from '../../demo/server/sample-providers.ts';
import { taxonomyIds } from '../../demo/server/taxonomy.ts';

describe('sample providers', () => {
  const providers = generateSampleProviders(11, 1500);

  it('are the same for the same seed and differ for another seed', () => {
    assert.deepEqual(generateSampleProviders(11, 1500), providers);
    assert.notDeepEqual(generateSampleProviders(12, 1500).map((p) => p.name), providers.map((p) => p.name));
  });

  it('say plainly that they are sample data, with fictional contact details', () => {
    for (const provider of providers) {
      assert.match(provider.bio, /^Sample listing: .* is a fictional provider/);
      assert.match(provider.email ?? '', /@example\.org$/);
      assert.match(provider.phone ?? '', /555-01\d\d$/);
    }
  });

  it('sit on real ZIP-code centroids of the gazetteer', () => {
    for (const provider of providers.slice(0, 300)) {
      const place = resolvePlace(provider.address.postalCode);
      assert.ok(place, provider.address.postalCode);
      assert.deepEqual(provider.location, { lat: place.lat, lng: place.lng });
      assert.equal(provider.address.region, place.region);
    }
  });

  it('use only taxonomy ids, and offer psilocybin services only where they are legal', () => {
    const ids = taxonomyIds();
    for (const provider of providers) {
      for (const [kind, list] of [['services', provider.services], ['conditions', provider.conditions], ['formats', provider.formats], ['languages', provider.languages], ['insurances', provider.insurances], ['credentials', provider.credentials]] as const) {
        for (const id of list) assert.ok(ids[kind].has(id), `${provider.id} ${kind} ${id}`);
      }
      if (provider.services.includes('psilocybin-services')) assert.ok(['OR', 'CO'].includes(provider.address.region), provider.id);
    }
    const credentials = new Set(providers.flatMap((provider) => provider.credentials));
    for (const credential of ['MD', 'DO', 'NP', 'PA', 'PhD', 'PsyD', 'LCSW', 'LMFT', 'LPC']) assert.ok(credentials.has(credential), credential);
    const services = new Set(providers.flatMap((provider) => provider.services));
    assert.equal(services.size, ids.services.size);
  });

  it('give each partner clinic its own providers in its city', () => {
    for (const org of SAMPLE_ORGS) {
      const staff = providers.filter((provider) => provider.orgId === org.id);
      assert.equal(staff.length, org.size);
      assert.ok(staff.every((provider) => provider.address.city === org.city && provider.practice === org.name));
    }
  });
});

describe('great-circle geometry', () => {
  it('measures known distances', () => {
    // One degree of longitude on the equator, on a sphere of the mean Earth radius.
    assert.ok(Math.abs(distanceKm(0, 0, 0, 1) - 111.195) < 0.001);
    // JFK to LAX: about 3,983 km by great circle.
    assert.ok(Math.abs(distanceKm(40.6413, -73.7781, 33.9416, -118.4085) - 3983) < 10);
    assert.equal(distanceKm(45.5, -122.6, 45.5, -122.6), 0);
  });

  it('draws boxes that hold every point of the radius, and open across the 180th meridian', () => {
    const centre = { lat: 61.2, lng: -149.9 };
    const box = boundingBox(centre, 100);
    for (let bearing = 0; bearing < 360; bearing += 15) {
      const rad = (bearing * Math.PI) / 180;
      const lat = centre.lat + (99.9 / 111.195) * Math.cos(rad);
      const lng = centre.lng + ((99.9 / 111.195) * Math.sin(rad)) / Math.cos((centre.lat * Math.PI) / 180);
      if (distanceKm(centre.lat, centre.lng, lat, lng) <= 100) {
        assert.ok(lat >= box.minLat && lat <= box.maxLat && lng >= box.minLng && lng <= box.maxLng, `bearing ${bearing}`);
      }
    }
    assert.deepEqual([boundingBox({ lat: 52, lng: 179.9 }, 50).minLng, boundingBox({ lat: 52, lng: 179.9 }, 50).maxLng], [-180, 180]);
  });
});
