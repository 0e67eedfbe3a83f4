/**
 * Builds fictional providers, deterministic from a seed: the same seed and count always give the
 * same data. Providers sit on real ZIP-code centroids; everything else about them is made up, and
 * every bio says so.
 */
import type { Fees, License, Provider } from '../../src/directory/contract.ts';
import { findCityByName, largestCities, mainlandAndStateZips, type ZipPlace } from './gazetteer.ts';
import { SeededRandom } from './random.ts';
import { APPROACHES, FAMILY_NAMES, GIVEN_NAMES, PRACTICE_WORDS, STREET_KINDS, STREET_NAMES, TRAININGS } from './sample-words.ts';
import { taxonomyIn } from './taxonomy.ts';

export interface SampleOrg {
  id: string;
  name: string;
  city: string;
  region: string;
  size: number;
  services: string[];
}

export interface SampleProvider extends Provider {
  orgId?: string;
}

/** Sample data is dated from this day, not from the clock, so that a seed always builds the same rows. */
export const SAMPLE_AS_OF = '2026-11-01T12:00:00.000Z';

/** The partner clinics of the demo, each with its own providers. */
export const SAMPLE_ORGS: SampleOrg[] = [
  { id: 'cascade-ketamine-clinic', name: 'Cascade Ketamine Clinic', city: 'Portland', region: 'OR', size: 12, services: ['ketamine-iv', 'ketamine-im', 'ketamine-assisted-psychotherapy', 'integration-therapy', 'psilocybin-services'] },
  { id: 'front-range-psychedelic-health', name: 'Front Range Psychedelic Health', city: 'Denver', region: 'CO', size: 10, services: ['psilocybin-services', 'integration-therapy', 'ketamine-assisted-psychotherapy', 'harm-reduction'] },
  { id: 'bay-integration-collective', name: 'Bay Integration Collective', city: 'Oakland', region: 'CA', size: 8, services: ['integration-therapy', 'harm-reduction', 'psychotherapy', 'ketamine-assisted-psychotherapy'] },
  { id: 'hudson-mood-disorders-center', name: 'Hudson Mood Disorders Center', city: 'New York', region: 'NY', size: 14, services: ['esketamine', 'ketamine-iv', 'clinical-trials', 'tms', 'medication-management'] },
  { id: 'lone-star-infusion-center', name: 'Lone Star Infusion Center', city: 'Austin', region: 'TX', size: 9, services: ['ketamine-iv', 'ketamine-im', 'esketamine', 'medication-management'] },
  { id: 'great-lakes-trauma-recovery', name: 'Great Lakes Trauma Recovery', city: 'Chicago', region: 'IL', size: 11, services: ['ketamine-assisted-psychotherapy', 'psychotherapy', 'clinical-trials', 'integration-therapy'] },
];

/** Where psilocybin services are legal: the only places that offer them. */
const PSILOCYBIN_CITIES: Array<[string, string]> = [
  ['Portland', 'OR'], ['Eugene', 'OR'], ['Bend', 'OR'], ['Salem', 'OR'], ['Ashland', 'OR'],
  ['Denver', 'CO'], ['Boulder', 'CO'], ['Colorado Springs', 'CO'], ['Fort Collins', 'CO'], ['Durango', 'CO'],
];

type Role = 'prescriber' | 'therapist' | 'facilitator';

const CREDENTIALS: Record<Role, Array<readonly [string, number]>> = {
  prescriber: [['MD', 14], ['DO', 4], ['NP', 6], ['PMHNP', 6], ['PA', 3], ['CRNA', 2]],
  therapist: [['PhD', 10], ['PsyD', 8], ['LCSW', 14], ['LMFT', 10], ['LPC', 10], ['LMHC', 5], ['LCPC', 3], ['LADC', 3]],
  facilitator: [['LCSW', 4], ['LPC', 3], ['LMFT', 3], ['RN', 2], ['PhD', 1]],
};

const SERVICES: Record<Role, Array<readonly [string, number]>> = {
  prescriber: [['ketamine-iv', 0.6], ['ketamine-im', 0.35], ['esketamine', 0.45], ['medication-management', 0.55], ['ketamine-assisted-psychotherapy', 0.25], ['clinical-trials', 0.08], ['tms', 0.12]],
  therapist: [['ketamine-assisted-psychotherapy', 0.55], ['integration-therapy', 0.6], ['psychotherapy', 0.85], ['harm-reduction', 0.25], ['clinical-trials', 0.05]],
  facilitator: [['psilocybin-services', 1], ['integration-therapy', 0.7], ['harm-reduction', 0.4]],
};

const CONDITIONS: Array<readonly [string, number]> = [
  ['depression', 0.9], ['treatment-resistant-depression', 0.5], ['anxiety', 0.6], ['ptsd', 0.5], ['ocd', 0.15],
  ['suicidal-ideation', 0.2], ['substance-use', 0.25], ['alcohol-use', 0.15], ['bipolar-depression', 0.1],
  ['postpartum-depression', 0.08], ['eating-disorders', 0.06], ['end-of-life-distress', 0.07],
  ['chronic-pain', 0.1], ['crps', 0.04],
];

