import { defineConfig } from 'vite';
import { directoryApi } from './demo/server/vite-plugin.ts';

export default defineConfig({
  // `npm start`: the demo pages under /demo/ with the reference directory API on the same origin.
  appType: 'mpa',
  plugins: [directoryApi()],
  // `npm run build` writes dist/directory-widgets.js: one self-contained, minified ES module with Lit
  // inside, for host pages that load it with one <script type="module">.
  build: {
    target: 'es2021',
    sourcemap: true,
    emptyOutDir: false,
    // Library mode keeps an ES build's whitespace; this file goes straight to browsers, so minify it all.
    rolldownOptions: { output: { minify: true } },
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'directory-widgets.js',
    },
  },
});
