// The package as an app's bundler or Node sees it: every `exports` target exists after a build,
// types come first, and the self-reference resolves.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

describe('package.json exports', () => {
  for (const [entry, target] of Object.entries(pkg.exports)) {
    it(`${entry} points at files that exist`, () => {
      const targets = typeof target === 'string' ? { default: target } : target;
      if (typeof target === 'object') assert.equal(Object.keys(target)[0], 'types', 'types must come first');
      for (const file of Object.values(targets)) assert.ok(existsSync(new URL(file, root)), `${file} is missing`);
    });
  }

  it('resolves recipro-widgets/content in Node and lists the packs', async () => {
    const content = await import('recipro-widgets/content');
    assert.equal(content.getPreset('reciprocity-balance', 'quiz').id, 'reciprocity-balance');
    assert.equal(content.getPreset('reciprocity-balance', 'checklist'), undefined);
  });

  it('marks only define modules and bundles as side effects', () => {
    for (const file of pkg.sideEffects) assert.match(file, /(define|quiz|checklist|stepper|recipro)\.(js|ts)$|stories/);
  });
});
