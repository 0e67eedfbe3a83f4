import { getRequestListener } from '@hono/node-server';
import type { Plugin, PreviewServer, ViteDevServer } from 'vite';
import { createApp } from './app.ts';
import { configFromEnv } from './config.ts';
import { prepareDatabase } from './prepare-database.ts';

export interface DirectoryApiOptions {
  /** Where the API is mounted. Default `/api/v1`. */
  basePath?: string;
}

/**
 * Mounts the reference directory endpoint on the Vite server at `/api/v1`, on the same origin as
 * the demo pages. The first run creates and seeds `.data/directory.db`.
 */
export function directoryApi(options: DirectoryApiOptions = {}): Plugin {
  const basePath = options.basePath ?? '/api/v1';

  function mount(server: ViteDevServer | PreviewServer) {
    const config = configFromEnv(process.env);
    const db = prepareDatabase(config, (line) => server.config.logger.info(line));
    const directory = createApp({
      database: db,
      basePath,
      corsOrigins: config.corsOrigins,
      trustProxy: config.trustProxy,
      ...(config.crossref ? { crossref: config.crossref } : {}),
    });
    const listener = getRequestListener(directory.app.fetch);

    server.middlewares.use((req, res, next) => {
      const path = (req.url ?? '/').split('?')[0];
      if (path === '/') {
        res.writeHead(302, { Location: '/demo/' }).end();
      } else if (path === basePath || path.startsWith(`${basePath}/`)) {
        void listener(req, res);
      } else {
        next();
      }
    });

    server.httpServer?.once('listening', () => {
      // Vite fills in its URLs once it listens; print ours after them.
      setTimeout(() => {
        const url = (server.resolvedUrls?.local[0] ?? 'http://localhost:5173/').replace(/\/$/, '');
        server.config.logger.info(`  ➜  Demo pages:     ${url}/demo/`);
        server.config.logger.info(`  ➜  Directory API:  ${url}${basePath}  (sample data in ${config.databasePath})`);
      }, 50);
    });
    server.httpServer?.once('close', () => {
      directory.close();
      db.close();
    });
  }

  return {
    name: 'directory-api',
    configureServer: mount,
    configurePreviewServer: mount,
  };
}
