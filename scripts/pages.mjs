// What a page downloads from a build: the chunks named in rollup's manifest.json (written by
// rollup.config.mjs) and their static imports. Shared by `npm run size` and the bench.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * The default English pack of each element. Packs load on demand, but every page that shows an
 * element with its default content downloads its pack, so page sizes count it.
 */
export const DEFAULT_PACKS = {
  quiz: 'src/content/quiz/reciprocity-balance.ts',
  checklist: 'src/content/checklists/romantic-signs.ts',
  stepper: 'src/content/stepper/recipro-steps.ts',
};

/**
 * What each element shows by default in another language: the language's strings and its
 * translation of the default pack.
 */
export const translatedPacks = (language) => ({
  quiz: [`src/locales/${language}/on-demand.ts`, `src/locales/${language}/quiz.ts`],
  checklist: [`src/locales/${language}/on-demand.ts`, `src/locales/${language}/checklists/romantic-signs.ts`],
  stepper: [`src/locales/${language}/on-demand.ts`, `src/locales/${language}/stepper.ts`],
});

export const readManifest = (dir) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

/** A chunk and every chunk it imports statically. */
export function closure(manifest, file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of manifest[file]?.imports ?? []) closure(manifest, dep, seen);
  return seen;
}

/** The chunk that holds a source module (e.g. `src/content/...`), or the chunk of an element (`quiz`). */
export function chunkOf(manifest, moduleOrElement) {
  const found = moduleOrElement.startsWith('src/')
    ? Object.keys(manifest).find((file) => manifest[file].modules.includes(moduleOrElement))
    : Object.keys(manifest).find((file) => new RegExp(`^chunks/${moduleOrElement}-[\\w-]+\\.js$`).test(file));
  if (!found) throw new Error(`no chunk in the manifest holds ${moduleOrElement}`);
  return found;
}

/** Every file a page downloads when it loads these chunks or modules (and what they import statically). */
export function download(manifest, starts) {
  const seen = new Set();
  for (const start of starts)
    closure(manifest, start.endsWith('.js') && !start.startsWith('src/') ? start : chunkOf(manifest, start), seen);
  return [...seen];
}

/** min, gzip (level 9) and brotli (quality 11) bytes of files under `dist`, counted per file and summed. */
export function sizes(dist, files) {
  const buffers = files.map((file) => readFileSync(join(dist, file)));
  return {
    min: buffers.reduce((sum, b) => sum + b.length, 0),
    gzip: buffers.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0),
    brotli: buffers.reduce(
      (sum, b) => sum + brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      0,
    ),
  };
}

/** The rows `npm run size` reports: [name, files under dist/] for each entry, each CDN chunk and each kind of page. */
export function pageRows(dist) {
  const rows = [];
  // recipro.js on a page with all three elements showing their English packs. The validator (for
  // definitions a host writes), the other packs and the other languages load only when asked for.
  const esm = readManifest(dist);
  rows.push([
    'recipro.js (all three elements, English packs)',
    download(esm, ['recipro.js', ...Object.values(DEFAULT_PACKS)]),
  ]);
  for (const file of ['recipro.iife.js', 'cdn/autoloader.js']) rows.push([file, [file]]);
  for (const chunk of readdirSync(join(dist, 'cdn/chunks')).filter((f) => f.endsWith('.js')))
    rows.push([`cdn/chunks/${chunk}`, [`cdn/chunks/${chunk}`]]);

  // What a page with one element downloads through the autoloader: the element's chunk, its static
  // imports and its default pack. A checklist that upgrades the writer's own list needs no pack.
  const cdn = readManifest(join(dist, 'cdn'));
  const page = (starts) => ['autoloader.js', ...download(cdn, starts)].map((f) => `cdn/${f}`);
  for (const element of ['quiz', 'checklist', 'stepper']) {
    rows.push([`page with only <recipro-${element}> (autoloader)`, page([element, DEFAULT_PACKS[element]])]);
    if (element === 'checklist')
      rows.push([`page with a writer's list in <recipro-checklist> (autoloader)`, page([element])]);
  }
  // The same pages in French: the French strings and the French pack instead of the English one
  // (the quiz's and stepper's English packs come with their element). Hindi and Arabic are alike.
  for (const element of ['quiz', 'checklist', 'stepper']) {
    rows.push([
      `page with only <recipro-${element}>, in French (autoloader)`,
      page([element, ...translatedPacks('fr')[element]]),
    ]);
  }
  return rows;
}
