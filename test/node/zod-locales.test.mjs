// Definition errors in zod's own words for French, Hindi and Arabic: the core API in Node, and the
// browser builds' chunks (each language's zod messages load only from the validator, only when asked).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseDefinition, parseDefinitionIn, zodMessagesFor } from 'recipro-widgets/core';

const dist = new URL('../../dist/', import.meta.url);
const invalid = {
  kind: 'checklist',
  id: 'small-checklist',
  version: 1,
  disclaimer: 'Not a diagnosis.',
  items: [{ id: 'a', text: '', colour: 'red' }],
  bands: [{ id: 'all', min: 0, max: 100, label: 'All', takeaway: 'Fine.' }],
};

describe("zod's locale messages", () => {
  it('word the shape errors in French, keeping the paths', async () => {
    const parsed = parseDefinition(invalid, 'checklist', { zodMessages: await zodMessagesFor('fr') });
    assert.deepEqual(parsed, {
      ok: false,
      issues: [
        { path: 'version', message: 'Entrée invalide : chaîne de caractères attendu, nombre reçu' },
        { path: 'title', message: 'Entrée invalide : chaîne de caractères attendu, indéfini reçu' },
        { path: 'items[0].text', message: 'Trop petit : chaîne de caractères doit avoir >=1 caractères' },
        { path: 'items[0]', message: 'Clé non reconnue : "colour"' },
      ],
    });
  });

  it('are what parseDefinitionIn uses for a language, and only for input that fails', async () => {
    const fr = await parseDefinitionIn(invalid, 'checklist', 'fr');
    assert.equal(fr.ok, false);
    assert.deepEqual(fr.issues[0], {
      path: 'version',
      message: 'Entrée invalide : chaîne de caractères attendu, nombre reçu',
    });
    const en = await parseDefinitionIn(invalid, 'checklist', 'en');
    assert.deepEqual(en.issues[0], { path: 'version', message: 'must be a text, not a number' });
    const valid = await parseDefinitionIn(
      { ...invalid, version: '1', title: 'Signs', items: [{ id: 'a', text: 'We listen.' }] },
      'checklist',
      'fr',
    );
    assert.equal(valid.ok, true);
  });

  it('are absent for English and for languages zod does not speak here', async () => {
    assert.equal(await zodMessagesFor('en'), undefined);
    assert.equal(await zodMessagesFor('nl'), undefined);
    assert.equal(await zodMessagesFor('constructor'), undefined);
  });

  for (const build of ['', 'cdn/']) {
    it(`are chunks of their own in dist/${build}, imported only by the validator`, () => {
      const manifest = JSON.parse(readFileSync(new URL(`${build}manifest.json`, dist), 'utf8'));
      for (const language of ['fr', 'hi', 'ar']) {
        const chunks = Object.keys(manifest).filter((file) => file.startsWith(`chunks/zod-${language}-`));
        assert.equal(chunks.length, 1, `one zod-${language} chunk`);
        assert.deepEqual(manifest[chunks[0]].modules, [`node_modules/zod/v4/locales/${language}.js`]);
        const importers = Object.entries(manifest)
          .filter(([, chunk]) => [...chunk.imports, ...chunk.dynamicImports].includes(chunks[0]))
          .map(([file, chunk]) => [file, chunk.dynamicImports.includes(chunks[0]) ? 'dynamic' : 'static']);
        assert.equal(importers.length, 1);
        assert.match(importers[0][0], /^chunks\/parse-/);
        assert.equal(importers[0][1], 'dynamic');
      }
    });
  }

  it('are left out of the English-only classic script', () => {
    const iife = readFileSync(new URL('recipro.iife.js', dist), 'utf8');
    assert.ok(!iife.includes('Entrée invalide'));
    assert.ok(!iife.includes('Clé non reconnue'));
  });
});
