/**
 * Test-runner middleware: a small directory endpoint for the `<provider-finder>` tests, over real
 * HTTP. It answers contract v1 from a fixed set of sample providers (searching, filtering, radius,
 * sorting and paging like a real endpoint), and misbehaves on cue.
 *
 * A test's endpoint is `/finder/<token>/<scenario>`, the token unique to the test (browsers run in
 * parallel against this one server). `/finder/<token>/log` lists the requests the token received:
 * `{ method, path, search, body, ended, aborted }`, `aborted` when the client went away first.
 */

const day = 86_400_000;
const ago = (days) => new Date(Date.now() - days * day).toISOString();

const taxonomy = {
  version: 'finder-test',
  conditions: [
    { id: 'depression', label: 'Depression' },
    { id: 'anxiety', label: 'Anxiety' },
    { id: 'ptsd', label: 'PTSD' },
  ],
  services: [
    { id: 'ketamine-iv', label: 'Ketamine IV infusion' },
    { id: 'ketamine-assisted-psychotherapy', label: 'Ketamine-assisted psychotherapy' },
    { id: 'esketamine', label: 'Esketamine nasal spray' },
    { id: 'psilocybin-services', label: 'Psilocybin services', legalIn: ['US-OR', 'US-CO'] },
    { id: 'integration-therapy', label: 'Integration therapy', legalIn: ['*'] },
  ],
  formats: [
    { id: 'in-person', label: 'In person' },
    { id: 'telehealth', label: 'Telehealth' },
  ],
  insurances: [
    { id: 'aetna', label: 'Aetna' },
    { id: 'cigna', label: 'Cigna' },
    { id: 'medicaid', label: 'Medicaid' },
  ],
  languages: [
    { id: 'en', label: 'English' },
    { id: 'es', label: 'Spanish' },
  ],
  credentials: [{ id: 'MD', label: 'Doctor of Medicine' }],
};

const places = [
  { id: '97201', label: 'Portland, OR 97201', lat: 45.5073, lng: -122.6932, region: 'OR' },
  { id: 'Portland, OR', label: 'Portland, OR', lat: 45.5152, lng: -122.6784, region: 'OR' },
  { id: 'Portland, ME', label: 'Portland, ME', lat: 43.6591, lng: -70.2568, region: 'ME' },
  { id: '78701', label: 'Austin, TX 78701', lat: 30.2711, lng: -97.7437, region: 'TX' },
  { id: 'Austin, TX', label: 'Austin, TX', lat: 30.2672, lng: -97.7431, region: 'TX' },
  { id: '80202', label: 'Denver, CO 80202', lat: 39.7527, lng: -104.9992, region: 'CO' },
  { id: '10001', label: 'New York, NY 10001', lat: 40.7506, lng: -73.9972, region: 'NY' },
];

function provider(i, fields) {
  return {
    id: `p${i}`,
    name: `Provider ${String(i).padStart(2, '0')}`,
    credentials: ['LPC'],
    practice: 'Riverside Counseling',
    address: { street: `${100 + i} Main St`, city: 'Portland', region: 'OR', postalCode: '97201' },
    location: { lat: 45.5 + i * 0.004, lng: -122.68 },
    services: ['integration-therapy'],
    conditions: ['anxiety'],
    formats: ['in-person'],
    languages: ['en'],
    insurances: ['medicaid'],
    acceptingNewClients: i % 3 !== 0,
    verified: i % 2 === 0,
    featured: false,
    availabilityConfirmedAt: ago(i + 1),
    updatedAt: ago(30),
    bio: `Provider ${i} offers integration therapy.`,
    phone: '+1 503 555 01' + String(i).padStart(2, '0'),
    email: `provider${i}@example.org`,
    website: `https://provider${i}.example.org/`,
    bookingUrl: `https://book.example.org/p${i}`,
    fees: { min: 120, max: 200, currency: 'USD', slidingScale: i % 2 === 1 },
    licenses: [{ region: 'OR', type: 'LPC', number: `C${1000 + i}` }],
    trainings: ['MAPS MDMA-assisted therapy training'],
    org: i <= 4 ? 'cascade-ketamine-clinic' : undefined,
    ...fields,
  };
}

