/**
 * Test-runner middleware for the `<listing-form>` tests.
 *
 * - `/form-test/<token>/api/v1/…`: the reference endpoint (`/api/v1/…`, served by the next
 *   middleware), with `POST …/listings` doing what the token's mode says:
 *   `pass` (the default) forwards it; `invalid` answers a 422 problem with field errors, as a server
 *   with stricter rules than the form would; `refuse` answers 429 with a long `Retry-After`; `crash` answers 500; `hold` keeps it waiting until the mode changes;
 *   `lose` forwards it, so the listing is stored, then drops the connection before the answer, as a
 *   server killed mid-request would. Set the mode with `POST /form-test/<token>?mode=…`.
 *   `GET /form-test/<token>/requests` lists the listing requests received: `{ key, body }`.
 * - `/csp/listing-form.html`: a page served with a strict Content Security Policy that loads only
 *   same-origin scripts: `/csp/probe.js`, which records `securitypolicyviolation` events in
 *   `window.cspViolations`, then the built bundle. Query parameters `endpoint`, `variant`,
 *   `persist`, `id` and `redirect` become the element's attributes; `control` makes the probe break
 *   the policy on purpose.
 * - `/csp/thanks.html`: a plain page to redirect to.
 */

export const CSP = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const probe = `window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push({ directive: event.effectiveDirective || event.violatedDirective, blocked: event.blockedURI, sample: event.sample });
});
if (new URLSearchParams(location.search).has('control')) {
  // A deliberate violation, so a test can tell that the policy is enforced and the probe hears it.
  document.addEventListener('DOMContentLoaded', () => document.body.setAttribute('style', 'outline: 1px solid red'));
}
`;

const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function cspPage(query) {
  const attributes = ['variant', 'persist', 'id', 'redirect']
    .filter((name) => typeof query[name] === 'string' && query[name])
    .map((name) => ` ${name}="${escapeAttribute(query[name])}"`)
    .join('');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>listing-form under a strict CSP</title>
    <script src="/csp/probe.js"></script>
    <script type="module" src="/dist/directory-widgets.js"></script>
  </head>
  <body>
    <h1>Get listed</h1>
    <listing-form endpoint="${escapeAttribute(query.endpoint || '/api/v1')}"${attributes}></listing-form>
  </body>
</html>`;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const invalidProblem = {
  type: 'urn:directory-widgets:problem:invalid-listing',
  title: 'Some details need your attention.',
  status: 422,
  errors: {
    email: ['This email address already has a listing.'],
    'address.city': ['We could not find this city in that state.'],
    'license.number': ['This license number is not on the state board’s register.'],
    'website.ownership': ['We could not confirm that you own this website.'],
  },
};

const rateLimited = {
  type: 'urn:directory-widgets:problem:rate-limited',
  title: 'Too many requests. Please wait a moment and try again.',
  status: 429,
};

const serverError = {
  type: 'urn:directory-widgets:problem:server-error',
  title: 'Something went wrong on our side. Please try again later.',
  status: 500,
};

export function listingFormSupport() {
  const tokens = new Map();
  const entry = (token) => {
    if (!tokens.has(token)) tokens.set(token, { mode: 'pass', requests: [], waiting: [] });
    return tokens.get(token);
  };

  return async function listingFormTestSupport(ctx, next) {
    if (ctx.path === '/csp/listing-form.html') {
      ctx.set('Content-Security-Policy', CSP);
      ctx.type = 'text/html';
      ctx.body = cspPage(ctx.query);
      return;
    }
    if (ctx.path === '/csp/probe.js') {
      ctx.type = 'text/javascript';
      ctx.body = probe;
      return;
    }
    if (ctx.path === '/csp/thanks.html') {
      ctx.set('Content-Security-Policy', CSP);
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Thanks</title><h1>Thanks for signing up</h1>';
      return;
    }

    const control = /^\/form-test\/([\w-]+)(?:\/(requests))?$/.exec(ctx.path);
    if (control) {
      const state = entry(control[1]);
      if (control[2]) {
        ctx.body = state.requests;
        return;
      }
      state.mode = String(ctx.query.mode ?? 'pass');
      if (state.mode !== 'hold') for (const release of state.waiting.splice(0)) release();
      ctx.body = { mode: state.mode };
      return;
    }

    const proxied = /^\/form-test\/([\w-]+)(\/api\/v1\/.*)$/.exec(ctx.path);
    if (!proxied) return next();
    const state = entry(proxied[1]);
    const path = proxied[2];
    ctx.url = ctx.url.replace(`/form-test/${proxied[1]}`, '');
    if (!(ctx.method === 'POST' && path === '/api/v1/listings')) return next();

    const body = await readBody(ctx.req);
    const key = ctx.get('idempotency-key');
    let parsed;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      parsed = body.toString('utf8');
    }
    state.requests.push({ key, body: parsed });

    if (state.mode === 'hold') await new Promise((resolve) => state.waiting.push(resolve));
    const problem = { invalid: invalidProblem, refuse: rateLimited, crash: serverError }[state.mode];
    if (problem) {
      ctx.status = problem.status;
      ctx.type = 'application/problem+json';
      ctx.body = JSON.stringify(problem);
      if (state.mode === 'refuse') ctx.set('Retry-After', '120');
      return;
    }
    // Forward to the reference endpoint over HTTP, as the body stream has been read here.
    const answer = await fetch(`http://${ctx.host}${ctx.url}`, {
      method: 'POST',
      headers: { 'Content-Type': ctx.get('content-type'), ...(key ? { 'Idempotency-Key': key } : {}) },
      body,
    });
    const text = await answer.text();
    if (state.mode === 'lose') {
      ctx.req.socket.destroy();
      ctx.status = 204; // for the test runner's log only; nothing is sent
      ctx.respond = false;
      return;
    }
    ctx.status = answer.status;
    ctx.type = answer.headers.get('content-type') ?? 'application/json';
    ctx.body = text;
  };
}
