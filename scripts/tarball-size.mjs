#!/usr/bin/env node
// The npm tarball as `npm publish` would build it (`npm pack --dry-run --json`): packed and unpacked
// size, file count, and the largest folders. Part of `npm run size`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;

/** What `npm pack` would put in the tarball: `{ size, unpackedSize, entryCount, files: [{ path, size }] }`. */
export function packedTarball() {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return JSON.parse(out)[0];
}

/** Unpacked bytes by top folder (`dist/npm`, `dist/cdn`, …; files at the top stand alone), largest first. */
export function bytesByFolder(files) {
  const totals = new Map();
  for (const { path, size } of files) {
    const key = path.split('/').slice(0, 2).join('/');
    totals.set(key, (totals.get(key) ?? 0) + size);
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(new URL('dist/recipro.js', `file://${root}`))) console.warn('dist/ is missing: run `npm run build`.');
  const tarball = packedTarball();
  const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;
  const largest = bytesByFolder(tarball.files)
    .slice(0, 4)
    .map(([folder, bytes]) => `${folder} ${mb(bytes)}`)
    .join(', ');
  console.log(
    `npm tarball: ${mb(tarball.size)} packed, ${mb(tarball.unpackedSize)} unpacked, ${tarball.entryCount} files ` +
      `(largest: ${largest})`,
  );
}