const ada = {
  name: 'Ada Okafor',
  credentials: ['MD', 'PhD'],
  practice: 'Willamette Ketamine Clinic',
  services: ['ketamine-iv', 'ketamine-assisted-psychotherapy'],
  conditions: ['depression', 'ptsd'],
  formats: ['in-person', 'telehealth'],
  languages: ['en', 'es'],
  insurances: ['aetna', 'cigna'],
  acceptingNewClients: true,
  verified: true,
  featured: true,
  availabilityConfirmedAt: ago(3.2),
  bio: 'Dr. Okafor leads ketamine-assisted psychotherapy.\nShe speaks English and Spanish.',
};

/** 16 providers in Portland, OR (two pages of ten), 3 in Austin, 3 in Denver, 1 in New York. */
const providers = [
  provider(1, ada),
  ...Array.from({ length: 15 }, (_, n) => provider(n + 2)),
  ...[17, 18, 19].map((i) =>
    provider(i, { address: { city: 'Austin', region: 'TX', postalCode: '78701' }, location: { lat: 30.27, lng: -97.74 + (i - 17) * 0.01 }, services: ['ketamine-iv', 'esketamine'] }),
  ),
  ...[20, 21, 22].map((i) =>
    provider(i, { address: { city: 'Denver', region: 'CO', postalCode: '80202' }, location: { lat: 39.75, lng: -104.99 - (i - 20) * 0.01 }, services: ['psilocybin-services'] }),
  ),
  provider(23, { address: { city: 'New York', region: 'NY', postalCode: '10001' }, location: { lat: 40.75, lng: -73.99 }, services: ['esketamine'] }),
];

/** Every text field holds something that must stay inert text. */
const hostileText = {
  markup: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script><b>bold</b>',
  rtl: 'د. ليلى حداد — عيادة الكيتامين',
  long: 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(8),
  js: 'javascript:window.__pwned=1',
};
/**
 * The taxonomy labels of formats, insurances and languages, each hostile in its own way and told
 * apart from the others, so a test can find each one where the finder shows it
 * (test/browser/provider-finder/hostile.test.ts keeps a copy of these strings).
 */
const hostileLabels = {
  format: { js: 'javascript:window.__pwned=2', markup: '<img src=x onerror="window.__pwned=3">format' },
  insurance: { long: 'Supercalifragilisticexpialidociousinsurance'.repeat(6), markup: '<script>window.__pwned=4</script>insurance' },
  language: { rtl: 'العربية الفصحى — لغة', markup: '<b>language</b><iframe src="javascript:window.__pwned=5"></iframe>' },
};
const hostileProvider = {
  id: 'h1"><img src=x onerror="window.__pwned=1">',
  name: `${hostileText.markup} ${hostileText.long}`,
  credentials: [hostileText.markup, hostileText.rtl],
  practice: hostileText.rtl,
  address: { street: hostileText.markup, city: hostileText.rtl, region: '<i>OR</i>', postalCode: hostileText.long },
  distance: 1.25,
  services: ['<svg onload="window.__pwned=1">', 'ketamine-iv'],
  conditions: [hostileText.markup],
  // Ids the taxonomy lacks (shown as they are), and ids whose taxonomy labels are hostile.
  formats: [hostileText.js, 'in-person', 'telehealth'],
  languages: [hostileText.rtl, 'en', 'es'],
  insurances: [hostileText.long, 'aetna', 'cigna'],
  acceptingNewClients: true,
  verified: true,
  featured: true,
  availabilityConfirmedAt: 'not a date <b>',
  updatedAt: ago(1),
  bio: `${hostileText.markup}\n${hostileText.rtl}\n${hostileText.long}`,
  phone: hostileText.js,
  email: hostileText.markup,
  website: hostileText.js,
  bookingUrl: 'data:text/html,<script>window.__pwned=1</script>',
  fees: { min: 10, max: 20, currency: '<b>', slidingScale: true },
  licenses: [{ region: hostileText.rtl, type: hostileText.markup, number: hostileText.long }],
  trainings: [hostileText.markup, hostileText.js],
};
const hostileTaxonomy = {
  ...taxonomy,
  conditions: [{ id: 'x', label: hostileText.markup }],
  services: [{ id: 'ketamine-iv', label: `${hostileText.rtl} ${hostileText.markup}`, legalIn: [hostileText.markup] }],
  formats: [
    { id: 'in-person', label: hostileLabels.format.js },
    { id: 'telehealth', label: hostileLabels.format.markup },
  ],
  insurances: [
    { id: 'aetna', label: hostileLabels.insurance.long },
    { id: 'cigna', label: hostileLabels.insurance.markup },
  ],
  languages: [
    { id: 'en', label: hostileLabels.language.rtl },
    { id: 'es', label: hostileLabels.language.markup },
  ],
  credentials: [
    { id: 'MD', label: hostileText.markup },
    { id: 'PhD', label: hostileText.rtl },
  ],
};
/** Where a hostile search says it searched: a region the finder only compares, never shows. */
const hostileOrigin = { id: 'h', label: hostileText.markup, lat: 45.5, lng: -122.6, region: hostileText.markup };

