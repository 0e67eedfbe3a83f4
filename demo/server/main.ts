/**
 * The production-like server (`npm run serve`): one Node process that serves the built bundle,
 * the demo pages and the directory API on the port in `PORT`.
 */
import { serve } from '@hono/node-server';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.ts';
import { configFromEnv } from './config.ts';
import { prepareDatabase } from './prepare-database.ts';
import { bundleIsBuilt, staticSite } from './static-site.ts';

const API_BASE = '/api/v1';
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const config = configFromEnv(process.env);
const db = prepareDatabase(config);
const directory = createApp({
  database: db,
  basePath: API_BASE,
  corsOrigins: config.corsOrigins,
  trustProxy: config.trustProxy,
  ...(config.crossref ? { crossref: config.crossref } : {}),
});
const site = staticSite(projectRoot);

const server = serve(
  {
    fetch: (request, env) => {
      const { pathname } = new URL(request.url);
      const isApi = pathname === API_BASE || pathname.startsWith(`${API_BASE}/`);
      return isApi ? directory.app.fetch(request, env) : site.fetch(request, env);
    },
    port: config.port,
  },
  (info) => {
    const origin = `http://localhost:${info.port}`;
    console.log(`directory-widgets demo: ${origin}/demo/`);
    console.log(`directory API:          ${origin}${API_BASE}  (sample data in ${config.databasePath})`);
    if (!bundleIsBuilt(projectRoot)) {
      console.log('dist/ has no built bundle yet (dist/directory-widgets.js): the demo pages load without their widgets until the library is built.');
    }
  },
);

function shutDown() {
  server.close(() => {
    directory.close();
    db.close();
    process.exit(0);
  });
}
process.on('SIGINT', shutDown);
process.on('SIGTERM', shutDown);
