// `npm run analyze` writes custom-elements.json, the generated description of the public API,
// from the JSDoc of every element (@summary @slot @csspart @cssprop @fires).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
};
