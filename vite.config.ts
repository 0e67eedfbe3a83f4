import { defineConfig } from 'vite';
import { directoryApi } from './demo/server/vite-plugin.ts';

// `npm start`: the demo pages under /demo/ with the reference directory API on the same origin.
export default defineConfig({
  appType: 'mpa',
  plugins: [directoryApi()],
});
