import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/**
 * Two builds (as Shoelace's npm and CDN configs):
 * - npm: ES modules that keep their file layout, `lit` and `zod` left to the app's bundler, `.d.ts`.
 * - script tag: `dist/recipro.js`, one self-contained module with everything, minified.
 */
const npmEntries = {
  index: 'src/index.ts',
  define: 'src/define.ts',
  events: 'src/events.ts',
  'core/index': 'src/core/index.ts',
  'content/index': 'src/content/index.ts',
  'components/quiz/quiz': 'src/components/quiz/quiz.ts',
  'components/quiz/quiz.component': 'src/components/quiz/quiz.component.ts',
};

const external = (id) => /^(lit|@lit|zod)(\/|$)/.test(id);

// The core is pure: modules whose exports are unused can be dropped whole, zod schemas included.
const treeshake = { moduleSideEffects: (id, isExternal) => isExternal || !/[\\/]src[\\/](core|content)[\\/]/.test(id) };

export default [
  {
    input: npmEntries,
    external,
    treeshake,
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
  {
    input: 'src/recipro.ts',
    treeshake,
    output: { file: 'dist/recipro.js', format: 'es', sourcemap: true },
    plugins: [
      resolve({ exportConditions: ['production'] }),
      typescript({ tsconfig: './tsconfig.json', outDir: 'dist', declaration: false, declarationMap: false, sourceMap: true }),
      terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
  },
];
