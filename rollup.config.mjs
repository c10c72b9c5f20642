import { readFileSync } from 'node:fs';
import { dirname, posix, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { transform as transformCss } from 'lightningcss';
import MagicString from 'magic-string';
import { COVERED, DEFAULT_PACKS } from './scripts/pages.mjs';

/**
 * The builds (as Shoelace's npm and CDN configs):
 * - npm: ES modules that keep their file layout, `lit` and `zod` left to the app's bundler, `.d.ts`.
 * - script tag: `dist/recipro.js` (ES module) and `dist/recipro.iife.js` (classic script), each one
 *   self-contained, minified file.
 * - CDN: `dist/cdn/autoloader.js` loads each element's chunk when its tag appears.
 */
const npmEntries = {
  index: 'src/index.ts',
  define: 'src/define.ts',
  events: 'src/events.ts',
  'core/index': 'src/core/index.ts',
  // Build-time only: scripts/json-schemas.mjs writes dist/schemas/*.json with it.
  'core/json-schema': 'src/core/json-schema.ts',
  'content/index': 'src/content/index.ts',
  'components/quiz/quiz': 'src/components/quiz/quiz.ts',
  'components/quiz/quiz.component': 'src/components/quiz/quiz.component.ts',
  'components/checklist/checklist': 'src/components/checklist/checklist.ts',
  'components/checklist/checklist.component': 'src/components/checklist/checklist.component.ts',
  'components/stepper/stepper': 'src/components/stepper/stepper.ts',
  'components/stepper/stepper.component': 'src/components/stepper/stepper.component.ts',
  'components/builder/builder': 'src/components/builder/builder.ts',
  'components/builder/builder.component': 'src/components/builder/builder.component.ts',
  'locales/fr/index': 'src/locales/fr/index.ts',
  'locales/hi/index': 'src/locales/hi/index.ts',
  'locales/ar/index': 'src/locales/ar/index.ts',
  'locales/index': 'src/locales/index.ts',
  // The receiver (Node, Deno, Workers): never imported by the elements or the browser bundles.
  'server/index': 'src/server/index.ts',
  'server/node': 'src/server/node.ts',
  'server/cli': 'src/server/cli.ts',
  'server/bin': 'src/server/bin.ts',
};

// @hpke/core (the encryption behind `submit-key`) is a dependency like lit and zod: the app's bundler resolves it.
// better-sqlite3 and Node's builtins are the receiver's.
const external = (id) => /^(lit|@lit|zod|@hpke|better-sqlite3)(\/|$)/.test(id) || id.startsWith('node:');

// The core is pure: modules whose exports are unused can be dropped whole, zod schemas included.
const treeshake = { moduleSideEffects: (id, isExternal) => isExternal || !/[\\/]src[\\/](core|content)[\\/]/.test(id) };

export default [
  {
    input: npmEntries,
    external,
    treeshake,
    output: {
      dir: 'dist/npm',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
      sourcemap: true,
      // The `recipro-receiver` command.
      banner: (chunk) => (chunk.fileName === 'server/bin.js' ? '#!/usr/bin/env node' : ''),
    },
    plugins: [
      typescript({
        tsconfig: './tsconfig.json',
        outDir: 'dist/npm',
        declaration: true,
        declarationDir: 'dist/npm',
        sourceMap: true,
      }),
    ],
  },
  // Script tag, ES module: `recipro.js`, with the validator and each language as chunks beside it.
  {
    input: 'src/recipro.ts',
    treeshake,
    // Let the on-demand chunks import shared code from recipro.js itself (no facade file).
    preserveEntrySignatures: 'allow-extension',
    output: { dir: 'dist', format: 'es', sourcemap: true, entryFileNames: 'recipro.js', chunkFileNames },
    plugins: [...browserPlugins('dist'), fetchTogether(), chunkManifest()],
  },
  // Script tag, classic script: the same, for site builders that only accept <script src>.
  {
    input: 'src/recipro.ts',
    treeshake,
    output: {
      file: 'dist/recipro.iife.js',
      format: 'iife',
      name: 'ReciproWidgets',
      sourcemap: true,
      inlineDynamicImports: true,
    },
    plugins: [englishOnly(), noSealing(), ...browserPlugins('dist')],
  },
  // CDN: a tiny autoloader entry; each element (and the validator) is its own chunk.
  {
    input: { autoloader: 'src/autoloader.ts' },
    treeshake,
    output: {
      dir: 'dist/cdn',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames,
    },
    plugins: [...browserPlugins('dist/cdn'), fetchTogether(), preloadClosures(), chunkManifest()],
  },
  // The receiver's dashboard (served by `recipro-receiver` at `/`): its page, script and chunks in dist/dashboard/.
  {
    input: { dashboard: 'src/dashboard/dashboard.ts' },
    treeshake,
    output: {
      dir: 'dist/dashboard',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: [
      ...browserPlugins('dist/dashboard'),
      copyFiles(['src/dashboard/index.html', 'src/dashboard/dashboard.css']),
    ],
  },
  // Script tag, the authoring tool: `builder.js`, never part of recipro.js; its on-demand chunks
  // (packs, languages) go under `builder-chunks/`, listed in `builder-manifest.json`.
  {
    input: { builder: 'src/components/builder/builder.ts' },
    treeshake,
    // Its on-demand chunks import shared code from builder.js itself (no facade file).
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: (chunk) => chunkFileNames(chunk).replace(/^chunks\//, 'builder-chunks/'),
    },
    plugins: [...browserPlugins('dist'), fetchTogether(), chunkManifest('builder-manifest.json')],
  },
  // The example app: bundles `examples/app/main.ts`, importing the npm build through `exports`.
  {
    input: 'examples/app/main.ts',
    output: {
      dir: 'dist/examples',
      entryFileNames: 'app.js',
      chunkFileNames: 'app-[name]-[hash].js',
      format: 'es',
      sourcemap: true,
    },
    plugins: [
      resolve({ exportConditions: ['production'] }),
      typescript({
        tsconfig: './examples/app/tsconfig.json',
        outDir: 'dist/examples',
        declaration: false,
        declarationMap: false,
        sourceMap: true,
      }),
      terser({ ecma: 2020, module: true }),
    ],
  },
];

/** Copies files as they are into the output folder (the dashboard's page and stylesheet). */
function copyFiles(files) {
  return {
    name: 'copy-files',
    buildStart() {
      for (const file of files) this.addWatchFile(file);
    },
    generateBundle() {
      for (const file of files)
        this.emitFile({ type: 'asset', fileName: posix.basename(file), source: readFileSync(file) });
    },
  };
}

/** A classic script cannot load chunks: the IIFE build speaks English only (see load-english.ts). */
function englishOnly() {
  return {
    name: 'english-only',
    async resolveId(source, importer) {
      // zod's messages in other languages (src/core/zod-locales.ts) are left out too.
      if (source === './zod-locales.js') return '\0no-zod-locales';
      if (!/[\\/]locales[\\/]load\.js$/.test(source) && source !== './load.js') return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved && /[\\/]src[\\/]locales[\\/]load\.ts$/.test(resolved.id)
        ? resolved.id.replace(/load\.ts$/, 'load-english.ts')
        : null;
    },
    load(id) {
      return id === '\0no-zod-locales' ? 'export async function zodMessagesFor() {}' : null;
    },
  };
}

/**
 * A classic script inlines what others load on demand: the encryption code (HPKE, ~8 KB gzip) would
 * weigh on every page. The IIFE build gets crypto/seal-unavailable.ts instead, so `submit-key` fails
 * closed there (the element reports it and sends nothing).
 */
function noSealing() {
  return {
    name: 'no-sealing',
    async resolveId(source, importer) {
      if (!/[\\/]crypto[\\/]seal\.js$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved && /[\\/]src[\\/]crypto[\\/]seal\.ts$/.test(resolved.id)
        ? resolved.id.replace(/seal\.ts$/, 'seal-unavailable.ts')
        : null;
    },
  };
}

/**
 * Chunk names say what they hold: `chunks/locale-fr-….js` (French strings), `chunks/locale-fr-quiz-….js`,
 * `chunks/quiz-….js`.
 */
function chunkFileNames(chunk) {
  // zod's own error messages in one language (the validator loads them for invalid input): `chunks/zod-fr-….js`.
  const zod = /[\\/]zod[\\/]v4[\\/]locales[\\/]([\w-]+)\.js$/.exec(chunk.facadeModuleId ?? '');
  if (zod) return `chunks/zod-${zod[1]}-[hash].js`;
  // A shared chunk (a language's common strings) has no facade: its modules say what it holds.
  const locale = /[\\/]locales[\\/](\w+)[\\/](.+)\.ts$/.exec(chunk.facadeModuleId ?? chunk.moduleIds.at(-1) ?? '');
  if (!locale) return 'chunks/[name]-[hash].js';
  const part = locale[2].replace(/[\\/]/g, '-');
  return part === 'on-demand' || part === 'index'
    ? `chunks/locale-${locale[1]}-[hash].js`
    : `chunks/locale-${locale[1]}-${part}-[hash].js`;
}

function browserPlugins(outDir) {
  return [
    resolve({ exportConditions: ['production'] }),
    typescript({ tsconfig: './tsconfig.json', outDir, declaration: false, declarationMap: false, sourceMap: true }),
    inlineLimits(),
    minifyStyles(),
    minifyTemplates(),
    terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ];
}

/**
 * Copies the numbers of `src/core/limits.ts` into each module that imports them. The schemas (in the
 * validator chunk) and the writer's-list check (in the checklist chunk) share those limits; left as
 * imports, a dozen numbers would become a chunk of their own, one request more for every checklist.
 * The source keeps one home for each limit; the browser builds get literals, as terser would make
 * of a constant within one chunk. Only `export const NAME = <number>;` lines are read: importing
 * anything else from limits.ts fails the build rather than inlining `undefined`.
 */
function inlineLimits() {
  const file = fileURLToPath(new URL('src/core/limits.ts', import.meta.url));
  const values = new Map(
    [...readFileSync(file, 'utf8').matchAll(/^export const (\w+) = ([\d_]+);$/gm)].map(([, name, value]) => [
      name,
      String(Number(value.replaceAll('_', ''))),
    ]),
  );
  return {
    name: 'inline-limits',
    transform(code, id) {
      if (!code.includes('limits.js')) return null;
      const inlined = code.replace(/import\s*\{([^}]*)\}\s*from\s*['"]([^'"]+)['"];?/g, (statement, names, from) => {
        if (resolvePath(dirname(id), from.replace(/\.js$/, '.ts')) !== file) return statement;
        const consts = names
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean)
          .map((name) => {
            if (!values.has(name)) this.error(`${id}: ${name} is not a number in src/core/limits.ts`);
            return `${name} = ${values.get(name)}`;
          });
        return `const ${consts.join(', ')};`;
      });
      // Each import becomes one line in place: nothing moves, so the existing source map holds.
      return inlined === code ? null : { code: inlined, map: null };
    },
  };
}

/**
 * Minifies the CSS in each `*.styles.ts` module's css`…` literals with lightningcss (terser leaves
 * template literals alone). The styles have no `${}` interpolations; one would fail the build here.
 */
function minifyStyles() {
  return {
    name: 'minify-styles',
    transform(code, id) {
      if (!/\.styles\.ts$/.test(id)) return null;
      const minified = code.replace(/\bcss\s*`([^`]*)`/g, (_, text) => {
        if (text.includes('${')) this.error(`${id}: css\`\` with an interpolation cannot be minified`);
        return `css\`${transformCss({ filename: id, code: Buffer.from(text), minify: true }).code.toString()}\``;
      });
      return { code: minified, map: null };
    },
  };
}

