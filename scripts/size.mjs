#!/usr/bin/env node
// `npm run size`: min, gzip and brotli sizes of every browser entry, and what a page with one
// element downloads through the autoloader. `--check` fails when a ceiling in package.json's
// "sizeBudgets" (gzip bytes) is exceeded; "sizeTargets" are the goals, printed beside them.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const check = process.argv.includes('--check');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const budgets = pkg.sizeBudgets ?? {};
const targets = pkg.sizeTargets ?? {};

function sizes(files) {
  const buffer = Buffer.concat(files.map((file) => readFileSync(join(dist, file))));
  return {
    min: buffer.length,
    gzip: files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length, 0),
    brotli: files.reduce(
      (sum, file) => sum + brotliCompressSync(readFileSync(join(dist, file)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      0,
    ),
  };
}

if (!existsSync(join(dist, 'recipro.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const rows = [];
// recipro.js with the chunks it imports statically (the validator and languages load on demand).
/** A chunk and every chunk it imports statically, from a rollup chunk manifest. */
const closure = (manifest, file, seen = new Set()) => {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of manifest[file]?.imports ?? []) closure(manifest, dep, seen);
  return seen;
};
const esm = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
rows.push(['recipro.js', [...closure(esm, 'recipro.js')]]);
for (const file of ['recipro.iife.js', 'cdn/autoloader.js']) rows.push([file, [file]]);
const chunks = readdirSync(join(dist, 'cdn/chunks')).filter((f) => f.endsWith('.js'));
for (const chunk of chunks) rows.push([`cdn/chunks/${chunk}`, [`cdn/chunks/${chunk}`]]);

// What a page with one element downloads: the autoloader, the element's chunk and its static imports.
const manifest = JSON.parse(readFileSync(join(dist, 'cdn/manifest.json'), 'utf8'));
for (const element of ['quiz', 'checklist', 'stepper']) {
  const chunk = Object.keys(manifest).find((file) => new RegExp(`^chunks/${element}-[\\w-]+\\.js$`).test(file));
  if (!chunk) continue;
  const files = ['autoloader.js', ...closure(manifest, chunk)].map((f) => `cdn/${f}`);
  rows.push([`page with only <recipro-${element}> (autoloader)`, files]);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let failed = 0;
console.log(`${'entry'.padEnd(52)} ${'min'.padStart(9)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)}  ceiling (gzip)      target`);
for (const [name, files] of rows) {
  const s = sizes(files);
  const budget = budgets[name];
  const verdict = budget === undefined ? '' : s.gzip <= budget ? `ok (≤ ${kb(budget)})` : `OVER (> ${kb(budget)})`;
  if (budget !== undefined && s.gzip > budget) failed++;
  const target = targets[name] === undefined ? '' : s.gzip <= targets[name] ? `met (≤ ${kb(targets[name])})` : `not yet (${kb(targets[name])})`;
  console.log(`${name.padEnd(52)} ${kb(s.min).padStart(9)} ${kb(s.gzip).padStart(9)} ${kb(s.brotli).padStart(9)}  ${verdict.padEnd(18)}  ${target}`);
}
if (check && failed) {
  console.error(`${failed} size budget(s) exceeded.`);
  process.exit(1);
}
