import { expect } from '@open-wc/testing';
import { DirectoryClient, type DirectoryClientOptions } from '../../../src/directory/client.js';
import { DirectoryError } from '../../../src/directory/errors.js';
import type { ListingRequest } from '../../../src/directory/contract.js';

/** A client of one scripted scenario, under a token of its own (browsers share the server). */
function scripted(scenario: string, options: DirectoryClientOptions = {}) {
  const token = Math.random().toString(36).slice(2);
  const client = new DirectoryClient(`${location.origin}/scripted/${token}/${scenario}/`, options);
  const attempts = async () => (await (await fetch(`/scripted/${token}/attempts`)).json()).attempts as number;
  return { client, attempts };
}

async function failure(call: Promise<unknown>): Promise<DirectoryError> {
  try {
    await call;
  } catch (error) {
    expect(error).to.be.instanceOf(DirectoryError);
    return error as DirectoryError;
  }
  throw new Error('the call should have failed');
}

const listing: ListingRequest = { name: 'Ada', credentials: ['MD'], email: 'ada@example.org', consent: true, consentText: 'I agree.' };

describe('DirectoryClient', () => {
  describe('answers', () => {
    it('returns a valid answer', async () => {
      const { client } = scripted('ok');
      const taxonomy = await client.getTaxonomy();
      expect(taxonomy.services[0]).to.deep.equal({ id: 'psilocybin-services', label: 'Psilocybin services', legalIn: ['US-OR', 'US-CO'] });
    });

    it('waits for a slow answer that comes within the timeout', async () => {
      const { client } = scripted('slow', { timeout: 5000 });
      expect((await client.getTaxonomy()).version).to.equal('scripted');
    });

    it('treats an empty 202 as success', async () => {
      const { client } = scripted('accepted');
      expect(await client.reportProvider({ providerId: 'p1', reason: 'full' })).to.equal(undefined);
    });

    it('sends lists as repeated parameters and leaves out empty ones', async () => {
      const { client } = scripted('echo');
      const page = await client.searchProviders({ condition: ['ptsd', 'ocd'], accepting: false, q: '', near: '97201', page: 2 });
      const url = new URL(page.items[0].name, location.origin);
      expect(url.pathname).to.match(/\/providers$/);
      expect(url.searchParams.getAll('condition')).to.deep.equal(['ptsd', 'ocd']);
      expect(url.searchParams.get('near')).to.equal('97201');
      expect(url.searchParams.get('page')).to.equal('2');
      expect(url.searchParams.has('accepting')).to.equal(false);
      expect(url.searchParams.has('q')).to.equal(false);
    });
  });

  describe('faults', () => {
    it('gives up on a hung connection with a timeout error', async () => {
      const { client } = scripted('hang', { timeout: 500 });
      expect((await failure(client.getTaxonomy())).kind).to.equal('timeout');
    });

    it('times out an answer slower than the timeout', async () => {
      const { client } = scripted('sluggish', { timeout: 150, retries: 0 });
      expect((await failure(client.getTaxonomy())).kind).to.equal('timeout');
    });

    it('reports a 500 with the problem title and does not retry it', async () => {
      const { client, attempts } = scripted('status-500');
      const error = await failure(client.getTaxonomy());
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(500);
      expect(error.title).to.equal('The directory is having trouble right now.');
      expect(await attempts()).to.equal(1);
    });

    it('retries a 503 and then succeeds', async () => {
      const { client, attempts } = scripted('flaky-503');
      expect((await client.getTaxonomy()).version).to.equal('scripted');
      expect(await attempts()).to.equal(2);
    });

    it('retries a 502 without a problem document, then reports it with a plain title', async () => {
      const { client, attempts } = scripted('html-502', { retries: 2 });
      const error = await failure(client.getTaxonomy());
      expect(error.status).to.equal(502);
      expect(error.problem).to.equal(undefined);
      expect(error.title).to.equal('The directory could not answer just now. Please try again.');
      expect(await attempts()).to.equal(3);
    });

    it('retries after the connection drops', async () => {
      const { client, attempts } = scripted('drop-then-ok');
      expect((await client.getTaxonomy()).version).to.equal('scripted');
      expect(await attempts()).to.equal(2);
    });

    it('reports an unreachable endpoint as a network error', async () => {
      const client = new DirectoryClient('http://127.0.0.1:9/api/', { retries: 0 });
      expect((await failure(client.getTaxonomy())).kind).to.equal('network');
    });

    it('waits as long as Retry-After says before retrying a 429', async () => {
      // The scripted endpoint keeps answering 429 to a retry that comes too early.
      const { client, attempts } = scripted('rate-limited', { timeout: 8000 });
      expect((await client.getTaxonomy()).version).to.equal('scripted');
      expect(await attempts()).to.equal(2);
    });

    it('does not wait for a Retry-After beyond its timeout, and says how long to wait', async () => {
      const { client, attempts } = scripted('retry-after-long');
      const error = await failure(client.getTaxonomy());
      expect(error.status).to.equal(429);
      expect(error.retryAfter).to.equal(120);
      expect(await attempts()).to.equal(1);
    });

    it('reports malformed JSON as an invalid response', async () => {
      const { client } = scripted('malformed');
      expect((await failure(client.searchPlaces('port'))).kind).to.equal('invalid-response');
    });

    it('reports an answer of the wrong shape as an invalid response', async () => {
      const { client } = scripted('wrong-shape');
      expect((await failure(client.searchProviders({ near: '97201' }))).kind).to.equal('invalid-response');
    });

    it('turns optional fields of the wrong type into safe empty values', async () => {
      const { client } = scripted('provider-wrong-types');
      const [provider] = (await client.searchProviders({})).items;
      expect(provider.credentials).to.deep.equal([]);
      expect(provider.services).to.deep.equal(['ketamine-iv']);
      expect(provider.address).to.deep.include({ city: '', region: '' });
    });

    it('parses a problem document with field errors', async () => {
      const { client } = scripted('problem-422');
      const error = await failure(client.submitListing(listing, 'key-1'));
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(422);
      expect(error.title).to.equal('Some fields need attention.');
      expect(error.problem?.detail).to.equal('Check the highlighted fields.');
      expect(error.fieldErrors).to.deep.equal({
        email: ['Enter an email address like name@example.com.'],
        'address.city': ['Enter a city.'],
      });
    });

    it('does not retry a POST without an Idempotency-Key', async () => {
      const { client, attempts } = scripted('post-503');
      expect((await failure(client.resolveReferences(['10.1000/x']))).status).to.equal(503);
      expect(await attempts()).to.equal(1);
    });

    it('retries an export, a POST without side effects, and hands over its text as it is', async () => {
      const { client, attempts } = scripted('post-503');
      const text = await client.exportReferences([{ id: 'x', type: 'book' }], 'ris');
      expect(text).to.equal('{"id":"lst_1","status":"received","receivedAt":"2026-01-01T00:00:00Z"}');
      expect(await attempts()).to.equal(2);
    });

    it('retries a POST that carries an Idempotency-Key', async () => {
      const { client, attempts } = scripted('post-503');
      expect((await client.submitListing(listing, 'key-2')).id).to.equal('lst_1');
      expect(await attempts()).to.equal(2);
    });
  });

  describe('cancelling', () => {
    it('rejects with an aborted error when the caller aborts in flight', async () => {
      const { client } = scripted('hang', { timeout: 5000 });
      const controller = new AbortController();
      const call = client.getTaxonomy({ signal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      expect((await failure(call)).kind).to.equal('aborted');
    });

    it('rejects at once when the signal is already aborted', async () => {
      const { client, attempts } = scripted('ok');
      expect((await failure(client.getTaxonomy({ signal: AbortSignal.abort() }))).kind).to.equal('aborted');
      expect(await attempts()).to.equal(0);
    });

    it('keeps a shared request going for the callers that did not abort', async () => {
      const { client, attempts } = scripted('slow');
      const controller = new AbortController();
      const staying = client.getTaxonomy();
      const leaving = client.getTaxonomy({ signal: controller.signal });
      controller.abort();
      expect((await failure(leaving)).kind).to.equal('aborted');
      expect((await staying).version).to.equal('scripted');
      expect(await attempts()).to.equal(1);
    });

    it('cancels a shared request when its last caller aborts', async () => {
      const { client } = scripted('hang', { timeout: 5000 });
      const controller = new AbortController();
      const first = client.getTaxonomy({ signal: controller.signal });
      const second = client.getTaxonomy({ signal: controller.signal });
      controller.abort();
      expect((await failure(first)).kind).to.equal('aborted');
      expect((await failure(second)).kind).to.equal('aborted');
      // A new call starts afresh instead of joining the cancelled one.
      const { client: fresh } = scripted('ok');
      expect((await fresh.getTaxonomy()).version).to.equal('scripted');
    });
  });

  describe('sharing and caching', () => {
    it('shares one request between concurrent identical GETs', async () => {
      const { client, attempts } = scripted('slow');
      const [a, b] = await Promise.all([client.getTaxonomy(), client.getTaxonomy()]);
      expect(a).to.equal(b);
      expect(await attempts()).to.equal(1);
    });

    it('caches the taxonomy for its time to live', async () => {
      const { client, attempts } = scripted('ok');
      await client.getTaxonomy();
      await client.getTaxonomy();
      expect(await attempts()).to.equal(1);
      const { client: uncached, attempts: uncachedAttempts } = scripted('ok', { cacheTtl: 0 });
      await uncached.getTaxonomy();
      await uncached.getTaxonomy();
      expect(await uncachedAttempts()).to.equal(2);
    });

    it('does not cache provider searches', async () => {
      const { client, attempts } = scripted('provider-wrong-types');
      await client.searchProviders({ near: '97201' });
      await client.searchProviders({ near: '97201' });
      expect(await attempts()).to.equal(2);
    });
  });

  describe('headers', () => {
    const header = (taxonomy: { conditions: { id: string; label: string }[] }, name: string) =>
      taxonomy.conditions.find((term) => term.id === name)?.label;

    before(() => {
      document.cookie = 'visitor=secret; path=/';
    });
    after(() => {
      document.cookie = 'visitor=; path=/; max-age=0';
    });

    it('sends no cookies and the widget language by default', async () => {
      const { client } = scripted('echo');
      const answer = await client.getTaxonomy({ lang: 'es' });
      expect(header(answer, 'cookie')).to.equal('');
      expect(header(answer, 'accept-language')).to.equal('es');
    });

    it('sends cookies only when the host opts in', async () => {
      const { client } = scripted('echo', { credentials: 'include' });
      expect(header(await client.getTaxonomy(), 'cookie')).to.contain('visitor=secret');
    });
  });
});
