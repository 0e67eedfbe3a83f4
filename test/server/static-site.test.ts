import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { after, describe, test } from 'node:test';
import { BUNDLE_URL, staticSite } from '../../demo/server/static-site.ts';

describe('the production-like static site', () => {
  const root = mkdtempSync(join(tmpdir(), 'dw-static-'));
  mkdirSync(join(root, 'dist'));
  mkdirSync(join(root, 'demo', 'server'), { recursive: true });
  const bundle = `export const widgets = ${JSON.stringify('x'.repeat(5000))};\n`;
  writeFileSync(join(root, 'dist', 'directory-widgets.js'), bundle);
  writeFileSync(join(root, 'demo', 'index.html'), '<script type="module" src="/src/index.ts"></script>');
  writeFileSync(join(root, 'demo', 'server', 'secret.ts'), 'export const secret = 1;');
  const site = staticSite(root);
  after(() => rmSync(root, { recursive: true, force: true }));

  test('sends the bundle gzipped to a browser that accepts gzip, and plain to one that does not', async () => {
    const zipped = await site.request(BUNDLE_URL, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    assert.equal(zipped.status, 200);
    assert.equal(zipped.headers.get('Content-Encoding'), 'gzip');
    assert.match(zipped.headers.get('Content-Type') ?? '', /^text\/javascript/);
    assert.equal(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString('utf8'), bundle);

    const plain = await site.request(BUNDLE_URL, { headers: { 'Accept-Encoding': 'identity' } });
    assert.equal(plain.headers.get('Content-Encoding'), null);
    assert.equal(await plain.text(), bundle);
  });

  test('points the demo pages at the built bundle and never serves the server source', async () => {
    const page = await site.request('/demo/', { headers: { 'Accept-Encoding': 'identity' } });
    assert.equal(await page.text(), `<script type="module" src="${BUNDLE_URL}"></script>`);
    assert.equal((await site.request('/demo/server/secret.ts')).status, 404);
  });
});
