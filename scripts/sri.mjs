// Writes dist/sri.json: the Subresource Integrity hash (sha384) of each script-tag bundle, for
// `<script src="…" integrity="…" crossorigin="anonymous">` from a CDN. Run by `npm run build`.
// recipro.iife.js is the whole library in one file, so its hash covers everything it runs;
// recipro.js (and the autoloader) fetch chunks on demand, which their hash does not cover.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

export const SRI_FILES = ['recipro.iife.js', 'recipro.js'];

const dist = new URL('../dist/', import.meta.url);

/** `sha384-…` of a file's bytes, as browsers check it. */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const hashes = Object.fromEntries(SRI_FILES.map((file) => [file, sri(readFileSync(new URL(file, dist)))]));
  writeFileSync(new URL('sri.json', dist), `${JSON.stringify(hashes, null, 2)}\n`);
  for (const [file, hash] of Object.entries(hashes)) console.log(`sri: ${file} ${hash}`);
}
