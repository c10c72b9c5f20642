/** The custom elements manifest, generated from the elements' JSDoc (`npm run analyze`). */
export default {
  globs: ['src/components/**/*.component.ts', 'src/components/shared/recipro-element.ts'],
  exclude: ['dist/**', 'storybook-static/**', 'node_modules/**'],
  outdir: '.',
  litelement: true,
};
