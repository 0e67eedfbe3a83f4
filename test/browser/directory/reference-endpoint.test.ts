import { expect } from '@open-wc/testing';
import { clientFor } from '../../../src/directory/client.js';

// The client against the real reference endpoint that the test runner serves over HTTP.
describe('DirectoryClient against the reference endpoint', () => {
  const client = clientFor(`${location.origin}/api/v1`);

  it('reads the taxonomy, with the legal regions of psilocybin services', async () => {
    const taxonomy = await client.getTaxonomy({ lang: 'en' });
    const psilocybin = taxonomy.services.find((service) => service.id === 'psilocybin-services');
    expect(psilocybin?.legalIn).to.have.members(['US-OR', 'US-CO']);
  });

  it('finds providers near a ZIP code, nearest first', async () => {
    const page = await client.searchProviders({ near: '10001', radius: 100, unit: 'mi', sort: 'distance', pageSize: 5 });
    const distances = page.items.map((provider) => provider.distance!);
    expect(distances).to.deep.equal([...distances].sort((a, b) => a - b));
    expect(page.pageSize).to.equal(5);
  });

  it('answers an unknown place with a problem in plain words', async () => {
    try {
      await client.searchProviders({ near: 'Nowhere, ZZ' });
      expect.fail('an unknown place should be a 400 problem');
    } catch (error) {
      expect((error as { status: number }).status).to.equal(400);
      expect((error as { title: string }).title).to.match(/place/i);
    }
  });
});
