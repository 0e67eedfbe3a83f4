/**
 * Checks any directory endpoint against contract v1:
 *   npm run conformance -- https://directory.example.org/api/v1 [--write] [--near 97201]
 * Without --write it only reads (and sends requests that must be refused), so it is safe against a
 * production endpoint. --write also stores one listing and one report, marked as a test.
 */
import { runConformance } from './conformance/checks.ts';

function usage(): never {
  console.error('Usage: npm run conformance -- <endpoint-url> [--write] [--near <ZIP or "City, ST">]');
  process.exit(2);
}

const args = process.argv.slice(2);
const write = args.includes('--write');
const nearIndex = args.indexOf('--near');
const near = nearIndex >= 0 ? args[nearIndex + 1] : undefined;
if (nearIndex >= 0 && !near) usage();
const positional = args.filter((arg, index) => !arg.startsWith('--') && (nearIndex < 0 || index !== nearIndex + 1));
const base = positional[0];
if (!base || !/^https?:\/\//.test(base)) usage();

const results = await runConformance(base, { write, ...(near ? { near } : {}) });
for (const result of results) {
  console.log(result.passed ? `  pass  ${result.name}` : `  FAIL  ${result.name}\n        ${result.reason}`);
}
const failed = results.filter((result) => !result.passed).length;
console.log(`\n${results.length - failed} passed, ${failed} failed${write ? '' : ' (read-only: add --write to check listings and reports)'}`);
process.exit(failed ? 1 : 0);
