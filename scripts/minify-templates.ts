import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * Collapses the whitespace of the `html` (Lit's) and `css` (src/styles/css.ts) tagged templates in our sources at build time.
 * Minifiers leave template literals alone, so the indentation of every template and stylesheet
 * would otherwise ship to visitors. Inside `html`, a run of whitespace with a line break becomes one
 * space, which HTML renders the same (no template's own text is in a `white-space: pre` context).
 * Inside `css`, comments go and whitespace shrinks to what the syntax needs.
 */
export function minifyTemplates(): Plugin {
  return {
    name: 'minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|css)`/.test(code)) return undefined;
      return { code: minifySource(code), map: null };
    },
  };
}

const minifiers: Record<string, (text: string) => string> = {
  html: (text) => text.replace(/\s*\n\s*/g, ' '),
  css: (text) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      // "color: red" needs no space; selectors here never contain ": " (they write ":host", "a:hover").
      .replace(/: /g, ':')
      .replace(/;}/g, '}'),
};

/** Rewrites the literal parts of every `html` and `css` template in a module's source. */
export function minifySource(source: string): string {
  const file = ts.createSourceFile('module.ts', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  // [start, end, replacement] of each literal part, inside the backticks and `${`/`}`.
  const edits: Array<[number, number, string]> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text in minifiers) {
      const minify = minifiers[node.tag.text];
      const template = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const part of parts) {
        const start = part.getStart(file) + 1;
        const end = part.end - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
        edits.push([start, end, minify(source.slice(start, end))]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}