const json = (body, status = 200) => ({ status, type: 'application/json', body: JSON.stringify(body) });
const problem = (status, title) => ({
  status,
  type: 'application/problem+json',
  body: JSON.stringify({ type: 'about:blank', title, status }),
});
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function haversine(a, b, unit) {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * (unit === 'km' ? 6371 : 3958.8) * Math.asin(Math.sqrt(h));
}

/** A provider as a search lists it: without the fields of the full profile. */
const profileOnly = ['bio', 'phone', 'email', 'website', 'bookingUrl', 'insurances', 'fees', 'licenses', 'trainings', 'org'];
const summary = (provider) => Object.fromEntries(Object.entries(provider).filter(([key]) => !profileOnly.includes(key)));

function searchProviders(params) {
  const all = (key) => params.getAll(key);
  let origin;
  const near = params.get('near');
  if (near) {
    origin = places.find((place) => place.id.toLowerCase() === near.toLowerCase() || place.label.toLowerCase() === near.toLowerCase());
    if (!origin) return problem(400, `No place called “${near}” was found. Try a ZIP code, or a city and state.`);
  } else if (params.has('lat')) {
    const point = { lat: Number(params.get('lat')), lng: Number(params.get('lng')) };
    const closest = places.reduce((best, place) => (haversine(point, place, 'mi') < haversine(point, best, 'mi') ? place : best));
    origin = { ...closest, ...point };
  }
  const unit = params.get('unit') === 'km' ? 'km' : 'mi';
  const radius = Number(params.get('radius') || 25);
  const q = (params.get('q') ?? '').toLowerCase();
  const matchAny = (key, list) => !all(key).length || all(key).some((id) => list.includes(id));
  let items = providers
    .filter((p) => !q || `${p.name} ${p.practice}`.toLowerCase().includes(q))
    .filter((p) => !params.get('org') || p.org === params.get('org'))
    .filter((p) => params.get('accepting') !== 'true' || p.acceptingNewClients)
    .filter(
      (p) =>
        matchAny('condition', p.conditions) &&
        matchAny('service', p.services) &&
        matchAny('format', p.formats) &&
        matchAny('insurance', p.insurances) &&
        matchAny('language', p.languages),
    )
    .map((p) => (origin ? { ...p, distance: Math.round(haversine(origin, p.location, unit) * 10) / 10 } : p))
    .filter((p) => !origin || p.distance <= radius);
  const sort = params.get('sort') || 'relevance';
  const by = {
    relevance: (a, b) => Number(b.featured) - Number(a.featured) || a.id.localeCompare(b.id, 'en', { numeric: true }),
    distance: (a, b) => (a.distance ?? 0) - (b.distance ?? 0),
    name: (a, b) => a.name.localeCompare(b.name),
    availability: (a, b) => b.availabilityConfirmedAt.localeCompare(a.availabilityConfirmedAt),
  }[sort];
  if (!by) return problem(400, 'Unknown sort.');
  items = items.sort(by);
  const page = Number(params.get('page') || 1);
  const pageSize = Math.min(50, Number(params.get('pageSize') || 20));
  return json({
    items: items.slice((page - 1) * pageSize, page * pageSize).map(summary),
    total: items.length,
    page,
    pageSize,
    ...(origin && { origin }),
  });
}

