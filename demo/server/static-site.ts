import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** The built bundle that replaces the TypeScript entry the demo pages load under Vite. */
export const BUNDLE_URL = '/dist/directory-widgets.js';
const SOURCE_ENTRY = '/src/index.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** A file below `root`, or undefined for paths that would leave it. */
function fileBelow(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const file = resolve(root, `.${sep}${normalize(decoded)}`);
  return file === root || file.startsWith(root + sep) ? file : undefined;
}

async function sendFile(file: string | undefined, rewrite?: (html: string) => string): Promise<Response | undefined> {
  if (!file) return undefined;
  const path = file.endsWith(sep) || extname(file) === '' ? join(file, 'index.html') : file;
  try {
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const body = await readFile(path);
    const content = rewrite && type.startsWith('text/html') ? rewrite(body.toString('utf8')) : body;
    return new Response(content, { headers: { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' } });
  } catch {
    return undefined;
  }
}

/**
 * The demo pages and the built bundle, for the production-like server. Demo pages load
 * `/src/index.ts` (which Vite compiles in development); here that becomes the built bundle.
 * The server's own source under `demo/server/` is never served.
 */
export function staticSite(projectRoot: string): Hono {
  const demoRoot = resolve(projectRoot, 'demo');
  const distRoot = resolve(projectRoot, 'dist');
  const site = new Hono();
  // As a host's web server would: the bundle goes out gzipped to browsers that accept it.
  site.use(compress());
  site.get('/', (c) => c.redirect('/demo/'));
  site.get('/demo', (c) => c.redirect('/demo/'));
  site.get('/demo/*', async (c) => {
    const path = c.req.path.slice('/demo'.length);
    if (path === '/server' || path.startsWith('/server/')) return c.notFound();
    const response = await sendFile(fileBelow(demoRoot, path), (html) => html.replaceAll(`"${SOURCE_ENTRY}"`, `"${BUNDLE_URL}"`));
    return response ?? c.notFound();
  });
  site.get('/dist/*', async (c) => (await sendFile(fileBelow(distRoot, c.req.path.slice('/dist'.length)))) ?? c.notFound());
  site.notFound((c) => c.text('Not found', 404));
  return site;
}

export function bundleIsBuilt(projectRoot: string): boolean {
  return existsSync(resolve(projectRoot, `.${BUNDLE_URL}`));
}
