// The package as an app's bundler or Node sees it: every `exports` target exists after a build,
// types come first, and the self-reference resolves.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { packedTarball } from '../../scripts/tarball-size.mjs';

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
    for (const file of pkg.sideEffects)
      assert.match(file, /(define|quiz|checklist|stepper|builder|recipro)\.(js|ts)$|stories/);
  });
});

describe('npm tarball (npm pack --dry-run)', () => {
  const files = new Set(packedTarball().files.map((file) => file.path));

  it('ships the license notice, the changelog and the manifest', () => {
    for (const file of ['LICENSE', 'CHANGELOG.md', 'README.md', 'custom-elements.json', 'package.json'])
      assert.ok(files.has(file), `${file} is not packed`);
  });

  it('ships the framework typings and editor data that package.json names', () => {
    assert.equal(pkg['web-types'], './dist/types/web-types.json');
    for (const file of ['jsx.d.ts', 'vue.d.ts', 'svelte.d.ts', 'vscode.html-custom-data.json', 'web-types.json'])
      assert.ok(files.has(`dist/types/${file}`), `dist/types/${file} is not packed`);
  });

  it('leaves out the example app, the sources and the tests', () => {
    assert.ok(files.has('dist/recipro.js'), 'the tarball has no build: run npm run build first');
    const unwanted = [...files].filter((file) => /^(dist\/examples|src|test|examples|stories|bench)\//.test(file));
    assert.deepEqual(unwanted, []);
  });
});

describe('custom elements manifest', () => {
  const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));

  it('names shipped modules, not sources', () => {
    const paths = manifest.modules.map((module) => module.path);
    assert.ok(paths.includes('dist/npm/components/quiz/quiz.component.js'), paths.join(', '));
    for (const path of paths) assert.ok(existsSync(new URL(path, root)), `${path} is not a built file`);
  });

  it("types each element's events and its preset as its own packs", () => {
    const quiz = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'recipro-quiz');
    const complete = quiz.events.find((event) => event.name === 'recipro-complete');
    assert.equal(complete.type.text, 'CustomEvent<ResultPayload>');
    const preset = quiz.attributes.find((attribute) => attribute.name === 'preset');
    assert.equal(preset.type.text, "'reciprocity-balance' | undefined");
  });
});
