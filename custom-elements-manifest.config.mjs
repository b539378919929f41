// The custom-elements manifest (custom-elements.json) that ships in the package; the README's
// component reference is generated from it (scripts/component-reference.mjs).
export default {
  globs: ['components/**/*.ts'],
  exclude: ['components/**/*.test.ts', 'components/**/translations.ts', 'components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