/** What each scenario answers to a call; `n` counts the token's calls of that path kind. */
async function answer(scenario, kind, rest, params, n) {
  const hostile = scenario === 'hostile';
  if (kind === 'taxonomy') {
    if (scenario === 'taxonomy-500') return problem(500, 'The taxonomy is not available.');
    return json(hostile ? hostileTaxonomy : taxonomy);
  }
  if (kind === 'places') {
    if (scenario === 'slow-first-places' && n === 1) await sleep(2500);
    if (hostile) return json({ items: [{ id: 'h', label: hostileText.markup, lat: 45.5, lng: -122.6, region: 'OR' }] });
    const q = (params.get('q') ?? '').toLowerCase();
    return json({ items: places.filter((place) => place.label.toLowerCase().includes(q)).slice(0, Number(params.get('limit') || 8)) });
  }
  if (kind === 'providers') {
    if (scenario === 'status-500') return problem(500, 'The directory is having trouble right now.');
    if (scenario === 'malformed') return { status: 200, type: 'application/json', body: '{"items": [{"id": "a", ' };
    if (scenario === 'hang') return 'hang';
    if (scenario === 'hostile-problem') return problem(400, hostileText.markup);
    if (scenario === 'slow-first' && n === 1) await sleep(2500);
    if (hostile) return json({ items: [summary(hostileProvider)], total: 1, page: 1, pageSize: 10, origin: hostileOrigin });
    return searchProviders(params);
  }
  if (kind === 'provider') {
    if (hostile) return json(hostileProvider);
    const found = providers.find((p) => p.id === rest);
    if (!found) return problem(404, 'This provider is no longer listed.');
    const { org: _org, ...full } = found;
    return json(full);
  }
  if (kind === 'reports') return { status: 202, type: 'application/json', body: '' };
  return problem(404, 'Not found.');
}

async function readBody(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body ? JSON.parse(body) : undefined;
}

export function finderEndpoint() {
  const logs = new Map();
  return async function finder(ctx, next) {
    const match = /^\/finder\/([\w-]+)\/(?:log$|([\w-]+)\/(taxonomy|places|providers|reports)(?:\/(.+))?$)/.exec(ctx.path);
    if (!match) return next();
    const [, token, scenario, kind, rest] = match;
    const log = logs.get(token) ?? [];
    logs.set(token, log);
    if (!scenario) {
      ctx.body = log;
      return undefined;
    }
    const callKind = kind === 'providers' && rest ? 'provider' : kind;
    const entry = { method: ctx.method, path: callKind, search: ctx.querystring, ended: false, aborted: false };
    log.push(entry);
    if (ctx.method === 'POST') entry.body = await readBody(ctx.req);
    ctx.res.on('close', () => {
      entry.aborted = !ctx.res.writableFinished;
      entry.ended = true;
    });
    const n = log.filter((e) => e.path === callKind).length;
    const params = new URLSearchParams(ctx.querystring);
    const result = await answer(scenario, callKind, rest && decodeURIComponent(rest), params, n);
    if (result === 'hang') {
      await new Promise((resolve) => {
        ctx.req.on('close', resolve);
        setTimeout(resolve, 15_000);
      });
      ctx.status = 204; // only for the test runner's log: nothing is sent
      ctx.respond = false;
      if (!ctx.res.writableEnded) ctx.res.destroy();
      return undefined;
    }
    if (ctx.res.destroyed) {
      ctx.status = 204; // only for the test runner's log: the client went away, nothing is sent
      ctx.respond = false;
      return undefined;
    }
    ctx.status = result.status;
    ctx.type = result.type;
    ctx.body = result.body;
    return undefined;
  };
}
