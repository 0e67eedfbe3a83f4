/**
 * Prints what each widget adds to the bundle, in gzip bytes: the bundle is built with every widget
 * but one, and the difference is that widget's share (its English messages are in every build, as
 * `en.ts` gathers them all). A measuring aid for keeping each widget's bytes honest, not a test.
 *
 *   npx tsx scripts/size-shares.ts
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';
import { minifyTemplates } from './minify-templates.ts';

const widgets: Record<string, string[]> = {
  'provider-finder': ['provider-finder/provider-finder.js:ProviderFinder'],
  'article-references + cite-ref': ['article-references/article-references.js:ArticleReferences', 'cite-ref/cite-ref.js:CiteRef'],
  'listing-form': ['listing-form/listing-form.js:ListingForm'],
};

const dir = mkdtempSync(join(tmpdir(), 'size-shares-'));

async function gzipOf(names: string[]): Promise<number> {
  const lines = [`export * from '${resolve('src/directory/client.ts')}';`, `export * from '${resolve('src/internal/localize.ts')}';`];
  for (const spec of names.flatMap((name) => widgets[name])) {
    const [file, name] = spec.split(':');
    lines.push(`import { ${name} } from '${resolve('src/components', file)}'; ${name}.define();`);
  }
  if (!names.length) {
    // The shared base alone: one bare element keeps Lit and the base class in the build.
    lines.push(`import { DirectoryElement } from '${resolve('src/internal/directory-element.ts')}';`);
    lines.push(`customElements.define('dw-bare', class extends DirectoryElement {});`);
  }
  const entry = join(dir, `entry-${names.length}-${names.join('_').replace(/\W/g, '')}.ts`);
  writeFileSync(entry, lines.join('\n'));
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [minifyTemplates()],
    build: {
      write: false,
      target: 'es2021',
      lib: { entry, formats: ['es'], fileName: () => 'bundle.js' },
      rolldownOptions: { output: { minify: true } },
    },
  })) as Rollup.RollupOutput[];
  const chunk = output[0].output[0] as Rollup.OutputChunk;
  return gzipSync(chunk.code, { level: 9 }).length;
}

const all = Object.keys(widgets);
const total = await gzipOf(all);
console.log(`all widgets: ${total} B gzip`);
for (const name of all) {
  const without = await gzipOf(all.filter((other) => other !== name));
  console.log(`${name}: ${total - without} B`);
}
console.log(`foundation, Lit and the English messages: ${await gzipOf([])} B`);
rmSync(dir, { recursive: true, force: true });
