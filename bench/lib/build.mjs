// Bundles each peer page's JavaScript with rollup (+ node-resolve, commonjs, terser with the
// options the repo's own browser builds use) into dist/bench/ (ignored by git).
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import terser from '@rollup/plugin-terser';
import { join } from 'node:path';

export const peers = {
  'plain-lit': 'bench/peers/plain-lit.js',
  surveyjs: 'bench/peers/surveyjs.js',
  typeform: 'bench/peers/typeform.js',
};

export async function buildPeers(root) {
  const out = {};
  for (const [name, input] of Object.entries(peers)) {
    const bundle = await rollup({
      input: join(root, input),
      onwarn: (warning, warn) =>
        ['CIRCULAR_DEPENDENCY', 'THIS_IS_UNDEFINED', 'EVAL'].includes(warning.code) ? undefined : warn(warning),
      plugins: [
        {
          // Bundlers replace `process.env.NODE_ENV` for the browser; so do we.
          name: 'node-env',
          transform: (code) =>
            code.includes('process.env.NODE_ENV')
              ? { code: code.replaceAll('process.env.NODE_ENV', '"production"'), map: null }
              : null,
        },
        resolve({ browser: true, exportConditions: ['production'] }),
        commonjs(),
        terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } }),
      ],
    });
    const file = join(root, 'dist/bench', `${name}.js`);
    // A source map lets the Bytes table tell code from content (scripts/pages.mjs, contentShare).
    await bundle.write({ file, format: 'es', inlineDynamicImports: true, sourcemap: true });
    await bundle.close();
    out[name] = file;
  }
  return out;
}
