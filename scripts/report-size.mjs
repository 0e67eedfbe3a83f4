#!/usr/bin/env node
/**
 * Prints the size of the single-module bundle and fails the build when it is over budget.
 * Visitors download it on every page that embeds a widget: 35 KB gzip at most, 25 KB the aim.
 */
import { readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const budget = 35_000;
const file = 'dist/directory-widgets.js';
const code = readFileSync(file);
const gzip = gzipSync(code, { level: 9 }).length;
const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

console.log(`${file}: ${code.length} bytes, ${gzip} bytes gzip, ${brotli} bytes brotli (budget ${budget} gzip).`);
if (gzip > budget) {
  console.error(`The bundle is ${gzip - budget} bytes over its budget.`);
  process.exit(1);
}
