/**
 * Test-runner middleware that plays a directory endpoint which misbehaves on cue, so that the
 * directory client is tested over real HTTP. A test calls `/scripted/<token>/<scenario>/<path>`,
 * where the token is unique to the test (browsers run in parallel against this one server), and
 * may read `/scripted/<token>/attempts` to learn how many requests the scenario received.
 */

const taxonomy = {
  version: 'scripted',
  conditions: [{ id: 'depression', label: 'Depression' }],
  services: [{ id: 'psilocybin-services', label: 'Psilocybin services', legalIn: ['US-OR', 'US-CO'] }],
  formats: [{ id: 'telehealth', label: 'Telehealth' }],
  insurances: [],
  languages: [],
  credentials: [],
  regions: [
    { id: 'OR', label: 'Oregon' },
    { id: 'WA', label: 'Washington' },
  ],
};

const problem = (status, title, extra = {}) => ({
  status,
  type: 'application/problem+json',
  body: JSON.stringify({ type: 'about:blank', title, status, ...extra }),
});
const ok = (body, status = 200) => ({ status, type: 'application/json', body: JSON.stringify(body) });

/** Each scenario answers attempt n (from 1), or returns 'hang' to never answer. */
const scenarios = {
  ok: () => ok(taxonomy),
  slow: async () => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    return ok(taxonomy);
  },
  // Far slower than any timeout a test sets, even where a background tab's timers are throttled.
  sluggish: async () => {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    return ok(taxonomy);
  },
  hang: () => 'hang',
  'status-500': () => problem(500, 'The directory is having trouble right now.'),
  'html-502': () => ({ status: 502, type: 'text/html', body: '<html><body>Bad gateway</body></html>' }),
  'flaky-503': (n) => (n === 1 ? problem(503, 'Busy, try again.') : ok(taxonomy)),
  'always-503': () => problem(503, 'Busy, try again.'),
  // The first answer breaks off after its first bytes. (A connection closed before any answer would
  // be retried by some browsers on their own, which would hide the client's retry from the count.)
  'drop-then-ok': (n, ctx) => {
    if (n === 1) {
      ctx.res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000' });
      ctx.res.write('{"version": "scr');
      setTimeout(() => ctx.res.destroy(), 50);
      return 'dropped';
    }
    return ok(taxonomy);
  },
  // Answers 429 with Retry-After: 1, and keeps answering 429 to a retry that does not wait.
  'rate-limited': (n, ctx, state) => {
    const now = Date.now();
    if (n === 1 || now < state.allowedAt) {
      state.allowedAt ??= now + 1000;
      return { ...problem(429, 'Too many requests.'), headers: { 'Retry-After': '1' } };
    }
    return ok(taxonomy);
  },
  'retry-after-long': () => ({ ...problem(429, 'Too many requests.'), headers: { 'Retry-After': '120' } }),
  malformed: () => ({ status: 200, type: 'application/json', body: '{"items": [{"id": "a", ' }),
  'wrong-shape': () => ok({ items: 'not a list', total: 'many' }),
  'provider-wrong-types': () =>
    ok({ items: [{ id: 'p1', name: 'Dr. Ada', credentials: 'MD', services: [1, 'ketamine-iv', null], address: null }], total: 1, page: 1, pageSize: 20 }),
  'problem-422': () =>
    problem(422, 'Some fields need attention.', {
      detail: 'Check the highlighted fields.',
      errors: { email: ['Enter an email address like name@example.com.'], 'address.city': ['Enter a city.'] },
    }),
  'post-503': (n) => (n === 1 ? problem(503, 'Busy, try again.') : ok({ id: 'lst_1', status: 'received', receivedAt: '2026-01-01T00:00:00Z' }, 201)),
  accepted: () => ({ status: 202, type: 'application/json', body: '' }),
  // Tells what it received: as a provider page whose one provider is named after the URL, or as a
  // taxonomy whose terms carry the headers.
  echo: (n, ctx) =>
    ctx.path.endsWith('/providers')
      ? ok({ items: [{ id: 'echo', name: ctx.url, address: {} }], total: 1, page: 1, pageSize: 20 })
      : ok({
      version: 'echo',
      conditions: [
        { id: 'accept-language', label: ctx.get('accept-language') || '' },
        { id: 'cookie', label: ctx.get('cookie') || '' },
        { id: 'idempotency-key', label: ctx.get('idempotency-key') || '' },
        { id: 'method', label: ctx.method },
        { id: 'url', label: ctx.url },
      ],
    }),
};

export function scriptedEndpoint() {
  const state = new Map();
  return async function scripted(ctx, next) {
    const match = /^\/scripted\/([\w-]+)\/([\w-]+)/.exec(ctx.path);
    if (!match) return next();
    const [, token, scenario] = match;
    const entry = state.get(token) ?? { attempts: 0 };
    state.set(token, entry);
    if (scenario === 'attempts') {
      ctx.body = { attempts: entry.attempts };
      return undefined;
    }
    const play = scenarios[scenario];
    if (!play) return next();
    entry.attempts++;
    const answer = await play(entry.attempts, ctx, entry);
    if (answer === 'dropped') {
      ctx.status = 200; // only for the test runner's log; the scenario wrote what it sends
      ctx.respond = false;
      return undefined;
    }
    if (answer === 'hang') {
      // Hold the connection open until the client gives up (or ten seconds pass).
      await new Promise((resolve) => {
        ctx.req.on('close', resolve);
        setTimeout(resolve, 10_000);
      });
      ctx.status = 204; // only for the test runner's log; nothing is sent
      ctx.respond = false;
      if (!ctx.res.writableEnded) ctx.res.destroy();
      return undefined;
    }
    ctx.status = answer.status;
    ctx.set(answer.headers ?? {});
    ctx.type = answer.type;
    ctx.body = answer.body;
    return undefined;
  };
}