const LANGUAGES: Array<readonly [string, number]> = [
  ['es', 0.18], ['zh', 0.03], ['vi', 0.03], ['tl', 0.02], ['ko', 0.02], ['ru', 0.02], ['ar', 0.02],
  ['fr', 0.03], ['pt', 0.02], ['de', 0.02], ['ase', 0.01],
];

const INSURANCES = ['aetna', 'anthem', 'blue-cross-blue-shield', 'cigna', 'humana', 'kaiser-permanente', 'medicaid', 'medicare', 'optum', 'tricare', 'united-healthcare', 'va-community-care'];

const LICENSE_TYPES: Record<string, string> = {
  MD: 'Physician and Surgeon', DO: 'Osteopathic Physician', NP: 'Nurse Practitioner', PMHNP: 'Nurse Practitioner',
  PA: 'Physician Assistant', CRNA: 'Nurse Anesthetist', RN: 'Registered Nurse', PhD: 'Psychologist', PsyD: 'Psychologist',
  LCSW: 'Clinical Social Worker', LMFT: 'Marriage and Family Therapist', LPC: 'Professional Counselor',
  LMHC: 'Mental Health Counselor', LCPC: 'Clinical Professional Counselor', LADC: 'Alcohol and Drug Counselor',
};

const DAY_MS = 86_400_000;

function chooseEach(random: SeededRandom, entries: ReadonlyArray<readonly [string, number]>): string[] {
  return entries.filter(([, probability]) => random.chance(probability)).map(([id]) => id);
}

