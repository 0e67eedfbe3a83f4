import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { browsersFromEnv } from './test/support/browsers.mjs';
import { finderEndpoint } from './test/support/finder-endpoint.mjs';
import { inputPlugin } from './test/support/input-plugin.mjs';
import { mediaPlugin } from './test/support/media-plugin.mjs';
import { listingFormSupport } from './test/support/listing-form-support.mjs';
import { scriptedEndpoint } from './test/support/scripted-endpoint.mjs';
import { oneWebKitPageAtATime } from './test/support/webkit-one-page.mjs';

// The reference endpoint is TypeScript; tsx lets this Node process load it.
register();
const { referenceEndpoint } = await import('./test/support/reference-endpoint.ts');
// citeproc-js and citation-js's parsers, which run only in Node, and a strict-CSP page, for the reference tests.
const { referencesSupport } = await import('./test/support/references-support.ts');

// Lit's development build warns about misuse; the production build is what visitors run.
// `LIT_BUILD=production` runs the same tests against the latter.
const production = process.env.LIT_BUILD === 'production';

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: production ? ['production'] : ['development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }), inputPlugin(), mediaPlugin()],
  middleware: [scriptedEndpoint(), listingFormSupport(), referenceEndpoint(), finderEndpoint(), referencesSupport()],
  browsers: oneWebKitPageAtATime(browsersFromEnv()),
  concurrentBrowsers: 3,
  concurrency: 2,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  // Generous: three browsers and the test server share two cores, and tests that type wait their turn.
  testFramework: { config: { timeout: 30_000 } },
};
