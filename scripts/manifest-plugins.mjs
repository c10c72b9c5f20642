// Plugins for the custom elements manifest analyzer (custom-elements-manifest.config.mjs): they make
// the manifest describe the package as shipped, then write the framework typings and editor data
// from it into dist/types/ (see the config for which generator writes which file).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

const root = new URL('..', import.meta.url).pathname;

/** The element kind of each tag, as `src/content/registry.ts` names kinds. */
const KIND_OF_TAG = { 'recipro-quiz': 'quiz', 'recipro-checklist': 'checklist', 'recipro-stepper': 'stepper' };

/** Every custom element declaration (with a tag) in the manifest. */
export const elementsOf = (manifest) =>
  manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement && d.tagName);

/**
 * `src/components/quiz/quiz.component.ts` → `dist/npm/components/quiz/quiz.component.js`: the file npm ships. (The
 * analyzer writes a superclass's module as `/src/….js`.)
 */
export const shippedPath = (path) => path.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/npm/$1.js');

/**
 * Module paths pointing at the shipped JavaScript instead of `src/*.ts` (which the package does not ship), and the
 * abstract base class no longer flagged as a custom element: it has no tag, and generators that import every export
 * of an element's module would import it from the package root, which does not export it.
 */
export function shippedPaths() {
  const rewrite = (value) => {
    if (Array.isArray(value)) return value.forEach(rewrite);
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof child === 'string') value[key] = shippedPath(child);
      else rewrite(child);
    }
  };
  return {
    name: 'recipro-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      rewrite(customElementsManifest.modules);
      for (const module of customElementsManifest.modules)
        for (const declaration of module.declarations ?? [])
          if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
    },
  };
}

/** The built-in pack ids of each kind, read from the registry's `PACKS` table (the one place they are declared). */
export function packIdsByKind(source = readFileSync(join(root, 'src/content/registry.ts'), 'utf8')) {
  const table = /export const PACKS = \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
  const byKind = {};
  for (const [, id, kind] of table.matchAll(/'([a-z0-9-]+)': \{ kind: '([a-z]+)'/g)) (byKind[kind] ??= []).push(id);
  for (const kind of Object.values(KIND_OF_TAG))
    if (!byKind[kind]?.length) throw new Error(`manifest: no ${kind} pack found in src/content/registry.ts`);
  return byKind;
}

/**
 * The `preset` attribute and field typed as the union of the element's own built-in pack ids, so editors offer them
 * (the class types it `string`, shared by the three elements).
 */
export function presetUnions() {
  return {
    name: 'recipro-preset-unions',
    packageLinkPhase({ customElementsManifest }) {
      const ids = packIdsByKind();
      for (const element of elementsOf(customElementsManifest)) {
        if (!KIND_OF_TAG[element.tagName]) continue; // the builder has no preset
        const union = ids[KIND_OF_TAG[element.tagName]].map((id) => `'${id}'`).join(' | ');
        for (const entry of [...(element.attributes ?? []), ...(element.members ?? [])])
          if ((entry.name === 'preset' || entry.fieldName === 'preset') && entry.type)
            entry.type = { text: `${union} | undefined` };
      }
    },
  };
}

/** `recipro-complete` → `ReciproComplete`: with `on` before it, the prop Vue compiles `@recipro-complete` to. */
const vueHandlerName = (event) => event.replace(/(^|-)([a-z])/g, (_, _dash, letter) => letter.toUpperCase());

/**
 * Vue's `GlobalComponents` from custom-element-vuejs-integration, given the manifest as that generator reads it:
 * an event's type is its detail (it wraps it in `CustomEvent<…>`), written as an `import('…')` type (it would
 * import a detail once per element that fires it, a duplicate identifier), and its name is the handler Vue compiles
 * `@recipro-complete` to (`onReciproComplete`; Vue's runtime hyphenates it back).
 */
export function vueTypes({ outdir, fileName, globalTypePath }) {
  return {
    name: 'recipro-vue-types',
    packageLinkPhase({ customElementsManifest }) {
      const manifest = structuredClone(customElementsManifest);
      for (const element of elementsOf(manifest))
        for (const event of element.events ?? []) {
          const detail = /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '')?.[1];
          event.type = { text: detail ? `import('${globalTypePath}').${detail}` : 'unknown' };
          event.name = vueHandlerName(event.name);
        }
      generateVuejsTypes(manifest, { outdir, fileName, globalTypePath, hideLogs: true });
    },
  };
}

/**
 * Svelte 5's element typings: each tag's attributes, properties and `on<event>` handlers (Svelte 5's event
 * attributes, named as React 19 names them) come from the JSX typings; this adds them to `svelte/elements`, with
 * Svelte's own HTML attributes (a string `style`, `class`, …).
 */
export function svelteTypes({ outdir, fileName, jsxModule, globalTypePath }) {
  return {
    name: 'recipro-svelte-types',
    packageLinkPhase({ customElementsManifest }) {
      const elements = elementsOf(customElementsManifest);
      const classes = elements.map((e) => e.name).join(', ');
      const props = elements.map((e) => `${e.name}Props`).join(', ');
      const lines = [
        '// Generated from custom-elements.json by scripts/manifest-plugins.mjs: Svelte 5 typings for the elements.',
        "import type { HTMLAttributes } from 'svelte/elements';",
        `import type { ${classes} } from '${globalTypePath}';`,
        `import type { ${props} } from '${jsxModule}';`,
        '',
        "declare module 'svelte/elements' {",
        '  export interface SvelteHTMLElements {',
        ...elements.map((e) => `    '${e.tagName}': HTMLAttributes<${e.name}> & ${e.name}Props;`),
        '  }',
        '}',
        '',
        'export {};',
        '',
      ];
      mkdirSync(outdir, { recursive: true });
      writeFileSync(join(outdir, fileName), lines.join('\n'));
    },
  };
}
