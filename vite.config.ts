import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { directoryApi } from './demo/server/vite-plugin.ts';
import { minifyTemplates } from './scripts/minify-templates.ts';

const localize = resolve('src/internal/localize.ts');

/**
 * `npm start`: the demo pages under /demo/ with the reference directory API on the same origin.
 *
 * `vite build` writes dist/directory-widgets.js: one self-contained, minified ES module with Lit
 * inside, for host pages that load it with one <script type="module">.
 * `vite build --mode spanish` writes dist/directory-widgets.es.js: the Spanish messages, which
 * register themselves with the main module (imported from beside it), so only Spanish pages pay for them.
 */
export default defineConfig(({ mode }) => {
  const spanish = mode === 'spanish';
  return {
    appType: 'mpa',
    plugins: [directoryApi(), minifyTemplates()],
    build: {
      target: 'es2022',
      sourcemap: true,
      emptyOutDir: false,
      lib: {
        entry: spanish ? 'src/translations/register-es.ts' : 'src/index.ts',
        formats: ['es'],
        fileName: () => (spanish ? 'directory-widgets.es.js' : 'directory-widgets.js'),
      },
      rolldownOptions: {
        external: spanish ? [localize] : [],
        output: {
          // Library mode keeps an ES build's whitespace; these files go straight to browsers, so minify them.
          minify: true,
          // Nothing bundles these files again, so pure annotations only cost bytes. Lit's licence is in
          // THIRD-PARTY-NOTICES.md, which the package ships beside them.
          comments: false,
          paths: spanish ? { [localize]: './directory-widgets.js' } : {},
        },
      },
    },
  };
});
