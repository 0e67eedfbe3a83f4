import { defineConfig } from 'vite';

// `npm run build` writes dist/directory-widgets.js: one self-contained, minified ES module with Lit
// inside, for host pages that load it with one <script type="module">.
export default defineConfig({
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
