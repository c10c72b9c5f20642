// dist/sri.json (written by `npm run build`) holds the integrity hash of each script-tag bundle:
// recomputed here from the built bytes, independently of scripts/sri.mjs.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url);
const dist = new URL('dist/', root);
const sriJson = JSON.parse(readFileSync(new URL('sri.json', dist), 'utf8'));

describe('dist/sri.json', () => {
  it('lists the classic script and the module bundle, nothing else', () => {
    assert.deepEqual(Object.keys(sriJson).sort(), ['recipro.iife.js', 'recipro.js']);
  });

  for (const file of ['recipro.iife.js', 'recipro.js']) {
    it(`holds the sha384 of dist/${file} as it is built now`, () => {
      const digest = createHash('sha384')
        .update(readFileSync(new URL(file, dist)))
        .digest('base64');
      assert.equal(sriJson[file], `sha384-${digest}`);
      assert.match(sriJson[file], /^sha384-[A-Za-z0-9+/]{64}$/);
    });
  }

  it('is in the package, and the CDN fields point at the autoloader', () => {
    const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
    assert.equal(pkg.jsdelivr, 'dist/cdn/autoloader.js');
    assert.equal(pkg.unpkg, 'dist/cdn/autoloader.js');
    assert.ok(pkg.files.includes('dist/'));
  });

  it('any hash README quotes for recipro.iife.js is the current one', () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    const quoted = [...readme.matchAll(/recipro\.iife\.js"[^>]*integrity="(sha384-[^"]+)"/g)].map((m) => m[1]);
    for (const hash of quoted) assert.equal(hash, sriJson['recipro.iife.js']);
  });
});