function asciiSlug(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** Chooses the ZIP codes that sample providers are placed at: mostly in cities, some in the country. */
class Placer {
  readonly #random: SeededRandom;
  readonly #zips = mainlandAndStateZips();
  // Weighting by the square root keeps a few cities with very many ZIP codes from taking everyone.
  readonly #cities = largestCities(250).map((city) => [city, Math.sqrt(city.zips.length)] as const);

  constructor(random: SeededRandom) {
    this.#random = random;
  }

  anywhere(): ZipPlace {
    if (this.#random.chance(0.3)) return this.#random.pick(this.#zips);
    return this.#random.pick(this.#random.weighted(this.#cities).zips);
  }

  inCity(name: string, region: string): ZipPlace {
    const city = findCityByName(name, region);
    if (!city) throw new Error(`The gazetteer has no ${name}, ${region}`);
    return this.#random.pick(city.zips);
  }
}

interface ProviderPlan {
  role: Role;
  place: ZipPlace;
  org?: SampleOrg;
}

function buildProvider(random: SeededRandom, index: number, plan: ProviderPlan, asOf: number): SampleProvider {
  const { role, place, org } = plan;
  const en = taxonomyIn('en');
  // Sentence-case labels read well mid-sentence once their first letter is lowered (but not "PTSD").
  const label = (list: { id: string; label: string }[], id: string) =>
    (list.find((term) => term.id === id)?.label ?? id).replace(/^[A-Z](?=[a-z])/, (letter) => letter.toLowerCase());
  const id = `p${String(index + 1).padStart(6, '0')}`;
  const given = random.pick(GIVEN_NAMES);
  const family = random.pick(FAMILY_NAMES);
  const name = `${given} ${family}`;

  const credentials = [random.weighted(CREDENTIALS[role])];
  if (role === 'prescriber' && credentials[0] === 'MD' && random.chance(0.08)) credentials.push('PhD');
  if (role === 'therapist' && credentials[0] === 'LCSW' && random.chance(0.15)) credentials.push('LADC');

  const roleServices = SERVICES[role].filter(([service]) => !org || org.services.includes(service));
  let services = chooseEach(random, roleServices);
  if (services.length === 0) services = [random.weighted(roleServices.length ? roleServices : SERVICES[role])];
  if (!['OR', 'CO'].includes(place.region)) services = services.filter((service) => service !== 'psilocybin-services');
  if (services.length === 0) services = ['integration-therapy'];

  const conditions = chooseEach(random, CONDITIONS);
  if (services.some((service) => service.startsWith('ketamine') || service === 'esketamine')) {
    if (!conditions.includes('treatment-resistant-depression')) conditions.push('treatment-resistant-depression');
  }
  if (conditions.length === 0) conditions.push('depression');

  const formats = services.includes('psilocybin-services') || services.includes('ketamine-iv') ? ['in-person'] : [];
  if (formats.length === 0) {
    if (random.chance(0.85)) formats.push('in-person');
    if (formats.length === 0 || random.chance(0.55)) formats.push('telehealth');
  }
  if (role !== 'prescriber' && random.chance(0.15)) formats.push('group');

  const languages = ['en', ...chooseEach(random, LANGUAGES)];
  const insurances = random.chance(0.3) ? [] : random.sample(INSURANCES, random.int(1, 5));
  const practice = org?.name ?? (random.chance(0.6) ? practiceName(random, role, family) : undefined);

  const isInfusion = services.includes('ketamine-iv');
  const feeMin = isInfusion ? random.int(7, 12) * 50 : random.int(3, 8) * 25;
  const fees: Fees | undefined = random.chance(0.85)
    ? { min: feeMin, max: feeMin + random.int(1, 6) * 50, currency: 'USD', slidingScale: random.chance(0.3) }
    : undefined;

  const licenses: License[] = [{ region: place.region, type: LICENSE_TYPES[credentials[0]], number: `SAMPLE-${random.int(10000, 99999)}` }];
  if (services.includes('psilocybin-services')) {
    licenses.push({ region: place.region, type: place.region === 'OR' ? 'Psilocybin Facilitator' : 'Natural Medicine Facilitator', number: `SAMPLE-${random.int(10000, 99999)}` });
  }

  const accepting = random.chance(0.7);
  const availabilityConfirmedAt = random.chance(0.8) ? new Date(asOf - random.int(0, 120) * DAY_MS).toISOString() : undefined;
  const serviceWords = services.map((service) => label(en.services, service));
  const conditionWords = conditions.slice(0, 4).map((condition) => label(en.conditions, condition));
  const bio = [
    `Sample listing: ${name} is a fictional provider made up for the directory-widgets demo.`,
    `${name}, ${credentials.join(', ')}, offers ${joinWords(serviceWords)} in ${place.city}, ${place.region}, for people living with ${joinWords(conditionWords)}.`,
    random.pick(APPROACHES),
  ].join(' ');
  const slug = asciiSlug(`${given}.${family}`);

  return {
    id,
    ...(org ? { orgId: org.id } : {}),
    name,
    credentials,
    ...(practice ? { practice } : {}),
    address: { street: `${random.int(10, 9999)} ${random.pick(STREET_NAMES)} ${random.pick(STREET_KINDS)}`, city: place.city, region: place.region, postalCode: place.zip },
    location: { lat: place.lat, lng: place.lng },
    services,
    conditions,
    formats,
    languages,
    acceptingNewClients: accepting,
    verified: random.chance(0.6),
    featured: random.chance(0.04),
    ...(availabilityConfirmedAt ? { availabilityConfirmedAt } : {}),
    updatedAt: new Date(asOf - random.int(0, 365) * DAY_MS).toISOString(),
    bio,
    // 555-0100 to 555-0199 are set aside for fiction in every US area code.
    phone: `(${random.int(2, 9)}${random.int(0, 9)}${random.int(2, 9)}) 555-01${String(random.int(0, 99)).padStart(2, '0')}`,
    email: `${slug}@example.org`,
    website: `https://example.org/sample/${id}`,
    ...(random.chance(0.4) ? { bookingUrl: `https://example.org/sample/${id}/book` } : {}),
    insurances,
    ...(fees ? { fees } : {}),
    licenses,
    trainings: random.sample(TRAININGS, random.int(0, 3)),
  };
}

function practiceName(random: SeededRandom, role: Role, family: string): string {
  const noun = role === 'prescriber'
    ? random.pick(['Ketamine Clinic', 'Infusion Center', 'Psychiatry', 'Mental Health'])
    : role === 'facilitator' ? random.pick(['Psilocybin Services', 'Service Center']) : random.pick(['Counseling', 'Integration Therapy', 'Psychotherapy', 'Wellness']);
  return random.chance(0.5) ? `${family} ${noun}` : `${random.pick(PRACTICE_WORDS)} ${noun}`;
}

function joinWords(words: string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** `count` providers (at least the clinics' staff), always the same for the same seed. */
export function generateSampleProviders(seed: number, count: number, asOf = SAMPLE_AS_OF): SampleProvider[] {
  const random = new SeededRandom(seed);
  const placer = new Placer(random);
  const asOfMs = Date.parse(asOf);
  const plans: ProviderPlan[] = [];
  for (const org of SAMPLE_ORGS) {
    const orgPlace = placer.inCity(org.city, org.region);
    for (let i = 0; i < org.size; i++) {
      const role = org.services.includes('psilocybin-services') && i % 3 === 2 ? 'facilitator' : i % 2 === 0 ? 'prescriber' : 'therapist';
      plans.push({ role, place: orgPlace, org });
    }
  }
  while (plans.length < count) {
    if (random.chance(0.04)) {
      const [city, region] = random.pick(PSILOCYBIN_CITIES);
      plans.push({ role: 'facilitator', place: placer.inCity(city, region) });
    } else {
      plans.push({ role: random.chance(0.45) ? 'prescriber' : 'therapist', place: placer.anywhere() });
    }
  }
  return plans.map((plan, index) => buildProvider(random, index, plan, asOfMs));
}
