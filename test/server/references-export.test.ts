import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { describe, it } from 'node:test';
import type { CslItem } from '../../src/directory/contract.ts';
import { toBibTeX, toCslJson, toRIS } from '../../demo/server/export/index.ts';
import { BUNDLED_REFERENCES } from '../../demo/server/reference-store.ts';
import { MAX_EXPORT_BYTES, MAX_EXPORT_ITEMS } from '../../demo/server/routes/references-export.ts';
import { MAX_BODY_BYTES } from '../../demo/server/request-body.ts';
import { useTestServer } from './helpers.ts';

/** The endpoint's own records: retractions, open-access links, books, reports and a web page. */
const bundled = JSON.parse(readFileSync(BUNDLED_REFERENCES, 'utf8')) as CslItem[];

/** Strings that break TeX, RIS lines, JSON or HTML somewhere. */
const HOSTILE = [
  'Braces {x} \\ 100% & $5 #1 snake_case ~tilde ^caret',
  'Line one\nTY  - JOUR\r\nER  - ',
  '<img src=x onerror=alert(1)></script>',
  '"quoted", \'single\' and `back`',
  'a\u0000b \u202eevil',
  'العلاج بالكيتامين שלום 精神 😀',
  'x'.repeat(5000),
];
const hostileItems: CslItem[] = HOSTILE.map((value, index) => ({
  id: `hostile-${index}`,
  type: 'article-journal',
  title: value,
  'container-title': value,
  publisher: value,
  page: value,
  author: [{ family: value, given: value }, { literal: value }],
  issued: { 'date-parts': [[2020, 3, 5]] },
  DOI: `10.1000/${value}`,
  URL: `https://example.org/${encodeURIComponent(value)}`,
}));

