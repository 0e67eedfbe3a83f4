import { expect } from '@open-wc/testing';
import { clientFor } from '../../../src/directory/client.js';
import type { CslItem } from '../../../src/directory/contract.js';
import { DirectoryError } from '../../../src/directory/errors.js';

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

  it('exports references as the text of a BibTeX, RIS or CSL-JSON file', async () => {
    const { items } = await client.resolveReferences(['10.1007/s44192-022-00012-3', 'isbn:9781594204227']);
    const bibtex = await client.exportReferences(items, 'bibtex');
    expect(bibtex).to.match(/^@article\{Yavi2022Ketamine,\n/);
    expect(bibtex).to.contain('@book{Pollan2018');
    const ris = await client.exportReferences(items, 'ris');
    expect(ris.split('\r\nER  - \r\n')).to.have.length(3);
    expect(ris).to.match(/^TY {2}- JOUR\r\n/);
    const json = JSON.parse(await client.exportReferences(items, 'csl-json')) as CslItem[];
    expect(json.map((item) => item.id)).to.deep.equal(items.map((item) => item.id));
  });

  it('answers an export it cannot make with a problem in plain words', async () => {
    try {
      await client.exportReferences('not a list' as unknown as CslItem[], 'ris');
      expect.fail('items that are not a list should be a 422 problem');
    } catch (error) {
      expect(error).to.be.instanceOf(DirectoryError);
      expect((error as DirectoryError).status).to.equal(422);
      expect((error as DirectoryError).fieldErrors).to.have.keys('items');
    }
  });
});
