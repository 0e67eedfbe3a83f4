// `npm run analyze` writes custom-elements.json, the generated description of the public API,
// from the JSDoc of every element (@summary @slot @csspart @cssprop @fires).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [internalState()],
};

/**
 * The elements declare their reactive properties in `static properties` (no decorators: they cost
 * the bundle half a kilobyte). The analyzer reads every entry there as an attribute, so the entries
 * marked `state: true` (internal state, like Lit's `@state`) are taken out of the public API here.
 */
function internalState() {
  const states = new Map();
  return {
    name: 'internal-state',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
        if (!member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
        const names = member.initializer.properties
          .filter((entry) => ts.isPropertyAssignment(entry) && /\bstate:\s*true\b/.test(entry.initializer.getText()))
          .map((entry) => entry.name.getText());
        states.set(node.name.getText(), new Set(names));
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const internal = states.get(declaration.name);
          if (!internal) continue;
          declaration.attributes = declaration.attributes?.filter((attribute) => !internal.has(attribute.fieldName));
          declaration.members = declaration.members?.filter((member) => !internal.has(member.name));
        }
      }
    },
  };
}
