// What a page downloads from a build: the chunks named in rollup's manifest.json (written by
// rollup.config.mjs) and their static imports. Shared by `npm run size` and the bench.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { decode } from '@jridgewell/sourcemap-codec';

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
 * Elements that draw their default pack's cover (its intro screen) at once and load the pack itself
 * just after the first render: what they need before that render excludes the pack.
 */
export const COVERED = ['quiz'];

/** The default packs a page needs before its elements' first render. */
export const FIRST_RENDER_PACKS = Object.entries(DEFAULT_PACKS)
  .filter(([element]) => !COVERED.includes(element))
  .map(([, pack]) => pack);

/**
 * What each element shows by default in another language: the language's strings and its
 * translation of the default pack.
 */
export const translatedPacks = (language) => ({
  quiz: [`src/locales/${language}/on-demand.ts`, `src/locales/${language}/quiz.ts`],
  checklist: [`src/locales/${language}/on-demand.ts`, `src/locales/${language}/checklists/romantic-signs.ts`],
  stepper: [`src/locales/${language}/on-demand.ts`, `src/locales/${language}/stepper.ts`],
});

export const readManifest = (dir, name = 'manifest.json') => JSON.parse(readFileSync(join(dir, name), 'utf8'));

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

/**
 * What counts as content rather than code: the built-in packs, the translations and the interface
 * strings (src/content/**, src/locales/**, src/core/messages/**; the plain-lit peer takes its packs
 * from dist/npm/content/**).
 */
export const CONTENT_SOURCES = 'src/content/**, src/locales/**, src/core/messages/**';
const isContent = (path) => /[\\/](src|dist[\\/]npm)[\\/](content|locales|core[\\/]messages)[\\/]/.test(path);

/**
 * The share of a built file's bytes that comes from content, through its source map (`<file>.map`):
 * each mapped segment's bytes, up to the next segment, belong to its source; unmapped bytes
 * (rollup's glue) count as code. 0 without a map.
 */
export function contentShare(path) {
  if (!existsSync(`${path}.map`)) return 0;
  const map = JSON.parse(readFileSync(`${path}.map`, 'utf8'));
  const base = resolve(dirname(path), map.sourceRoot ?? '');
  const content = map.sources.map((source) => isContent(resolve(base, source ?? '')));
  const lines = readFileSync(path, 'utf8').split('\n');
  const mappings = decode(map.mappings);
  let bytes = 0;
  let total = 0;
  lines.forEach((line, i) => {
    total += Buffer.byteLength(line) + 1;
    const segments = mappings[i] ?? [];
    segments.forEach((segment, k) => {
      if (segment.length > 1 && content[segment[1]])
        bytes += Buffer.byteLength(line.slice(segment[0], segments[k + 1]?.[0] ?? line.length));
    });
  });
  return total ? bytes / total : 0;
}

/**
 * min, gzip (level 9) and brotli (quality 11) bytes of files under `dist`, counted per file and
 * summed; `content` and `code` split each file's gzip bytes in proportion to its minified bytes
 * from content and from code (see contentShare).
 */
export function sizes(dist, files) {
  const out = { min: 0, gzip: 0, brotli: 0, content: 0, code: 0 };
  for (const file of files) {
    const path = join(dist, file);
    const bytes = readFileSync(path);
    const gzip = gzipSync(bytes, { level: 9 }).length;
    const content = Math.round(gzip * contentShare(path));
    out.min += bytes.length;
    out.gzip += gzip;
    out.brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    out.content += content;
    out.code += gzip - content;
  }
  return out;
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
  rows.push(['recipro.js, up to the first render of all three', download(esm, ['recipro.js', ...FIRST_RENDER_PACKS])]);
  for (const file of ['recipro.iife.js', 'cdn/autoloader.js']) rows.push([file, [file]]);
  // The authoring tool, a script of its own (never part of recipro.js): what its page downloads
  // before it draws (its static imports); packs and languages load when the author picks them.
  rows.push(['builder.js (the authoring tool)', download(readManifest(dist, 'builder-manifest.json'), ['builder.js'])]);
  for (const chunk of readdirSync(join(dist, 'cdn/chunks')).filter((f) => f.endsWith('.js')))
    rows.push([`cdn/chunks/${chunk}`, [`cdn/chunks/${chunk}`]]);

  // What a page with one element downloads through the autoloader: the element's chunk, its static
  // imports and its default pack. A checklist that upgrades the writer's own list needs no pack.
  const cdn = readManifest(join(dist, 'cdn'));
  const page = (starts) => ['autoloader.js', ...download(cdn, starts)].map((f) => `cdn/${f}`);
  for (const element of ['quiz', 'checklist', 'stepper']) {
    rows.push([`page with only <recipro-${element}> (autoloader)`, page([element, DEFAULT_PACKS[element]])]);
    if (COVERED.includes(element))
      rows.push([`page with only <recipro-${element}>, up to its first render (autoloader)`, page([element])]);
    if (element === 'checklist')
      rows.push([`page with a writer's list in <recipro-checklist> (autoloader)`, page([element])]);
  }
  // The same pages in French: the French strings and the French pack instead of the English one
  // (the stepper's English pack comes with its element). Hindi and Arabic are alike.
  for (const element of ['quiz', 'checklist', 'stepper']) {
    rows.push([
      `page with only <recipro-${element}>, in French (autoloader)`,
      page([element, ...translatedPacks('fr')[element]]),
    ]);
  }
  // The receiver's dashboard, a page of its own: its script, then with the code that opens encrypted results.
  const dashboardChunks = readdirSync(join(dist, 'dashboard/chunks')).filter((f) => f.endsWith('.js'));
  rows.push(['dashboard/dashboard.js', ['dashboard/dashboard.js']]);
  rows.push([
    'dashboard, with the code that opens encrypted results',
    ['dashboard/dashboard.js', ...dashboardChunks.map((f) => `dashboard/chunks/${f}`)],
  ]);
  return rows;
}
