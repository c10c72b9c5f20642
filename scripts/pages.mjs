// What a page downloads from a build: the chunks named in rollup's manifest.json (written by
// rollup.config.mjs) and their static imports. Shared by `npm run size` and the bench.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The default English pack of each element. Packs load on demand, but every page that shows an
 * element with its default content downloads its pack, so page sizes count it.
 */
export const DEFAULT_PACKS = {
  quiz: 'src/content/quiz/reciprocity-balance.ts',
  checklist: 'src/content/checklists/romantic-signs.ts',
  stepper: 'src/content/stepper/recipro-steps.ts',
};

/** What each element shows by default in another language: the language's strings and its translation of the default pack. */
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
  for (const start of starts) closure(manifest, start.endsWith('.js') && !start.startsWith('src/') ? start : chunkOf(manifest, start), seen);
  return [...seen];
}
