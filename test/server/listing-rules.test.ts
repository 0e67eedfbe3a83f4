import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeDoi } from '../../src/directory/doi.ts';
import { US_REGION_CODES } from '../../demo/server/regions.ts';
import { checkListingValues, isUsPhone, isWebsite, validateListing as validateAny, type ListingRuleOptions } from '../../src/directory/listing-rules.ts';
import { validListing } from './helpers.ts';

/** The rules as the reference server applies them: with its regions. */
const validateListing = (input: unknown, options: ListingRuleOptions = {}) => validateAny(input, { regions: US_REGION_CODES, ...options });

describe('validateListing', () => {
  it('accepts a complete listing', () => {
    assert.deepEqual(validateListing(validListing()), {});
  });

  it("checks regions against the caller's list, and takes any region without one", () => {
    const compact = { ...validListing({ variant: 'compact', region: 'QC' }), address: undefined, license: undefined };
    assert.deepEqual(validateAny(compact), {});
    assert.deepEqual(checkListingValues(compact as never), {});
    assert.deepEqual(validateAny(compact, { regions: US_REGION_CODES }), { region: 'region' });
    assert.deepEqual(checkListingValues(compact as never, { regions: US_REGION_CODES }), { region: 'region' });
    assert.deepEqual(validateAny(compact, { regions: new Set(['QC', 'ON']) }), {});
    // Still required, list or no list.
    assert.deepEqual(validateAny({ ...compact, region: ' ' }), { region: 'required' });
  });

  it('requires name, email, credentials, city, state, ZIP and consent in the full variant', () => {
    assert.deepEqual(validateListing({}), {
      name: 'required',
      email: 'required',
      credentials: 'required',
      'address.city': 'required',
      'address.region': 'required',
      'address.postalCode': 'required',
      consent: 'consent',
      consentText: 'required',
    });
  });

  it('asks the compact variant for a region instead of an address', () => {
    const compact = { ...validListing({ variant: 'compact' }), address: undefined };
    assert.deepEqual(validateListing(compact), { region: 'required' });
    assert.deepEqual(validateListing({ ...compact, region: 'or' }), {});
    assert.deepEqual(validateListing({ ...compact, region: 'XX' }), { region: 'region' });
  });

  it('checks formats', () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ email: 'not-an-email' }, 'email', 'email'],
      [{ email: 'a@b' }, 'email', 'email'],
      [{ phone: '555-0142' }, 'phone', 'phone'],
      [{ website: 'javascript:alert(1)' }, 'website', 'url'],
      [{ website: 'ftp://example.org' }, 'website', 'url'],
      [{ address: { city: 'Portland', region: 'Oregon', postalCode: '97201' } }, 'address.region', 'region'],
      [{ address: { city: 'Portland', region: 'OR', postalCode: '9720' } }, 'address.postalCode', 'postal-code'],
      [{ license: { region: 'ZZ' } }, 'license.region', 'region'],
      [{ consent: 'yes' }, 'consent', 'consent'],
    ];
    for (const [override, field, code] of cases) {
      assert.equal(validateListing(validListing(override))[field as 'email'], code, JSON.stringify(override));
    }
  });

  it('checks lengths and list sizes', () => {
    assert.equal(validateListing(validListing({ name: 'x'.repeat(121) })).name, 'too-long');
    assert.equal(validateListing(validListing({ message: 'x'.repeat(2001) })).message, 'too-long');
    assert.equal(validateListing(validListing({ languages: Array.from({ length: 31 }, (_, i) => `l${i}`) })).languages, 'too-many');
    assert.equal(validateListing(validListing({ credentials: [] })).credentials, 'required');
  });

  it('rejects wrong types instead of throwing', () => {
    assert.equal(validateListing(validListing({ name: 42 })).name, 'invalid');
    assert.equal(validateListing(validListing({ credentials: 'LCSW' })).credentials, 'invalid');
    assert.equal(validateListing(validListing({ services: [1, 2] })).services, 'invalid');
    assert.equal(validateListing(validListing({ address: 'Portland' }))['address.city'], 'invalid');
    assert.deepEqual(Object.keys(validateListing(null)).sort(), Object.keys(validateListing({})).sort());
    assert.ok(validateListing([]).name);
  });

  it('checks taxonomy ids when it is given them', () => {
    const knownTerms = { services: new Set(['integration-therapy']), credentials: new Set(['LCSW']) };
    assert.deepEqual(validateListing(validListing(), { knownTerms }), {});
    assert.equal(validateListing(validListing({ services: ['made-up'] }), { knownTerms }).services, 'unknown-term');
  });

  it('reads phone numbers and websites loosely but not carelessly', () => {
    for (const phone of ['503-555-0142', '(503) 555 0142', '+1 503.555.0142', '5035550142 ext. 12']) assert.ok(isUsPhone(phone), phone);
    for (const phone of ['555-0142', '+44 20 7946 0958', 'call me']) assert.ok(!isUsPhone(phone), phone);
    assert.ok(isWebsite('https://example.org/path'));
    assert.ok(!isWebsite('https://localhost'));
    assert.ok(!isWebsite('example.org'));
  });
});

describe('normalizeDoi', () => {
  it('reads every usual way of writing a DOI', () => {
    const expected = '10.1056/nejmoa2032994';
    for (const input of [
      '10.1056/NEJMoa2032994',
      'doi:10.1056/NEJMoa2032994',
      'DOI: 10.1056/NEJMoa2032994',
      'https://doi.org/10.1056/NEJMoa2032994',
      'http://dx.doi.org/10.1056/NEJMoa2032994',
      'HTTPS://DOI.ORG/10.1056/nejmoa2032994',
      ' 10.1056/NEJMoa2032994. ',
      'https://doi.org/10.1056%2FNEJMoa2032994',
    ]) {
      assert.equal(normalizeDoi(input), expected, input);
    }
  });

  it('keeps the parentheses of Lancet DOIs and rejects non-DOIs', () => {
    assert.equal(normalizeDoi('10.1016/S0140-6736(20)31180-6'), '10.1016/s0140-6736(20)31180-6');
    assert.equal(normalizeDoi('pmid:123'), null);
    assert.equal(normalizeDoi('https://example.org/10.1/x'), null);
    assert.equal(normalizeDoi(''), null);
  });
});
