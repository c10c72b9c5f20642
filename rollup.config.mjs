import typescript from '@rollup/plugin-typescript';

/**
 * The npm build: ES modules that keep their file layout, with `lit` and `zod` left to the
 * app's bundler, plus `.d.ts` files. The script-tag builds are added with the elements.
 */
const npmEntries = {
  'core/index': 'src/core/index.ts',
};

const external = (id) => /^(lit|@lit|zod)(\/|$)/.test(id);

export default [
  {
    input: npmEntries,
    external,
    output: {
      dir: 'dist/npm',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
      sourcemap: true,
    },
    plugins: [typescript({ tsconfig: './tsconfig.json', outDir: 'dist/npm', declaration: true, declarationDir: 'dist/npm', sourceMap: true })],
  },
];
