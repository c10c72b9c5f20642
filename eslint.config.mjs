import js from '@eslint/js';
import globals from 'globals';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'storybook-static/', 'node_modules/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  wc.configs['flat/recommended'],
  lit.configs['flat/recommended'],
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        globalThis: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'innerHTML breaks under strict CSP and opens XSS holes.',
        },
        { selector: "CallExpression[callee.name='eval']", message: 'eval is not allowed.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: "Browser code imports 'zod/mini' (zod classic is ~24 KB gzip)." },
            { name: 'lit/directives/unsafe-html.js', message: 'unsafeHTML is not allowed (CSP, XSS).' },
            { name: 'lit/directives/style-map.js', message: 'styleMap breaks under a strict style-src CSP.' },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'test/node/**', 'test/server/**', '*.mjs', '.storybook/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // chai assertions such as `expect(x).to.exist` are expressions.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'HTMLElement', 'customElements'],
    },
  },
);