/**
 * Shrinks the source layout in lit's html`…` and svg`…` templates: each run of whitespace that
 * holds a line break becomes one space. HTML renders such a run as one space (or nothing, between
 * blocks), and no template has a `<pre>` or text inside a `<textarea>`, so nothing on screen changes.
 */
function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/\b(html|svg)\s*`/.test(code)) return null;
      const out = new MagicString(code);
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && ['html', 'svg'].includes(node.tag.name)) {
          for (const quasi of node.quasi.quasis) {
            const raw = code.slice(quasi.start, quasi.end);
            const squeezed = raw.replace(/\s*\n\s*/g, ' ');
            if (squeezed !== raw) out.overwrite(quasi.start, quasi.end, squeezed);
          }
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object') visit(value);
        }
      };
      visit(this.parse(code));
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}

/**
 * A chunk loaded on demand imports others (an element's chunk imports the shared one). The browser
 * finds those imports only once the chunk has arrived: one round trip more each. So each dynamic
 * `import()` also starts the chunks its target imports, side by side (one the page already has
 * resolves at once, without a request). Errors are left to the main import, which reports them.
 */
function fetchTogether() {
  return {
    name: 'fetch-together',
    renderDynamicImport({ chunk, getTargetChunkImports }) {
      // The autoloader preloads each element's whole closure itself (preloadClosures).
      if (chunk.isEntry && chunk.name === 'autoloader') return null;
      const deps = (getTargetChunkImports() ?? []).filter(
        (i) => i.type === 'internal' && i.fileName !== chunk.fileName,
      );
      if (!deps.length) return null;
      return {
        left: `(${deps.map((d) => `import(${d.resolvedImportPath}).catch(() => {})`).join(', ')}, import(`,
        right: '))',
      };
    },
  };
}

/**
 * Gives the autoloader each element's files, so that it asks for all of them in one wave with
 * `<link rel="modulepreload">` instead of finding them import by import, one round trip per level:
 * replaces its `RECIPRO_CLOSURES` with { tag: [element chunk's static closure, what the element's
 * default pack adds] }, file names relative to the autoloader. Computed from this build's chunks
 * (the names are rollup's placeholders here; rollup writes the final hashes in).
 */
function preloadClosures() {
  return {
    name: 'preload-closures',
    renderChunk(code, chunk, _, { chunks }) {
      if (!(chunk.isEntry && chunk.name === 'autoloader')) return null;
      const closure = (file, seen = new Set()) => {
        if (!seen.has(file)) {
          seen.add(file);
          for (const dep of chunks[file]?.imports ?? []) closure(dep, seen);
        }
        return seen;
      };
      const holder = (source) => {
        const file = Object.keys(chunks).find((f) =>
          chunks[f].moduleIds.some((id) => id.endsWith(source) && chunks[f].modules[id]?.renderedLength),
        );
        if (!file) this.warn(`preload-closures: no chunk holds ${source}; its element preloads no pack`);
        return file;
      };
      const relative = (file) => posix.relative(posix.dirname(chunk.fileName), file);
      const closures = {};
      for (const file of chunk.dynamicImports) {
        const element = (chunks[file]?.moduleIds ?? [])
          .map((id) => /[\\/]src[\\/]components[\\/](\w+)[\\/]\1\.ts$/.exec(id)?.[1])
          .find(Boolean);
        if (!element) this.error(`preload-closures: ${file} is not an element's chunk`);
        const own = closure(file);
        // A covered element (the quiz) draws its cover first: its pack must not slow the first render down.
        const packChunk = !COVERED.includes(element) && DEFAULT_PACKS[element] && holder(DEFAULT_PACKS[element]);
        const pack = packChunk ? [...closure(packChunk)] : [];
        closures[`recipro-${element}`] = [[...own].map(relative), pack.filter((f) => !own.has(f)).map(relative)];
      }
      const at = code.indexOf('RECIPRO_CLOSURES');
      if (at < 0 || code.indexOf('RECIPRO_CLOSURES', at + 1) >= 0)
        this.error('preload-closures: the autoloader must read RECIPRO_CLOSURES exactly once');
      const out = new MagicString(code);
      out.overwrite(at, at + 'RECIPRO_CLOSURES'.length, JSON.stringify(closures));
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}

/** Writes `manifest.json`: each chunk's static and dynamic imports, so `npm run size` can add up a page. */
function chunkManifest(fileName = 'manifest.json') {
  return {
    name: 'chunk-manifest',
    generateBundle(_, bundle) {
      const chunks = {};
      for (const [file, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue;
        chunks[file] = {
          imports: chunk.imports,
          dynamicImports: chunk.dynamicImports,
          modules: Object.keys(chunk.modules).map((m) => m.replace(process.cwd() + '/', '')),
        };
      }
      this.emitFile({ type: 'asset', fileName, source: JSON.stringify(chunks, null, 2) });
    },
  };
}
