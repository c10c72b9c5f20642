// Builds the framework apps in test/frameworks/ (React 19, Vue 3, Svelte 5) as a user of the published package would:
// `npm pack`, `npm install` of the tarball, the framework's type checker, then a Vite build. Everything lives
// in node_modules/.cache/recipro-frameworks/: the apps' sources are copied there (so `react`, `vue` and the
// build tools resolve from the root node_modules) and one node_modules beside them holds the tarball's
// install, redone only when the tarball changes. `node test/frameworks/apps.mjs` builds and prints timings.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../../', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
export const CACHE = join(root, 'node_modules/.cache/recipro-frameworks');
export const APPS = ['react', 'vue', 'svelte'];

const exec = promisify(execFile);
// Under `npm test`, npm's own settings reach us as npm_* variables (npm_config_local_prefix is the root):
// an install in CACHE must not inherit them, or it could install into the root project.
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
const run = (file, args, cwd = CACHE) => exec(file, args, { cwd, env, maxBuffer: 1 << 24 });
const bin = (path) => join(root, 'node_modules', path);

/** Runs a step and records how long it took, in ms. */
async function timed(timings, name, step) {
  const start = performance.now();
  try {
    return await step();
  } finally {
    timings[name] = Math.round(performance.now() - start);
  }
}

/** `npm pack` of the current build into a temp dir; the tarball's path and its content hash. */
async function pack() {
  const dir = await mkdtemp(join(tmpdir(), 'recipro-pack-'));
  const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], root);
  const file = join(dir, JSON.parse(stdout)[0].filename);
  const hash = createHash('sha256')
    .update(await readFile(file))
    .digest('hex');
  return { dir, file, hash };
}

/** Installs the tarball beside the apps, unless this very tarball is installed already. */
async function install(tarball) {
  const stamp = join(CACHE, 'installed-tarball.sha256');
  const installed = await readFile(stamp, 'utf8').catch(() => '');
  if (installed === tarball.hash) return false;
  await cp(tarball.file, join(CACHE, 'recipro-widgets.tgz'));
  const manifest = { private: true, type: 'module', dependencies: { 'recipro-widgets': 'file:./recipro-widgets.tgz' } };
  await writeFile(join(CACHE, 'package.json'), JSON.stringify(manifest, null, 2));
  // A lock file records the old tarball's integrity: drop it and the old copy; lit and zod stay.
  await rm(join(CACHE, 'package-lock.json'), { force: true });
  await rm(join(CACHE, 'node_modules/recipro-widgets'), { recursive: true, force: true });
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts']);
  await writeFile(stamp, tarball.hash);
  return true;
}

/**
 * The framework's own checker on the app: tsc for React, vue-tsc for Vue (both incremental), svelte-check for
 * Svelte; throws with its report. The apps skip checking library files (test/node/types.test.mjs checks the
 * package's typings in full), which saves ~8 s a checker on a cold run; the React and Vue apps' `expect-error`
 * lines still fail if a detail widens to `any`.
 */
async function typecheck(app) {
  const tsconfig = join(CACHE, app, 'tsconfig.json');
  const incremental = ['--incremental', '--tsBuildInfoFile', join(CACHE, `${app}.tsbuildinfo`)];
  const fail = (error) => {
    throw new Error(`${app}: type check failed\n${error.stdout}${error.stderr}`);
  };
  if (app === 'react')
    return run(process.execPath, [bin('typescript/bin/tsc'), '-p', tsconfig, ...incremental]).catch(fail);
  if (app === 'vue')
    return run(process.execPath, [bin('vue-tsc/bin/vue-tsc.js'), '-p', tsconfig, ...incremental]).catch(fail);
  // svelte-check skips every file whose path has a node_modules folder in it: it checks CACHE through a link.
  // Svelte markup has no @ts-expect-error: the only problems must be on the lines after `expect-error` comments.
  const link = join(await mkdtemp(join(tmpdir(), 'recipro-svelte-check-')), 'frameworks');
  await symlink(CACHE, link);
  const args = ['--workspace', join(link, app), '--tsconfig', join(link, app, 'tsconfig.json'), '--output', 'machine'];
  const { stdout } = await run(process.execPath, [bin('svelte-check/bin/svelte-check'), ...args])
    .catch((error) => error)
    .finally(() => rm(dirname(link), { recursive: true, force: true }));
  const problems = [...stdout.matchAll(/ (?:ERROR|WARNING) "([^"]+)" (\d+):/g)].map(
    ([, file, row]) => `${file}:${row}`,
  );
  const source = await readFile(join(CACHE, app, 'App.svelte'), 'utf8');
  const expected = source
    .split('\n')
    .flatMap((line, i) => (line.includes('<!-- expect-error') ? [`App.svelte:${i + 2}`] : []));
  if (!expected.length || problems.join() !== expected.join()) fail({ stdout, stderr: `expected errors: ${expected}` });
}

const PLUGINS = {
  react: async () => (await import('@vitejs/plugin-react')).default(),
  vue: async () =>
    (await import('@vitejs/plugin-vue')).default({
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('recipro-') } },
    }),
  svelte: async () => (await import('@sveltejs/vite-plugin-svelte')).svelte(),
};

/** A production Vite build of one app into CACHE/out/<app>/, with relative URLs. */
async function viteBuild(app) {
  const { build } = await import('vite');
  await build({
    root: join(CACHE, app),
    base: './',
    configFile: false,
    logLevel: 'warn',
    plugins: [await PLUGINS[app]()],
    build: { outDir: join(CACHE, 'out', app), emptyOutDir: true, reportCompressedSize: false },
  });
}

/** Packs, installs, type-checks and builds the apps. Returns the output folders and the time of each step. */
export async function buildApps() {
  const timings = {};
  await mkdir(CACHE, { recursive: true });
  for (const folder of [...APPS, 'shared']) {
    await rm(join(CACHE, folder), { recursive: true, force: true });
    await cp(join(here, folder), join(CACHE, folder), { recursive: true });
  }
  const tarball = await timed(timings, 'pack', pack);
  const fresh = await timed(timings, 'install', () => install(tarball));
  await rm(tarball.dir, { recursive: true, force: true });
  await timed(timings, 'typecheck', () => Promise.all(APPS.map(typecheck)));
  for (const app of APPS) await timed(timings, `vite ${app}`, () => viteBuild(app));
  return { out: Object.fromEntries(APPS.map((app) => [app, join(CACHE, 'out', app)])), timings, fresh };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { out, timings, fresh } = await buildApps();
  console.log(`built ${Object.values(out).join(', ')}${fresh ? ' (tarball installed anew)' : ''}`);
  console.log(
    Object.entries(timings)
      .map(([step, ms]) => `${step} ${ms} ms`)
      .join(', '),
  );
}