describe('POST /references/export', () => {
  const server = useTestServer({ rateLimits: { exports: { burst: 1000, perMinute: 1000 } } });
  const exportAs = (body: unknown, init: RequestInit = {}) =>
    fetch(`${server.base}/references/export`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), ...init });

  it('answers each format as a file to save, written exactly as the writers write it', async () => {
    const files = [
      ['bibtex', toBibTeX, 'application/x-bibtex; charset=utf-8', 'references.bib'],
      ['ris', toRIS, 'application/x-research-info-systems; charset=utf-8', 'references.ris'],
      ['csl-json', toCslJson, 'application/vnd.citationstyles.csl+json; charset=utf-8', 'references.json'],
    ] as const;
    for (const [format, write, type, filename] of files) {
      const answer = await exportAs({ format, items: bundled });
      assert.equal(answer.status, 200, format);
      assert.equal(answer.headers.get('content-type'), type);
      assert.equal(answer.headers.get('content-disposition'), `attachment; filename="${filename}"`);
      assert.equal(answer.headers.get('cache-control'), 'no-store');
      assert.equal(await answer.text(), write(bundled), format);
    }
  });

  it('keeps hostile text as data in every format', async () => {
    for (const format of ['bibtex', 'ris', 'csl-json'] as const) {
      const answer = await exportAs({ format, items: hostileItems });
      assert.equal(answer.status, 200, format);
      const text = await answer.text();
      assert.equal(text, { bibtex: toBibTeX, ris: toRIS, 'csl-json': toCslJson }[format](hostileItems), format);
      if (format === 'csl-json') assert.deepEqual(JSON.parse(text), hostileItems);
      if (format === 'ris') {
        assert.equal(text.match(/^TY {2}- /gm)?.length, hostileItems.length, 'a line break in a value starts no record');
        assert.equal(text.match(/^ER {2}- /gm)?.length, hostileItems.length);
      }
    }
  });

  it('answers an empty list with an empty file, and leaves out the directory’s own fields from CSL-JSON', async () => {
    assert.equal(await (await exportAs({ format: 'bibtex', items: [] })).text(), '');
    const json = JSON.parse(await (await exportAs({ format: 'csl-json', items: bundled })).text()) as CslItem[];
    assert.equal(json.length, bundled.length);
    assert.ok(bundled.some((item) => item.status && item.openAccessUrl));
    assert.ok(json.every((item) => !('status' in item) && !('openAccessUrl' in item)));
  });

  it('refuses another format, items that are not a list of objects, and too many items with a 422 problem', async () => {
    const bad: Array<[unknown, string]> = [
      [{ format: 'endnote', items: bundled }, 'format'],
      [{ format: '__proto__', items: bundled }, 'format'],
      [{ items: bundled }, 'format'],
      [{ format: 'ris', items: 'not a list' }, 'items'],
      [{ format: 'ris', items: [bundled[0], null] }, 'items'],
      [{ format: 'ris', items: [[bundled[0]]] }, 'items'],
      [{ format: 'ris' }, 'items'],
      [{ format: 'ris', items: Array.from({ length: MAX_EXPORT_ITEMS + 1 }, (_, index) => ({ id: `i${index}`, type: 'book' })) }, 'items'],
    ];
    for (const [body, field] of bad) {
      const answer = await exportAs(body);
      assert.equal(answer.status, 422, JSON.stringify(body).slice(0, 60));
      assert.match(answer.headers.get('content-type') ?? '', /^application\/problem\+json/);
      const problem = await answer.json();
      assert.equal(problem.title, "Some of what was sent isn't valid.");
      assert.deepEqual(Object.keys(problem.errors), [field]);
    }
  });

  it('refuses a body that is not a JSON object with a 400 or 415 problem', async () => {
    const cases: Array<[RequestInit, number]> = [
      [{ body: '{"format": "ris", "items": [' }, 400],
      [{ body: '[]' }, 400],
      [{ body: 'format=ris', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }, 415],
    ];
    for (const [init, status] of cases) {
      const answer = await exportAs(undefined, init);
      assert.equal(answer.status, status, String(init.body));
      assert.equal((await answer.json()).status, status);
    }
  });

  it('answers another method with a 405 problem', async () => {
    const answer = await fetch(`${server.base}/references/export`);
    assert.equal(answer.status, 405);
    assert.equal(answer.headers.get('allow'), 'POST');
  });

  it('answers preflights from listed origins', async () => {
    const answer = await fetch(`${server.base}/references/export`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:8000', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    assert.equal(answer.status, 204);
    assert.equal(answer.headers.get('access-control-allow-origin'), 'http://localhost:8000');
    const file = await exportAs({ format: 'ris', items: bundled.slice(0, 1) }, { headers: { 'Content-Type': 'application/json', Origin: 'http://localhost:8000' } });
    assert.equal(file.headers.get('access-control-allow-origin'), 'http://localhost:8000');
    assert.match(file.headers.get('access-control-expose-headers') ?? '', /Content-Disposition/);
  });
  it('takes a list beyond the usual 32 KB up to its own limit, and answers 413 above it', async () => {
    const many = Array.from({ length: MAX_EXPORT_ITEMS }, (_, index) => ({ ...bundled[index % bundled.length], id: `item-${index}` }));
    const body = JSON.stringify({ format: 'bibtex', items: many });
    assert.ok(body.length > MAX_BODY_BYTES && body.length < MAX_EXPORT_BYTES, `${body.length} bytes`);
    const answer = await exportAs(undefined, { body });
    assert.equal(answer.status, 200);
    assert.equal((await answer.text()).match(/^@\w+\{/gm)?.length, MAX_EXPORT_ITEMS);

    // The server answers from Content-Length, before the body: only its first byte is sent.
    const tooLarge = await new Promise<{ status?: number; body: string }>((resolve, reject) => {
      const headers = { 'Content-Type': 'application/json', 'Content-Length': String(MAX_EXPORT_BYTES + 1) };
      const sent = request(`${server.base}/references/export`, { method: 'POST', headers }, async (answer) => {
        let body = '';
        for await (const chunk of answer) body += chunk;
        sent.destroy();
        resolve({ status: answer.statusCode, body });
      });
      sent.on('error', reject);
      sent.write('{');
    });
    assert.equal(tooLarge.status, 413);
    assert.equal(JSON.parse(tooLarge.body).detail, 'Requests may be at most 512 KB.');
  });

});

describe('POST /references/export rate limit', () => {
  const server = useTestServer({ rateLimits: { exports: { burst: 2, perMinute: 1 } } });

  it('is rate-limited per client', async () => {
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      const answer = await fetch(`${server.base}/references/export`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ format: 'ris', items: bundled.slice(0, 1) }),
      });
      statuses.push(answer.status);
      if (answer.status === 429) assert.ok(Number(answer.headers.get('retry-after')) > 0);
    }
    assert.deepEqual(statuses, [200, 200, 429]);
  });
});
