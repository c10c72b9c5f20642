#!/usr/bin/env node
// `npm run size`: min, gzip and brotli sizes of every browser entry, and what a page with one
// element downloads through the autoloader. `--check` fails when a ceiling in package.json's
// "sizeBudgets" (gzip bytes) is exceeded; "sizeTargets" are the goals, printed beside them.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { DEFAULT_PACKS, download, readManifest, translatedPacks } from './pages.mjs';

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
// recipro.js on a page with all three elements showing their English packs. The validator (for
// definitions a host writes), the other packs and the other languages load only when asked for.
const esm = readManifest(dist);
rows.push(['recipro.js (all three elements, English packs)', download(esm, ['recipro.js', ...Object.values(DEFAULT_PACKS)])]);
for (const file of ['recipro.iife.js', 'cdn/autoloader.js']) rows.push([file, [file]]);
const chunks = readdirSync(join(dist, 'cdn/chunks')).filter((f) => f.endsWith('.js'));
for (const chunk of chunks) rows.push([`cdn/chunks/${chunk}`, [`cdn/chunks/${chunk}`]]);

// What a page with one element downloads through the autoloader: the element's chunk, its static
// imports and its default pack. A checklist that upgrades the writer's own list needs no pack.
const cdn = readManifest(join(dist, 'cdn'));
const page = (starts) => ['autoloader.js', ...download(cdn, starts)].map((f) => `cdn/${f}`);
for (const element of ['quiz', 'checklist', 'stepper']) {
  rows.push([`page with only <recipro-${element}> (autoloader)`, page([element, DEFAULT_PACKS[element]])]);
  if (element === 'checklist') rows.push([`page with a writer's list in <recipro-checklist> (autoloader)`, page([element])]);
}
// The same pages in French: the French strings and the French pack come on top (the English pack
// still loads, as the fallback). Hindi and Arabic pages are alike.
for (const element of ['quiz', 'checklist', 'stepper']) {
  rows.push([`page with only <recipro-${element}>, in French (autoloader)`, page([element, DEFAULT_PACKS[element], ...translatedPacks('fr')[element]])]);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let failed = 0;
console.log(`${'entry'.padEnd(62)} ${'min'.padStart(9)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)}  ceiling (gzip)      target`);
for (const [name, files] of rows) {
  const s = sizes(files);
  const budget = budgets[name];
  const verdict = budget === undefined ? '' : s.gzip <= budget ? `ok (≤ ${kb(budget)})` : `OVER (> ${kb(budget)})`;
  if (budget !== undefined && s.gzip > budget) failed++;
  const target = targets[name] === undefined ? '' : s.gzip <= targets[name] ? `met (≤ ${kb(targets[name])})` : `not yet (${kb(targets[name])})`;
  console.log(`${name.padEnd(62)} ${kb(s.min).padStart(9)} ${kb(s.gzip).padStart(9)} ${kb(s.brotli).padStart(9)}  ${verdict.padEnd(18)}  ${target}`);
}
if (check && failed) {
  console.error(`${failed} size budget(s) exceeded.`);
  process.exit(1);
}
