/**
 * The custom elements manifest, generated from the elements' JSDoc (`npm run analyze`, part of `npm run build`),
 * and everything generated from it into dist/types/ (shipped, named in package.json):
 *
 * - `jsx.d.ts` (@wc-toolkit/jsx-types): JSX for React 19, Preact, Solid and other JSX users;
 * - `vue.d.ts` (custom-element-vuejs-integration): Vue 3's `GlobalComponents`;
 * - `svelte.d.ts` (ours, from the JSX props): Svelte 5's `SvelteHTMLElements`;
 * - `vscode.html-custom-data.json`, `vscode.css-custom-data.json` (custom-element-vs-code-integration): VS Code;
 * - `web-types.json` (custom-element-jet-brains-integration): JetBrains IDEs.
 */
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { presetUnions, shippedPaths, svelteTypes, vueTypes } from './scripts/manifest-plugins.mjs';

const outdir = 'dist/types';
/** Where the generated typings import the element classes and event details from, relative to `outdir`. */
const globalTypePath = '../npm/index.js';
const editorData = { outdir, hideMethodDocs: true, hideLogs: true };

export default {
  globs: ['src/components/**/*.component.ts', 'src/components/shared/recipro-element.ts'],
  exclude: ['dist/**', 'storybook-static/**', 'node_modules/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    // First: the generators below read the manifest as these two leave it.
    shippedPaths(),
    presetUnions(),
    jsxTypesPlugin({ outdir, fileName: 'jsx.d.ts', globalTypePath, stronglyTypedEvents: true }),
    vueTypes({ outdir, fileName: 'vue.d.ts', globalTypePath }),
    svelteTypes({ outdir, fileName: 'svelte.d.ts', jsxModule: './jsx.js', globalTypePath }),
    customElementVsCodePlugin({
      ...editorData,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
    }),
    customElementJetBrainsPlugin({ ...editorData, webTypesFileName: 'web-types.json', packageJson: false }),
  ],
};
