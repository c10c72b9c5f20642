#!/usr/bin/env node
// `npm run size`: min, gzip and brotli sizes of every browser entry, and what a page with one
// element downloads through the autoloader, with the gzip bytes split into code and content.
// `--check` fails when a ceiling in package.json's "sizeBudgets" (gzip bytes) is exceeded;
// "sizeTargets" are the goals, printed beside them.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_SOURCES, pageRows, sizes } from './pages.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const check = process.argv.includes('--check');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const budgets = pkg.sizeBudgets ?? {};
const targets = pkg.sizeTargets ?? {};

if (!existsSync(join(dist, 'recipro.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const rows = pageRows(dist);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let failed = 0;
console.log(
  `${'entry'.padEnd(62)} ${'min'.padStart(9)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)} ` +
    `${'code'.padStart(9)} ${'content'.padStart(9)}  ceiling (gzip)      target`,
);
for (const [name, files] of rows) {
  const s = sizes(dist, files);
  const budget = budgets[name];
  const verdict = budget === undefined ? '' : s.gzip <= budget ? `ok (≤ ${kb(budget)})` : `OVER (> ${kb(budget)})`;
  if (budget !== undefined && s.gzip > budget) failed++;
  const target =
    targets[name] === undefined
      ? ''
      : s.gzip <= targets[name]
        ? `met (≤ ${kb(targets[name])})`
        : `not yet (${kb(targets[name])})`;
  console.log(
    `${name.padEnd(62)} ${kb(s.min).padStart(9)} ${kb(s.gzip).padStart(9)} ${kb(s.brotli).padStart(9)} ` +
      `${kb(s.code).padStart(9)} ${kb(s.content).padStart(9)}  ${verdict.padEnd(18)}  ${target}`,
  );
}
console.log(
  '\nmin: minified bytes; gzip: level 9; brotli: quality 11; each file compressed alone, then summed.\n' +
    `code / content: the gzip bytes split by source map, in proportion to each file's minified bytes; content is ` +
    `${CONTENT_SOURCES} (packs, translations, interface strings), code is the rest.`,
);
if (check && failed) {
  console.error(`${failed} size budget(s) exceeded.`);
  process.exit(1);
}
